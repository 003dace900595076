#pragma once

#include "io/jsondocument.h"
#include "io/nativeimporter.h"
#include "model/textoffsets.h"

#include <QSet>
#include <QStringList>

#include <array>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace entente {

inline QLatin1StringView latin1(std::string_view text)
{
    return QLatin1StringView(text.data(), qsizetype(text.size()));
}

// A JSON path built only when a message needs it: each segment lives on the stack of the
// function that walks that part of the document ("relations[3].target").
struct JsonPath
{
    const JsonPath *parent = nullptr;
    std::string_view key; // a field name the format knows
    QString dynamicKey;   // a key read from the file (unknown fields)
    qsizetype index = -1;

    JsonPath field(std::string_view name) const { return JsonPath{this, name, {}, -1}; }
    JsonPath dynamicField(const QString &name) const { return JsonPath{this, {}, name, -1}; }
    JsonPath at(qsizetype i) const { return JsonPath{this, {}, {}, i}; }
    QString toString() const;
};

// A text quoted for a message, cut when long: the path and position say where it is.
QString shownText(const QString &text);

// An article's text with its offset converter, for checking spans.
struct ArticleText
{
    QString text;
    TextOffsets offsets;
};

// The members of one object, picked out in one pass by the names the format knows.
struct ObjectFields
{
    JsonValue object;
    const JsonPath *path = nullptr;
    std::span<const std::string_view> names;
    std::array<JsonValue, 12> values;

    JsonValue get(std::string_view name) const;
    JsonPath pathOf(std::string_view name) const { return path->field(name); }
};

// Typed reading of the native format's fields, with every refusal and warning recorded
// as a Diagnostic that names the file, the JSON path, line and column and what was
// expected. Keeps the first maxErrors errors (and counts the rest) and reports each
// unknown field name once.
class NativeFieldReader
{
public:
    enum class Need { Optional, Required };

    NativeFieldReader(const QString &file, int maxErrors) : m_file(file), m_maxErrors(maxErrors) {}

    void error(JsonValue at, const JsonPath &path, const QString &message);
    void warning(JsonValue at, const JsonPath &path, const QString &message);
    void typeError(JsonValue value, const JsonPath &path, JsonType expected);
    int errorCount() const { return m_errorCount; }

    // Collects the known members of `object` and warns about unknown ones.
    ObjectFields fields(JsonValue object, const JsonPath &path,
                        std::span<const std::string_view> names);

    // Each returns nothing when the field is absent (an error when required) or invalid.
    // JSON null counts as absent in optional fields.
    JsonValue present(const ObjectFields &f, std::string_view name, Need need);
    // A string value, checked like string() but not converted.
    JsonValue stringValue(const ObjectFields &f, std::string_view name, Need need);
    std::optional<QString> string(const ObjectFields &f, std::string_view name, Need need);
    std::optional<double> number(const ObjectFields &f, std::string_view name, Need need);
    std::optional<qint64> integer(const ObjectFields &f, std::string_view name, Need need);
    JsonValue array(const ObjectFields &f, std::string_view name); // optional
    QStringList stringList(const ObjectFields &f, std::string_view name);
    QString countryCode(const ObjectFields &f, std::string_view name);
    // `single` and `interval` say which forms the field accepts.
    std::optional<TimeSpan> date(const ObjectFields &f, std::string_view name, Need need,
                                 bool single, bool interval);

    // Reads start, end and quote of a mention or of evidence and checks them against the
    // text of article `articleId` (nothing more when `text` is null). A quote that disagrees
    // with the offsets re-anchors them, with a warning, when it occurs exactly once.
    bool span(const ObjectFields &f, const QString &articleId, const ArticleText *text,
              TextSpan &out);

    // A term of a closed vocabulary. `allowed` lists the terms and `what` (marked with
    // QT_TRANSLATE_NOOP in context Entente::NativeImporter) names the vocabulary; both are
    // used only for the message about an unknown term.
    template <typename Enum>
    std::optional<Enum> enumValue(const ObjectFields &f, std::string_view name, Need need,
                                  std::optional<Enum> (*fromString)(const QString &),
                                  QStringList (*allowed)(), const char *what)
    {
        const auto text = string(f, name, need);
        if (!text)
            return std::nullopt;
        const auto value = fromString(*text);
        if (!value)
            unknownTerm(f, name, what, *text, allowed());
        return value;
    }

    // True for a string of nothing but white space.
    static bool isBlank(JsonValue string);

    // Moves the diagnostics, in file order, into `out`.
    void finish(ParsedFile &out);

private:
    struct Pending
    {
        qint64 offset;
        Diagnostic diagnostic;
    };

    void report(Diagnostic::Severity severity, qint64 offset, JsonPosition where,
                const QString &path, const QString &message);
    void unknownTerm(const ObjectFields &f, std::string_view name, const char *what,
                     const QString &value, const QStringList &allowed);

    QString m_file;
    int m_maxErrors;
    int m_errorCount = 0;
    std::vector<Pending> m_errors;
    std::vector<Pending> m_warnings;
    QSet<QString> m_unknownFields;
};

} // namespace entente
