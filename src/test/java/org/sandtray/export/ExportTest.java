package org.sandtray.export;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sandtray.domain.AuditEntry;
import org.sandtray.library.LibraryException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import static org.bytedeco.opencv.global.opencv_imgcodecs.IMREAD_COLOR;
import static org.bytedeco.opencv.global.opencv_imgcodecs.imdecode;
import static org.junit.jupiter.api.Assertions.*;

/** What leaves the room: every byte of an export searched for names, metadata and other pupils. */
class ExportTest {
    @TempDir
    Path tmp;
    CaseLibrary club;

    /** Every way a roster name could show up, including a given name alone and the pinyin in the photo's XMP. */
    static final List<String> NAMES = List.of("王小明", "小明", "李华", "Zhang San", "Zhang", "赵敏", "陈静", "Li Hua");

    @BeforeEach
    void club() throws IOException {
        club = CaseLibrary.create(tmp.resolve("library"));
    }

    @AfterEach
    void close() {
        club.library.close();
    }

    ExportResult export(ExportScope scope, ExportOptions options, Path out) {
        return new Exporter(club.library).export(scope, options, out, ExportProgress.NONE, () -> false);
    }

    @Test
    void aDeIdentifiedSessionExportHoldsNoNameAndNoPhotoMetadata() throws Exception {
        Path out = tmp.resolve("会议 export");
        ExportResult result = export(ExportScope.session(club.groupSession), ExportOptions.defaults(Locale.SIMPLIFIED_CHINESE), out);

        assertTrue(result.deidentified());
        assertTrue(result.files().containsAll(List.of("case-pack.pdf", "stills/session1_still01.jpg",
                "stills/session1_still01_annotated.jpg", "stills/session1_still03.jpg", "data/turns.csv", "data/placements.csv",
                "data/sessions.csv", "data/stills.csv", "data/export.json", "data/geojson/session1_still02.geojson")), result.files().toString());
        assertEquals(result.files(), filesUnder(out), "the result lists exactly what is on disk");

        for (String file : result.files()) {
            for (String name : NAMES) assertFalse(file.contains(name), file);
            String text = textOf(out.resolve(file));
            for (String name : NAMES) assertFalse(text.contains(name), name + " found in " + file);
            if (file.endsWith(".jpg")) assertNoMetadata(out.resolve(file));
        }
        String pdf = pdfText(out.resolve("case-pack.pdf"));
        assertTrue(pdf.contains("S01说老虎会保护大家"), "the story is there with the name replaced by the code:\n" + pdf);
        assertTrue(pdf.contains("同学 缺席"), "a pupil of the roster outside the session is 'another student'");
        assertTrue(pdf.contains("S01的森林"), pdf);
    }

    @Test
    void theOrientationIsAppliedBeforeTheMetadataIsDropped() throws Exception {
        Path out = tmp.resolve("out");
        export(ExportScope.session(club.groupSession), ExportOptions.defaults(Locale.ENGLISH), out);
        // stuff.jpg is 640x480; its copy says "rotate 90 degrees" in EXIF: the export is upright, 480x640
        try (var m = imdecode(new org.bytedeco.opencv.opencv_core.Mat(Files.readAllBytes(out.resolve("stills/session1_still02.jpg"))), IMREAD_COLOR)) {
            assertEquals(480, m.cols());
            assertEquals(640, m.rows());
        }
    }

