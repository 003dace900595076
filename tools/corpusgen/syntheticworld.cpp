#include "syntheticworld.h"

#include <QDate>
#include <QString>

#include <algorithm>
#include <array>
#include <cstdio>

namespace entente {

namespace {

// Real ISO 3166-1 alpha-3 codes with rough centroids, listed region by region so that each
// camp's slice of the table lies in one part of the world and the map shows blocs.
struct CountryInfo
{
    const char *code;
    double lat;
    double lon;
};

constexpr std::array kCountries{
    CountryInfo{"USA", 39.8, -98.6},  CountryInfo{"CAN", 56.1, -106.3},
    CountryInfo{"MEX", 23.6, -102.6}, CountryInfo{"GTM", 15.8, -90.2},
    CountryInfo{"HND", 15.2, -86.2},  CountryInfo{"NIC", 12.9, -85.2},
    CountryInfo{"PAN", 8.5, -80.8},   CountryInfo{"CUB", 21.5, -77.8},
    CountryInfo{"COL", 4.6, -74.3},   CountryInfo{"VEN", 6.4, -66.6},
    CountryInfo{"ECU", -1.8, -78.2},  CountryInfo{"PER", -9.2, -75.0},
    CountryInfo{"BRA", -14.2, -51.9}, CountryInfo{"BOL", -16.3, -63.6},
    CountryInfo{"PRY", -23.4, -58.4}, CountryInfo{"URY", -32.5, -55.8},
    CountryInfo{"ARG", -38.4, -63.6}, CountryInfo{"CHL", -35.7, -71.5},
    CountryInfo{"ISL", 64.9, -19.0},  CountryInfo{"IRL", 53.4, -8.2},
    CountryInfo{"GBR", 54.0, -2.0},   CountryInfo{"PRT", 39.4, -8.2},
    CountryInfo{"ESP", 40.5, -3.7},   CountryInfo{"FRA", 46.6, 2.2},
    CountryInfo{"BEL", 50.5, 4.5},    CountryInfo{"NLD", 52.1, 5.3},
    CountryInfo{"DEU", 51.2, 10.5},   CountryInfo{"DNK", 56.3, 9.5},
    CountryInfo{"NOR", 60.5, 8.5},    CountryInfo{"SWE", 60.1, 18.6},
    CountryInfo{"FIN", 61.9, 25.7},   CountryInfo{"EST", 58.6, 25.0},
    CountryInfo{"LVA", 56.9, 24.6},   CountryInfo{"LTU", 55.2, 23.9},
    CountryInfo{"POL", 51.9, 19.1},   CountryInfo{"CZE", 49.8, 15.5},
    CountryInfo{"AUT", 47.5, 14.6},   CountryInfo{"CHE", 46.8, 8.2},
    CountryInfo{"ITA", 41.9, 12.6},   CountryInfo{"HRV", 45.1, 15.2},
    CountryInfo{"HUN", 47.2, 19.5},   CountryInfo{"SRB", 44.0, 21.0},
    CountryInfo{"ROU", 45.9, 25.0},   CountryInfo{"BGR", 42.7, 25.5},
    CountryInfo{"GRC", 39.1, 21.8},   CountryInfo{"UKR", 48.4, 31.2},
    CountryInfo{"BLR", 53.7, 28.0},   CountryInfo{"MAR", 31.8, -7.1},
    CountryInfo{"DZA", 28.0, 1.7},    CountryInfo{"TUN", 33.9, 9.5},
    CountryInfo{"LBY", 26.3, 17.2},   CountryInfo{"EGY", 26.8, 30.8},
    CountryInfo{"SDN", 12.9, 30.2},   CountryInfo{"TCD", 15.5, 18.7},
    CountryInfo{"NER", 17.6, 8.1},    CountryInfo{"MLI", 17.6, -4.0},
    CountryInfo{"MRT", 21.0, -10.9},  CountryInfo{"SEN", 14.5, -14.5},
    CountryInfo{"CIV", 7.5, -5.5},    CountryInfo{"GHA", 7.9, -1.0},
    CountryInfo{"NGA", 9.1, 8.7},     CountryInfo{"CMR", 7.4, 12.4},
    CountryInfo{"COD", -4.0, 21.8},   CountryInfo{"AGO", -11.2, 17.9},
    CountryInfo{"ZAF", -30.6, 22.9},  CountryInfo{"MOZ", -18.7, 35.5},
    CountryInfo{"KEN", 0.0, 37.9},    CountryInfo{"UGA", 1.4, 32.3},
    CountryInfo{"ETH", 9.1, 40.5},    CountryInfo{"SOM", 5.2, 46.2},
    CountryInfo{"TUR", 39.0, 35.2},   CountryInfo{"SYR", 34.8, 39.0},
    CountryInfo{"LBN", 33.9, 35.9},   CountryInfo{"ISR", 31.0, 34.9},
    CountryInfo{"JOR", 30.6, 36.2},   CountryInfo{"IRQ", 33.2, 43.7},
    CountryInfo{"KWT", 29.3, 47.5},   CountryInfo{"SAU", 23.9, 45.1},
    CountryInfo{"YEM", 15.6, 48.5},   CountryInfo{"OMN", 21.5, 55.9},
    CountryInfo{"ARE", 23.4, 53.8},   CountryInfo{"QAT", 25.4, 51.2},
    CountryInfo{"IRN", 32.4, 53.7},   CountryInfo{"RUS", 61.5, 105.3},
    CountryInfo{"KAZ", 48.0, 66.9},   CountryInfo{"UZB", 41.4, 64.6},
    CountryInfo{"AFG", 33.9, 67.7},   CountryInfo{"PAK", 30.4, 69.3},
    CountryInfo{"IND", 20.6, 79.0},   CountryInfo{"NPL", 28.4, 84.1},
    CountryInfo{"BGD", 23.7, 90.4},   CountryInfo{"MMR", 21.9, 95.9},
    CountryInfo{"THA", 15.9, 100.9},  CountryInfo{"VNM", 14.1, 108.3},
    CountryInfo{"MYS", 4.2, 102.0},   CountryInfo{"IDN", -0.8, 113.9},
    CountryInfo{"PHL", 12.9, 121.8},  CountryInfo{"CHN", 35.9, 104.2},
    CountryInfo{"MNG", 46.9, 103.8},  CountryInfo{"KOR", 35.9, 127.8},
    CountryInfo{"PRK", 40.3, 127.5},  CountryInfo{"JPN", 36.2, 138.3},
    CountryInfo{"PNG", -6.3, 144.0},  CountryInfo{"AUS", -25.3, 133.8},
    CountryInfo{"NZL", -40.9, 174.9},
};

// Name material. Accented syllables and first names make sure that UTF-8 bytes, UTF-16
// units and code points differ, so offset bugs cannot hide.
constexpr std::array kSyllables{
    "val", "dor", "ka",  "mir", "sel", "tan", "bre", "lo", "ra",  "vin", "zé", "ko", "mar", "nu",
    "shi", "pel", "qua", "dri", "mé",  "los", "tor", "fa", "gun", "hel", "ja", "ñe", "ost", "rik",
    "sa",  "lü",  "ben", "çe",  "dal", "ir",  "wen", "ya", "zor", "vo",  "ãn", "ber"};
constexpr int kNameKeys = int(kSyllables.size() * kSyllables.size() * kSyllables.size());

constexpr std::array kFirstNames{
    "Amélie", "José",  "Zoë",   "Ömer",   "Łucja", "Nuño",  "Søren", "Aïcha", "Çağla", "Jürgen",
    "Inès",   "Renée", "Mateo", "Farida", "Yusuf", "Hana",  "Karim", "Leïla", "Björn", "Dário",
    "Mariam", "Tomás", "Chloé", "Ilyas",  "Sofía", "Anouk", "Radu",  "Elif",  "Émile", "Noor"};

struct NamePatterns
{
    std::array<const char *, 4> patterns;
    int count;
};

// Indexed by ActorKind.
constexpr std::array<NamePatterns, 8> kActorNames{{
    {{"Republic of %1", "Kingdom of %1", "%1", "%1"}, 4},
    {{"Government of %1", "%1 Council", "%1 Authority"}, 3},
    {{"%1 Brigade", "%1 Front", "%1 Militia", "Army of %1"}, 4},
    {{"%1 Oil Company", "%1 Relief Agency", "%1 Radio"}, 3},
    {{"%1 Union", "%1 League"}, 2},
    {{"%1"}, 1}, // person: a first name is put in front
    {{"%1 Alliance", "Coalition for %1"}, 2},
    {{"%1 Committee", "%1 Tribes"}, 2},
}};

// Indexed by PlaceKind (Unspecified is never generated).
constexpr std::array<NamePatterns, 6> kPlaceNames{{
    {{"%1"}, 1},
    {{"%1", "Port %1", "%1 City"}, 3},
    {{"%1 Province", "%1 Valley"}, 2},
    {{"%1"}, 1},
    {{"%1 Air Base", "%1 Oil Terminal", "%1 Border Post"}, 3},
    {{"%1 Crossing", "%1 Camp"}, 2},
}};

constexpr std::array kEventTypes{
    EventTypeInfo{"meeting", "held talks", "Meeting", "host", "party", "040", 14, -1},
    EventTypeInfo{"agreement", "signed an agreement", "Agreement", "party", "party", "057", 8, -1},
    EventTypeInfo{"statement", "issued a statement", "Statement", "speaker", "target", "010", 14,
                  0},
    EventTypeInfo{"visit", "exchanged official visits", "Visit", "visitor", "host", "042", 8, -1},
    EventTypeInfo{"offensive", "launched an offensive", "Offensive", "initiator", "target", "190",
                  7, 1},
    EventTypeInfo{"clash", "clashed", "Clash", "party", "party", "190", 14, 1},
    EventTypeInfo{"withdrawal", "withdrew forces", "Withdrawal", "party", "party", "0874", 4, 0},
    EventTypeInfo{"deployment", "deployed troops", "Deployment", "initiator", "host", "154", 6, -1},
    EventTypeInfo{"training", "held joint military training", "Training", "trainer", "trainee",
                  "062", 4, -1},
    EventTypeInfo{"aid", "delivered humanitarian aid", "Aid delivery", "donor", "recipient", "070",
                  5, -1},
    EventTypeInfo{"discovery", "reported a grim discovery", "Discovery", "reporter", "party", "", 2,
                  0},
    EventTypeInfo{"ceasefire", "agreed to a ceasefire", "Ceasefire", "party", "party", "0871", 4,
                  1},
    EventTypeInfo{"election", "took part in an election", "Election", "party", "party", "", 3, 0},
    EventTypeInfo{"other", "figured in reports of an incident", "Incident", "party", "party", "", 7,
                  0},
};

struct Weighted
{
    int value;
    int weight;
};

constexpr std::array kActorKindWeights{
    Weighted{int(ActorKind::State), 18},
    Weighted{int(ActorKind::Government), 10},
    Weighted{int(ActorKind::ArmedGroup), 18},
    Weighted{int(ActorKind::Organisation), 10},
    Weighted{int(ActorKind::Intergovernmental), 4},
    Weighted{int(ActorKind::Person), 32},
    Weighted{int(ActorKind::Coalition), 4},
    Weighted{int(ActorKind::Other), 4},
};

constexpr std::array kPlaceKindWeights{
    Weighted{int(PlaceKind::City), 60},   Weighted{int(PlaceKind::Region), 12},
    Weighted{int(PlaceKind::Country), 5}, Weighted{int(PlaceKind::Site), 15},
    Weighted{int(PlaceKind::Other), 8},
};

constexpr std::array kRelationWeights{
    Weighted{int(RelationType::Supports), 24},       Weighted{int(RelationType::AlliedWith), 8},
    Weighted{int(RelationType::CooperatesWith), 10}, Weighted{int(RelationType::Recognises), 5},
    Weighted{int(RelationType::Opposes), 12},        Weighted{int(RelationType::Fights), 10},
    Weighted{int(RelationType::Condemns), 8},        Weighted{int(RelationType::Commands), 7},
    Weighted{int(RelationType::MemberOf), 10},       Weighted{int(RelationType::ActsFor), 6},
};

template <size_t N> int pickWeighted(RandomStream &rng, const std::array<Weighted, N> &table)
{
    int total = 0;
    for (const auto &w : table)
        total += w.weight;
    int roll = int(rng.below(quint32(total)));
    for (const auto &w : table) {
        if (roll < w.weight)
            return w.value;
        roll -= w.weight;
    }
    return table.back().value;
}

int eventTypeWeightTotal()
{
    int total = 0;
    for (const auto &t : kEventTypes)
        total += t.weight;
    return total;
}

QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

// A three-syllable word, different for every key below kNameKeys.
QString coreName(int key)
{
    const int n = int(kSyllables.size());
    const QString word = QString::fromUtf8(kSyllables[(key / (n * n)) % n]) +
                         QString::fromUtf8(kSyllables[(key / n) % n]) +
                         QString::fromUtf8(kSyllables[key % n]);
    return capitalised(word);
}

QString applyPattern(const char *pattern, const QString &core)
{
    return QString::fromUtf8(pattern).replace(QStringLiteral("%1"), core);
}

// Spreads indices over the name keys; 7919 is prime, so this is a bijection below kNameKeys.
int nameKey(quint64 seed, int index)
{
    return int((quint64(index) * 7919 + seed % kNameKeys) % kNameKeys);
}

const CountryInfo &countryOfCamp(RandomStream &rng, int camp, int camps)
{
    const int n = int(kCountries.size());
    const int from = camp * n / camps;
    const int to = (camp + 1) * n / camps;
    return kCountries[size_t(from + int(rng.below(quint32(to - from))))];
}

} // namespace

SyntheticWorld::SyntheticWorld(const GeneratorOptions &options) : m_seed(options.seed)
{
    m_camps = campsFor(options.actors, options.seed);
    m_firstDay = QDate(options.startYear, 1, 1).toJulianDay();
    m_lastDay = QDate(options.startYear + options.years - 1, 12, 31).toJulianDay();
    buildPlaces(options);
    buildActors(options);
}

void SyntheticWorld::buildPlaces(const GeneratorOptions &options)
{
    const int count = std::max(8, options.actors / 2);
    m_places.resize(size_t(count));
    for (int i = 0; i < count; ++i) {
        RandomStream rng(m_seed, PlaceStream, quint64(i));
        SynthPlace &place = m_places[size_t(i)];
        place.id = "P" + QByteArray::number(i);
        place.kind = PlaceKind(pickWeighted(rng, kPlaceKindWeights));
        const auto &names = kPlaceNames[size_t(place.kind)];
        const QString core = coreName(nameKey(m_seed, i + kNameKeys / 2));
        place.name = applyPattern(names.patterns[rng.below(quint32(names.count))], core).toUtf8();
        const CountryInfo &country = countryOfCamp(rng, i % m_camps, m_camps);
        place.country = country.code;
        place.hasCoordinates = place.kind != PlaceKind::Country;
        place.lat = std::clamp(country.lat + (rng.uniform() - 0.5) * 5.0, -85.0, 85.0);
        place.lon = country.lon + (rng.uniform() - 0.5) * 5.0;
        if (place.lon > 180.0)
            place.lon -= 360.0;
    }
}

void SyntheticWorld::buildActors(const GeneratorOptions &options)
{
    m_actors.resize(size_t(options.actors));
    m_personsByCamp.assign(size_t(m_camps), {});
    m_bodiesByCamp.assign(size_t(m_camps), {});
    for (int i = 0; i < options.actors; ++i) {
        RandomStream rng(m_seed, ActorStream, quint64(i));
        SynthActor &actor = m_actors[size_t(i)];
        actor.id = "A" + QByteArray::number(i);
        actor.camp = i % m_camps;
        actor.kind = ActorKind(pickWeighted(rng, kActorKindWeights));
        const QString core = coreName(nameKey(m_seed, i));
        const auto &names = kActorNames[size_t(actor.kind)];
        QString name = applyPattern(names.patterns[rng.below(quint32(names.count))], core);
        if (actor.kind == ActorKind::Person) {
            name = QString::fromUtf8(kFirstNames[rng.below(quint32(kFirstNames.size()))]) +
                   QLatin1Char(' ') + core;
            if (rng.chance(0.6))
                actor.alias = core.toUtf8();
        } else if (name != core && rng.chance(0.4)) {
            actor.alias = core.toUtf8();
        }
        actor.name = name.toUtf8();
        if (actor.kind != ActorKind::Intergovernmental)
            actor.country = countryOfCamp(rng, actor.camp, m_camps).code;
        if (rng.chance(0.88))
            actor.base = placeNear(rng, actor.camp);
        if (actor.kind == ActorKind::Person)
            m_personsByCamp[size_t(actor.camp)].push_back(i);
        else
            m_bodiesByCamp[size_t(actor.camp)].push_back(i);
    }
}

int SyntheticWorld::actorInCamp(RandomStream &rng, int camp) const
{
    const int n = int(m_actors.size());
    const int inCamp = (n - camp + m_camps - 1) / m_camps;
    return camp + m_camps * int(rng.below(quint32(inCamp)));
}

int SyntheticWorld::actorOutsideCamp(RandomStream &rng, int camp) const
{
    if (m_camps < 2)
        return int(rng.below(quint32(m_actors.size())));
    const int other = (camp + 1 + int(rng.below(quint32(m_camps - 1)))) % m_camps;
    return actorInCamp(rng, other);
}

int SyntheticWorld::personInCamp(RandomStream &rng, int camp) const
{
    const auto &persons = m_personsByCamp[size_t(camp)];
    if (persons.empty())
        return actorInCamp(rng, camp);
    return persons[rng.below(quint32(persons.size()))];
}

int SyntheticWorld::bodyInCamp(RandomStream &rng, int camp) const
{
    const auto &bodies = m_bodiesByCamp[size_t(camp)];
    if (bodies.empty())
        return actorInCamp(rng, camp);
    return bodies[rng.below(quint32(bodies.size()))];
}

int SyntheticWorld::placeNear(RandomStream &rng, int camp) const
{
    const int n = int(m_places.size());
    const int inCamp = (n - camp + m_camps - 1) / m_camps;
    return camp + m_camps * int(rng.below(quint32(inCamp)));
}

qint64 SyntheticWorld::randomDay(RandomStream &rng) const
{
    return m_firstDay + qint64(rng.below(quint32(m_lastDay - m_firstDay + 1)));
}

DatePrecision SyntheticWorld::randomPrecision(RandomStream &rng)
{
    const double roll = rng.uniform();
    return roll < 0.55 ? DatePrecision::Day
                       : (roll < 0.85 ? DatePrecision::Month : DatePrecision::Year);
}

int SyntheticWorld::campsFor(int actors, quint64 seed)
{
    return std::clamp(actors / 4, 1, 4 + int(seed % 3));
}

const EventTypeInfo &SyntheticWorld::eventType(int type)
{
    return kEventTypes[size_t(type)];
}

int SyntheticWorld::eventTypeCount()
{
    return int(kEventTypes.size());
}

SynthEvent SyntheticWorld::event(int index) const
{
    RandomStream rng(m_seed, EventStream, quint64(index));
    SynthEvent e;
    e.index = index;
    static const int total = eventTypeWeightTotal();
    int roll = int(rng.below(quint32(total)));
    while (roll >= kEventTypes[size_t(e.type)].weight) {
        roll -= kEventTypes[size_t(e.type)].weight;
        ++e.type;
    }
    const EventTypeInfo &type = kEventTypes[size_t(e.type)];

    e.day = randomDay(rng);
    const double shape = rng.uniform();
    if (shape < 0.80) {
        e.shape = DateShape::Day;
    } else if (shape < 0.92) {
        e.shape = DateShape::Month;
    } else if (shape < 0.96) {
        e.shape = DateShape::Year;
    } else if (shape < 0.99) {
        e.shape = DateShape::DayInterval;
        e.endDay = std::min(m_lastDay, e.day + 1 + rng.below(14));
    } else {
        e.shape = DateShape::MonthInterval;
        e.endDay = std::min(m_lastDay, e.day + 31 + rng.below(90));
    }
    const bool interval = e.shape == DateShape::DayInterval || e.shape == DateShape::MonthInterval;
    if (interval && e.endDay <= e.day)
        e.shape = DateShape::Day; // an interval squeezed against the last day

    const int wanted = type.hostility > 0 ? 2 + int(rng.chance(0.2)) : 1 + int(rng.below(2));
    const int first = int(rng.below(quint32(m_actors.size())));
    const int camp = m_actors[size_t(first)].camp;
    e.participants[0] = first;
    e.participantCount = 1;
    for (int k = 1; k < wanted; ++k) {
        int candidate = -1;
        for (int attempt = 0; attempt < 4 && candidate < 0; ++attempt) {
            int pick;
            if (type.hostility > 0)
                pick = actorOutsideCamp(rng, camp);
            else if (type.hostility < 0 && rng.chance(0.85))
                pick = actorInCamp(rng, camp);
            else
                pick = int(rng.below(quint32(m_actors.size())));
            if (std::find(e.participants, e.participants + e.participantCount, pick) ==
                e.participants + e.participantCount)
                candidate = pick;
        }
        if (candidate >= 0)
            e.participants[e.participantCount++] = candidate;
    }
    if (rng.chance(0.85))
        e.place = placeNear(rng, camp);
    e.hasCameo = type.cameo[0] != '\0' && rng.chance(0.3);
    e.evidenceCount = rng.chance(0.15) ? 2 : 1;
    return e;
}

SynthRelation SyntheticWorld::relation(int index) const
{
    RandomStream rng(m_seed, RelationStream, quint64(index));
    SynthRelation r;
    r.index = index;
    r.type = RelationType(pickWeighted(rng, kRelationWeights));
    const int sign = relationSign(r.type);
    const int n = int(m_actors.size());

    if (relationIsHierarchy(r.type)) {
        const int camp = int(rng.below(quint32(m_camps)));
        r.source = personInCamp(rng, camp);
        r.target = bodyInCamp(rng, camp);
    } else {
        r.source = int(rng.below(quint32(n)));
        const int camp = m_actors[size_t(r.source)].camp;
        const bool acrossCamps = sign < 0 ? rng.chance(0.92) : rng.chance(0.08);
        r.target = acrossCamps ? actorOutsideCamp(rng, camp) : actorInCamp(rng, camp);
    }
    if (r.target == r.source)
        r.target = (r.source + (r.source + m_camps < n ? m_camps : 1)) % n;

    if (r.type == RelationType::Supports) {
        static const int aspects = int(supportAspectNames().size());
        r.aspect = int(rng.below(quint32(aspects)));
        if (rng.chance(0.08)) {
            const int via = actorInCamp(rng, m_actors[size_t(r.target)].camp);
            if (via != r.source && via != r.target)
                r.via = via;
        }
    }
    if (rng.chance(0.10)) {
        const int claimant = int(rng.below(quint32(n)));
        if (claimant != r.source && claimant != r.target)
            r.claimedBy = claimant;
    }
    if (rng.chance(0.18))
        r.confidencePercent = 40 + int(rng.below(56));

    const double validity = rng.uniform();
    r.validity = validity < 0.25   ? Validity::Closed
                 : validity < 0.33 ? Validity::OpenEnd
                 : validity < 0.36 ? Validity::OpenStart
                                   : Validity::AsReported;
    r.validStart = randomDay(rng);
    r.validEnd = std::min(m_lastDay, r.validStart + 30 + rng.below(1500));
    r.startPrecision = randomPrecision(rng);
    r.endPrecision = randomPrecision(rng);
    switch (r.validity) {
    case Validity::Closed:
    case Validity::OpenEnd:
        r.anchorDay = r.validStart;
        break;
    case Validity::OpenStart:
        r.anchorDay = r.validEnd;
        break;
    case Validity::AsReported:
        r.anchorDay = randomDay(rng);
        break;
    }
    r.evidenceCount = rng.chance(0.15) ? 2 : 1;
    return r;
}

QByteArray SyntheticWorld::isoDate(qint64 julianDay, DatePrecision precision)
{
    int y = 0, m = 0, d = 0;
    QDate::fromJulianDay(julianDay).getDate(&y, &m, &d);
    char buffer[16];
    switch (precision) {
    case DatePrecision::Year:
        std::snprintf(buffer, sizeof buffer, "%04d", y);
        break;
    case DatePrecision::Month:
        std::snprintf(buffer, sizeof buffer, "%04d-%02d", y, m);
        break;
    case DatePrecision::Day:
        std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", y, m, d);
        break;
    }
    return QByteArray(buffer);
}

QByteArray SyntheticWorld::proseDate(qint64 julianDay, DatePrecision precision)
{
    static constexpr std::array kMonths{"January",   "February", "March",    "April",
                                        "May",       "June",     "July",     "August",
                                        "September", "October",  "November", "December"};
    int y = 0, m = 0, d = 0;
    QDate::fromJulianDay(julianDay).getDate(&y, &m, &d);
    char buffer[32];
    switch (precision) {
    case DatePrecision::Year:
        std::snprintf(buffer, sizeof buffer, "%d", y);
        break;
    case DatePrecision::Month:
        std::snprintf(buffer, sizeof buffer, "%s %d", kMonths[size_t(m - 1)], y);
        break;
    case DatePrecision::Day:
        std::snprintf(buffer, sizeof buffer, "%d %s %d", d, kMonths[size_t(m - 1)], y);
        break;
    }
    return QByteArray(buffer);
}

QByteArray SyntheticWorld::eventDate(const SynthEvent &event) const
{
    switch (event.shape) {
    case DateShape::Day:
        return isoDate(event.day, DatePrecision::Day);
    case DateShape::Month:
        return isoDate(event.day, DatePrecision::Month);
    case DateShape::Year:
        return isoDate(event.day, DatePrecision::Year);
    case DateShape::DayInterval:
        return isoDate(event.day, DatePrecision::Day) + '/' +
               isoDate(event.endDay, DatePrecision::Day);
    case DateShape::MonthInterval:
        return isoDate(event.day, DatePrecision::Month) + '/' +
               isoDate(event.endDay, DatePrecision::Month);
    }
    return {};
}

QByteArray SyntheticWorld::eventTitle(const SynthEvent &event) const
{
    QByteArray title = eventType(event.type).title;
    title += ": ";
    title += m_actors[size_t(event.participants[0])].name;
    // The opponent matters in a clash; elsewhere the first participant names the event.
    if (event.participantCount > 1 && eventType(event.type).hostility > 0) {
        title += " and ";
        title += m_actors[size_t(event.participants[1])].name;
    }
    return title;
}

QByteArray SyntheticWorld::relationValid(const SynthRelation &relation) const
{
    switch (relation.validity) {
    case Validity::AsReported:
        return {};
    case Validity::Closed:
        return isoDate(relation.validStart, relation.startPrecision) + '/' +
               isoDate(relation.validEnd, relation.endPrecision);
    case Validity::OpenEnd:
        return isoDate(relation.validStart, relation.startPrecision) + "/..";
    case Validity::OpenStart:
        return "../" + isoDate(relation.validEnd, relation.endPrecision);
    }
    return {};
}

} // namespace entente
