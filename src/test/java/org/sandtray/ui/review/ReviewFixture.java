package org.sandtray.ui.review;

import org.sandtray.bench.SampleJpeg;
import org.sandtray.domain.ImagePoint;
import org.sandtray.domain.TrayPoint;
import org.sandtray.domain.TraySetup;
import org.sandtray.domain.Turn;
import org.sandtray.domain.TurnAction;
import org.sandtray.library.Groups;
import org.sandtray.library.Library;
import org.sandtray.library.Placements;
import org.sandtray.library.Sessions;
import org.sandtray.library.Stills;
import org.sandtray.library.Students;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A group session recorded the way a counselor does it, mistakes included, for the review screens'
 * tests: A, B and C around one tray, stills of 1280x960 under a tray setup whose inside is the
 * middle 80 % of the picture (so a tray spot x lies at 0.1 + 0.8x of the picture's width).
 */
final class ReviewFixture {
    final Library library;
    final long session;
    final List<Long> stills = new ArrayList<>();
    final List<Turn> turns = new ArrayList<>();
    long tiger, bridge, house;
    private final byte[] photo = SampleJpeg.textured(1280, 960, 5);
    private final long setup;

    ReviewFixture(Library library, Instant t0) {
        this.library = library;
        for (String code : List.of("A", "B", "C")) {
            if (library.students().byCode(code).isEmpty()) {
                library.students().add(new Students.Draft(code, "学生" + code, null, null, null, org.sandtray.library.Fixtures.PHOTOS_ALLOWED));
            }
        }
        if (library.groups().list().isEmpty()) {
            library.groups().create(new Groups.Draft("周二社团", null, null, null, 60, List.of("A", "B", "C"), LocalDate.of(2020, 9, 1)));
        }
        setup = library.traySetups().add(new TraySetup(0, 72, 57, 1280, 960, List.of(new ImagePoint(128, 96),
                new ImagePoint(1152, 96), new ImagePoint(1152, 864), new ImagePoint(128, 864)))).id();
        session = library.sessions().startGroup("周二社团", null, List.of("A", "B", "C"), t0).id();

        turn("A", TurnAction.PLACE, "老虎", t0.plusSeconds(10));          // 1.1
        long s1 = still(t0.plusSeconds(20));
        tiger = place(s1, "老虎", "A", 0.1, 0.1);
        turn("B", TurnAction.PLACE, "小桥", t0.plusSeconds(30));          // 1.2, no photo after it
        turn("C", TurnAction.PASS, null, t0.plusSeconds(40));            // 1.3
        long s2 = still(t0.plusSeconds(50));
        bridge = place(s2, "小桥", "B", 0.5, 0.5);                        // tagged late, after C's pass
        library.turns().add(session, "A", TurnAction.PLACE, null, null, t0.plusSeconds(55));
        library.turns().undoLast(session);                               // a wrong key, taken back
        turn("A", TurnAction.MOVE, null, t0.plusSeconds(60));            // 2.1: A moves the bridge
        long s3 = still(t0.plusSeconds(70));
        library.placements().move(bridge, s3, new TrayPoint(0.7, 0.3));
        long flower = place(s3, "花", "C", 0.5, 0.9);                     // tagged by mistake ...
        library.placements().delete(flower);                             // ... and deleted
        turn("B", TurnAction.PLACE, "房子", t0.plusSeconds(80));          // 2.2
        long s4 = still(t0.plusSeconds(90));
        house = place(s4, "房子", "B", 0.2, 0.8);
        turn("C", TurnAction.ADJUST, null, t0.plusSeconds(100));         // 2.3: C takes the tiger out
        long s5 = still(t0.plusSeconds(110));
        library.placements().remove(tiger, s5);
        library.sessions().end(session, new Sessions.WrapUp("森林", "小动物的家", "与合作的主题相符", "保护"), t0.plusSeconds(200));
    }

    private void turn(String student, TurnAction action, String figure, Instant at) {
        turns.add(library.turns().add(session, student, action, figure, null, at));
    }

    private long still(Instant at) {
        long id = library.stills().add(SampleJpeg.variant(photo, stills.size() + 1),
                new Stills.Meta(session, at, null, null, setup, "test")).id();
        stills.add(id);
        return id;
    }

    private long place(long still, String figure, String student, double x, double y) {
        return library.placements().place(new Placements.Request(still, figure, student, new TrayPoint(x, y), null, null, null,
                false, null, null)).id();
    }
}
