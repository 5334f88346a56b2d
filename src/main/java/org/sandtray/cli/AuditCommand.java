package org.sandtray.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.sandtray.domain.AuditEntry;
import org.sandtray.domain.Problem;
import org.sandtray.library.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code audit}: the library's audit log: openings, imports, checks, exports (and refused exports),
 * backups, erasures, with whether each line still links to the one before it (the chain).
 */
@Command(name = "audit", description = "Show the audit log: openings, imports, checks, exports, backups and erasures, oldest first; "
        + "the chain column says whether each line still follows the one before it; exit 1 when one does not "
        + "(a line before it was deleted or changed; check reports it too).")
final class AuditCommand extends LibraryCommand {
    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
    Output.Format format;

    @Override
    int run(Library library) {
        List<AuditEntry> entries = library.audit().list();
        List<Problem> chain = library.audit().verify();
        java.util.Set<Long> broken = new java.util.HashSet<>();
        for (Problem p : chain) if (!p.args().isEmpty() && p.args().get(0) instanceof Number n) broken.add(n.longValue());
        List<List<String>> rows = new ArrayList<>();
        List<Map<String, Object>> json = new ArrayList<>();
        for (AuditEntry e : entries) {
            String link = broken.contains(e.id()) ? "broken" : "ok";
            rows.add(List.of(String.valueOf(e.id()), e.at().toString(), e.event(), link, e.detail() == null ? "" : e.detail()));
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", e.id());
            m.put("at", e.at().toString());
            m.put("event", e.event());
            m.put("chain", link);
            m.put("detail", detail(e.detail()));
            json.add(m);
        }
        output().rows(format, List.of("id", "at", "event", "chain", "detail"), rows, json);
        if (chain.isEmpty()) say("audit.chainWhole", entries.size());
        for (Problem p : chain) say("check.problem", p);
        return chain.isEmpty() ? 0 : 1;
    }

    /** An export's detail is JSON and is shown as such; older lines are plain text. */
    private static Object detail(String detail) {
        if (detail == null || !detail.startsWith("{")) return detail;
        try {
            JsonNode node = Output.JSON.readTree(detail);
            return node;
        } catch (java.io.IOException e) {
            return detail;
        }
    }
}
