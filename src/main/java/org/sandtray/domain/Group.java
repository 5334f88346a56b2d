package org.sandtray.domain;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

/** A club cohort that meets weekly around one tray. */
public record Group(long id, String name, String term, DayOfWeek weekday, LocalTime startTime,
                    int durationMinutes, List<GroupMember> members) {
}
