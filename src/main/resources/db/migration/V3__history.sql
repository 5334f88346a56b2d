-- Sandtray Recorder library, version 3: a history that can be replayed exactly.
-- Documented in docs/data-format.md ("Schema version 3: history").
-- Only columns and indexes are added (no table is rebuilt), so the migration keeps every row and
-- every id, and composes with other migrations that add columns to the same tables.

-- Which clock a still's taken_at comes from: the program's camera, the photo's own EXIF
-- DateTimeOriginal, or the file's modification time.
ALTER TABLE stills ADD COLUMN taken_at_source TEXT NOT NULL DEFAULT 'camera'
    CHECK (taken_at_source IN ('camera', 'exif', 'file'));
-- Version 1 imported photos with their file's modification time; everything else came from a camera.
-- (still import writes the source as 'file:<name>'; capture from a camera or video names the source without it).
UPDATE stills SET taken_at_source = 'file' WHERE source LIKE 'file:%';

-- The turn in which a mark's change happened (placed, moved, removed; for seen: the still's turn),
-- when it happened, and who did it (the member whose turn it was; the placer for placed).
ALTER TABLE placement_marks ADD COLUMN turn_id INTEGER REFERENCES turns(id) ON DELETE SET NULL;
ALTER TABLE placement_marks ADD COLUMN happened_at TEXT;
ALTER TABLE placement_marks ADD COLUMN by_student_id INTEGER REFERENCES students(id) ON DELETE SET NULL;

-- A photo cannot predate what it shows: a version-1 still that shows a figure placed in a later
-- turn than the one it was stored after (a photo imported before the turns were typed in) moves
-- to that turn, and its round with it where the round followed the turn.
UPDATE stills SET
    round = CASE WHEN round IS NULL OR round = (SELECT t.round FROM turns t WHERE t.id = stills.turn_id)
                 THEN (SELECT t.round FROM placement_marks m JOIN placements p ON p.id = m.placement_id JOIN turns t ON t.id = p.turn_id
                       WHERE m.still_id = stills.id AND m.event = 'placed' ORDER BY t.round DESC, t.order_in_round DESC LIMIT 1)
                 ELSE round END,
    turn_id = (SELECT t.id FROM placement_marks m JOIN placements p ON p.id = m.placement_id JOIN turns t ON t.id = p.turn_id
               WHERE m.still_id = stills.id AND m.event = 'placed' ORDER BY t.round DESC, t.order_in_round DESC LIMIT 1)
WHERE EXISTS (
    SELECT 1 FROM placement_marks m JOIN placements p ON p.id = m.placement_id JOIN turns t ON t.id = p.turn_id
    LEFT JOIN turns now ON now.id = stills.turn_id
    WHERE m.still_id = stills.id AND m.event = 'placed'
      AND (now.id IS NULL OR (t.round, t.order_in_round) > (now.round, now.order_in_round)));

-- Version 1 marks: placed in the placement's turn (else the still's); a move or removal in the
-- latest move or adjust turn after the figure's previous mark and up to the still's turn, else in
-- the still's turn (by then it had happened); seen in the still's turn.
WITH ordered AS (
    SELECT m.id, m.event, p.turn_id AS placement_turn, p.student_id AS placer, st.session_id, st.turn_id AS still_turn,
           LAG(st.turn_id) OVER (PARTITION BY m.placement_id ORDER BY st.taken_at, st.id) AS previous_turn
    FROM placement_marks m
    JOIN placements p ON p.id = m.placement_id
    JOIN stills st ON st.id = m.still_id
), chosen AS (
    SELECT o.id, o.event, o.placer,
           CASE
               WHEN o.event = 'placed' THEN COALESCE(o.placement_turn, o.still_turn)
               WHEN o.event IN ('moved', 'removed') THEN COALESCE((
                   SELECT t.id FROM turns t, turns upto
                   WHERE upto.id = o.still_turn AND t.session_id = o.session_id AND t.action IN ('move', 'adjust')
                     AND (t.round, t.order_in_round) <= (upto.round, upto.order_in_round)
                     AND (o.previous_turn IS NULL OR (t.round, t.order_in_round) >
                          (SELECT prev.round, prev.order_in_round FROM turns prev WHERE prev.id = o.previous_turn))
                   ORDER BY t.round DESC, t.order_in_round DESC LIMIT 1), o.still_turn)
               ELSE o.still_turn
           END AS turn_id
    FROM ordered o
)
UPDATE placement_marks SET
    turn_id = chosen.turn_id,
    by_student_id = CASE
        WHEN chosen.event = 'placed' THEN chosen.placer
        WHEN chosen.event IN ('moved', 'removed') THEN (SELECT t.student_id FROM turns t WHERE t.id = chosen.turn_id)
    END
FROM chosen WHERE chosen.id = placement_marks.id;

UPDATE placement_marks SET happened_at = COALESCE(
    (SELECT t.recorded_at FROM turns t WHERE t.id = placement_marks.turn_id),
    (SELECT st.taken_at FROM stills st WHERE st.id = placement_marks.still_id));

-- Child keys of turns, so undoing a turn finds what pointed to it without a scan.
CREATE INDEX placement_marks_turn ON placement_marks(turn_id);
CREATE INDEX stills_turn ON stills(turn_id);
CREATE INDEX placements_turn ON placements(turn_id);

-- An id is never given twice (decisions/0007): the highest id ever deleted from each table whose
-- rows undo deletes, so a new row is numbered above it even when the deleted row was the last.
-- (SQLite otherwise gives a new row the largest id in the table plus one, which reuses the id of
-- a last row that was deleted. AUTOINCREMENT would need the tables rebuilt.)
CREATE TABLE retired_ids (
    table_name TEXT    PRIMARY KEY,
    max_id     INTEGER NOT NULL
);
CREATE TRIGGER turns_retire_id AFTER DELETE ON turns BEGIN
    INSERT INTO retired_ids(table_name, max_id) VALUES ('turns', OLD.id)
        ON CONFLICT(table_name) DO UPDATE SET max_id = MAX(max_id, excluded.max_id);
END;
CREATE TRIGGER placements_retire_id AFTER DELETE ON placements BEGIN
    INSERT INTO retired_ids(table_name, max_id) VALUES ('placements', OLD.id)
        ON CONFLICT(table_name) DO UPDATE SET max_id = MAX(max_id, excluded.max_id);
END;
CREATE TRIGGER placement_marks_retire_id AFTER DELETE ON placement_marks BEGIN
    INSERT INTO retired_ids(table_name, max_id) VALUES ('placement_marks', OLD.id)
        ON CONFLICT(table_name) DO UPDATE SET max_id = MAX(max_id, excluded.max_id);
END;
CREATE TRIGGER annotations_retire_id AFTER DELETE ON annotations BEGIN
    INSERT INTO retired_ids(table_name, max_id) VALUES ('annotations', OLD.id)
        ON CONFLICT(table_name) DO UPDATE SET max_id = MAX(max_id, excluded.max_id);
END;
