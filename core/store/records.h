#pragma once

#include "model/corpus.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace entente {

// Results of the project's read queries that the model value types (model/corpus.h)
// do not cover: derived day numbers, counts, joined article data, search hits.

// An inclusive range of Julian days; kOpenPastDay / kOpenFutureDay mark open ends.
struct DaySpan
{
    qint64 first = kOpenPastDay;
    qint64 last = kOpenFutureDay;
    friend bool operator==(const DaySpan &, const DaySpan &) = default;
};

// How the time a relation holds is known (article format, Relation.valid).
enum class RelationValidity {
    Explicit,   // its `valid` interval
    AsReported, // the publication dates of the articles that evidence it
    Undated     // neither: kept in every time window, and marked so
};

struct EventRecord
{
    Event event; // evidence is left empty: see Project::eventEvidence()
    qint64 firstDay = 0;
    qint64 lastDay = 0;
    int evidenceCount = 0;
};

struct RelationRecord
{
    Relation relation; // evidence is left empty: see Project::relationEvidence()
    RelationValidity validity = RelationValidity::Undated;
    // Explicit: the `valid` interval; as reported: one span per distinct publication
    // date, in order; undated: empty.
    QVector<DaySpan> periods;
    int evidenceCount = 0;
};

struct ArticleSummary
{
    QString id;
    QString title;
    QString source;
    QString url;
    std::optional<FuzzyDate> published;
    QString language;
    int mentionCount = 0;
};

// One evidence span with what the evidence panel shows about its article.
struct EvidenceRecord
{
    QString articleId;
    QString articleTitle;
    QString source;
    QString url;
    std::optional<FuzzyDate> published;
    qint64 start = 0; // code points, end exclusive
    qint64 end = 0;
    QString quote;
};

struct ActorRelationCount
{
    QString actorId;
    QString name;
    ActorKind kind = ActorKind::Other;
    int outgoing = 0; // relations with the actor as source
    int incoming = 0; // relations with the actor as target
    int total() const { return outgoing + incoming; }
};

struct SearchHit
{
    QString articleId;
    QString title;
    QString source;
    std::optional<FuzzyDate> published;
    // A short excerpt around the matches; highlights are (position, length) pairs in
    // UTF-16 units of `snippet`.
    QString snippet;
    QVector<QPair<int, int>> highlights;
    double score = 0; // bm25: lower is better
};

struct ProjectStats
{
    int articles = 0;
    int actors = 0;
    int places = 0;
    int events = 0;
    int relations = 0;
    int mentions = 0;
    int evidence = 0;
    // The days covered by event dates (open ends left out); nullopt with no dated event.
    std::optional<DaySpan> eventDays;
};

} // namespace entente
