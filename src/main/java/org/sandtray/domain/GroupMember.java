package org.sandtray.domain;

import java.time.LocalDate;

/** A student's membership of a club cohort, from the day they joined until the day they left. */
public record GroupMember(String studentCode, LocalDate joinedOn, LocalDate leftOn) {

    public boolean activeOn(LocalDate day) {
        return (joinedOn == null || !day.isBefore(joinedOn)) && (leftOn == null || day.isBefore(leftOn));
    }
}
