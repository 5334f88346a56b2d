package org.sandtray.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.sandtray.domain.AuditEntry;
import org.sandtray.library.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code audit}: the library's audit log: openings, imports, checks, exports (and refused exports). */
@Command(name = "audit", description = "Show the audit log: openings, imports, checks and exports, oldest first.")
final class AuditCommand extends LibraryCommand {
    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
    Output.Format format;

    @Override
    int run(Library library) {
        List<AuditEntry> entries = library.audit().list();
        List<List<String>> rows = new ArrayList<>();
        List<Map<String, Object>> json = new ArrayList<>();
        for (AuditEntry e : entries) {
            rows.add(List.of(String.valueOf(e.id()), e.at().toString(), e.event(), e.detail() == null ? "" : e.detail()));
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", e.id());
            m.put("at", e.at().toString());
            m.put("event", e.event());
            m.put("detail", detail(e.detail()));
            json.add(m);
        }
        output().rows(format, List.of("id", "at", "event", "detail"), rows, json);
        return 0;
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
