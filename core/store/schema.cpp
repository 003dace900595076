#include "schema.h"

#include "sqlite.h"

#include "model/fuzzydate.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <array>
#include <bit>

namespace entente {

namespace {

// Version 1: the entities and their links.
//
// Every entity table has an internal integer key `pk`; `id` is the corpus's own string
// id, unique per kind. Dates are kept as written (`date`, `valid`, `published`) plus the
// derived first/last Julian day (open ends: 0 and 9999999).
//
// Time windows: a row overlaps [from, to] when first_day <= to and last_day >= from.
// To answer that from a B-tree, rows carry `span_class`, the bit width of
// (last_day - first_day): a row of class c starts no earlier than from - 2^c + 1, so
// the index (span_class, first_day) gives one short range per class (see
// Schema::kMaxSpanClass). This indexes as fast as a plain index and much faster than an
// R*Tree on insert. A relation holds during its periods (relation_periods, keyed the
// same way): its `valid` interval, or each distinct publication date of the articles
// that evidence it ("as reported", also listed in `reported`), or all time when it is
// undated; its row keeps the envelope (first_day, last_day) for sorting.
//
// Secondary indexes are few on purpose: each one costs a random B-tree insert per row
// on import (about 1 us here). Lookups that only reports and rare merges make (relations
// of an actor, evidence citing an article) scan instead.
constexpr const char *kVersion1 = R"sql(
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
)sql";

// Version 2: full-text search over article titles and texts. External content (the
// text is stored once, in `articles`); the import keeps it current row by row (an
// explicit insert is about twice as fast as a trigger), and the rebuild indexes the
// articles a version-1 project already holds.
constexpr const char *kVersion2 = R"sql(
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text, content='articles', content_rowid='pk',
    tokenize='unicode61 remove_diacritics 2');
INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');
)sql";

// Facts an importer keeps beside an event (ACLED fatalities, GDELT Goldstein score):
// see eventattributes.h for the encoding.
constexpr const char *kVersion3 = R"sql(
ALTER TABLE events ADD COLUMN attributes TEXT;
)sql";

static_assert(kOpenFutureDay - kOpenPastDay < (qint64(1) << Schema::kMaxSpanClass),
              "every day range must fit a span class");

// Step i takes a project from version i to version i + 1.
constexpr std::array<const char *, Schema::kCurrentVersion> kSteps = {kVersion1, kVersion2,
                                                                             kVersion3};

} // namespace

Schema::State Schema::inspect(sql::Database &db, int *version)
{
    const qint64 userVersion = db.scalar("PRAGMA user_version");
    const qint64 applicationId = db.scalar("PRAGMA application_id");
    if (version)
        *version = int(userVersion);
    if (userVersion == 0 && applicationId == 0) {
        // A fresh file, unless some other program already keeps tables in it.
        return db.scalar("SELECT count(*) FROM sqlite_schema") == 0 ? State::Empty : State::Foreign;
    }
    if (applicationId != kApplicationId)
        return State::Foreign;
    if (userVersion > kCurrentVersion)
        return State::Newer;
    return userVersion < kCurrentVersion ? State::Older : State::Current;
}

void Schema::migrate(sql::Database &db)
{
    // Statements prepared against the old schema must not outlive it.
    db.clearCache();
    sql::Transaction transaction(db);
    // Read inside the transaction: another connection may have migrated meanwhile.
    const auto from = int(db.scalar("PRAGMA user_version"));
    for (int version = from; version < kCurrentVersion; ++version) {
        spdlog::info("project schema: migrating from version {} to {}", version, version + 1);
        db.exec(kSteps[size_t(version)]);
    }
    db.exec(QStringLiteral("PRAGMA application_id = %1; PRAGMA user_version = %2")
                .arg(kApplicationId)
                .arg(kCurrentVersion)
                .toUtf8()
                .constData());
    transaction.commit();
}

int Schema::spanClass(qint64 firstDay, qint64 lastDay)
{
    return int(std::bit_width(quint64(std::max<qint64>(0, lastDay - firstDay))));
}

void Schema::configure(sql::Database &db, bool writable)
{
    // Debian builds SQLite with SECURE_DELETE, which zero-fills every new and freed
    // page: 7% of an import's instructions, for no benefit to a project file.
    db.exec("PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000; "
            "PRAGMA temp_store = MEMORY; PRAGMA cache_size = -65536; "
            "PRAGMA secure_delete = OFF; PRAGMA mmap_size = 1073741824");
    if (writable) {
        // journal_mode answers with a row; scalar() runs it and ignores the answer.
        db.scalar("PRAGMA journal_mode = WAL");
        db.exec("PRAGMA synchronous = NORMAL");
    }
}

} // namespace entente
