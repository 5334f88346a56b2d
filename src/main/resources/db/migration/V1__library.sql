-- Sandtray Recorder library, version 1. Documented in docs/data-format.md.
-- Columns marked [sealed] hold text written through the library's field codec (plain text
-- today; encrypted once the library is encrypted at rest). Never query them with LIKE.

CREATE TABLE students (
    id          INTEGER PRIMARY KEY,
    code        TEXT    NOT NULL UNIQUE,          -- pseudonym used in exports
    name        TEXT    NOT NULL,                 -- [sealed]
    grade       TEXT,
    class_name  TEXT,
    created_at  TEXT    NOT NULL
);

CREATE TABLE consents (
    id               INTEGER PRIMARY KEY,
    student_id       INTEGER NOT NULL REFERENCES students(id) ON DELETE CASCADE,
    kind             TEXT    NOT NULL CHECK (kind IN ('participation', 'photo')),
    guardian_consent INTEGER CHECK (guardian_consent IN (0, 1)),   -- NULL: not recorded
    child_assent     INTEGER CHECK (child_assent IN (0, 1)),       -- NULL: not recorded
    recorded_on      TEXT,
    withdrawn_on     TEXT,
    created_at       TEXT    NOT NULL
);
CREATE INDEX consents_student ON consents(student_id, kind, id);

CREATE TABLE groups (
    id               INTEGER PRIMARY KEY,
    name             TEXT    NOT NULL UNIQUE,
    term             TEXT,
    weekday          INTEGER CHECK (weekday BETWEEN 1 AND 7),      -- ISO: 1 Monday
    start_time       TEXT,                                        -- HH:MM
    duration_minutes INTEGER NOT NULL DEFAULT 60,
    created_at       TEXT    NOT NULL
);

CREATE TABLE group_members (
    group_id   INTEGER NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
    student_id INTEGER NOT NULL REFERENCES students(id) ON DELETE CASCADE,
    joined_on  TEXT    NOT NULL,
    left_on    TEXT,
    PRIMARY KEY (group_id, student_id, joined_on)
);
CREATE INDEX group_members_student ON group_members(student_id);

CREATE TABLE tray_setups (
    id            INTEGER PRIMARY KEY,
    width_cm      REAL    NOT NULL CHECK (width_cm > 0),
    height_cm     REAL    NOT NULL CHECK (height_cm > 0),
    image_width   INTEGER,
    image_height  INTEGER,
    corners       TEXT,            -- JSON [[x,y] x4]: top-left, top-right, bottom-right, bottom-left, in image pixels
    created_at    TEXT    NOT NULL
);

CREATE TABLE sessions (
    id            INTEGER PRIMARY KEY,
    group_id      INTEGER REFERENCES groups(id) ON DELETE CASCADE,
    student_id    INTEGER REFERENCES students(id) ON DELETE CASCADE,
    started_at    TEXT    NOT NULL,
    ended_at      TEXT,
    tray_setup_id INTEGER REFERENCES tray_setups(id),
    title         TEXT,            -- [sealed]
    story         TEXT,            -- [sealed]
    observations  TEXT,            -- [sealed]
    themes        TEXT,            -- [sealed]
    CHECK ((group_id IS NULL) <> (student_id IS NULL))
);
CREATE INDEX sessions_group ON sessions(group_id, started_at);
CREATE INDEX sessions_student ON sessions(student_id, started_at);

CREATE TABLE session_turn_order (
    session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL CHECK (position >= 1),
    student_id INTEGER NOT NULL REFERENCES students(id) ON DELETE CASCADE,
    PRIMARY KEY (session_id, position),
    UNIQUE (session_id, student_id)
);

CREATE TABLE session_participants (
    session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    student_id INTEGER NOT NULL REFERENCES students(id) ON DELETE CASCADE,
    PRIMARY KEY (session_id, student_id)
);
CREATE INDEX session_participants_student ON session_participants(student_id);

CREATE TABLE figures (
    id          INTEGER PRIMARY KEY,
    name_zh     TEXT UNIQUE,
    name_en     TEXT UNIQUE COLLATE NOCASE,
    category    TEXT NOT NULL CHECK (category IN ('people', 'animals', 'plants', 'buildings', 'household',
                    'vehicles', 'food', 'stones_shells', 'landscape', 'fences', 'spiritual', 'fantasy', 'other')),
    subtype     TEXT,
    photo_hash  TEXT,              -- reference photo in the still store
    created_at  TEXT NOT NULL,
    CHECK (name_zh IS NOT NULL OR name_en IS NOT NULL)
);

