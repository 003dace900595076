#include "nativefieldreader.h"

#include <QCoreApplication>

#include <algorithm>

namespace entente {

// Long quotes are cut in messages; the path and position already say where they are.
QString shownText(const QString &text)
{
    qsizetype cut = 60;
    if (text.size() > cut && text.at(cut - 1).isHighSurrogate())
        --cut; // never split a character
    QString s = text.size() > cut ? text.left(cut) + u'…' : text;
    s.replace(u'\n', u' ');
    return u'"' + s + u'"';
}

QString JsonPath::toString() const
{
    const QString head = parent ? parent->toString() : QString();
    if (index >= 0)
        return head + u'[' + QString::number(index) + u']';
    const QString name = key.empty() ? dynamicKey : latin1(key).toString();
    if (head.isEmpty() || name.isEmpty())
        return head + name;
    return head + u'.' + name;
}

JsonValue ObjectFields::get(std::string_view name) const
{
    // Callers pass the same literals the tables hold, which the compiler merges: try the
    // addresses first, the bytes only if that fails.
    for (size_t i = 0; i < names.size(); ++i) {
        if (names[i].data() == name.data())
            return values[i];
    }
    for (size_t i = 0; i < names.size(); ++i) {
        if (names[i] == name)
            return values[i];
    }
    Q_ASSERT_X(false, "ObjectFields::get", "a field the caller did not ask for");
    return {};
}

void NativeFieldReader::report(Diagnostic::Severity severity, qint64 offset, JsonPosition where,
                               const QString &path, const QString &message)
{
    const bool isError = severity == Diagnostic::Severity::Error;
    if (isError) {
        ++m_errorCount;
        if (m_maxErrors > 0 && m_errorCount > m_maxErrors)
            return;
    }
    Diagnostic d;
    d.severity = severity;
    d.file = m_file;
    d.path = path;
    d.line = where.line;
    d.column = where.column;
    d.message = message;
    (isError ? m_errors : m_warnings).push_back(Pending{offset, std::move(d)});
}

void NativeFieldReader::error(JsonValue at, const JsonPath &path, const QString &message)
{
    report(Diagnostic::Severity::Error, at.offset(), {at.line(), at.column()}, path.toString(),
           message);
}

void NativeFieldReader::warning(JsonValue at, const JsonPath &path, const QString &message)
{
    report(Diagnostic::Severity::Warning, at.offset(), {at.line(), at.column()}, path.toString(),
           message);
}

void NativeFieldReader::typeError(JsonValue value, const JsonPath &path, JsonType expected)
{
    error(value, path,
          QCoreApplication::translate("Entente::NativeImporter", "expected %1, found %2")
              .arg(JsonValue::typeName(expected), JsonValue::typeName(value.type())));
}

void NativeFieldReader::finish(ParsedFile &out)
{
    const auto byOffset = [](const Pending &a, const Pending &b) { return a.offset < b.offset; };
    std::stable_sort(m_errors.begin(), m_errors.end(), byOffset);
    std::stable_sort(m_warnings.begin(), m_warnings.end(), byOffset);
    for (Pending &p : m_errors)
        out.errors << std::move(p.diagnostic);
    for (Pending &p : m_warnings)
        out.warnings << std::move(p.diagnostic);
    const int unlisted = m_errorCount - int(m_errors.size());
    if (unlisted > 0) {
        Diagnostic more;
        more.file = m_file;
        more.message = QCoreApplication::translate(
            "Entente::NativeImporter", "%n more error(s) not listed", nullptr, unlisted);
        out.errors << more;
    }
    m_errors.clear();
    m_warnings.clear();
}

ObjectFields NativeFieldReader::fields(JsonValue object, const JsonPath &path,
                                       std::span<const std::string_view> names)
{
    Q_ASSERT(names.size() <= std::tuple_size_v<decltype(ObjectFields::values)>);
    ObjectFields f;
    f.object = object;
    f.path = &path;
    f.names = names;
    std::string buffer;
    for (const JsonMember &m : object.members()) {
        std::string_view key = m.rawKey();
        if (m.keyHasEscapes()) {
            buffer = m.keyUtf8();
            key = buffer;
        }
        const auto it = std::find(names.begin(), names.end(), key);
        if (it != names.end()) {
            f.values[size_t(it - names.begin())] = m.value;
            continue;
        }
        // Newer files may carry fields this version does not know: read on, say it once.
        const QString name = m.key();
        if (!m_unknownFields.contains(name)) {
            m_unknownFields.insert(name);
            const JsonPosition pos = m.keyPosition();
            report(Diagnostic::Severity::Warning, m.keyOffset(), pos,
                   path.dynamicField(name).toString(),
                   QCoreApplication::translate("Entente::NativeImporter",
                                               "unknown field \"%1\" ignored (reported once)")
                       .arg(name));
        }
    }
    return f;
}

JsonValue NativeFieldReader::present(const ObjectFields &f, std::string_view name, Need need)
{
    const JsonValue v = f.get(name);
    if (!v.isValid()) {
        if (need == Need::Required)
            error(f.object, f.pathOf(name),
                  QCoreApplication::translate("Entente::NativeImporter",
                                              "missing required field \"%1\"")
                      .arg(latin1(name)));
        return {};
    }
    // Many JSON writers emit null for "not given"; only optional fields may say so.
    if (v.isNull() && need == Need::Optional)
        return {};
    return v;
}

bool NativeFieldReader::isBlank(JsonValue string)
{
    // Decided on the bytes in the usual case: the first plain character answers.
    for (const char c : string.rawText()) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
            continue;
        if (c == '\\' || static_cast<unsigned char>(c) >= 0x80)
            break; // an escape or a non-ASCII character: ask QChar
        return false;
    }
    const QString s = string.toString();
    return std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c.isSpace(); });
}

