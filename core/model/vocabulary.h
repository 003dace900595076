#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace entente {

// The closed vocabularies of the native format (see docs/format.md) and what each
// term means for the views. Names are the format's own spelling.

enum class ActorKind {
    State,
    Government,
    ArmedGroup,
    Organisation,
    Intergovernmental,
    Person,
    Coalition,
    Other
};

enum class PlaceKind { Unspecified, City, Region, Country, Site, Other };

enum class RelationType {
    Supports,
    AlliedWith,
    CooperatesWith,
    Recognises,
    Opposes,
    Fights,
    Condemns,
    Commands,
    MemberOf,
    ActsFor
};

// +1 friendly, -1 hostile, 0 hierarchy (ties an actor to the body it belongs to).
int relationSign(RelationType type);
bool relationIsDirected(RelationType type);
bool relationIsHierarchy(RelationType type);

QString toString(ActorKind kind);
QString toString(PlaceKind kind);
QString toString(RelationType type);
std::optional<ActorKind> actorKindFromString(const QString &name);
std::optional<PlaceKind> placeKindFromString(const QString &name);
std::optional<RelationType> relationTypeFromString(const QString &name);

QStringList actorKindNames();
QStringList placeKindNames(); // without Unspecified
QStringList relationTypeNames();
QStringList supportAspectNames();
QStringList suggestedEventTypes();

} // namespace entente
