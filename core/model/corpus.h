#pragma once

#include "fuzzydate.h"
#include "vocabulary.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace entente {

// Value types of the native format. Ids are the corpus's own string ids. An empty
// optional string field means "not given" (a re-import does not clear it).

// A span of an article's text. Offsets count Unicode code points, end exclusive, as the
// format does; `quote` always holds the text at the offsets once a span is validated.
struct TextSpan
{
    qint64 start = 0;
    qint64 end = 0;
    QString quote;
    friend bool operator==(const TextSpan &, const TextSpan &) = default;
};

struct Mention
{
    TextSpan span;
    QString actorId; // exactly one of actorId / placeId is set
    QString placeId;
    friend bool operator==(const Mention &, const Mention &) = default;
};

struct Evidence
{
    QString articleId;
    TextSpan span;
    friend bool operator==(const Evidence &, const Evidence &) = default;
};

struct Article
{
    QString id;
    QString title;
    QString text;
    QString source;
    QString url;
    std::optional<FuzzyDate> published;
    QString language;
    QVector<Mention> mentions;
};

struct Actor
{
    QString id;
    QString name;
    ActorKind kind = ActorKind::Other;
    QString country; // ISO 3166-1 alpha-3
    QStringList aliases;
    QString baseId; // place id
};

struct Place
{
    QString id;
    QString name;
    std::optional<double> lat;
    std::optional<double> lon;
    QString country;
    PlaceKind kind = PlaceKind::Unspecified;
};

struct Participant
{
    QString actorId;
    QString role;
    friend bool operator==(const Participant &, const Participant &) = default;
};

// A fact an importer keeps for an event that has no field of its own (ACLED's
// fatalities, GDELT's Goldstein score): shown beside the event, in the order given.
struct EventAttribute
{
    QString key;   // stable, lower_snake_case (e.g. "fatalities")
    QString value; // as the source wrote it
    friend bool operator==(const EventAttribute &, const EventAttribute &) = default;
};

struct Event
{
    QString id;
    QString type;
    TimeSpan date;
    QString title;
    QString placeId;
    QVector<Participant> participants;
    QString cameo;
    QVector<Evidence> evidence;
    QVector<EventAttribute> attributes;
};

struct Relation
{
    QString id;
    QString sourceId;
    QString targetId;
    RelationType type = RelationType::Supports;
    QString aspect;
    std::optional<TimeSpan> valid;
    QString viaId;
    QString claimedById;
    std::optional<double> confidence; // 0..1; absent means 1
    QVector<Evidence> evidence;
};

// Everything one import brings in, in file order.
struct Corpus
{
    QVector<Article> articles;
    QVector<Actor> actors;
    QVector<Place> places;
    QVector<Event> events;
    QVector<Relation> relations;

    bool isEmpty() const
    {
        return articles.isEmpty() && actors.isEmpty() && places.isEmpty() && events.isEmpty() &&
               relations.isEmpty();
    }
};

} // namespace entente
