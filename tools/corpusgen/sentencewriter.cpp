#include "sentencewriter.h"

#include <array>

namespace entente {

namespace {

constexpr std::array kOutlets{
    "Mediterranean Monitor", "Le Courrier du Sud", "Diário Atlântico",    "Nordic Wire",
    "Gazeta Wschodnia",      "The Desert Ledger",  "Caspian Chronicle",   "Sahel Observer",
    "Zürcher Abendblatt",    "Andean Herald",      "Αθηναϊκή Επιθεώρηση", "Levant Evening Post"};

// Emoji outside the Basic Multilingual Plane take two UTF-16 units but one code point,
// which is exactly what an offset bug would trip over. U+26A0 U+FE0F is two code points.
constexpr std::array kLeadMarks{"🔴 ", "📰 ", "🌍 ", "⚠️ "};

constexpr std::array kFillers{"The situation remained tense overnight.",
                              "Analysts expect further talks in the coming weeks.",
                              "Des témoins décrivent une situation « très tendue ».",
                              "Humanitarian groups warned of rising needs.",
                              "The report could not be independently verified.",
                              "Negotiators spoke of fragile hopes for peace 🕊️.",
                              "Markets in the region reacted calmly.",
                              "Reporters on the ground described long queues at checkpoints 🚧."};

constexpr std::array kEventLeads{"According to local sources, ", "Witnesses said that ",
                                 "Officials confirmed that "};

// Indexed by the order of supportAspectNames(): military, political, diplomatic,
// financial, training, materiel, other.
constexpr std::array kSupportPhrases{" provided military support to ",
                                     " gave political backing to ",
                                     " lent diplomatic support to ",
                                     " sent financial aid to ",
                                     " trained the forces of ",
                                     " supplied weapons and equipment to ",
                                     " supported "};

struct RelationPhrase
{
    const char *before; // between source and target
    const char *after;  // after the target
};

// Indexed by RelationType.
constexpr std::array kRelationPhrases{
    RelationPhrase{" supported ", ""},
    RelationPhrase{" and ", " described themselves as allies"},
    RelationPhrase{" agreed to cooperate closely with ", ""},
    RelationPhrase{" recognised ", " as a legitimate authority"},
    RelationPhrase{" voiced firm opposition to ", ""},
    RelationPhrase{" fought against ", ""},
    RelationPhrase{" condemned ", ""},
    RelationPhrase{" was in command of ", ""},
    RelationPhrase{" was a member of ", ""},
    RelationPhrase{" acted on behalf of ", ""},
};

} // namespace

SentenceWriter::SentenceWriter(const SyntheticWorld &world) : m_world(world) {}

QByteArray SentenceWriter::outlet(quint64 seed, int article)
{
    RandomStream rng(seed, SyntheticWorld::ArticleStream, quint64(article) * 2 + 1);
    return kOutlets[rng.below(quint32(kOutlets.size()))];
}

void SentenceWriter::actorName(int actor, RandomStream &rng, TextBuilder &out) const
{
    const SynthActor &a = m_world.actors()[size_t(actor)];
    const bool useAlias = !a.alias.isEmpty() && rng.chance(0.3);
    out.appendEntity(useAlias ? a.alias : a.name, false, actor);
}

void SentenceWriter::actorList(const int *actors, int count, RandomStream &rng,
                               TextBuilder &out) const
{
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            out.append(i == count - 1 ? " and " : ", ");
        actorName(actors[i], rng, out);
    }
}

void SentenceWriter::placeName(int place, TextBuilder &out) const
{
    out.appendEntity(m_world.places()[size_t(place)].name, true, place);
}

void SentenceWriter::eventDatePhrase(const SynthEvent &event, TextBuilder &out) const
{
    using W = SyntheticWorld;
    switch (event.shape) {
    case DateShape::Day:
        out.append(" on ");
        out.append(W::proseDate(event.day, DatePrecision::Day));
        break;
    case DateShape::Month:
        out.append(" in ");
        out.append(W::proseDate(event.day, DatePrecision::Month));
        break;
    case DateShape::Year:
        out.append(" in ");
        out.append(W::proseDate(event.day, DatePrecision::Year));
        break;
    case DateShape::DayInterval:
        out.append(" between ");
        out.append(W::proseDate(event.day, DatePrecision::Day));
        out.append(" and ");
        out.append(W::proseDate(event.endDay, DatePrecision::Day));
        break;
    case DateShape::MonthInterval:
        out.append(" from ");
        out.append(W::proseDate(event.day, DatePrecision::Month));
        out.append(" to ");
        out.append(W::proseDate(event.endDay, DatePrecision::Month));
        break;
    }
}

void SentenceWriter::eventSentence(const SynthEvent &event, int variant, TextBuilder &out) const
{
    RandomStream rng(m_world.seed(), SyntheticWorld::SentenceStream,
                     quint64(event.index) * 4 + quint64(variant) * 2);
    if (variant > 0)
        out.append(kEventLeads[rng.below(quint32(kEventLeads.size()))]);
    actorList(event.participants, event.participantCount, rng, out);
    out.append(" ");
    out.append(SyntheticWorld::eventType(event.type).verbPhrase);
    if (event.place >= 0) {
        out.append(SyntheticWorld::eventType(event.type).hostility > 0 ? " near " : " in ");
        placeName(event.place, out);
    }
    eventDatePhrase(event, out);
    out.append(".");
}

void SentenceWriter::relationSentence(const SynthRelation &relation, int variant,
                                      TextBuilder &out) const
{
    using W = SyntheticWorld;
    RandomStream rng(m_world.seed(), SyntheticWorld::SentenceStream,
                     quint64(relation.index) * 4 + quint64(variant) * 2 + 1);
    if (relation.claimedBy >= 0) {
        out.append("According to ");
        actorName(relation.claimedBy, rng, out);
        out.append(", ");
    } else if (variant > 0) {
        out.append("Observers noted that ");
    }
    const RelationPhrase &phrase = kRelationPhrases[size_t(relation.type)];
    actorName(relation.source, rng, out);
    out.append(relation.aspect >= 0 ? kSupportPhrases[size_t(relation.aspect)] : phrase.before);
    actorName(relation.target, rng, out);
    out.append(phrase.after);
    if (relation.via >= 0) {
        out.append(" through ");
        actorName(relation.via, rng, out);
    }
    switch (relation.validity) {
    case Validity::AsReported:
        break;
    case Validity::Closed:
        out.append(" from ");
        out.append(W::proseDate(relation.validStart, relation.startPrecision));
        out.append(" to ");
        out.append(W::proseDate(relation.validEnd, relation.endPrecision));
        break;
    case Validity::OpenEnd:
        out.append(" since ");
        out.append(W::proseDate(relation.validStart, relation.startPrecision));
        break;
    case Validity::OpenStart:
        out.append(" until ");
        out.append(W::proseDate(relation.validEnd, relation.endPrecision));
        break;
    }
    out.append(".");
}

void SentenceWriter::leadSentence(int article, int place, TextBuilder &out) const
{
    RandomStream rng(m_world.seed(), SyntheticWorld::ArticleStream, quint64(article) * 2);
    if (rng.chance(0.08))
        out.append(kLeadMarks[rng.below(quint32(kLeadMarks.size()))]);
    out.append(outlet(m_world.seed(), article));
    out.append(" reports from ");
    placeName(place, out);
    out.append(".");
}

void SentenceWriter::fillerSentence(RandomStream &rng, TextBuilder &out) const
{
    out.append(kFillers[rng.below(quint32(kFillers.size()))]);
}

} // namespace entente