    @Test
    void thePdfEmbedsItsFontAsASubsetAndItsTextCanBeExtracted() throws Exception {
        Path out = tmp.resolve("out");
        export(ExportScope.session(club.groupSession), ExportOptions.defaults(Locale.SIMPLIFIED_CHINESE), out);
        try (PDDocument doc = Loader.loadPDF(out.resolve("case-pack.pdf").toFile())) {
            int fonts = 0;
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertInstanceOf(PDType0Font.class, font);
                    PDType0Font type0 = (PDType0Font) font;
                    assertTrue(type0.isEmbedded(), font.getName());
                    assertTrue(font.getName().matches("[A-Z]{6}\\+.*"), "a subset is named with a six-letter tag: " + font.getName());
                    assertNotNull(type0.getDescendantFont().getFontDescriptor().getFontFile2(), "TrueType outlines embedded");
                    fonts++;
                }
            }
            assertTrue(fonts > 0);
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("沙盘个案研讨资料") && text.contains("最终沙盘") && text.contains("保密"), text);
            assertTrue(text.contains("老虎") && text.contains("小桥"), "figure names in Chinese");
        }
        assertTrue(Files.size(out.resolve("case-pack.pdf")) < 3_000_000, "a subset, not the 10 MB font");
    }

    @Test
    void aStudentsExportNamesNoOtherPupil() throws Exception {
        Path out = tmp.resolve("student");
        ExportResult result = export(ExportScope.student("S01", null, null), ExportOptions.defaults(Locale.SIMPLIFIED_CHINESE), out);
        assertEquals(2, result.sessions());
        List<String> others = List.of("S02", "S03", "S04", "S05");
        for (String file : result.files()) {
            String text = file.endsWith(".pdf") ? pdfText(out.resolve(file)) : textOf(out.resolve(file));
            for (String other : others) assertFalse(text.contains(other), other + " found in " + file);
            for (String name : NAMES) assertFalse(text.contains(name), name + " found in " + file);
        }
        String turns = Files.readString(out.resolve("data/turns.csv"));
        assertTrue(turns.startsWith("\uFEFF"), "UTF-8 with a byte-order mark for Excel and WPS");
        assertTrue(turns.contains(",同学,place,房子,"), turns);
        String pdf = pdfText(out.resolve("case-pack.pdf"));
        assertTrue(pdf.contains("学生 S01 的历次沙盘") && pdf.contains("沙具最后所在的区域"), pdf);
        JsonNode json = new ObjectMapper().readTree(out.resolve("data/export.json").toFile());
        assertEquals(3, json.at("/student_summary/figures").asInt(), "tiger, bridge, pine");
        assertEquals(1, json.at("/student_summary/zones/upper_left").asInt(), json.toPrettyString());
    }

    @Test
    void anIdentifiableExportIsRefusedWithoutPhotoConsentAndTheRefusalIsLogged() {
        Path out = tmp.resolve("out");
        ExportOptions identifiable = new ExportOptions(null, true, false, Locale.ENGLISH, "", null);
        LibraryException e = assertThrows(LibraryException.class,
                () -> export(ExportScope.session(club.groupSession), identifiable, out));
        assertEquals("export.noPhotoConsent", e.problem().key());
        assertTrue(e.getMessage().contains("S03"), e.getMessage());
        assertFalse(Files.exists(out));
        AuditEntry last = lastAudit();
        assertEquals("export-refused", last.event());
        assertTrue(last.detail().contains("\"deidentified\":false") && last.detail().contains("S03"), last.detail());
    }

    @Test
    void anIdentifiableStudentExportNamesTheStudentAndStillNoOtherPupil() throws Exception {
        Path out = tmp.resolve("named");
        ExportResult result = export(ExportScope.student("S01", null, null),
                new ExportOptions(Set.of(ExportPart.PDF, ExportPart.DATA), true, false, Locale.SIMPLIFIED_CHINESE, "", null), out);
        assertFalse(result.deidentified());
        String pdf = pdfText(out.resolve("case-pack.pdf"));
        assertTrue(pdf.contains("王小明"), pdf);
        for (String other : List.of("李华", "Zhang San", "赵敏", "陈静", "S02", "S03")) assertFalse(pdf.contains(other), other);
        assertTrue(lastAudit().detail().contains("\"deidentified\":false"), lastAudit().detail());
    }

    @Test
    void aStillTakenWhileAMemberHadNoPhotoConsentIsBlurredWhateverTheCounselorUnchecked() throws Exception {
        java.util.Set<Long> groupStills = new java.util.HashSet<>(club.groupStills.stream().map(org.sandtray.domain.Still::id).toList());
        assertEquals(groupStills, club.library.stills().withoutPhotoConsent(club.groupSession), "S03 had no photo consent on that day");
        assertEquals(Set.of(), club.library.stills().withoutPhotoConsent(club.laterSession));
        long messi = club.groupStills.get(2).id(); // a real face in the tray's corner
        long alone = club.library.stills().list(club.laterSession).get(0).id();
        // the counselor unchecked every region on both pictures in the window
        java.util.Map<Long, List<org.sandtray.vision.BlurRegion>> none = java.util.Map.of(messi, List.of(), alone, List.of());
        Path out = tmp.resolve("unchecked");
        export(ExportScope.student("S01", null, null), new ExportOptions(Set.of(ExportPart.STILLS, ExportPart.DATA), true, true,
                Locale.ENGLISH, "", none), out);
        List<String> rows = Files.readAllLines(out.resolve("data/stills.csv"), StandardCharsets.UTF_8);
        String messiRow = rows.stream().filter(r -> r.startsWith(club.groupSession + ",3,")).findFirst().orElseThrow();
        String aloneRow = rows.stream().filter(r -> r.startsWith(club.laterSession + ",1,")).findFirst().orElseThrow();
        assertTrue(Integer.parseInt(messiRow.substring(messiRow.lastIndexOf(',') + 1)) > 0, "the detectors ran on the marked still: " + messiRow);
        assertEquals("0", aloneRow.substring(aloneRow.lastIndexOf(',') + 1), "an unmarked still keeps the counselor's choice: " + aloneRow);
    }

    @Test
    void everyExportAddsAnAuditLine() {
        Path out = tmp.resolve("out");
        ExportResult result = export(ExportScope.student("S01", java.time.LocalDate.parse("2026-03-01"),
                java.time.LocalDate.parse("2026-03-05")), ExportOptions.defaults(Locale.ENGLISH), out);
        assertEquals(1, result.sessions(), "only the first session is in the range");
        AuditEntry last = lastAudit();
        assertEquals("export", last.event());
        String d = last.detail();
        assertTrue(d.contains("\"who\":\"" + System.getProperty("user.name") + "\""), d);
        assertTrue(d.contains("\"student\":\"S01\"") && d.contains("\"from\":\"2026-03-01\"") && d.contains("\"to\":\"2026-03-05\""), d);
        assertTrue(d.contains("\"deidentified\":true") && d.contains("\"files\":" + result.files().size()), d);
        assertTrue(d.contains(out.toAbsolutePath().toString().replace("\\", "\\\\")), d);
    }

    @Test
    void aFolderThatIsNotEmptyIsRefusedAndLeftAlone() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("busy"));
        Files.writeString(out.resolve("notes.txt"), "mine");
        LibraryException e = assertThrows(LibraryException.class,
                () -> export(ExportScope.session(club.groupSession), ExportOptions.defaults(Locale.ENGLISH), out));
        assertEquals("export.outNotEmpty", e.problem().key());
        assertEquals(List.of("notes.txt"), filesUnder(out));
        assertEquals(List.of("busy", "library"), topLevel(tmp), "no staging folder left");
    }

    @Test
    void aCancelLeavesNothingBehind() {
        Path out = tmp.resolve("out");
        int[] asked = {0};
        assertThrows(ExportCancelled.class, () -> new Exporter(club.library).export(ExportScope.session(club.groupSession),
                ExportOptions.defaults(Locale.ENGLISH), out, ExportProgress.NONE, () -> ++asked[0] > 2));
        assertFalse(Files.exists(out));
        assertEquals(List.of("library"), topLevel(tmp), "no staging folder left");
    }

    @Test
    void aFullDiskLeavesNothingBehindAndSaysSo() {
        Path out = tmp.resolve("out");
        int[] written = {0};
        Staging.FileWriter fillsUp = (file, bytes) -> {
            if (++written[0] > 3) throw new IOException("No space left on device");
            Files.write(file, bytes);
        };
        LibraryException e = assertThrows(LibraryException.class, () -> new Exporter(club.library, fillsUp, 2)
                .export(ExportScope.session(club.groupSession), ExportOptions.defaults(Locale.ENGLISH), out, ExportProgress.NONE, () -> false));
        assertEquals("export.writeFailed", e.problem().key());
        assertTrue(e.getMessage().contains("the disk is full"), e.getMessage());
        assertFalse(Files.exists(out));
        assertEquals(List.of("library"), topLevel(tmp), "no staging folder left");
        assertNotEquals("export", lastAudit().event(), "no export line for an export that was not written");
    }

    static void assertNoMetadata(Path jpeg) throws Exception {
        Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(Files.readAllBytes(jpeg)));
        Set<String> allowed = Set.of("JPEG", "JFIF", "Huffman", "File Type");
        List<String> found = new ArrayList<>();
        for (Directory d : metadata.getDirectories()) {
            if (!allowed.contains(d.getName())) found.add(d.getName() + " " + d.getTags());
        }
        assertEquals(List.of(), found, "only the picture's own structure is left in " + jpeg.getFileName());
    }

    AuditEntry lastAudit() {
        List<AuditEntry> all = club.library.audit().list();
        return all.get(all.size() - 1);
    }

    static String textOf(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        return new String(bytes, StandardCharsets.UTF_8) + new String(bytes, StandardCharsets.UTF_16BE)
                + new String(bytes, StandardCharsets.UTF_16LE) + new String(bytes, StandardCharsets.ISO_8859_1);
    }

    static String pdfText(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc) + doc.getDocumentInformation().getCOSObject().toString();
        }
    }

    static List<String> filesUnder(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }

    static List<String> topLevel(Path folder) {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
