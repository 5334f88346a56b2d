package org.sandtray.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.sandtray.domain.Annotation;
import org.sandtray.domain.Category;
import org.sandtray.domain.ImagePoint;
import org.sandtray.domain.Placement;
import org.sandtray.domain.Turn;
import org.sandtray.domain.TrayPoint;
import org.sandtray.domain.TrayZone;
import org.sandtray.library.Placements;
import org.sandtray.vision.BlurRegion;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The export's data files, readable in a spreadsheet or in Python: CSV in UTF-8 with a byte-order
 * mark (Excel and WPS then show Chinese), one JSON file with everything, and a GeoJSON
 * FeatureCollection per still. Students appear by their label (code, or "another student"), free
 * text scrubbed of names; no timestamps beyond the session's day.
 */
final class DataFiles {
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final ExportSource source;
    private final Naming naming;
    private final boolean chinese;

    DataFiles(ExportSource source, Naming naming, boolean chinese) {
        this.source = source;
        this.naming = naming;
        this.chinese = chinese;
    }

    byte[] sessionsCsv() {
        return csv(List.of("session", "date", "kind", "group", "students", "title", "story", "observations", "themes",
                "figures", "categories", "stills"), rows -> {
            for (ExportSource.SessionRecord s : source.sessions()) {
                rows.add(List.of(id(s), s.day().toString(), s.session().kind().name().toLowerCase(Locale.ROOT),
                        naming.scrub(nz(s.session().groupName())), String.join(" ", labels(s.participants())),
                        naming.scrub(nz(s.session().title())), naming.scrub(nz(s.session().story())),
                        naming.scrub(nz(s.session().observations())), naming.scrub(nz(s.session().themes())),
                        String.valueOf(s.placements().size()),
                        String.valueOf(s.placements().stream().map(Placement::category).distinct().count()),
                        String.valueOf(s.stills().size())));
            }
        });
    }

    byte[] turnsCsv() {
        return csv(List.of("session", "date", "round", "turn", "student", "action", "figure", "category", "zone", "note"), rows -> {
            for (ExportSource.SessionRecord s : source.sessions()) {
                for (Turn t : s.turns()) {
                    Placement p = placementOf(s, t);
                    rows.add(List.of(id(s), s.day().toString(), String.valueOf(t.round()), String.valueOf(t.orderInRound()),
                            naming.label(t.studentCode()), t.action().code(),
                            source.figureName(p == null ? null : p.figureId(), t.figureName(), chinese),
                            p == null ? "" : p.category().code(), zoneOf(p), naming.scrub(nz(t.note()))));
                }
            }
        });
    }

    byte[] placementsCsv() {
        return csv(List.of("session", "placement", "figure", "category", "student", "round", "x", "y", "zone", "final_x",
                "final_y", "final_zone", "moved", "removed", "facing_deg", "buried", "note"), rows -> {
            for (ExportSource.SessionRecord s : source.sessions()) {
                for (Placement p : s.placements()) {
                    TrayPoint first = p.firstPosition();
                    TrayPoint last = p.lastPosition();
                    rows.add(List.of(id(s), String.valueOf(p.id()), source.figureName(p.figureId(), p.figureName(), chinese),
                            p.category().code(), naming.label(p.studentCode()), p.round() == null ? "" : p.round().toString(),
                            coord(first == null ? null : first.x()), coord(first == null ? null : first.y()), zoneOf(first),
                            coord(last == null ? null : last.x()), coord(last == null ? null : last.y()), zoneOf(last),
                            String.valueOf(p.moved()), String.valueOf(p.removed()),
                            p.facingDegrees() == null ? "" : coord(p.facingDegrees()), String.valueOf(p.buried()),
                            naming.scrub(nz(p.note()))));
                }
            }
        });
    }

    /** The still files, each with its session, round and how many regions were blurred. */
    byte[] stillsCsv(List<RenderedStill> stills, boolean withFiles) {
        return csv(List.of("session", "still", "round", "file", "annotated_file", "width", "height", "blurred_regions"), rows -> {
            for (RenderedStill r : stills) {
                ExportSource.StillRecord s = r.record();
                rows.add(List.of(String.valueOf(s.still().sessionId()), String.valueOf(s.ordinal()),
                        s.still().round() == null ? "" : s.still().round().toString(),
                        withFiles ? Exporter.STILLS + "/" + s.stem() + ".jpg" : "",
                        withFiles ? Exporter.STILLS + "/" + s.stem() + "_annotated.jpg" : "",
                        String.valueOf(r.width()), String.valueOf(r.height()), String.valueOf(r.regions().size())));
            }
        });
    }

