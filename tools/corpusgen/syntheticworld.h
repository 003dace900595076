#pragma once

#include "corpusgenerator.h"
#include "model/fuzzydate.h"
#include "model/vocabulary.h"
#include "randomstream.h"

#include <QByteArray>

#include <vector>

namespace entente {

struct SynthActor
{
    QByteArray id;
    QByteArray name;
    QByteArray alias; // empty when the actor has none
    QByteArray country;
    ActorKind kind = ActorKind::Other;
    int camp = 0;
    int base = -1; // place index
};

struct SynthPlace
{
    QByteArray id;
    QByteArray name;
    QByteArray country;
    PlaceKind kind = PlaceKind::City;
    double lat = 0;
    double lon = 0;
    bool hasCoordinates = true; // a `country` place is located by its country alone
};

enum class DateShape { Day, Month, Year, DayInterval, MonthInterval };

struct SynthEvent
{
    int index = 0;
    int type = 0; // index into SyntheticWorld::eventType()
    DateShape shape = DateShape::Day;
    qint64 day = 0;
    qint64 endDay = 0; // intervals only
    int place = -1;
    int participants[3] = {-1, -1, -1};
    int participantCount = 0;
    bool hasCameo = false;
    int evidenceCount = 1;
};

enum class Validity { AsReported, Closed, OpenEnd, OpenStart };

struct SynthRelation
{
    int index = 0;
    RelationType type = RelationType::Supports;
    int source = 0;
    int target = 0;
    int via = -1;
    int claimedBy = -1;
    int aspect = -1; // index into supportAspectNames(), supports only
    Validity validity = Validity::AsReported;
    qint64 validStart = 0;
    qint64 validEnd = 0;
    DatePrecision startPrecision = DatePrecision::Day;
    DatePrecision endPrecision = DatePrecision::Day;
    int confidencePercent = -1; // -1: not given (1.0)
    int evidenceCount = 1;
    qint64 anchorDay = 0; // the day articles reporting it cluster around
};

struct EventTypeInfo
{
    const char *name;
    const char *verbPhrase; // follows the participants: "A and B held talks"
    const char *title;
    const char *firstRole;
    const char *otherRole;
    const char *cameo;
    int weight;
    int hostility; // 1 participants from rival camps, 0 anyone, -1 mostly one camp
};

// The deterministic synthetic world behind a generated corpus: actors in camps, places
// near their camp's countries, and events and relations computed on demand from their
// index, so any of them can be produced twice with identical results.
class SyntheticWorld
{
public:
    explicit SyntheticWorld(const GeneratorOptions &options);

    const std::vector<SynthActor> &actors() const { return m_actors; }
    const std::vector<SynthPlace> &places() const { return m_places; }
    int campCount() const { return m_camps; }
    quint64 seed() const { return m_seed; }
    qint64 firstDay() const { return m_firstDay; }
    qint64 lastDay() const { return m_lastDay; }

    SynthEvent event(int index) const;
    SynthRelation relation(int index) const;

    // 4-6 camps depending on the seed, fewer when there are under 16 actors.
    static int campsFor(int actors, quint64 seed);

    static const EventTypeInfo &eventType(int type);
    static int eventTypeCount();
    QByteArray eventDate(const SynthEvent &event) const;
    QByteArray eventTitle(const SynthEvent &event) const;
    QByteArray relationValid(const SynthRelation &relation) const;

    static QByteArray isoDate(qint64 julianDay, DatePrecision precision);
    static QByteArray proseDate(qint64 julianDay, DatePrecision precision);

    // Streams that the generator and the sentence writer draw from.
    enum Stream : quint64 {
        ActorStream = 1,
        PlaceStream,
        EventStream,
        RelationStream,
        ArticleStream,
        SentenceStream
    };

private:
    int actorInCamp(RandomStream &rng, int camp) const;
    int actorOutsideCamp(RandomStream &rng, int camp) const;
    int personInCamp(RandomStream &rng, int camp) const;
    int bodyInCamp(RandomStream &rng, int camp) const;
    int placeNear(RandomStream &rng, int camp) const;
    qint64 randomDay(RandomStream &rng) const;
    static DatePrecision randomPrecision(RandomStream &rng);
    void buildActors(const GeneratorOptions &options);
    void buildPlaces(const GeneratorOptions &options);

    quint64 m_seed = 1;
    int m_camps = 1;
    qint64 m_firstDay = 0;
    qint64 m_lastDay = 0;
    std::vector<SynthActor> m_actors;
    std::vector<SynthPlace> m_places;
    std::vector<std::vector<int>> m_personsByCamp;
    std::vector<std::vector<int>> m_bodiesByCamp;
};

} // namespace entente
