#include "vocabulary.h"

#include <array>

namespace entente {

namespace {

struct RelationTypeInfo
{
    RelationType type;
    const char16_t *name;
    int sign;
    bool directed;
};

constexpr std::array kRelationTypes{
    RelationTypeInfo{RelationType::Supports, u"supports", +1, true},
    RelationTypeInfo{RelationType::AlliedWith, u"allied_with", +1, false},
    RelationTypeInfo{RelationType::CooperatesWith, u"cooperates_with", +1, false},
    RelationTypeInfo{RelationType::Recognises, u"recognises", +1, true},
    RelationTypeInfo{RelationType::Opposes, u"opposes", -1, true},
    RelationTypeInfo{RelationType::Fights, u"fights", -1, false},
    RelationTypeInfo{RelationType::Condemns, u"condemns", -1, true},
    RelationTypeInfo{RelationType::Commands, u"commands", 0, true},
    RelationTypeInfo{RelationType::MemberOf, u"member_of", 0, true},
    RelationTypeInfo{RelationType::ActsFor, u"acts_for", 0, true},
};

constexpr std::array<const char16_t *, 8> kActorKinds{
    u"state",    u"government", u"armed_group", u"organisation", u"intergovernmental",
    u"person",   u"coalition",  u"other"};

constexpr std::array<const char16_t *, 6> kPlaceKinds{u"",       u"city", u"region",
                                                      u"country", u"site", u"other"};

const RelationTypeInfo &info(RelationType type)
{
    return kRelationTypes.at(static_cast<size_t>(type));
}

template <typename Enum, size_t N>
std::optional<Enum> lookup(const std::array<const char16_t *, N> &names, const QString &name)
{
    for (size_t i = 0; i < N; ++i) {
        if (!name.isEmpty() && name == QStringView(names[i]))
            return static_cast<Enum>(i);
    }
    return std::nullopt;
}

template <size_t N>
QStringList namesOf(const std::array<const char16_t *, N> &names, size_t from = 0)
{
    QStringList out;
    for (size_t i = from; i < N; ++i)
        out << QString::fromUtf16(names[i]);
    return out;
}

} // namespace

int relationSign(RelationType type) { return info(type).sign; }
bool relationIsDirected(RelationType type) { return info(type).directed; }
bool relationIsHierarchy(RelationType type) { return info(type).sign == 0; }

QString toString(ActorKind kind)
{
    return QString::fromUtf16(kActorKinds.at(static_cast<size_t>(kind)));
}

QString toString(PlaceKind kind)
{
    return QString::fromUtf16(kPlaceKinds.at(static_cast<size_t>(kind)));
}

QString toString(RelationType type) { return QString::fromUtf16(info(type).name); }

std::optional<ActorKind> actorKindFromString(const QString &name)
{
    return lookup<ActorKind>(kActorKinds, name);
}

std::optional<PlaceKind> placeKindFromString(const QString &name)
{
    return lookup<PlaceKind>(kPlaceKinds, name);
}

std::optional<RelationType> relationTypeFromString(const QString &name)
{
    for (const auto &i : kRelationTypes) {
        if (name == QStringView(i.name))
            return i.type;
    }
    return std::nullopt;
}

QStringList actorKindNames() { return namesOf(kActorKinds); }
QStringList placeKindNames() { return namesOf(kPlaceKinds, 1); }

QStringList relationTypeNames()
{
    QStringList out;
    for (const auto &i : kRelationTypes)
        out << QString::fromUtf16(i.name);
    return out;
}

QStringList supportAspectNames()
{
    return {QStringLiteral("military"),  QStringLiteral("political"), QStringLiteral("diplomatic"),
            QStringLiteral("financial"), QStringLiteral("training"),  QStringLiteral("materiel"),
            QStringLiteral("other")};
}

QStringList suggestedEventTypes()
{
    return {QStringLiteral("meeting"),    QStringLiteral("agreement"), QStringLiteral("statement"),
            QStringLiteral("visit"),      QStringLiteral("offensive"), QStringLiteral("clash"),
            QStringLiteral("withdrawal"), QStringLiteral("deployment"), QStringLiteral("training"),
            QStringLiteral("aid"),        QStringLiteral("discovery"), QStringLiteral("ceasefire"),
            QStringLiteral("election"),   QStringLiteral("other")};
}

} // namespace entente
