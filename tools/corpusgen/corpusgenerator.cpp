#include "corpusgenerator.h"

#include "jsonstreamwriter.h"
#include "sentencewriter.h"
#include "syntheticworld.h"
#include "textbuilder.h"

#include <QCoreApplication>
#include <QIODevice>

#include <algorithm>
#include <vector>

namespace entente {

namespace {

QByteArray idOf(char prefix, qint64 index)
{
    return prefix + QByteArray::number(index);
}

// Where every evidence span goes. Slots number the evidence spans: first those of all
// events, then those of all relations. Kept as flat integer arrays: about 16 bytes per
// span, which is all the generator holds besides actors and places.
struct EvidencePlan
{
    std::vector<quint32> eventSlotBase;    // events + 1 entries
    std::vector<quint32> relationSlotBase; // relations + 1 entries, continuing the numbering
    std::vector<quint32> slotArticle;
    std::vector<quint32> slotStart; // code-point offsets, filled while articles are written
    std::vector<quint32> slotEnd;
    std::vector<quint32> articleSlotBegin; // articles + 1 entries into articleSlots
    std::vector<quint32> articleSlots;
};

class Writer
{
public:
    Writer(const GeneratorOptions &options, QIODevice *device)
        : m_options(options), m_world(options), m_sentences(m_world), m_json(device)
    {
    }

    bool run(QString *error);
    qint64 bytesWritten() const { return m_json.bytesWritten(); }

private:
    void plan();
    quint32 articleNear(qint64 day, RandomStream &rng, int variant) const;
    qint64 publishedDay(int article) const;
    bool writeArticles(QString *error);
    void writeActors();
    void writePlaces();
    bool writeEvents(QString *error);
    bool writeRelations(QString *error);
    bool writeEvidence(quint32 slot, QString *error);