CREATE TABLE turns (
    id             INTEGER PRIMARY KEY,
    session_id     INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    round          INTEGER NOT NULL CHECK (round >= 1),
    order_in_round INTEGER NOT NULL CHECK (order_in_round >= 1),
    student_id     INTEGER NOT NULL REFERENCES students(id) ON DELETE CASCADE,
    action         TEXT    NOT NULL CHECK (action IN ('place', 'set', 'sand', 'move', 'pass', 'adjust')),
    figure_id      INTEGER REFERENCES figures(id),
    note           TEXT,           -- [sealed]
    recorded_at    TEXT    NOT NULL,
    UNIQUE (session_id, round, order_in_round)
);
CREATE INDEX turns_student ON turns(student_id, session_id);

CREATE TABLE stills (
    id            INTEGER PRIMARY KEY,
    session_id    INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    taken_at      TEXT    NOT NULL,
    round         INTEGER,
    turn_id       INTEGER REFERENCES turns(id) ON DELETE SET NULL,
    student_id    INTEGER REFERENCES students(id) ON DELETE SET NULL,
    content_hash  TEXT    NOT NULL,   -- SHA-256 of the stored bytes; file stills/<h0h1>/<hash>.<ext>
    media_type    TEXT    NOT NULL CHECK (media_type IN ('image/jpeg', 'image/png')),
    width         INTEGER NOT NULL CHECK (width > 0),
    height        INTEGER NOT NULL CHECK (height > 0),
    bytes         INTEGER NOT NULL CHECK (bytes > 0),
    tray_setup_id INTEGER REFERENCES tray_setups(id),
    source        TEXT,
    created_at    TEXT    NOT NULL
);
CREATE INDEX stills_session ON stills(session_id, taken_at, id);
CREATE INDEX stills_hash ON stills(content_hash);

CREATE TABLE placements (
    id             INTEGER PRIMARY KEY,
    session_id     INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    figure_id      INTEGER NOT NULL REFERENCES figures(id),
    student_id     INTEGER NOT NULL REFERENCES students(id) ON DELETE CASCADE,
    turn_id        INTEGER REFERENCES turns(id) ON DELETE SET NULL,
    facing_deg     REAL CHECK (facing_deg >= 0 AND facing_deg < 360),
    buried         INTEGER NOT NULL DEFAULT 0 CHECK (buried IN (0, 1)),
    note           TEXT,           -- [sealed]
    created_at     TEXT    NOT NULL
);
CREATE INDEX placements_session ON placements(session_id, id);
CREATE INDEX placements_student ON placements(student_id, session_id);

CREATE TABLE placement_marks (
    id           INTEGER PRIMARY KEY,
    placement_id INTEGER NOT NULL REFERENCES placements(id) ON DELETE CASCADE,
    still_id     INTEGER NOT NULL REFERENCES stills(id) ON DELETE CASCADE,
    event        TEXT    NOT NULL CHECK (event IN ('placed', 'moved', 'seen', 'removed')),
    x            REAL CHECK (x BETWEEN 0 AND 1),
    y            REAL CHECK (y BETWEEN 0 AND 1),
    box_w        REAL CHECK (box_w > 0 AND box_w <= 1),
    box_h        REAL CHECK (box_h > 0 AND box_h <= 1),
    created_at   TEXT    NOT NULL,
    UNIQUE (placement_id, still_id),
    CHECK ((event = 'removed') = (x IS NULL))
);
CREATE INDEX placement_marks_still ON placement_marks(still_id);

CREATE TABLE annotations (
    id         INTEGER PRIMARY KEY,
    still_id   INTEGER NOT NULL REFERENCES stills(id) ON DELETE CASCADE,
    shape      TEXT    NOT NULL CHECK (shape IN ('point', 'box', 'ellipse', 'arrow', 'text')),
    x1         REAL    NOT NULL,
    y1         REAL    NOT NULL,
    x2         REAL,
    y2         REAL,
    text       TEXT,               -- [sealed]
    created_at TEXT    NOT NULL
);
CREATE INDEX annotations_still ON annotations(still_id);

CREATE TABLE audit_log (
    id     INTEGER PRIMARY KEY,
    at     TEXT NOT NULL,
    event  TEXT NOT NULL,          -- open, export, import, check ...
    detail TEXT
);
