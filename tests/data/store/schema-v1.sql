-- A project as version 1 of the schema wrote it (before the full-text index of
-- version 2), with a little data, for tst_schema's migration test.
PRAGMA application_id = 1164866661;
PRAGMA user_version = 1;
CREATE TABLE places (
    pk      INTEGER PRIMARY KEY,
    id      TEXT NOT NULL UNIQUE,
    name    TEXT NOT NULL,
    lat     REAL,
    lon     REAL,
    country TEXT,
    kind    TEXT
);

CREATE TABLE actors (
    pk      INTEGER PRIMARY KEY,
    id      TEXT NOT NULL UNIQUE,
    name    TEXT NOT NULL,
    kind    TEXT NOT NULL,
    country TEXT,
    base_pk INTEGER REFERENCES places(pk)
);

CREATE TABLE actor_aliases (
    actor_pk INTEGER NOT NULL REFERENCES actors(pk) ON DELETE CASCADE,
    alias    TEXT NOT NULL,
    PRIMARY KEY (actor_pk, alias)
) WITHOUT ROWID;

CREATE TABLE articles (
    pk              INTEGER PRIMARY KEY,
    id              TEXT NOT NULL UNIQUE,
    title           TEXT NOT NULL,
    text            TEXT NOT NULL,
    source          TEXT,
    url             TEXT,
    published       TEXT,
    published_first INTEGER,
    published_last  INTEGER,
    language        TEXT
);
CREATE INDEX articles_by_published ON articles(published_first);

CREATE TABLE mentions (
    article_pk INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
    seq        INTEGER NOT NULL,
    span_start INTEGER NOT NULL,
    span_end   INTEGER NOT NULL,
    quote      TEXT NOT NULL,
    actor_pk   INTEGER REFERENCES actors(pk),
    place_pk   INTEGER REFERENCES places(pk),
    CHECK ((actor_pk IS NULL) <> (place_pk IS NULL)),
    PRIMARY KEY (article_pk, seq)
) WITHOUT ROWID;
CREATE INDEX mentions_by_actor ON mentions(actor_pk) WHERE actor_pk IS NOT NULL;

