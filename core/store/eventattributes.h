#pragma once

#include "model/corpus.h"

#include <QString>
#include <QVector>

namespace entente {

// How an event's attributes sit in one column of the events table: a JSON array of
// [key, value] pairs, which keeps their order (a JSON object would sort the keys).
// No attributes is an empty string, stored as NULL.
QString encodeEventAttributes(const QVector<EventAttribute> &attributes);
QVector<EventAttribute> decodeEventAttributes(const QString &text);

} // namespace entente
