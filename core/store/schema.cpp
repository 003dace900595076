#include "schema.h"

#include "sqlite.h"

#include <spdlog/spdlog.h>

#include <array>

namespace entente {

namespace {

// Version 1: the entities, their links and the time indexes.
//
// Every table has an internal integer key `pk`; `id` is the corpus's own string id,
// unique per kind. Dates are kept as written (`date`, `valid`, `published`) plus the
// derived first/last Julian day (open ends: 0 and 9999999) used for indexing.
// Time windows go through 1-D R*Trees of 32-bit integers (rtree_i32), which are exact
// for day numbers. A relation's validity has one R*Tree row per period: its `valid`
// interval, or one row per distinct publication date of the articles that evidence it
// ("as reported"), or one row spanning all time when it is undated; the R*Tree id is
// (relation pk << 20) + period number, so a relation's rows are found by id.
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
    pk         INTEGER PRIMARY KEY,
    article_pk INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
    span_start INTEGER NOT NULL,
    span_end   INTEGER NOT NULL,
    quote      TEXT NOT NULL,
    actor_pk   INTEGER REFERENCES actors(pk),
    place_pk   INTEGER REFERENCES places(pk),
    CHECK ((actor_pk IS NULL) <> (place_pk IS NULL))
);
CREATE INDEX mentions_by_article ON mentions(article_pk);
CREATE INDEX mentions_by_actor ON mentions(actor_pk) WHERE actor_pk IS NOT NULL;
CREATE INDEX mentions_by_place ON mentions(place_pk) WHERE place_pk IS NOT NULL;

CREATE TABLE events (
    pk        INTEGER PRIMARY KEY,
    id        TEXT NOT NULL UNIQUE,
    type      TEXT NOT NULL,
    date      TEXT NOT NULL,
    first_day INTEGER NOT NULL,
    last_day  INTEGER NOT NULL,
    title     TEXT NOT NULL,
    place_pk  INTEGER REFERENCES places(pk),
    cameo     TEXT
);
CREATE INDEX events_by_day ON events(first_day, last_day);
CREATE VIRTUAL TABLE event_days USING rtree_i32(event_pk, first_day, last_day);

CREATE TABLE event_participants (
    event_pk INTEGER NOT NULL REFERENCES events(pk) ON DELETE CASCADE,
    seq      INTEGER NOT NULL,
    actor_pk INTEGER NOT NULL REFERENCES actors(pk),
    role     TEXT,
    PRIMARY KEY (event_pk, seq)
) WITHOUT ROWID;
CREATE INDEX participants_by_actor ON event_participants(actor_pk);

CREATE TABLE relations (
    pk            INTEGER PRIMARY KEY,
    id            TEXT NOT NULL UNIQUE,
    source_pk     INTEGER NOT NULL REFERENCES actors(pk),
    target_pk     INTEGER NOT NULL REFERENCES actors(pk),
    type          TEXT NOT NULL,
    sign          INTEGER NOT NULL,
    aspect        TEXT,
    valid         TEXT,
    basis         TEXT NOT NULL CHECK (basis IN ('explicit', 'reported', 'undated')),
    reported      TEXT,
    first_day     INTEGER NOT NULL,
    last_day      INTEGER NOT NULL,
    via_pk        INTEGER REFERENCES actors(pk),
    claimed_by_pk INTEGER REFERENCES actors(pk),
    confidence    REAL
);
CREATE INDEX relations_by_source ON relations(source_pk);
CREATE INDEX relations_by_target ON relations(target_pk);
CREATE VIRTUAL TABLE relation_days USING rtree_i32(id, first_day, last_day);

CREATE TABLE evidence (
    pk          INTEGER PRIMARY KEY,
    event_pk    INTEGER REFERENCES events(pk) ON DELETE CASCADE,
    relation_pk INTEGER REFERENCES relations(pk) ON DELETE CASCADE,
    article_pk  INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
    span_start  INTEGER NOT NULL,
    span_end    INTEGER NOT NULL,
    quote       TEXT NOT NULL,
    CHECK ((event_pk IS NULL) <> (relation_pk IS NULL))
);
CREATE UNIQUE INDEX evidence_of_event
    ON evidence(event_pk, article_pk, span_start, span_end) WHERE event_pk IS NOT NULL;
CREATE UNIQUE INDEX evidence_of_relation
    ON evidence(relation_pk, article_pk, span_start, span_end) WHERE relation_pk IS NOT NULL;
CREATE INDEX evidence_by_article ON evidence(article_pk);

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
// text is stored once, in `articles`), kept current by triggers; existing articles are
// indexed by the rebuild.
constexpr const char *kVersion2 = R"sql(
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text, content='articles', content_rowid='pk',
    tokenize='unicode61 remove_diacritics 2');

CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.pk, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text)
        VALUES ('delete', old.pk, old.title, old.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text)
        VALUES ('delete', old.pk, old.title, old.text);
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.pk, new.title, new.text);
END;

INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');
)sql";

// Step i takes a project from version i to version i + 1.
constexpr std::array<const char *, Schema::kCurrentVersion> kSteps = {kVersion1, kVersion2};

} // namespace

Schema::State Schema::inspect(sql::Database &db, int *version)
{
    const qint64 userVersion = db.scalar("PRAGMA user_version");
    const qint64 applicationId = db.scalar("PRAGMA application_id");
    if (version)
        *version = int(userVersion);
    if (userVersion == 0 && applicationId == 0) {
        // A fresh file, unless some other program already keeps tables in it.
        return db.scalar("SELECT count(*) FROM sqlite_schema") == 0 ? State::Empty
                                                                     : State::Foreign;
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

void Schema::configure(sql::Database &db, bool writable)
{
    db.exec("PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000; "
            "PRAGMA temp_store = MEMORY; PRAGMA cache_size = -32768");
    if (writable) {
        // journal_mode answers with a row; scalar() runs it and ignores the answer.
        db.scalar("PRAGMA journal_mode = WAL");
        db.exec("PRAGMA synchronous = NORMAL");
    }
}

} // namespace entente
