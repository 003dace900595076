#include "columnreader.h"

#include "sqlite.h"

namespace entente {

namespace {

// Calls parse() on the text as a QStringView without allocating: dates are short ASCII.
template <typename Result, typename Parse>
std::optional<Result> parseAscii(std::string_view bytes, Parse parse)
{
    if (bytes.empty())
        return std::nullopt;
    char16_t buffer[32];
    if (bytes.size() > std::size(buffer))
        return parse(QString::fromUtf8(bytes.data(), qsizetype(bytes.size())));
    for (size_t i = 0; i < bytes.size(); ++i)
        buffer[i] = char16_t(static_cast<unsigned char>(bytes[i]));
    return parse(QStringView(buffer, qsizetype(bytes.size())));
}

} // namespace

QString ColumnReader::shared(const sql::Statement &statement, int column)
{
    const std::string_view bytes = statement.utf8(column);
    if (bytes.empty())
        return {};
    auto it = m_strings.find(bytes);
    if (it == m_strings.end()) {
        it = m_strings
                 .emplace(std::string(bytes),
                          QString::fromUtf8(bytes.data(), qsizetype(bytes.size())))
                 .first;
    }
    return it->second;
}

std::optional<FuzzyDate> ColumnReader::date(const sql::Statement &statement, int column)
{
    return parseAscii<FuzzyDate>(statement.utf8(column),
                                 [](QStringView text) { return FuzzyDate::parse(text); });
}

std::optional<TimeSpan> ColumnReader::span(const sql::Statement &statement, int column)
{
    return parseAscii<TimeSpan>(statement.utf8(column),
                                [](QStringView text) { return TimeSpan::parse(text); });
}

} // namespace entente
