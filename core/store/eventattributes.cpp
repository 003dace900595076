#include "eventattributes.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace entente {

QString encodeEventAttributes(const QVector<EventAttribute> &attributes)
{
    if (attributes.isEmpty())
        return {};
    QJsonArray pairs;
    for (const EventAttribute &a : attributes)
        pairs.append(QJsonArray{a.key, a.value});
    return QString::fromUtf8(QJsonDocument(pairs).toJson(QJsonDocument::Compact));
}

QVector<EventAttribute> decodeEventAttributes(const QString &text)
{
    QVector<EventAttribute> attributes;
    if (text.isEmpty())
        return attributes;
    const QJsonArray pairs = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &pair : pairs) {
        const QJsonArray kv = pair.toArray();
        if (kv.size() == 2)
            attributes.append(EventAttribute{kv.at(0).toString(), kv.at(1).toString()});
    }
    return attributes;
}

} // namespace entente
