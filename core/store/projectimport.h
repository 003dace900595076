#pragma once

#include "store/importreport.h"
#include "store/importsession.h"
#include "store/sqlite.h"

#include <vector>

namespace entente {

// The write side of the project store: merges parsed files into the project in one
// transaction (all or nothing) and reports what changed. Used through
// Project::importFiles(); one object per import.
//
// Merge rules. Entities are matched by their string id within their kind. Kinds are
// merged in dependency order (places, actors, articles, events, relations), each over
// all files in file order, so one file may refer to what another file of the same
// import brings. For an existing entity:
// - a field given with a different value replaces the stored one and is reported as a
//   change; an absent or empty optional field keeps the stored value;
// - aliases are united; evidence spans are united (one span per article, start, end);
// - an article's mentions, and an event's participants, replace the stored list when
//   the file gives a non-empty list that differs from it;
// - an article whose text differs from the stored text is refused (the stored offsets
//   would no longer point at the right words), and with it the whole import.
// A relation's validity periods are recomputed whenever its `valid`, its evidence or
// the publication date of one of its articles changes.
//
// Speed (bench/bench_store): new events and relations go in multi-row INSERTs with
// their children batched (EventImport, RelationImport); the full-text rows are
// written last; foreign keys are not checked inside this transaction, whose every key
// was just resolved by the import itself; multi-row INSERTs say OR ROLLBACK, because
// any failure ends the whole transaction anyway and SQLite then needs no statement
// journal.
class ProjectImport final
{
public:
    explicit ProjectImport(sql::Database &db);
    ImportReport run(const QVector<FileToImport> &files);

private:
    void importPlace(const Place &place);
    void importActor(const Actor &actor);
    void importArticle(const Article &article);
    void indexTexts();
    void insertMentions(qint64 articlePk, const Article &article);
    void writeLog(const QVector<FileToImport> &files);

    sql::Database &m_db;
    ImportSession m_session;
    sql::BatchInsert m_mentions;
    // Full-text rows to write at the end.
    struct TextToIndex
    {
        qint64 articlePk = 0;
        bool replaces = false; // a changed title: remove the row indexed under oldTitle
        QString oldTitle;
        QString title;
        QString text;
    };
    std::vector<TextToIndex> m_textToIndex;
};

} // namespace entente
