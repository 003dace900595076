#pragma once

#include "jsondocument.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace entente {

// A strict RFC 8259 JSON parser that records where every value sits in its source, so
// that an importer can point at file:line:column (and the JSON path) for values that are
// valid JSON but wrong content; QJsonDocument only knows positions of syntax errors. It
// refuses trailing commas, comments, NaN, raw control characters in strings, bad escapes,
// lone surrogates and duplicate keys, and enforces a size and a depth limit. Memory is
// about 16 bytes per value besides the source.

struct JsonLimits
{
    qint64 maxBytes = 512LL * 1024 * 1024; // refused before a file is read
    int maxDepth = 64;                     // nested arrays and objects, the top level is 1
};

// Why a text is not accepted: where (byte offset, 1-based line and column, the JSON path
// of the value being read) and what was expected. `line` is 0 for errors about the whole
// input (unreadable file, size limit).
struct JsonError
{
    QString message;
    qint64 offset = -1;
    int line = 0;
    int column = 0;
    QString path; // e.g. "relations[3].target"; empty at the top level
};

// Parses JSON texts under the given limits. Stateless apart from the limits, so one reader
// may parse on several threads at once.
class JsonReader
{
public:
    explicit JsonReader(JsonLimits limits = {}) : m_limits(limits) {}

    // On failure returns nullopt and, when `error` is given, says why and where.
    std::optional<JsonDocument> parse(const QByteArray &utf8, JsonError *error = nullptr) const;
    // Checks the size limit before reading the file.
    std::optional<JsonDocument> readFile(const QString &path, JsonError *error = nullptr) const;

    const JsonLimits &limits() const { return m_limits; }

private:
    JsonLimits m_limits;
};

} // namespace entente
