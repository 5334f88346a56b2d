package org.sandtray.export;

import org.sandtray.domain.AnnotationShape;
import org.sandtray.domain.Consent;
import org.sandtray.domain.ConsentKind;
import org.sandtray.domain.Session;
import org.sandtray.domain.Still;
import org.sandtray.domain.TrayPoint;
import org.sandtray.domain.TurnAction;
import org.sandtray.library.Groups;
import org.sandtray.library.Library;
import org.sandtray.library.Placements;
import org.sandtray.library.Sessions;
import org.sandtray.library.Stills;
import org.sandtray.library.Students;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/**
 * A club library whose roster names turn up everywhere a counselor might write them: in the
 * session's title, story and observations, in turn and placement notes, in annotation text, and
 * in the photos' own metadata (messi5-phone.jpg carries 王小明, Zhang San and 李华 in EXIF, XMP,
 * IPTC and a comment). S04 赵敏 is on the roster but in no session; S05 陈静 only in a later one.
 */
final class CaseLibrary {
    static final Map<String, String> NAMES = Map.of("S01", "王小明", "S02", "李华", "S03", "Zhang San", "S04", "赵敏",
            "S05", "陈静");
    static final Path PHONE_JPG = Path.of("fixtures/real/messi5-phone.jpg");
    static final Path ROTATED_JPG = Path.of("fixtures/real/stuff-rotated.jpg");
    static final Path MESSI = Path.of("fixtures/real/messi5.jpg");
    static final Path STUFF = Path.of("fixtures/real/stuff.jpg");
    static final Instant FIRST_DAY = Instant.parse("2026-03-03T04:40:00Z");
    static final Instant SECOND_DAY = Instant.parse("2026-03-10T04:40:00Z");

    final Library library;
    final long groupSession;
    final long laterSession;
    final List<Still> groupStills;

    private CaseLibrary(Library library, long groupSession, long laterSession, List<Still> groupStills) {
        this.library = library;
        this.groupSession = groupSession;
        this.laterSession = laterSession;
        this.groupStills = groupStills;
    }

    static Consent photo(boolean yes) {
        return new Consent(ConsentKind.PHOTO, yes, yes ? Boolean.TRUE : null, LocalDate.parse("2026-02-20"), null);
    }

    static Consent participation() {
        return new Consent(ConsentKind.PARTICIPATION, true, true, LocalDate.parse("2026-02-20"), null);
    }

    static CaseLibrary create(Path folder) throws IOException {
        Library library = Library.create(folder, "test");
        library.students().addAll(List.of(
                new Students.Draft("S01", NAMES.get("S01"), "5", "2", participation(), photo(true)),
                new Students.Draft("S02", NAMES.get("S02"), "5", "2", participation(), photo(true)),
                new Students.Draft("S03", NAMES.get("S03"), "6", "1", participation(), photo(false)),
                new Students.Draft("S04", NAMES.get("S04"), "6", "1", participation(), photo(true)),
                new Students.Draft("S05", NAMES.get("S05"), "6", "3", participation(), photo(true))));
        library.groups().create(new Groups.Draft("沙盘世界", "2026春", DayOfWeek.TUESDAY, LocalTime.of(12, 40), 60,
                List.of("S01", "S02", "S03"), LocalDate.parse("2026-02-01")));
        Session group = library.sessions().startGroup("沙盘世界", "暂定", List.of("S01", "S02", "S03"), FIRST_DAY);
        long id = group.id();
        library.turns().add(id, "S01", TurnAction.PLACE, "老虎", "王小明犹豫了很久", FIRST_DAY.plusSeconds(60));
        Still first = library.stills().add(Files.readAllBytes(PHONE_JPG), meta(id, FIRST_DAY.plusSeconds(70), 1));
        library.placements().place(new Placements.Request(first.id(), "老虎", "S01", new TrayPoint(0.2, 0.3), null, null,
                90.0, false, null, "小明说老虎在守护"));
        library.turns().add(id, "S02", TurnAction.PLACE, "房子", null, FIRST_DAY.plusSeconds(120));
        library.turns().add(id, "S03", TurnAction.PASS, null, "Zhang San passed, 李华 looked at him", FIRST_DAY.plusSeconds(150));
        Still second = library.stills().add(Files.readAllBytes(ROTATED_JPG), meta(id, FIRST_DAY.plusSeconds(160), 1));
        library.placements().place(new Placements.Request(second.id(), "房子", "S02", new TrayPoint(0.7, 0.6), 0.1, 0.1,
                null, true, null, null));
        library.annotations().add(second.id(), AnnotationShape.TEXT, 0.5, 0.2, null, null, "李华和小明隔河相望");
        library.annotations().add(second.id(), AnnotationShape.BOX, 0.1, 0.1, 0.4, 0.5, "Zhang San's corner");
        library.turns().add(id, "S01", TurnAction.PLACE, "小桥", null, FIRST_DAY.plusSeconds(200));
        Still third = library.stills().add(Files.readAllBytes(MESSI), meta(id, FIRST_DAY.plusSeconds(210), 2));
        library.placements().place(new Placements.Request(third.id(), "小桥", "S01", new TrayPoint(0.45, 0.5), null, null,
                null, false, null, null));
        library.sessions().end(id, new Sessions.WrapUp("小明的森林", "王小明和李华一起建了森林，Zhang San 在旁边看。小明说老虎会保护大家。",
                "与“寻求联结”的主题相符；赵敏 缺席。S03 passed twice.", "保护, 联结"), FIRST_DAY.plusSeconds(3000));

        Session later = library.sessions().startIndividual("S01", "第二次", SECOND_DAY);
        library.turns().add(later.id(), "S01", TurnAction.PLACE, "松树", null, SECOND_DAY.plusSeconds(60));
        Still alone = library.stills().add(Files.readAllBytes(STUFF), meta(later.id(), SECOND_DAY.plusSeconds(70), 1));
        library.placements().place(new Placements.Request(alone.id(), "松树", "S01", new TrayPoint(0.8, 0.2), null, null,
                null, false, null, "陈静 and 王小明 talked about it"));
        library.sessions().end(later.id(), new Sessions.WrapUp("一棵树", "王小明说这是他自己的树。", "", ""), SECOND_DAY.plusSeconds(2000));
        return new CaseLibrary(library, id, later.id(), List.of(first, second, third));
    }

    private static Stills.Meta meta(long session, Instant at, int round) {
        return new Stills.Meta(session, at, round, null, null, "test");
    }
}