CREATE TABLE events (
    pk         INTEGER PRIMARY KEY,
    id         TEXT NOT NULL UNIQUE,
    type       TEXT NOT NULL,
    date       TEXT NOT NULL,
    first_day  INTEGER NOT NULL,
    last_day   INTEGER NOT NULL,
    span_class INTEGER NOT NULL,
    title      TEXT NOT NULL,
    place_pk   INTEGER REFERENCES places(pk),
    cameo      TEXT,
    -- Rows in event_evidence, kept by the import: counting per row cost the window
    -- queries more than reading the event itself.
    evidence_count INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX events_by_span ON events(span_class, first_day, last_day);

CREATE TABLE event_participants (
    event_pk INTEGER NOT NULL REFERENCES events(pk) ON DELETE CASCADE,
    seq      INTEGER NOT NULL,
    actor_pk INTEGER NOT NULL REFERENCES actors(pk),
    role     TEXT,
    PRIMARY KEY (event_pk, seq)
) WITHOUT ROWID;

CREATE TABLE event_evidence (
    event_pk   INTEGER NOT NULL REFERENCES events(pk) ON DELETE CASCADE,
    article_pk INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
    span_start INTEGER NOT NULL,
    span_end   INTEGER NOT NULL,
    quote      TEXT NOT NULL,
    PRIMARY KEY (event_pk, article_pk, span_start, span_end)
) WITHOUT ROWID;

CREATE TABLE relations (
    pk            INTEGER PRIMARY KEY,
    id            TEXT NOT NULL UNIQUE,
    source_pk     INTEGER NOT NULL REFERENCES actors(pk),
    target_pk     INTEGER NOT NULL REFERENCES actors(pk),
    type          TEXT NOT NULL,
    sign          INTEGER NOT NULL,
    aspect        TEXT,
    valid         TEXT,
    -- Not "basis IN (...)": that builds a temporary table for every row inserted.
    basis         TEXT NOT NULL
                  CHECK (basis = 'explicit' OR basis = 'reported' OR basis = 'undated'),
    reported      TEXT,
    first_day     INTEGER NOT NULL,
    last_day      INTEGER NOT NULL,
    via_pk        INTEGER REFERENCES actors(pk),
    claimed_by_pk INTEGER REFERENCES actors(pk),
    confidence    REAL,
    evidence_count INTEGER NOT NULL DEFAULT 0 -- rows in relation_evidence
);

CREATE TABLE relation_periods (
    span_class  INTEGER NOT NULL,
    first_day   INTEGER NOT NULL,
    last_day    INTEGER NOT NULL,
    relation_pk INTEGER NOT NULL REFERENCES relations(pk) ON DELETE CASCADE,
    PRIMARY KEY (span_class, first_day, last_day, relation_pk)
) WITHOUT ROWID;

CREATE TABLE relation_evidence (
    relation_pk INTEGER NOT NULL REFERENCES relations(pk) ON DELETE CASCADE,
    article_pk  INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
    span_start  INTEGER NOT NULL,
    span_end    INTEGER NOT NULL,
    quote       TEXT NOT NULL,
    PRIMARY KEY (relation_pk, article_pk, span_start, span_end)
) WITHOUT ROWID;

CREATE TABLE import_log (
    pk          INTEGER PRIMARY KEY,
    imported_at TEXT NOT NULL,
    files       TEXT NOT NULL,
    counts      TEXT NOT NULL,
    changes     INTEGER NOT NULL,
    warnings    TEXT NOT NULL
);

INSERT INTO places(pk, id, name, lat, lon, country, kind) VALUES
    (1, 'ankara', 'Ankara', 39.93, 32.86, 'TUR', 'city'),
    (2, 'tripoli', 'Tripoli', 32.89, 13.19, 'LBY', 'city');
INSERT INTO actors(pk, id, name, kind, country, base_pk) VALUES
    (1, 'TUR', 'Turkey', 'state', 'TUR', 1),
    (2, 'GNA', 'Government of National Accord', 'government', 'LBY', 2);
INSERT INTO actor_aliases(actor_pk, alias) VALUES (2, 'Tripoli government');
INSERT INTO articles(pk, id, title, text, source, url, published, published_first, published_last, language) VALUES
    (1, 'a1', 'Security accord signed', 'Ankara and Tripoli signed a security accord on 27 November; Turkey will train the GNA''s forces.', 'Wire', NULL, '2019-12-02', 2458820, 2458820, 'en');
INSERT INTO mentions(article_pk, seq, span_start, span_end, quote, actor_pk, place_pk) VALUES
    (1, 0, 0, 6, 'Ankara', NULL, 1),
    (1, 1, 11, 18, 'Tripoli', NULL, 2);
INSERT INTO events(pk, id, type, date, first_day, last_day, span_class, title, place_pk, cameo, evidence_count) VALUES
    (1, 'e1', 'agreement', '2019-11-27', 2458815, 2458815, 0, 'Security accord', 1, NULL, 1);
INSERT INTO event_participants(event_pk, seq, actor_pk, role) VALUES (1, 0, 1, 'party'), (1, 1, 2, 'party');
INSERT INTO event_evidence(event_pk, article_pk, span_start, span_end, quote) VALUES
    (1, 1, 0, 95, 'Ankara and Tripoli signed a security accord on 27 November; Turkey will train the GNA''s forces.');
INSERT INTO relations(pk, id, source_pk, target_pk, type, sign, aspect, valid, basis, reported, first_day, last_day, via_pk, claimed_by_pk, confidence, evidence_count) VALUES
    (1, 'r1', 1, 2, 'supports', 1, 'training', NULL, 'reported', '2019-12-02', 2458820, 2458820, NULL, NULL, NULL, 1);
INSERT INTO relation_periods(span_class, first_day, last_day, relation_pk) VALUES (0, 2458820, 2458820, 1);
INSERT INTO relation_evidence(relation_pk, article_pk, span_start, span_end, quote) VALUES
    (1, 1, 60, 94, 'Turkey will train the GNA''s forces');
INSERT INTO import_log(imported_at, files, counts, changes, warnings) VALUES
    ('2024-05-01T10:00:00.000Z', 'old.json', '{"article":{"added":1,"updated":0,"unchanged":0}}', 0, '');
