#pragma once

#include "syntheticworld.h"
#include "textbuilder.h"

namespace entente {

// Turns synthetic events and relations into English sentences. A claim's sentence depends
// only on the claim and the evidence variant, never on the article around it, so the
// generator can write it once into an article and again as the evidence quote.
class SentenceWriter
{
public:
    explicit SentenceWriter(const SyntheticWorld &world);

    void eventSentence(const SynthEvent &event, int variant, TextBuilder &out) const;
    void relationSentence(const SynthRelation &relation, int variant, TextBuilder &out) const;

    // The opening of an article: sometimes an emoji, the outlet, the place it reports from.
    void leadSentence(int article, int place, TextBuilder &out) const;
    // Colour between claims; some fillers hold non-ASCII text and emoji.
    void fillerSentence(RandomStream &rng, TextBuilder &out) const;

    static QByteArray outlet(quint64 seed, int article);

private:
    void actorName(int actor, RandomStream &rng, TextBuilder &out) const;
    void actorList(const int *actors, int count, RandomStream &rng, TextBuilder &out) const;
    void placeName(int place, TextBuilder &out) const;
    void eventDatePhrase(const SynthEvent &event, TextBuilder &out) const;

    const SyntheticWorld &m_world;
};

} // namespace entente