JsonValue NativeFieldReader::stringValue(const ObjectFields &f, std::string_view name, Need need)
{
    const JsonValue v = present(f, name, need);
    if (!v.isValid())
        return {};
    if (!v.isString()) {
        typeError(v, f.pathOf(name), JsonType::String);
        return {};
    }
    if (need == Need::Required && isBlank(v)) {
        error(v, f.pathOf(name),
              QCoreApplication::translate("Entente::NativeImporter",
                                          "\"%1\" is empty; expected some text")
                  .arg(latin1(name)));
        return {};
    }
    return v;
}

std::optional<QString> NativeFieldReader::string(const ObjectFields &f, std::string_view name,
                                                 Need need)
{
    const JsonValue v = stringValue(f, name, need);
    if (!v.isValid())
        return std::nullopt;
    return v.toString();
}

std::optional<double> NativeFieldReader::number(const ObjectFields &f, std::string_view name,
                                                Need need)
{
    const JsonValue v = present(f, name, need);
    if (!v.isValid())
        return std::nullopt;
    if (!v.isNumber()) {
        typeError(v, f.pathOf(name), JsonType::Number);
        return std::nullopt;
    }
    const auto d = v.toDouble();
    if (!d)
        error(v, f.pathOf(name),
              QCoreApplication::translate("Entente::NativeImporter", "number %1 is out of range")
                  .arg(QString::fromUtf8(v.rawText().data(), qsizetype(v.rawText().size()))));
    return d;
}

std::optional<qint64> NativeFieldReader::integer(const ObjectFields &f, std::string_view name,
                                                 Need need)
{
    const JsonValue v = present(f, name, need);
    if (!v.isValid())
        return std::nullopt;
    if (!v.isNumber()) {
        typeError(v, f.pathOf(name), JsonType::Number);
        return std::nullopt;
    }
    const auto i = v.toInteger();
    if (!i)
        error(v, f.pathOf(name),
              QCoreApplication::translate("Entente::NativeImporter",
                                          "expected a whole number, found %1")
                  .arg(QString::fromUtf8(v.rawText().data(), qsizetype(v.rawText().size()))));
    return i;
}

