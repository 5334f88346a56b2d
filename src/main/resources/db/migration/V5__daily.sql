-- Sandtray Recorder library, version 5: the counselor's day-to-day (issue 12).
-- Documented in docs/data-format.md ("Schema version 5: culling, the final tray, absences").
-- Only columns, a table and triggers are added (no table is rebuilt): every row and id is kept.

-- A still the counselor starred (a good one) or rejected (blurred, a hand in the way: hidden from
-- review and export, kept in the library). NULL: neither.
ALTER TABLE stills ADD COLUMN pick TEXT CHECK (pick IN ('starred', 'rejected'));

-- 1 on the still that shows its session's final tray, as the counselor chose it (at most one per
-- session); a session without one uses its last still that is not rejected. Kept on the still, not
-- on the session, so no two tables refer to each other (salvage copies parents first).
ALTER TABLE stills ADD COLUMN final_tray INTEGER NOT NULL DEFAULT 0 CHECK (final_tray IN (0, 1));
CREATE UNIQUE INDEX stills_final_tray ON stills(session_id) WHERE final_tray = 1;

-- Members of the group who were absent when a group session started: left out of its turn order
-- and its participants, and named as absent in its record.
CREATE TABLE session_absences (
    session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    student_id INTEGER NOT NULL REFERENCES students(id) ON DELETE CASCADE,
    PRIMARY KEY (session_id, student_id)
);
CREATE INDEX session_absences_student ON session_absences(student_id);

-- An id is never given twice (decisions/0007), now also for rows the counselor deletes from the
-- window: a still deleted for good, a pupil added by mistake and taken back, a consent record
-- taken back, a group membership taken back.
CREATE TRIGGER stills_retire_id AFTER DELETE ON stills BEGIN
    INSERT INTO retired_ids(table_name, max_id) VALUES ('stills', OLD.id)
        ON CONFLICT(table_name) DO UPDATE SET max_id = MAX(max_id, excluded.max_id);
END;
CREATE TRIGGER students_retire_id AFTER DELETE ON students BEGIN
    INSERT INTO retired_ids(table_name, max_id) VALUES ('students', OLD.id)
        ON CONFLICT(table_name) DO UPDATE SET max_id = MAX(max_id, excluded.max_id);
END;
CREATE TRIGGER consents_retire_id AFTER DELETE ON consents BEGIN
    INSERT INTO retired_ids(table_name, max_id) VALUES ('consents', OLD.id)
        ON CONFLICT(table_name) DO UPDATE SET max_id = MAX(max_id, excluded.max_id);
END;
CREATE TRIGGER groups_retire_id AFTER DELETE ON groups BEGIN
    INSERT INTO retired_ids(table_name, max_id) VALUES ('groups', OLD.id)
        ON CONFLICT(table_name) DO UPDATE SET max_id = MAX(max_id, excluded.max_id);
END;
