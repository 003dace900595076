#pragma once

#include "model/fuzzydate.h"

#include <QString>

#include <functional>
#include <map>
#include <optional>
#include <string>

namespace entente {

namespace sql {
class Statement;
}

// Reads the columns of bulk query rows cheaply: repeated strings (types, roles,
// aspects) come back as one shared QString instead of an allocation per row, and
// dates parse straight from the column's bytes. One reader per query run.
class ColumnReader final
{
public:
    QString shared(const sql::Statement &statement, int column);
    static std::optional<FuzzyDate> date(const sql::Statement &statement, int column);
    static std::optional<TimeSpan> span(const sql::Statement &statement, int column);

private:
    std::map<std::string, QString, std::less<>> m_strings;
};

} // namespace entente