JsonValue NativeFieldReader::array(const ObjectFields &f, std::string_view name)
{
    const JsonValue v = present(f, name, Need::Optional);
    if (v.isValid() && !v.isArray()) {
        typeError(v, f.pathOf(name), JsonType::Array);
        return {};
    }
    return v;
}

QStringList NativeFieldReader::stringList(const ObjectFields &f, std::string_view name)
{
    QStringList out;
    const JsonPath path = f.pathOf(name);
    qsizetype i = 0;
    for (const JsonValue item : array(f, name).elements()) {
        if (item.isString())
            out << item.toString();
        else
            typeError(item, path.at(i), JsonType::String);
        ++i;
    }
    return out;
}

QString NativeFieldReader::countryCode(const ObjectFields &f, std::string_view name)
{
    const auto code = string(f, name, Need::Optional);
    if (!code)
        return {};
    const bool ok = code->size() == 3 && std::all_of(code->begin(), code->end(), [](QChar c) {
                        return c >= u'A' && c <= u'Z';
                    });
    if (!ok) {
        error(f.get(name), f.pathOf(name),
              QCoreApplication::translate("Entente::NativeImporter",
                                          "country \"%1\" is not an ISO 3166-1 alpha-3 code; "
                                          "expected three upper-case letters such as \"LBY\"")
                  .arg(*code));
        return {};
    }
    return *code;
}

std::optional<TimeSpan> NativeFieldReader::date(const ObjectFields &f, std::string_view name,
                                                Need need, bool single, bool interval)
{
    const auto text = string(f, name, need);
    if (!text)
        return std::nullopt;
    const bool isInterval = text->contains(u'/');
    if (isInterval && interval) {
        if (const auto span = TimeSpan::parse(*text, false))
            return span;
    } else if (!isInterval && single) {
        if (const auto d = FuzzyDate::parse(*text))
            return TimeSpan(*d);
    }
    QString expected;
    if (isInterval && !interval) {
        expected = QCoreApplication::translate(
            "Entente::NativeImporter",
            "expected a single date (YYYY, YYYY-MM or YYYY-MM-DD), not an interval");
    } else if (!isInterval && !single) {
        expected = QCoreApplication::translate("Entente::NativeImporter",
                                               "expected an interval start/end such as "
                                               "2019-04-04/2020-06-05, with '..' for an open end");
    } else if (isInterval) {
        const QStringList ends = text->split(u'/');
        const bool endsParse =
            ends.size() == 2 && std::all_of(ends.begin(), ends.end(), [](const QString &e) {
                return e == u".." || FuzzyDate::parse(e).has_value();
            });
        expected = endsParse ? QCoreApplication::translate("Entente::NativeImporter",
                                                           "the interval ends before it starts")
                             : QCoreApplication::translate(
                                   "Entente::NativeImporter",
                                   "expected two dates YYYY[-MM[-DD]] joined by '/', with '..' for "
                                   "an open end, and no time of day");
    } else if (interval) {
        expected = QCoreApplication::translate("Entente::NativeImporter",
                                               "expected YYYY, YYYY-MM or YYYY-MM-DD (a calendar "
                                               "date, no time of day) or an interval start/end");
    } else {
        expected = QCoreApplication::translate(
            "Entente::NativeImporter",
            "expected YYYY, YYYY-MM or YYYY-MM-DD (a calendar date, no time of day)");
    }
    error(
        f.get(name), f.pathOf(name),
        QCoreApplication::translate("Entente::NativeImporter", "invalid date \"%1\" in \"%2\"; %3")
            .arg(*text, latin1(name), expected));
    return std::nullopt;
}

void NativeFieldReader::unknownTerm(const ObjectFields &f, std::string_view name, const char *what,
                                    const QString &value, const QStringList &allowed)
{
    error(f.get(name), f.pathOf(name),
          QCoreApplication::translate("Entente::NativeImporter",
                                      "unknown %1 \"%2\"; expected one of: %3")
              .arg(QCoreApplication::translate("Entente::NativeImporter", what), value,
                   allowed.join(QStringLiteral(", "))));
}

