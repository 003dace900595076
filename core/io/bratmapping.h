#pragma once

#include "model/fuzzydate.h"
#include "model/vocabulary.h"

#include <QByteArray>
#include <QString>
#include <QStringView>
#include <QVector>

#include <optional>

namespace entente {

// How brat annotation types become Entente records: entity types become actors of a
// kind, places or dates; relation types become relation types; event types become event
// words. Rules keep their order, so the first rule for a kind is the name BratWriter
// uses. Loaded from and saved to a small INI-like text file (docs/formats/brat.md).
struct BratMapping
{
    enum class EntityTarget { Actor, Place, Date, Ignore };

    struct EntityRule
    {
        QString bratType;
        EntityTarget target = EntityTarget::Ignore;
        ActorKind actorKind = ActorKind::Other;
        PlaceKind placeKind = PlaceKind::Unspecified;
    };
    struct RelationRule
    {
        QString bratType;
        std::optional<RelationType> type; // nullopt: ignored on purpose, no warning
    };
    struct EventRule
    {
        QString bratType;
        QString eventType; // empty: ignored on purpose, no warning
    };

    QVector<EntityRule> entities;
    QVector<RelationRule> relations;
    QVector<EventRule> events;
    // Publication date of every document whose file name does not start with a date;
    // also the date of events that carry none of their own.
    std::optional<FuzzyDate> documentDate;
    // Confidence given to a relation marked Speculation.
    double speculationConfidence = 0.5;

    static BratMapping defaults();
    // A rule from its mapping-file words: "ignore", "date", "place", "place:<kind>" or an
    // actor kind; nullopt when the value is none of them.
    static std::optional<EntityRule> entityRuleFrom(const QString &bratType, const QString &value);

    // Exact match first, then ignoring case; nullptr when the type has no rule.
    const EntityRule *entity(QStringView bratType) const;
    const RelationRule *relation(QStringView bratType) const;
    const EventRule *event(QStringView bratType) const;

    // Add a rule, replacing one for the same brat type (ignoring case).
    void setEntity(const EntityRule &rule);
    void setRelation(const RelationRule &rule);
    void setEvent(const EventRule &rule);

    // The brat type the writer uses: the first rule that maps to the value, or empty.
    QString bratTypeFor(ActorKind kind) const;
    QString bratTypeFor(PlaceKind kind) const; // falls back on the first place rule
    QString bratTypeFor(RelationType type) const;
    QString bratEventTypeFor(const QString &eventType) const;

    // Parses the mapping file format. Rules in the text override the defaults of the same
    // brat type unless `defaults = none` is set under [options]. On error returns nullopt
    // with "file:line: what was expected" in *error (translated).
    static std::optional<BratMapping> parse(const QByteArray &text, const QString &fileName,
                                            QString *error = nullptr);
    static std::optional<BratMapping> load(const QString &path, QString *error = nullptr);
    // The whole mapping (defaults included) in the format parse() reads.
    QByteArray toText() const;
    bool save(const QString &path, QString *error = nullptr) const;
};

} // namespace entente