    const GeneratorOptions &m_options;
    SyntheticWorld m_world;
    SentenceWriter m_sentences;
    JsonStreamWriter m_json;
    EvidencePlan m_plan;
    TextBuilder m_text;
};

qint64 Writer::publishedDay(int article) const
{
    const qint64 span = m_world.lastDay() - m_world.firstDay() + 1;
    return m_world.firstDay() + (2 * qint64(article) + 1) * span / (2 * qint64(m_options.articles));
}

// Articles are spread evenly over the period in id order; a claim is reported by an
// article published on or shortly after its day, a second report somewhat later.
quint32 Writer::articleNear(qint64 day, RandomStream &rng, int variant) const
{
    const qint64 span = m_world.lastDay() - m_world.firstDay() + 1;
    qint64 article = (day - m_world.firstDay()) * m_options.articles / span;
    article += variant == 0 ? 1 + rng.below(3) : 2 + rng.below(30);
    return quint32(std::clamp<qint64>(article, 0, m_options.articles - 1));
}

void Writer::plan()
{
    EvidencePlan &p = m_plan;
    p.eventSlotBase.resize(size_t(m_options.events) + 1);
    p.relationSlotBase.resize(size_t(m_options.relations) + 1);
    quint32 slot = 0;
    for (int i = 0; i < m_options.events; ++i) {
        const SynthEvent event = m_world.event(i);
        p.eventSlotBase[size_t(i)] = slot;
        RandomStream rng(m_world.seed(), SyntheticWorld::EventStream, quint64(i) | (1ULL << 40));
        for (int v = 0; v < event.evidenceCount; ++v, ++slot)
            p.slotArticle.push_back(articleNear(event.day, rng, v));
    }
    p.eventSlotBase.back() = slot;
    for (int i = 0; i < m_options.relations; ++i) {
        const SynthRelation relation = m_world.relation(i);
        p.relationSlotBase[size_t(i)] = slot;
        RandomStream rng(m_world.seed(), SyntheticWorld::RelationStream, quint64(i) | (1ULL << 40));
        for (int v = 0; v < relation.evidenceCount; ++v, ++slot)
            p.slotArticle.push_back(articleNear(relation.anchorDay, rng, v));
    }
    p.relationSlotBase.back() = slot;
    p.slotStart.assign(slot, 0);
    p.slotEnd.assign(slot, 0);

    // Group slots by article (a counting sort), then shuffle each article's claims so
    // events and relations interleave.
    p.articleSlotBegin.assign(size_t(m_options.articles) + 1, 0);
    for (const quint32 article : p.slotArticle)
        ++p.articleSlotBegin[article + 1];
    for (size_t a = 1; a < p.articleSlotBegin.size(); ++a)
        p.articleSlotBegin[a] += p.articleSlotBegin[a - 1];
    p.articleSlots.resize(slot);
    std::vector<quint32> fill(p.articleSlotBegin.begin(), p.articleSlotBegin.end() - 1);
    for (quint32 s = 0; s < slot; ++s)
        p.articleSlots[fill[p.slotArticle[s]]++] = s;
    for (int a = 0; a < m_options.articles; ++a) {
        RandomStream rng(m_world.seed(), SyntheticWorld::ArticleStream, quint64(a) | (1ULL << 40));
        quint32 *first = p.articleSlots.data() + p.articleSlotBegin[size_t(a)];
        const quint32 count = p.articleSlotBegin[size_t(a) + 1] - p.articleSlotBegin[size_t(a)];
        for (quint32 i = count; i > 1; --i)
            std::swap(first[i - 1], first[rng.below(i)]);
    }
}

bool Writer::run(QString *error)
{
    plan();
    m_json.beginObject();
    m_json.member("format", QByteArrayView("entente-corpus"));
    m_json.member("version", qint64(1));
    if (!writeArticles(error))
        return false;
    writeActors();
    writePlaces();
    if (!writeEvents(error) || !writeRelations(error))
        return false;
    m_json.endObject();
    if (!m_json.flush()) {
        *error =
            QCoreApplication::translate("Entente::CorpusGenerator", "Could not write the output.");
        return false;
    }
    return true;
}

bool Writer::writeArticles(QString *error)
{
    const auto &actors = m_world.actors();
    const auto &places = m_world.places();
    // Per-entity stamps of the last article that mentioned it: only the first mention of
    // an entity in an article may be annotated, and not always, as an analyst would do.
    // (This also keeps the default corpus under 90 MB.)
    constexpr double kMentionAnnotated = 0.35;
    std::vector<int> actorSeen(actors.size(), -1);
    std::vector<int> placeSeen(places.size(), -1);
    std::vector<bool> actorAnnotated(actors.size(), false);

    m_json.key("articles");
    m_json.beginArray();
    for (int a = 0; a < m_options.articles; ++a) {
        RandomStream rng(m_world.seed(), SyntheticWorld::ArticleStream, quint64(a) | (2ULL << 40));
        m_text.clear();
        const int leadPlace = int(rng.below(quint32(places.size())));
        m_sentences.leadSentence(a, leadPlace, m_text);

        const quint32 begin = m_plan.articleSlotBegin[size_t(a)];
        const quint32 end = m_plan.articleSlotBegin[size_t(a) + 1];
        int inParagraph = 1;
        int paragraphLength = 3 + int(rng.below(3));
        QByteArray title;
        for (quint32 i = begin; i < end; ++i) {
            const quint32 slot = m_plan.articleSlots[i];
            if (inParagraph >= paragraphLength) {
                m_text.append("\n\n");
                inParagraph = 0;
                paragraphLength = 3 + int(rng.below(3));
            } else {
                m_text.append(" ");
            }
            ++inParagraph;
            m_plan.slotStart[slot] = quint32(m_text.codePoints());
            if (slot < m_plan.eventSlotBase.back()) {
                const auto it = std::upper_bound(m_plan.eventSlotBase.begin(),
                                                 m_plan.eventSlotBase.end(), slot);
                const int index = int(it - m_plan.eventSlotBase.begin()) - 1;
                const SynthEvent event = m_world.event(index);
                m_sentences.eventSentence(event, int(slot - m_plan.eventSlotBase[size_t(index)]),
                                          m_text);
                if (title.isEmpty())
                    title = m_world.eventTitle(event);
            } else {
                const auto it = std::upper_bound(m_plan.relationSlotBase.begin(),
                                                 m_plan.relationSlotBase.end(), slot);
                const int index = int(it - m_plan.relationSlotBase.begin()) - 1;
                m_sentences.relationSentence(m_world.relation(index),
                                             int(slot - m_plan.relationSlotBase[size_t(index)]),
                                             m_text);
            }
            m_plan.slotEnd[slot] = quint32(m_text.codePoints());
            if (rng.chance(0.1)) {
                m_text.append(" ");
                m_sentences.fillerSentence(rng, m_text);
            }
        }
        if (title.isEmpty())
            title = "Report from " + places[size_t(leadPlace)].name;

        m_json.beginObject();
        m_json.member("id", idOf('N', a));
        m_json.member("title", title);
        m_json.member("source", SentenceWriter::outlet(m_world.seed(), a));
        if (rng.chance(0.6))
            m_json.member("url", QByteArray("https://example.org/news/" + idOf('N', a)));
        const double dating = rng.uniform();
        if (dating < 0.95)
            m_json.member("published",
                          SyntheticWorld::isoDate(publishedDay(a), DatePrecision::Day));
        else if (dating < 0.98)
            m_json.member("published",
                          SyntheticWorld::isoDate(publishedDay(a), DatePrecision::Month));
        m_json.member("language", QByteArrayView("en"));
        m_json.member("text", m_text.text());
        m_json.key("mentions");
        m_json.beginArray();
        for (const TextBuilder::Mark &mark : m_text.marks()) {
            int &seen =
                mark.place ? placeSeen[size_t(mark.entity)] : actorSeen[size_t(mark.entity)];
            if (seen == a)
                continue;
            seen = a;
            // An actor's first appearance in the corpus is always annotated, so no actor
            // that occurs in some text draws a "never mentioned" warning.
            const bool firstEver = !mark.place && !actorAnnotated[size_t(mark.entity)];
            if (!firstEver && !rng.chance(kMentionAnnotated))
                continue;
            if (!mark.place)
                actorAnnotated[size_t(mark.entity)] = true;
            m_json.beginObject();
            m_json.member("start", mark.start);
            m_json.member("end", mark.end);
            if (mark.place)
                m_json.member("place", places[size_t(mark.entity)].id);
            else
                m_json.member("actor", actors[size_t(mark.entity)].id);
            m_json.endObject();
        }
        m_json.endArray();
        m_json.endObject();
        if (m_json.hasError()) {
            *error = QCoreApplication::translate("Entente::CorpusGenerator",
                                                 "Could not write the output.");
            return false;
        }
    }
    m_json.endArray();
    return true;
}

void Writer::writeActors()
{
    m_json.key("actors");
    m_json.beginArray();
    for (const SynthActor &actor : m_world.actors()) {
        m_json.beginObject();
        m_json.member("id", actor.id);
        m_json.member("name", actor.name);
        m_json.member("kind", toString(actor.kind).toUtf8());
        if (!actor.country.isEmpty())
            m_json.member("country", actor.country);
        if (!actor.alias.isEmpty()) {
            m_json.key("aliases");
            m_json.beginArray();
            m_json.string(actor.alias);
            m_json.endArray();
        }
        if (actor.base >= 0)
            m_json.member("base", m_world.places()[size_t(actor.base)].id);
        m_json.endObject();
    }
    m_json.endArray();
}

void Writer::writePlaces()
{
    m_json.key("places");
    m_json.beginArray();
    for (const SynthPlace &place : m_world.places()) {
        m_json.beginObject();
        m_json.member("id", place.id);
        m_json.member("name", place.name);
        if (place.hasCoordinates) {
            m_json.key("lat");
            m_json.number(place.lat, 4);
            m_json.key("lon");
            m_json.number(place.lon, 4);
        }
        m_json.member("country", place.country);
        m_json.member("kind", toString(place.kind).toUtf8());
        m_json.endObject();
    }
    m_json.endArray();
}

// Writes one evidence span; its quote is regenerated from the claim, and must have the
// length that was recorded while the article was written.
bool Writer::writeEvidence(quint32 slot, QString *error)
{
    const qint64 start = m_plan.slotStart[slot];
    const qint64 end = m_plan.slotEnd[slot];
    if (end - start != m_text.codePoints() || end <= start) {
        *error = QCoreApplication::translate(
            "Entente::CorpusGenerator",
            "Internal error: an evidence quote does not match its article.");
        return false;
    }
    m_json.beginObject();
    m_json.member("article", idOf('N', qint64(m_plan.slotArticle[slot])));
    m_json.member("start", start);
    m_json.member("end", end);
    m_json.member("quote", m_text.text());
    m_json.endObject();
    return true;
}

bool Writer::writeEvents(QString *error)
{
    const auto &actors = m_world.actors();
    m_json.key("events");
    m_json.beginArray();
    for (int i = 0; i < m_options.events; ++i) {
        const SynthEvent event = m_world.event(i);
        const EventTypeInfo &type = SyntheticWorld::eventType(event.type);
        m_json.beginObject();
        m_json.member("id", idOf('E', i));
        m_json.member("type", QByteArrayView(type.name));
        m_json.member("date", m_world.eventDate(event));
        m_json.member("title", m_world.eventTitle(event));
        if (event.place >= 0)
            m_json.member("place", m_world.places()[size_t(event.place)].id);
        m_json.key("participants");
        m_json.beginArray();
        for (int k = 0; k < event.participantCount; ++k) {
            m_json.beginObject();
            m_json.member("actor", actors[size_t(event.participants[k])].id);
            m_json.member("role", QByteArrayView(k == 0 ? type.firstRole : type.otherRole));
            m_json.endObject();
        }
        m_json.endArray();
        if (event.hasCameo)
            m_json.member("cameo", QByteArrayView(type.cameo));
        m_json.key("evidence");
        m_json.beginArray();
        for (int v = 0; v < event.evidenceCount; ++v) {
            m_text.clear();
            m_sentences.eventSentence(event, v, m_text);
            if (!writeEvidence(m_plan.eventSlotBase[size_t(i)] + quint32(v), error))
                return false;
        }
        m_json.endArray();
        m_json.endObject();
    }
    m_json.endArray();
    if (m_json.hasError()) {
        *error =
            QCoreApplication::translate("Entente::CorpusGenerator", "Could not write the output.");
        return false;
    }
    return true;
}

bool Writer::writeRelations(QString *error)
{
    const auto &actors = m_world.actors();
    static const QStringList aspects = supportAspectNames();
    m_json.key("relations");
    m_json.beginArray();
    for (int i = 0; i < m_options.relations; ++i) {
        const SynthRelation relation = m_world.relation(i);
        m_json.beginObject();
        m_json.member("id", idOf('R', i));
        m_json.member("source", actors[size_t(relation.source)].id);
        m_json.member("target", actors[size_t(relation.target)].id);
        m_json.member("type", toString(relation.type).toUtf8());
        if (relation.aspect >= 0)
            m_json.member("aspect", aspects.at(relation.aspect).toUtf8());
        if (relation.validity != Validity::AsReported)
            m_json.member("valid", m_world.relationValid(relation));
        if (relation.via >= 0)
            m_json.member("via", actors[size_t(relation.via)].id);
        if (relation.claimedBy >= 0)
            m_json.member("claimed_by", actors[size_t(relation.claimedBy)].id);
        if (relation.confidencePercent >= 0) {
            m_json.key("confidence");
            m_json.number(relation.confidencePercent / 100.0, 2);
        }
        m_json.key("evidence");
        m_json.beginArray();
        for (int v = 0; v < relation.evidenceCount; ++v) {
            m_text.clear();
            m_sentences.relationSentence(relation, v, m_text);
            if (!writeEvidence(m_plan.relationSlotBase[size_t(i)] + quint32(v), error))
                return false;
        }
        m_json.endArray();
        m_json.endObject();
    }
    m_json.endArray();
    if (m_json.hasError()) {
        *error =
            QCoreApplication::translate("Entente::CorpusGenerator", "Could not write the output.");
        return false;
    }
    return true;
}

} // namespace

CorpusGenerator::CorpusGenerator(const GeneratorOptions &options) : m_options(options) {}

QString CorpusGenerator::validate() const
{
    if (m_options.articles < 1)
        return QCoreApplication::translate("Entente::CorpusGenerator",
                                           "At least one article is needed.");
    if (m_options.actors < 2)
        return QCoreApplication::translate("Entente::CorpusGenerator",
                                           "At least two actors are needed.");
    if (m_options.events < 0 || m_options.relations < 0)
        return QCoreApplication::translate(
            "Entente::CorpusGenerator", "The numbers of events and relations cannot be negative.");
    if (m_options.years < 1 || m_options.years > 1000)
        return QCoreApplication::translate("Entente::CorpusGenerator",
                                           "The period must last between 1 and 1000 years.");
    if (m_options.startYear < 1 || m_options.startYear + m_options.years - 1 > 9999)
        return QCoreApplication::translate("Entente::CorpusGenerator",
                                           "The period must lie between the years 1 and 9999.");
    // Offsets and slot numbers are kept in 32 bits.
    if (qint64(m_options.events) * 2 + qint64(m_options.relations) * 2 > 0x7fffffff)
        return QCoreApplication::translate("Entente::CorpusGenerator",
                                           "Too many events and relations.");
    return {};
}

int CorpusGenerator::campCount() const
{
    return SyntheticWorld::campsFor(m_options.actors, m_options.seed);
}

bool CorpusGenerator::write(QIODevice *device)
{
    m_error = validate();
    m_bytesWritten = 0;
    if (!m_error.isEmpty())
        return false;
    if (!device || !device->isWritable()) {
        m_error = QCoreApplication::translate("Entente::CorpusGenerator",
                                              "The output is not open for writing.");
        return false;
    }
    Writer writer(m_options, device);
    const bool ok = writer.run(&m_error);
    m_bytesWritten = writer.bytesWritten();
    return ok;
}

bool writeSyntheticCorpus(QIODevice *device, const GeneratorOptions &options, QString *error)
{
    CorpusGenerator generator(options);
    const bool ok = generator.write(device);
    if (!ok && error)
        *error = generator.errorString();
    return ok;
}

} // namespace entente
