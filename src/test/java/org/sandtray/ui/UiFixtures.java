package org.sandtray.ui;

import org.sandtray.domain.Consent;
import org.sandtray.domain.ConsentKind;
import org.sandtray.library.Groups;
import org.sandtray.library.Library;
import org.sandtray.library.Students;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** A small club for the window's tests: three students (one without photo consent) in one group. */
public final class UiFixtures {
    private UiFixtures() {}

    public static void club(Library library, boolean everyoneConsents) {
        Consent yes = new Consent(ConsentKind.PHOTO, true, true, LocalDate.now(), null);
        Consent no = new Consent(ConsentKind.PHOTO, false, null, LocalDate.now(), null);
        Consent part = new Consent(ConsentKind.PARTICIPATION, true, true, LocalDate.now(), null);
        library.students().addAll(List.of(
                new Students.Draft("S1", "王小明", "五年级", "3班", part, yes),
                new Students.Draft("S2", "李雨桐", "五年级", "3班", part, yes),
                new Students.Draft("S3", "刘欣怡", "六年级", "2班", part, everyoneConsents ? yes : no)));
        library.groups().create(new Groups.Draft("沙盘世界", "2026", DayOfWeek.TUESDAY, LocalTime.of(12, 40), 60,
                List.of("S1", "S2", "S3"), LocalDate.now().minusDays(30)));
    }

    /** Whether a person could see the node: it and every node around it are visible (TestFX's isVisible looks at the node alone). */
    public static boolean shown(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) if (!n.isVisible()) return false;
        return true;
    }
}
