#pragma once

#include "model/corpus.h"
#include "model/diagnostic.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

#include <array>

namespace entente {

// What goes into Project::importFiles() and what comes back: per-kind counts, the
// field changes a merge made, the importers' warnings and the speed.

enum class EntityKind { Article, Actor, Place, Event, Relation };
inline constexpr int kEntityKindCount = 5;

// "article", "actor", ... (stable keys, also used in the import log).
QString entityKindKey(EntityKind kind);

// One parsed input file: its name (for messages and the log), its content and the
// warnings the importer found while reading it.
struct FileToImport
{
    QString file;
    Corpus corpus;
    Diagnostics warnings;
};

struct ImportCounts
{
    int added = 0;
    int updated = 0;   // existed, and at least one field changed
    int unchanged = 0; // existed, and the import brought nothing new
    int total() const { return added + updated + unchanged; }
    friend bool operator==(const ImportCounts &, const ImportCounts &) = default;
};

// A field of an existing entity that the import changed. Values are shown as text;
// lists (aliases, participants, mentions, evidence) as a short summary.
struct ImportChange
{
    EntityKind kind = EntityKind::Article;
    QString id;
    QString field; // the format's field name: "title", "valid", "aliases", ...
    QString oldValue;
    QString newValue;
};

struct ImportReport
{
    // Empty on success. On failure nothing was written and the counts are zero.
    QString error;
    std::array<ImportCounts, kEntityKindCount> counts{};
    QVector<ImportChange> changes;
    Diagnostics warnings;
    qint64 rowsWritten = 0; // table and index rows inserted, updated or deleted
    double seconds = 0;

    bool ok() const { return error.isEmpty(); }
    const ImportCounts &count(EntityKind kind) const { return counts[size_t(kind)]; }
    ImportCounts &count(EntityKind kind) { return counts[size_t(kind)]; }
    double rowsPerSecond() const { return seconds > 0 ? double(rowsWritten) / seconds : 0; }
};

using ImportCountsByKind = std::array<ImportCounts, kEntityKindCount>;

// The counts as compact JSON ({"article": {"added": 1, ...}, ...}), as the log keeps them.
QByteArray importCountsToJson(const ImportCountsByKind &counts);
ImportCountsByKind importCountsFromJson(const QByteArray &json);

// One row of the project's import log.
struct ImportLogEntry
{
    QDateTime importedAt; // UTC
    QStringList files;
    ImportCountsByKind counts{};
    int changeCount = 0;
    QStringList warnings; // one formatted diagnostic each
};

} // namespace entente
