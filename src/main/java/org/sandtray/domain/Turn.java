package org.sandtray.domain;

import java.time.Instant;

/** One member's turn: a single action in a given round and position in the round. */
public record Turn(long id, long sessionId, int round, int orderInRound, String studentCode,
                   TurnAction action, String figureName, String note, Instant recordedAt) {
}
