#pragma once

#include <QString>

#include <optional>

namespace entente {

// What an importer may ask of the project it imports into, so that a file can refer
// to ids an earlier import put there. The store implements it; an empty project is
// the default.
class ProjectLookup
{
public:
    virtual ~ProjectLookup() = default;
    virtual bool hasActor(const QString &id) const = 0;
    virtual bool hasPlace(const QString &id) const = 0;
    virtual bool hasArticle(const QString &id) const = 0;
    virtual std::optional<QString> articleText(const QString &id) const = 0;
    // True when some article already in the project mentions the actor.
    virtual bool isActorMentioned(const QString &id) const = 0;
};

class EmptyProjectLookup final : public ProjectLookup
{
public:
    bool hasActor(const QString &) const override { return false; }
    bool hasPlace(const QString &) const override { return false; }
    bool hasArticle(const QString &) const override { return false; }
    std::optional<QString> articleText(const QString &) const override { return std::nullopt; }
    bool isActorMentioned(const QString &) const override { return false; }
};

} // namespace entente
