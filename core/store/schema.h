#pragma once

#include <QtGlobal>

namespace entente {

namespace sql {
class Database;
}

// The project file's schema: its version lives in PRAGMA user_version, and a list of
// forward migration steps brings any older project up to the current version inside
// one transaction. A project written by a newer version is refused, never touched.
class Schema final
{
public:
    // Marks the file as an Entente project (PRAGMA application_id, "Ente").
    static constexpr int kApplicationId = 0x456e7465;
    static constexpr int kCurrentVersion = 3;
    // Time-window index key of a day range: the bit width of its length in days. Every
    // range, open ends included (0 .. 9999999), has a class of at most kMaxSpanClass.
    static int spanClass(qint64 firstDay, qint64 lastDay);
    static constexpr int kMaxSpanClass = 24;

    enum class State { Empty, Current, Older, Newer, Foreign };

    // What the open database holds: a fresh file, a project (older, current or newer
    // than this build) or some other SQLite database.
    static State inspect(sql::Database &db, int *version = nullptr);

    // Creates or upgrades the schema to kCurrentVersion in one transaction; throws
    // sql::Error (the file is then unchanged). Requires State::Empty or State::Older.
    static void migrate(sql::Database &db);

    // Connection settings every project connection uses: foreign keys, WAL,
    // synchronous=NORMAL, a busy timeout. WAL is switched on only when writable.
    static void configure(sql::Database &db, bool writable);
};

} // namespace entente
