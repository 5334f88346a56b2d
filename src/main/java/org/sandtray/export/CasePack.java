package org.sandtray.export;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.sandtray.domain.Category;
import org.sandtray.domain.Placement;
import org.sandtray.domain.TrayZone;
import org.sandtray.domain.Turn;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * The PDF case pack: a cover (student code or session number, date range, a line for the case
 * question), for a student their figures and categories over time and the zone heatmap, then per
 * session the final tray annotated, the stages as a grid, the turn table, title, story,
 * observations and themes. A4, page numbers, a "confidential" footer; names scrubbed, the font
 * embedded as a subset; no author, creator or dates in the document information.
 */
final class CasePack {
    private final ExportSource source;
    private final Naming naming;
    private final ExportWords words;
    private final ExportOptions options;

    CasePack(ExportSource source, Naming naming, ExportWords words, ExportOptions options) {
        this.source = source;
        this.naming = naming;
        this.words = words;
        this.options = options;
    }

    /**
     * @param finals     the final tray of each session, annotated (session id to JPEG)
     * @param thumbnails every still's small annotated picture, by still id
     */
    byte[] write(Map<Long, byte[]> finals, Map<Long, byte[]> thumbnails, StudentSummary summary, BooleanSupplier cancelled)
            throws IOException {
        try (PDDocument doc = new PDDocument()) {
            doc.setDocumentInformation(new PDDocumentInformation()); // no author, producer or dates
            try (PdfLayout pdf = new PdfLayout(doc)) {
                cover(pdf);
                if (summary != null) summary(pdf, summary);
                for (ExportSource.SessionRecord s : source.sessions()) {
                    if (cancelled.getAsBoolean()) throw new ExportCancelled();
                    session(pdf, s, finals.get(s.session().id()), thumbnails);
                }
                pdf.footers(words.get("pack.confidential"), (i, n) -> words.get("pack.page", i, n));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private void cover(PdfLayout pdf) throws IOException {
        pdf.newPage();
        pdf.space(120);
        pdf.heading(words.get("pack.title"), 24);
        String subject = source.scope().ofStudent() ? words.get("pack.subjectStudent", naming.label(source.scope().studentCode()))
                : words.get("pack.subjectSession", source.scope().sessionId());
        pdf.heading(subject, 16);
        pdf.paragraph(words.get("pack.range", String.valueOf(source.firstDay()), String.valueOf(source.lastDay())), 12);
        pdf.paragraph(words.get("pack.counts", source.sessions().size(), source.stillCount()), 12);
        pdf.space(24);
        pdf.paragraph(words.get("pack.caseQuestion"), 12);
        String question = naming.scrub(options.caseQuestion());
        if (question.isBlank()) {
            pdf.space(30);
            pdf.paragraph("_".repeat(60), 12, new java.awt.Color(150, 150, 150));
        } else {
            pdf.paragraph(question, 12);
        }
        pdf.space(40);
        pdf.paragraph(words.get("pack." + (options.identifiable() ? "identifiable" : "deidentified")), 10,
                new java.awt.Color(120, 40, 40));
    }

    private void summary(PdfLayout pdf, StudentSummary summary) throws IOException {
        pdf.newPage();
        pdf.heading(words.get("summary.heading", naming.label(summary.studentCode())), 16);
        pdf.paragraph(words.get("summary.total", summary.figureTotal(), summary.categoryTotals().size()), 11);
        pdf.heading(words.get("summary.figures"), 13);
        List<List<String>> rows = new ArrayList<>();
        for (StudentSummary.SessionLine line : summary.sessions()) {
            rows.add(List.of(line.day().toString(), String.valueOf(line.sessionId()), String.join("、", line.figures()),
                    String.valueOf(line.figures().size())));
        }
        pdf.table(List.of(words.get("col.date"), words.get("col.session"), words.get("col.figures"), words.get("col.count")),
                rows, new float[] {0.16f, 0.1f, 0.62f, 0.12f}, 9);
        Set<Category> used = EnumSet.noneOf(Category.class);
        used.addAll(summary.categoryTotals().keySet());
        if (!used.isEmpty()) {
            pdf.heading(words.get("summary.categories"), 13);
            List<String> header = new ArrayList<>(List.of(words.get("col.date")));
            for (Category c : used) header.add(options.chinese() ? c.nameZh() : c.nameEn());
            List<List<String>> catRows = new ArrayList<>();
            for (StudentSummary.SessionLine line : summary.sessions()) {
                List<String> row = new ArrayList<>(List.of(line.day().toString()));
                for (Category c : used) {
                    Integer n = line.categories().get(c);
                    row.add(n == null ? "" : n.toString());
                }
                catRows.add(row);
            }
            float[] fractions = new float[header.size()];
            fractions[0] = 0.16f;
            for (int i = 1; i < fractions.length; i++) fractions[i] = 0.84f / (fractions.length - 1);
            pdf.table(header, catRows, fractions, 8.5f);
        }
        pdf.heading(words.get("summary.zones"), 13);
        String[] names = new String[9];
        int[] counts = new int[9];
        for (TrayZone z : TrayZone.values()) {
            names[z.ordinal()] = options.chinese() ? z.nameZh() : z.nameEn();
            counts[z.ordinal()] = summary.zone(z);
        }
        pdf.heatmap(names, counts, 110, 9);
    }

    private void session(PdfLayout pdf, ExportSource.SessionRecord s, byte[] finalTray, Map<Long, byte[]> thumbnails)
            throws IOException {
        pdf.newPage();
        pdf.heading(words.get("session.heading", s.session().id(), s.day().toString()), 16);
        pdf.paragraph(s.session().groupName() != null ? words.get("session.group", naming.scrub(s.session().groupName()))
                : words.get("session.individual"), 10);
        List<String> labels = new ArrayList<>();
        boolean others = false;
        for (String code : s.participants()) {
            if (naming.shown(code)) labels.add(naming.label(code)); else others = true;
        }
        if (others) labels.add(words.get("student.others"));
        pdf.paragraph(words.get("session.students", String.join(options.chinese() ? "、" : ", ", labels)), 10);
        pdf.space(4);
        pdf.field(words.get("session.title"), naming.scrub(DataFiles.nz(s.session().title())), 12);
        if (finalTray != null) {
            pdf.heading(words.get("session.finalTray"), 13);
            pdf.image(finalTray, pdf.width(), 330);
        } else {
            pdf.paragraph(words.get("session.noStills"), 10);
        }
        if (s.stills().size() > 1) {
            pdf.heading(words.get("session.stages"), 13);
            List<byte[]> images = new ArrayList<>();
            List<String> captions = new ArrayList<>();
            for (ExportSource.StillRecord still : s.stills()) {
                byte[] t = thumbnails.get(still.still().id());
                if (t == null) continue;
                images.add(t);
                captions.add(still.still().round() == null ? words.get("session.stageNoRound", still.ordinal())
                        : words.get("session.stage", still.ordinal(), still.still().round()));
            }
            pdf.grid(images, captions, 3, 8);
        }
        if (!s.turns().isEmpty()) {
            pdf.heading(words.get("session.turns"), 13);
            List<List<String>> rows = new ArrayList<>();
            for (Turn t : s.turns()) {
                Placement p = DataFiles.placementOf(s, t);
                String zone = p == null || p.firstPosition() == null ? ""
                        : options.chinese() ? p.firstPosition().zone().nameZh() : p.firstPosition().zone().nameEn();
                rows.add(List.of(String.valueOf(t.round()), String.valueOf(t.orderInRound()), naming.label(t.studentCode()),
                        options.chinese() ? t.action().nameZh() : t.action().nameEn(),
                        source.figureName(p == null ? null : p.figureId(), t.figureName(), options.chinese()), zone));
            }
            pdf.table(List.of(words.get("col.round"), words.get("col.turn"), words.get("col.student"), words.get("col.action"),
                    words.get("col.figure"), words.get("col.zone")), rows, new float[] {0.08f, 0.08f, 0.2f, 0.2f, 0.26f, 0.18f}, 9);
        }
        pdf.field(words.get("session.story"), naming.scrub(DataFiles.nz(s.session().story())), 11);
        pdf.field(words.get("session.observations"), naming.scrub(DataFiles.nz(s.session().observations())), 11);
        pdf.field(words.get("session.themes"), naming.scrub(DataFiles.nz(s.session().themes())), 11);
    }
}