    /** One still's figures and annotations as a GeoJSON FeatureCollection in tray coordinates, with pixels on the exported picture. */
    byte[] geoJson(RenderedStill rendered, ExportSource.SessionRecord session) {
        ExportSource.StillRecord s = rendered.record();
        List<Object> features = new ArrayList<>();
        for (Placements.Standing st : s.standing()) {
            if (st.mark().at() == null) continue;
            Placement p = st.placement();
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("kind", "figure");
            props.put("placement", p.id());
            props.put("figure", source.figureName(p.figureId(), p.figureName(), chinese));
            props.put("category", p.category().code());
            props.put("student", naming.label(p.studentCode()));
            props.put("round", p.round());
            props.put("turn", turnOrder(session, p));
            props.put("facing_deg", p.facingDegrees());
            props.put("buried", p.buried());
            props.put("event", st.mark().event().code());
            props.put("zone", st.mark().at().zone().code());
            ImagePoint px = rendered.pixels().get(p.id());
            props.put("pixel", px == null ? null : List.of(round(px.x()), round(px.y())));
            features.add(feature(point(st.mark().at().x(), st.mark().at().y()), props));
        }
        for (Annotation a : s.annotations()) {
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("kind", "annotation");
            props.put("shape", a.shape().code());
            props.put("text", naming.scrub(nz(a.text())));
            Object geometry = a.x2() == null ? point(a.x1(), a.y1())
                    : a.shape() == org.sandtray.domain.AnnotationShape.ARROW
                    ? Map.of("type", "LineString", "coordinates", List.of(List.of(a.x1(), a.y1()), List.of(a.x2(), a.y2())))
                    : Map.of("type", "Polygon", "coordinates", List.of(List.of(List.of(a.x1(), a.y1()), List.of(a.x2(), a.y1()),
                    List.of(a.x2(), a.y2()), List.of(a.x1(), a.y2()), List.of(a.x1(), a.y1()))));
            features.add(feature(geometry, props));
        }
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("type", "FeatureCollection");
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("session", s.still().sessionId());
        meta.put("still", s.ordinal());
        meta.put("round", s.still().round());
        meta.put("image", s.stem() + ".jpg");
        meta.put("image_width", rendered.width());
        meta.put("image_height", rendered.height());
        meta.put("coordinates", "tray: x 0..1 left to right, y 0..1 top to bottom as the camera sees the tray; pixel: on the exported image");
        collection.put("properties", meta);
        collection.put("features", features);
        return json(collection);
    }

