package org.sandtray.library;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sandtray.domain.Consent;
import org.sandtray.domain.ConsentKind;
import org.sandtray.domain.Session;
import org.sandtray.domain.Turn;
import org.sandtray.domain.TurnAction;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;
import static org.sandtray.domain.TurnAction.*;

/** Restricted group sandplay: the drawn order holds, rounds wrap, the last member's final adjustment ends it. */
class TurnsTest {

    @TempDir
    Path tmp;

    Library library;
    long session;

    static Students.Draft student(String code, String name) {
        return new Students.Draft(code, name, "5", "2", Consent.none(ConsentKind.PARTICIPATION),
                new Consent(ConsentKind.PHOTO, true, true, LocalDate.of(2026, 9, 1), null));
    }

    @BeforeEach
    void setUp() {
        library = TestLibraries.create(tmp.resolve("library"), "test");
        library.students().addAll(List.of(student("A", "安安"), student("B", "贝贝"), student("C", "晨晨")));
        library.groups().create(new Groups.Draft("沙盘世界社团", "2026 autumn", null, null, 60, List.of("A", "B", "C"),
                LocalDate.now().minusDays(30)));
        Session s = library.sessions().startGroup("沙盘世界社团", null, List.of("B", "C", "A"), Instant.now());
        assertEquals(List.of("B", "C", "A"), s.turnOrder());
        session = s.id();
    }

    @AfterEach
    void tearDown() {
        library.close();
    }

    private Turn add(String code, TurnAction action, String figure) {
        return library.turns().add(session, code, action, figure, null, Instant.now());
    }

    @Test
    void theWrongStudentIsToldWhoseTurnItIs() {
        LibraryException e = assertThrows(LibraryException.class, () -> add("A", PLACE, "tiger"));
        assertEquals("it is B's turn (round 1, turn 1), not A's", e.getMessage());
        assertEquals(List.of(), library.turns().list(session), "a refused turn is not stored");
        add("B", PLACE, "tiger");
        e = assertThrows(LibraryException.class, () -> add("B", PLACE, "bridge"));
        assertTrue(e.getMessage().startsWith("it is C's turn (round 1, turn 2)"), e.getMessage());
    }

    @Test
    void roundsWrapInTheDrawnOrderAndPassesCount() {
        Turn t1 = add("B", PLACE, "tiger");
        Turn t2 = add("C", PASS, null);
        Turn t3 = add("A", SAND, null);
        Turn t4 = add("B", MOVE, "tiger");
        assertEquals(List.of(1, 1, 1, 2), List.of(t1.round(), t2.round(), t3.round(), t4.round()));
        assertEquals(List.of(1, 2, 3, 1), List.of(t1.orderInRound(), t2.orderInRound(), t3.orderInRound(), t4.orderInRound()));
        assertEquals("老虎", t1.figureName());
        assertEquals(new Turns.Next("C", 2, 2), library.turns().next(session).orElseThrow());
        List<Turn> stored = library.turns().list(session);
        assertEquals(List.of("B", "C", "A", "B"), stored.stream().map(Turn::studentCode).toList());
        assertEquals(List.of(PLACE, PASS, SAND, MOVE), stored.stream().map(Turn::action).toList());
    }

    @Test
    void aPassOrSandTurnNamesNoFigure() {
        LibraryException e = assertThrows(LibraryException.class, () -> add("B", PASS, "tiger"));
        assertTrue(e.getMessage().contains("does not name a figure"), e.getMessage());
        e = assertThrows(LibraryException.class, () -> add("B", PLACE, "unicorn that is not in the catalogue"));
        assertEquals(List.of(), library.turns().list(session));
    }

    @Test
    void onlyTheLastMemberMayMakeTheFinalAdjustmentAndItEndsTheBuilding() {
        LibraryException e = assertThrows(LibraryException.class, () -> add("B", ADJUST, null));
        assertTrue(e.getMessage().contains("only the last member in the turn order (A)"), e.getMessage());
        add("B", PLACE, "tiger");
        add("C", PLACE, "bridge");
        Turn adjust = add("A", ADJUST, "tiger");
        assertEquals(ADJUST, adjust.action());
        assertTrue(library.turns().next(session).isEmpty(), "nobody plays after the final adjustment");
        e = assertThrows(LibraryException.class, () -> add("B", PLACE, "Guanyin"));
        assertTrue(e.getMessage().contains("the final adjustment has been made"), e.getMessage());
        assertEquals(3, library.turns().list(session).size());
    }

    @Test
    void anEndedSessionRefusesTurns() {
        add("B", PLACE, "tiger");
        library.sessions().end(session, new Sessions.WrapUp("森林", null, null, null), Instant.now());
        LibraryException e = assertThrows(LibraryException.class, () -> add("C", PLACE, "bridge"));
        assertEquals("session " + session + " has ended: no more turns can be recorded", e.getMessage());
        assertTrue(library.turns().next(session).isEmpty());
        assertEquals(1, library.turns().list(session).size());
    }

    @Test
    void anIndividualSessionNumbersTheStudentsTurns() {
        long individual = library.sessions().startIndividual("C", null, Instant.now()).id();
        Turn first = library.turns().add(individual, "C", PLACE, "tiger", "先放老虎", Instant.now());
        Turn second = library.turns().add(individual, "C", PLACE, "bridge", null, Instant.now());
        assertEquals(List.of(1, 1), List.of(first.round(), second.round()));
        assertEquals(List.of(1, 2), List.of(first.orderInRound(), second.orderInRound()));
        assertEquals("先放老虎", first.note());
        assertThrows(LibraryException.class, () -> library.turns().add(individual, "A", PLACE, "tiger", null, Instant.now()));
    }

    @Test
    void aTurnOrderMustNameMembersOnce() {
        LibraryException e = assertThrows(LibraryException.class,
                () -> library.sessions().startGroup("沙盘世界社团", null, List.of("A", "A", "B"), Instant.now()));
        assertTrue(e.getMessage().contains("twice"), e.getMessage());
        library.students().add(student("X", "外人"));
        e = assertThrows(LibraryException.class,
                () -> library.sessions().startGroup("沙盘世界社团", null, List.of("A", "X"), Instant.now()));
        assertTrue(e.getMessage().contains("student X is not a member"), e.getMessage());
    }

    @Test
    void withoutAGivenOrderTheOrderIsDrawnAmongAllMembersAndKept() {
        Session drawn = library.sessions().startGroup("沙盘世界社团", null, null, Instant.now());
        assertEquals(List.of("A", "B", "C"), drawn.turnOrder().stream().sorted().toList());
        assertEquals(drawn.turnOrder(), library.sessions().require(drawn.id()).turnOrder(), "the drawn order is stored");
        assertEquals(drawn.turnOrder().get(0), library.turns().next(drawn.id()).orElseThrow().studentCode());
    }

    @Test
    void aStillTakenDuringTheBuildingKnowsItsRoundAndTurn() throws Exception {
        add("B", PLACE, "tiger");
        add("C", PASS, null);
        add("A", PASS, null);
        Turn fourth = add("B", SAND, null);
        var still = library.stills().add(java.nio.file.Files.readAllBytes(Fixtures.STUFF_JPG),
                new Stills.Meta(session, Instant.now(), null, null, null, "test"));
        assertEquals(2, still.round());
        assertEquals(fourth.id(), still.turnId());
        var given = library.stills().add(java.nio.file.Files.readAllBytes(Fixtures.SMARTIES_PNG),
                new Stills.Meta(session, Instant.now(), 1, null, null, "test"));
        assertEquals(1, given.round(), "a round given by the counselor wins");
    }
}
