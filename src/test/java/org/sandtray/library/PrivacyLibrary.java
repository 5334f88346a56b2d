package org.sandtray.library;

import org.sandtray.domain.AnnotationShape;
import org.sandtray.domain.Consent;
import org.sandtray.domain.ConsentKind;
import org.sandtray.domain.TrayPoint;
import org.sandtray.domain.TurnAction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A small library with everything that must not be readable at rest: a Chinese roster, a named
 * group, titles, stories, observations, themes, notes, annotation text, a phone photo with its
 * EXIF (maker, model) under its own file name, a PNG; and a byte search over a folder.
 */
final class PrivacyLibrary {
    static final LocalDate CONSENTED = LocalDate.of(2025, 9, 1);
    /** Every text put in, and what the photos carry: none may be found in an encrypted library's files. */
    static final List<String> SECRETS = List.of("王小明", "李小红", "张伟", "沙盘世界一组", "森林与河流", "小明说河边有一只受伤的小鸟",
            "与安全感主题一致", "保护与照顾", "犹豫了很久才放下", "这里是小鸟的家", "放在角落", "IMG_20260303_1245", "Xiaomi", "Redmi Note");
    /** The first bytes of a JPEG (with its APP0 or APP1 segment), a PNG's signature, EXIF's and JFIF's markers. */
    static final List<byte[]> SIGNATURES = List.of(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0},
            new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE1}, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'},
            "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), "JFIF\0".getBytes(StandardCharsets.ISO_8859_1));

    long groupSession;
    long individualSession;
    List<Long> stills = new ArrayList<>();

    private PrivacyLibrary() {}

    static PrivacyLibrary fill(Library library, Path work) throws IOException {
        PrivacyLibrary made = new PrivacyLibrary();
        Consent yes = new Consent(ConsentKind.PHOTO, true, true, CONSENTED, null);
        Consent takePart = new Consent(ConsentKind.PARTICIPATION, true, true, CONSENTED, null);
        library.students().addAll(List.of(new Students.Draft("S01", "王小明", "五年级", "2班", takePart, yes),
                new Students.Draft("S02", "李小红", "五年级", "3班", takePart, yes),
                new Students.Draft("S03", "张伟", "六年级", "1班", takePart, yes)));
        library.groups().create(new Groups.Draft("沙盘世界一组", "2026", DayOfWeek.TUESDAY, LocalTime.of(12, 40), 60,
                List.of("S01", "S02", "S03"), CONSENTED));
        Instant day = Instant.parse("2026-03-03T04:40:00Z");
        made.groupSession = library.sessions().startGroup("沙盘世界一组", "森林与河流", List.of("S01", "S02", "S03"), day).id();
        library.turns().add(made.groupSession, "S01", TurnAction.PLACE, "老虎", "犹豫了很久才放下", day.plusSeconds(60));
        Path phone = Fixtures.copy(Path.of("fixtures/real/messi5-phone.jpg"), work, "IMG_20260303_1245.jpg", day);
        long still = library.stills().importFile(phone, made.groupSession, 1, null).id();
        made.stills.add(still);
        long placement = library.placements().place(new Placements.Request(still, "老虎", "S01", new TrayPoint(0.2, 0.3), null, null,
                90.0, false, null, "放在角落")).id();
        library.annotations().add(still, AnnotationShape.TEXT, 0.5, 0.5, null, null, "这里是小鸟的家");
        library.sessions().end(made.groupSession, new Sessions.WrapUp(null, "小明说河边有一只受伤的小鸟", "与安全感主题一致", "保护与照顾"),
                day.plusSeconds(3600));
        made.individualSession = library.sessions().startIndividual("S01", "森林与河流", day.plusSeconds(7200)).id();
        made.stills.add(library.stills().importFile(Fixtures.copy(Fixtures.SMARTIES_PNG, work, "smarties.png", day.plusSeconds(7300)),
                made.individualSession, null, null).id());
        assert placement > 0;
        return made;
    }

    /** Each needle found in any file under the folder, as "file: needle". */
    static List<String> found(Path folder, List<String> texts, List<byte[]> signatures) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                for (String t : texts) if (indexOf(bytes, t.getBytes(StandardCharsets.UTF_8)) >= 0) out.add(folder.relativize(file) + ": " + t);
                for (byte[] s : signatures) {
                    if (indexOf(bytes, s) >= 0) out.add(folder.relativize(file) + ": bytes " + HexFormat.of().formatHex(s));
                }
            }
        }
        return out;
    }

    static int indexOf(byte[] data, byte[] pattern) {
        outer:
        for (int i = 0; i + pattern.length <= data.length; i++) {
            for (int j = 0; j < pattern.length; j++) if (data[i + j] != pattern[j]) continue outer;
            return i;
        }
        return -1;
    }
}
