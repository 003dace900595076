#pragma once

#include <QString>

#include <memory>
#include <optional>
#include <stdexcept>
#include <unordered_map>

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
    std::optional<double> optionalReal(int column) const;
    std::optional<qint64> optionalInt64(int column) const;

private:
    [[noreturn]] void fail(int rc) const;

    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
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

    qint64 lastInsertRowId() const;
    int changes() const;
    bool inTransaction() const;
    // Closes the cached statements (before closing the connection or changing schema).
    void clearCache();

private:
    sqlite3 *m_db = nullptr;
    std::unordered_map<const char *, std::unique_ptr<Statement>> m_cache;
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
