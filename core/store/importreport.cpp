#include "importreport.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace entente {

QString entityKindKey(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Article:
        return QStringLiteral("article");
    case EntityKind::Actor:
        return QStringLiteral("actor");
    case EntityKind::Place:
        return QStringLiteral("place");
    case EntityKind::Event:
        return QStringLiteral("event");
    case EntityKind::Relation:
        return QStringLiteral("relation");
    }
    return {};
}

QByteArray importCountsToJson(const ImportCountsByKind &counts)
{
    QJsonObject root;
    for (int k = 0; k < kEntityKindCount; ++k) {
        const ImportCounts &c = counts[size_t(k)];
        root.insert(entityKindKey(EntityKind(k)),
                    QJsonObject{{QStringLiteral("added"), c.added},
                                {QStringLiteral("updated"), c.updated},
                                {QStringLiteral("unchanged"), c.unchanged}});
    }
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

ImportCountsByKind importCountsFromJson(const QByteArray &json)
{
    ImportCountsByKind counts{};
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    for (int k = 0; k < kEntityKindCount; ++k) {
        const QJsonObject c = root.value(entityKindKey(EntityKind(k))).toObject();
        counts[size_t(k)] = {c.value(QStringLiteral("added")).toInt(),
                             c.value(QStringLiteral("updated")).toInt(),
                             c.value(QStringLiteral("unchanged")).toInt()};
    }
    return counts;
}

} // namespace entente
