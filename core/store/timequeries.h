#pragma once

#include "store/records.h"
#include "store/sqlite.h"

#include <optional>

namespace entente {

namespace sql {
class Database;
}

// The events and relations of a project, all of them (the views' bulk load) or those
// of a time window, with participants, periods of validity and evidence counts.
// Part of the read side (see ProjectQueries); errors are logged and give no rows.
class TimeQueries final
{
public:
    explicit TimeQueries(sql::Database &db);

    // Sorted by first day, then last day; the window is inclusive (overlap).
    QVector<EventRecord> events(std::optional<DaySpan> window) const;
    // In import order; undated relations are in every window.
    QVector<RelationRecord> relations(std::optional<DaySpan> window) const;

private:
    sql::Database &m_db;
    mutable sql::KeySet m_windowKeys; // see relations()
};

} // namespace entente
