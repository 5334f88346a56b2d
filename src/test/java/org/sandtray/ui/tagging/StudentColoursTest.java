package org.sandtray.ui.tagging;

import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.sandtray.domain.Student;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/** One colour per pupil, whatever session or turn order they are in. */
class StudentColoursTest {
    private static Student pupil(long id, String code) {
        return new Student(id, code, "学生" + code, null, null, null, null);
    }

    @Test
    void aPupilKeepsTheirColourInEverySessionWhateverTheTurnOrder() {
        List<Student> roster = List.of(pupil(1, "S01"), pupil(2, "S02"), pupil(3, "S03"), pupil(4, "S04"));
        StudentColours tuesday = new StudentColours(roster, List.of("S03", "S01", "S02"));
        StudentColours thursday = new StudentColours(roster, List.of("S01", "S04", "S03"));
        StudentColours alone = new StudentColours(roster, List.of("S03"));
        assertEquals(tuesday.of("S03"), thursday.of("S03"));
        assertEquals(tuesday.of("S03"), alone.of("S03"));
        assertEquals(tuesday.of("S01"), thursday.of("S01"));
        assertNotEquals(tuesday.of("S01"), tuesday.of("S03"), "the first of a turn order is not everyone's colour");
        assertEquals(List.of("S03", "S01", "S02"), tuesday.students(), "the legend follows the session");
    }

    @Test
    void pupilsAddedTogetherGetDifferentColoursAndNoneIsTheGreyOfOthers() {
        List<Student> roster = new ArrayList<>();
        for (int i = 1; i <= StudentColours.PALETTE.length; i++) roster.add(pupil(i + 40, "C" + i));
        StudentColours colours = new StudentColours(roster, List.of());
        Set<Color> seen = new HashSet<>();
        for (Student s : roster) {
            assertNotEquals(Color.GRAY, colours.of(s.code()));
            assertTrue(seen.add(colours.of(s.code())), "twelve pupils imported together, twelve colours");
        }
        assertEquals(StudentColours.UNKNOWN, colours.of("nobody"));
    }
}
