#pragma once

#include <QByteArray>
#include <QString>

#include <algorithm>
#include <array>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

// Thin RAII wrappers over the SQLite C API, used only inside core/store. Failures throw
// sql::Error, so that a failing step anywhere in an import unwinds to the Transaction
// guard, which rolls back.
namespace entente::sql {

class Error : public std::runtime_error
{
public:
    Error(int code, const QString &message);
    int code() const { return m_code; } // SQLite (extended) result code
    QString message() const { return m_message; }

private:
    int m_code;
    QString m_message;
};

// One prepared statement. Bind indices are 1-based, column indices 0-based (as in SQLite).
class Statement
{
public:
    Statement(sqlite3 *db, const char *sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    void bind(int index, qint64 value);
    void bind(int index, int value) { bind(index, qint64(value)); }
    void bind(int index, double value);
    void bind(int index, const QString &text); // an empty string stays '' (not NULL)
    void bindNull(int index);
    // NULL for an empty string / an absent value.
    void bindOptional(int index, const QString &text);
    void bindOptional(int index, std::optional<double> value);
    void bindOptional(int index, std::optional<qint64> value);

    // Advances to the next row; false when done (the statement is then reset).
    bool step();
    // Runs a statement that returns no rows, then resets it for the next binding.
    void run();
    // Resets the statement and clears its bindings; ends the read it holds open.
    void reset();

    bool isNull(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const; // NULL gives an empty string
    // The column's UTF-8 bytes, valid until the next step() or reset().
    std::string_view utf8(int column) const;
    std::optional<double> optionalReal(int column) const;
    std::optional<qint64> optionalInt64(int column) const;

private:
    [[noreturn]] void fail(int rc) const;

    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
    // One UTF-8 buffer per parameter, reused from row to row: text is bound without
    // SQLite copying it (SQLITE_STATIC) and without a fresh allocation per value.
    std::vector<QByteArray> m_buffers;
};

// A cached statement borrowed for one use: resets it when leaving scope, so that no
// read transaction lingers on the connection.
class Query
{
public:
    explicit Query(Statement &statement) : m_statement(&statement) {}
    ~Query();
    Query(Query &&other) noexcept : m_statement(other.m_statement) { other.m_statement = nullptr; }
    Query(const Query &) = delete;
    Query &operator=(const Query &) = delete;
    Query &operator=(Query &&) = delete;

    Statement *operator->() const { return m_statement; }
    Statement &operator*() const { return *m_statement; }

private:
    Statement *m_statement;
};

// A set of row keys that SQL can test with a function (see Database::defineKeySet):
// a scan over a key range can then skip the rows not wanted before decoding them,
// where a join would seek every wanted key in a B-tree (about ten times the cost of
// stepping over a row).
class KeySet
{
public:
    // `keys` in any order, repeats allowed (a bitset over their range: no sorting).
    void assign(const std::vector<qint64> &keys);
    bool contains(qint64 key) const
    {
        const quint64 at = quint64(key - m_first);
        return at < m_size && (m_bits[at / 64] >> (at % 64) & 1u) != 0;
    }
    // Distinct keys, the smallest and the largest (count() == 0: none).
    qsizetype count() const { return m_count; }
    qint64 first() const { return m_first; }
    qint64 last() const { return m_first + qint64(m_size) - 1; }
    // The keys, ascending.
    std::vector<qint64> keys() const;

private:
    qint64 m_first = 0;
    quint64 m_size = 0;
    qsizetype m_count = 0;
    std::vector<quint64> m_bits;
};

// One connection. Statements prepared through query() are kept for the connection's
// lifetime and reused.
class Database
{
public:
    enum class Access { ReadOnly, ReadWrite, ReadWriteCreate };

    // Opens (or creates) the file; throws Error when SQLite cannot.
    Database(const QString &path, Access access);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    sqlite3 *handle() const { return m_db; }
    bool isReadOnly() const;

    // Runs one or more statements without parameters.
    void exec(const char *sql);
    // The first column of the first row (0 when there is no row or it is NULL).
    qint64 scalar(const char *sql);
    // A statement prepared once per connection. `sql` must be a string literal: the
    // cache is keyed by its address, which keeps lookups in import loops cheap.
    Query query(const char *sql);

    // Makes `name(key)` answer 1 when `set` contains the key, 0 otherwise, for as long
    // as the connection lives (`set` must outlive it).
    void defineKeySet(const char *name, const KeySet &set);

    qint64 lastInsertRowId() const;
    int changes() const;
    bool inTransaction() const;
    // Closes the cached statements (before closing the connection or changing schema).
    void clearCache();

private:
    sqlite3 *m_db = nullptr;
    std::unordered_map<const char *, std::unique_ptr<Statement>> m_cache;
};

// A multi-row INSERT: rows go in chunks of up to maxRows per statement execution, which
// saves most of SQLite's per-statement cost (a few microseconds, more than inserting a
// row). The statements, one per chunk size, are prepared on first use and owned here.
class BatchInsert
{
public:
    // `head` is "INSERT INTO t(a, b) VALUES ", `row` one row's placeholders "(?, ?)",
    // `tail` what follows the rows (" ON CONFLICT DO NOTHING").
    BatchInsert(Database &db, const char *head, const char *row, const char *tail = "",
                int maxRows = 64);
    ~BatchInsert();
    BatchInsert(const BatchInsert &) = delete;
    BatchInsert &operator=(const BatchInsert &) = delete;

    // Inserts `count` rows: bind(statement, firstParameter, rowIndex) binds one row's
    // values from parameter firstParameter on. Returns the rows SQLite inserted.
    template <typename Bind> qsizetype insert(qsizetype count, Bind &&bind)
    {
        qsizetype inserted = 0;
        for (qsizetype done = 0; done < count;) {
            const int n = int(std::min<qsizetype>(m_maxRows, count - done));
            Statement &s = statement(n);
            for (int i = 0; i < n; ++i)
                bind(s, 1 + i * m_columns, done + i);
            s.run();
            inserted += changes();
            done += n;
        }
        return inserted;
    }

private:
    Statement &statement(int rows);
    int changes() const;

    Database &m_db;
    std::string m_head;
    std::string m_row;
    std::string m_tail;
    int m_columns = 0;
    int m_maxRows = 0;
    std::vector<std::unique_ptr<Statement>> m_statements;
};

// Groups the statements of one read in a single read transaction: they see one
// snapshot, and SQLite takes the WAL read lock once instead of once per statement.
// Does nothing inside a transaction already open.
class ReadTransaction
{
public:
    explicit ReadTransaction(Database &db);
    ~ReadTransaction();
    ReadTransaction(const ReadTransaction &) = delete;
    ReadTransaction &operator=(const ReadTransaction &) = delete;

private:
    Database &m_db;
    bool m_open = false;
};

// BEGIN IMMEDIATE on construction; ROLLBACK on destruction unless commit() ran.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();

private:
    Database &m_db;
    bool m_open = true;
};

} // namespace entente::sql