    /** Everything in one JSON document. */
    byte[] exportJson(List<RenderedStill> stills, StudentSummary summary, boolean deidentified, String language) {
        Map<String, Object> root = new LinkedHashMap<>();
        Map<String, Object> about = new LinkedHashMap<>();
        about.put("scope", source.scope().ofStudent() ? "student" : "session");
        about.put("student", source.scope().ofStudent() ? naming.label(source.scope().studentCode()) : null);
        about.put("from", String.valueOf(source.firstDay()));
        about.put("to", String.valueOf(source.lastDay()));
        about.put("deidentified", deidentified);
        about.put("language", language);
        root.put("export", about);
        List<Object> sessions = new ArrayList<>();
        for (ExportSource.SessionRecord s : source.sessions()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("session", s.session().id());
            m.put("date", s.day().toString());
            m.put("kind", s.session().kind().name().toLowerCase(Locale.ROOT));
            m.put("group", naming.scrub(nz(s.session().groupName())));
            m.put("students", labels(s.participants()));
            m.put("title", naming.scrub(nz(s.session().title())));
            m.put("story", naming.scrub(nz(s.session().story())));
            m.put("observations", naming.scrub(nz(s.session().observations())));
            m.put("themes", naming.scrub(nz(s.session().themes())));
            List<Object> turns = new ArrayList<>();
            for (Turn t : s.turns()) {
                Placement p = placementOf(s, t);
                Map<String, Object> tm = new LinkedHashMap<>();
                tm.put("round", t.round());
                tm.put("turn", t.orderInRound());
                tm.put("student", naming.label(t.studentCode()));
                tm.put("action", t.action().code());
                tm.put("figure", source.figureName(p == null ? null : p.figureId(), t.figureName(), chinese));
                tm.put("zone", zoneOf(p));
                tm.put("note", naming.scrub(nz(t.note())));
                turns.add(tm);
            }
            m.put("turns", turns);
            List<Object> placements = new ArrayList<>();
            for (Placement p : s.placements()) {
                Map<String, Object> pm = new LinkedHashMap<>();
                pm.put("placement", p.id());
                pm.put("figure", source.figureName(p.figureId(), p.figureName(), chinese));
                pm.put("category", p.category().code());
                pm.put("student", naming.label(p.studentCode()));
                pm.put("round", p.round());
                pm.put("first", p.firstPosition() == null ? null : List.of(p.firstPosition().x(), p.firstPosition().y()));
                pm.put("last", p.lastPosition() == null ? null : List.of(p.lastPosition().x(), p.lastPosition().y()));
                pm.put("moved", p.moved());
                pm.put("removed", p.removed());
                pm.put("facing_deg", p.facingDegrees());
                pm.put("buried", p.buried());
                pm.put("note", naming.scrub(nz(p.note())));
                placements.add(pm);
            }
            m.put("placements", placements);
            List<Object> stillList = new ArrayList<>();
            for (RenderedStill r : stills) {
                if (r.record().still().sessionId() != s.session().id()) continue;
                Map<String, Object> sm = new LinkedHashMap<>();
                sm.put("still", r.record().ordinal());
                sm.put("round", r.record().still().round());
                sm.put("image", r.record().stem() + ".jpg");
                sm.put("annotated", r.record().stem() + "_annotated.jpg");
                sm.put("geojson", r.record().stem() + ".geojson");
                sm.put("blurred", r.regions().stream().map(DataFiles::region).toList());
                stillList.add(sm);
            }
            m.put("stills", stillList);
            sessions.add(m);
        }
        root.put("sessions", sessions);
        if (summary != null) {
            Map<String, Object> sm = new LinkedHashMap<>();
            sm.put("figures", summary.figureTotal());
            Map<String, Object> totals = new LinkedHashMap<>();
            summary.categoryTotals().forEach((c, n) -> totals.put(c.code(), n));
            sm.put("categories", totals);
            Map<String, Object> zones = new LinkedHashMap<>();
            for (TrayZone z : TrayZone.values()) zones.put(z.code(), summary.zone(z));
            sm.put("zones", zones);
            sm.put("empty_zones", summary.total().emptyZones());
            sm.put("fences", summary.total().fences());
            sm.put("moves", summary.total().moves());
            sm.put("passes", summary.total().passes());
            List<Object> over = new ArrayList<>();
            for (StudentSummary.SessionLine line : summary.sessions()) {
                Map<String, Object> lm = new LinkedHashMap<>();
                lm.put("session", line.sessionId());
                lm.put("date", line.day().toString());
                lm.put("figures", line.figures());
                Map<String, Object> cats = new LinkedHashMap<>();
                for (Map.Entry<Category, Integer> e : line.categories().entrySet()) cats.put(e.getKey().code(), e.getValue());
                lm.put("categories", cats);
                over.add(lm);
            }
            sm.put("over_time", over);
            root.put("student_summary", sm);
        }
        return json(root);
    }

    private static Map<String, Object> region(BlurRegion r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", r.kind().code());
        m.put("x", round4(r.x()));
        m.put("y", round4(r.y()));
        m.put("width", round4(r.width()));
        m.put("height", round4(r.height()));
        return m;
    }

    private List<String> labels(List<String> codes) {
        List<String> out = new ArrayList<>();
        boolean other = false;
        for (String c : codes) {
            if (naming.shown(c)) out.add(naming.label(c)); else other = true;
        }
        if (other) out.add(naming.another());
        return out;
    }

    private static Integer turnOrder(ExportSource.SessionRecord s, Placement p) {
        if (p.turnId() == null) return null;
        for (Turn t : s.turns()) if (t.id() == p.turnId()) return t.orderInRound();
        return null;
    }

    static Placement placementOf(ExportSource.SessionRecord s, Turn t) {
        for (Placement p : s.placements()) if (p.turnId() != null && p.turnId() == t.id()) return p;
        return null;
    }

    private static String zoneOf(Placement p) {
        return p == null ? "" : zoneOf(p.firstPosition());
    }

    private static String zoneOf(TrayPoint p) {
        return p == null ? "" : TrayZone.of(p).code();
    }

    private static String id(ExportSource.SessionRecord s) {
        return String.valueOf(s.session().id());
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String coord(Double v) {
        return v == null ? "" : String.format(Locale.ROOT, "%.4f", v);
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static double round4(double v) {
        return Math.round(v * 10000) / 10000.0;
    }

    private static Map<String, Object> point(double x, double y) {
        return Map.of("type", "Point", "coordinates", List.of(x, y));
    }

    private static Map<String, Object> feature(Object geometry, Map<String, Object> props) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("type", "Feature");
        f.put("geometry", geometry);
        f.put("properties", props);
        return f;
    }

    private static byte[] json(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface RowSink {
        void fill(List<List<String>> rows);
    }

    private static byte[] csv(List<String> header, RowSink sink) {
        List<List<String>> rows = new ArrayList<>();
        sink.fill(rows);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}); // the byte-order mark Excel and WPS look for
        try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get())) {
            for (List<String> row : rows) printer.printRecord(row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
