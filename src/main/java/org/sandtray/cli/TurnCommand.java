package org.sandtray.cli;

import org.sandtray.domain.Turn;
import org.sandtray.domain.TurnAction;
import org.sandtray.library.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.time.Instant;
import java.util.Map;

/** {@code turn add}: one member's turn, in the order drawn for the session. */
@Command(name = "turn", description = "Record turns.", subcommands = TurnCommand.Add.class)
final class TurnCommand {

    @Command(name = "add", description = "Record the next turn; prints its id, round and place in the round.")
    static final class Add extends LibraryCommand {
        @Option(names = "--session", required = true, paramLabel = "ID") long session;
        @Option(names = "--student", required = true, paramLabel = "CODE") String student;
        @Option(names = "--action", required = true, description = "place, set, sand, move, pass or adjust.") String action;
        @Option(names = "--figure", paramLabel = "NAME") String figure;
        @Option(names = "--note") String note;

        @Override
        int run(Library library) {
            TurnAction a = TurnAction.parse(action).orElseThrow(() ->
                    new CommandFailed("turn.unknownAction", action));
            Turn t = library.turns().add(session, student, a, figure, note, Instant.now());
            output().json(Map.of("id", t.id(), "round", t.round(), "turn", t.orderInRound()));
            return 0;
        }
    }
}