// Messages that quote the file substitute all their arguments at once: a chained .arg()
// would take a "%1" inside a quote for a placeholder of its own.
bool NativeFieldReader::span(const ObjectFields &f, const QString &articleId,
                             const ArticleText *text, TextSpan &out)
{
    const auto start = integer(f, "start", Need::Required);
    const auto end = integer(f, "end", Need::Required);
    const auto quote = string(f, "quote", Need::Optional);
    if (!start || !end || !text)
        return false;
    const qint64 length = text->offsets.codePointCount();
    std::string_view where = "end";
    QString problem;
    if (*start < 0 || *end < 0) {
        where = *start < 0 ? "start" : "end";
        problem = QCoreApplication::translate("Entente::NativeImporter",
                                              "offset %1 is negative; offsets count code points "
                                              "from 0")
                      .arg(*start < 0 ? *start : *end);
    } else if (*end < *start) {
        problem = QCoreApplication::translate("Entente::NativeImporter",
                                              "the span is reversed: end %1 comes before start %2")
                      .arg(*end)
                      .arg(*start);
    } else if (*end == *start) {
        problem = QCoreApplication::translate("Entente::NativeImporter",
                                              "the span is empty: end %1 equals start; expected "
                                              "end > start (end is exclusive)")
                      .arg(*end);
    } else if (*end > length) {
        problem = QCoreApplication::translate("Entente::NativeImporter",
                                              "end %1 is out of range: the text of article "
                                              "\"%2\" has %3 code points")
                      .arg(QString::number(*end), articleId, QString::number(length));
    }
    if (problem.isEmpty()) {
        const qsizetype from = text->offsets.toUtf16(*start);
        const QStringView actual =
            QStringView(text->text).mid(from, text->offsets.toUtf16(*end) - from);
        if (!quote || *quote == actual) {
            out = TextSpan{*start, *end, quote ? *quote : actual.toString()};
            return true;
        }
        problem = QCoreApplication::translate("Entente::NativeImporter", "the text at %1..%2 is %3")
                      .arg(*start)
                      .arg(*end)
                      .arg(shownText(actual.toString()));
    }
    if (!quote) {
        error(f.get(where), f.pathOf(where), problem);
        return false;
    }
    const JsonValue quoteValue = f.get("quote");
    const JsonPath quotePath = f.pathOf("quote");
    if (quote->isEmpty()) {
        error(quoteValue, quotePath,
              QCoreApplication::translate("Entente::NativeImporter",
                                          "the quote is empty (%1); expected the text of "
                                          "the span")
                  .arg(problem));
        return false;
    }
    qsizetype found = -1;
    int count = 0;
    for (qsizetype at = text->text.indexOf(*quote); at >= 0 && count < 1000;
         at = text->text.indexOf(*quote, at + 1)) {
        if (count++ == 0)
            found = at;
    }
    if (count == 1) {
        const qint64 newStart = text->offsets.toCodePoint(found);
        const qint64 newEnd = text->offsets.toCodePoint(found + quote->size());
        warning(quoteValue, quotePath,
                QCoreApplication::translate("Entente::NativeImporter",
                                            "quote %1 did not match the offsets (%2); "
                                            "re-anchored from %3..%4 to %5..%6")
                    .arg(shownText(*quote), problem, QString::number(*start), QString::number(*end),
                         QString::number(newStart), QString::number(newEnd)));
        out = TextSpan{newStart, newEnd, *quote};
        return true;
    }
    const QString message =
        count == 0 ? QCoreApplication::translate("Entente::NativeImporter",
                                                 "quote %1 does not match the offsets (%2) and "
                                                 "does not occur in article \"%3\"")
                         .arg(shownText(*quote), problem, articleId)
                   : QCoreApplication::translate("Entente::NativeImporter",
                                                 "quote %1 does not match the offsets (%2) and "
                                                 "occurs %3 times in article \"%4\", so it cannot "
                                                 "be re-anchored; fix start and end")
                         .arg(shownText(*quote), problem, QString::number(count), articleId);
    error(quoteValue, quotePath, message);
    return false;
}

} // namespace entente
