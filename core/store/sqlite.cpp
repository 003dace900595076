#include "sqlite.h"

#include <QFile>
#include <QStringEncoder>

#include <spdlog/spdlog.h>
#include <sqlite3.h>

#include <algorithm>
#include <bit>

namespace entente::sql {

namespace {

QString errorText(sqlite3 *db, int rc)
{
    // sqlite3_errmsg describes the most recent failure on the connection, which is
    // more specific than the generic text of the result code.
    if (db && sqlite3_errcode(db) == rc)
        return QString::fromUtf8(sqlite3_errmsg(db));
    return QString::fromUtf8(sqlite3_errstr(rc));
}

} // namespace

Error::Error(int code, const QString &message)
    : std::runtime_error(message.toStdString()), m_code(code), m_message(message)
{
}

// --- Statement ----------------------------------------------------------------------

Statement::Statement(sqlite3 *db, const char *sql) : m_db(db)
{
    const int rc = sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (rc != SQLITE_OK) {
        const QString message = errorText(db, rc);
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        throw Error(rc, message + u" [" + QString::fromUtf8(sql).simplified() + u']');
    }
    m_buffers.resize(size_t(sqlite3_bind_parameter_count(m_stmt)) + 1);
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

void Statement::fail(int rc) const
{
    throw Error(rc, errorText(m_db, rc) + u" [" +
                        QString::fromUtf8(sqlite3_sql(m_stmt)).simplified() + u']');
}

void Statement::bind(int index, qint64 value)
{
    if (const int rc = sqlite3_bind_int64(m_stmt, index, value); rc != SQLITE_OK)
        fail(rc);
}

void Statement::bind(int index, double value)
{
    if (const int rc = sqlite3_bind_double(m_stmt, index, value); rc != SQLITE_OK)
        fail(rc);
}

void Statement::bind(int index, const QString &text)
{
    if (index <= 0 || size_t(index) >= m_buffers.size())
        fail(SQLITE_RANGE);
    // The buffer keeps its capacity, so a row of similar values allocates nothing.
    QByteArray &buffer = m_buffers[size_t(index)];
    QStringEncoder encoder(QStringEncoder::Utf8);
    buffer.resize(encoder.requiredSpace(text.size()));
    char *end = encoder.appendToBuffer(buffer.data(), text);
    const auto length = int(end - buffer.constData());
    // A non-null pointer even for "", so that an empty string is not bound as NULL.
    if (const int rc = sqlite3_bind_text(m_stmt, index, buffer.constData(), length, SQLITE_STATIC);
        rc != SQLITE_OK)
        fail(rc);
}

void Statement::bindNull(int index)
{
    if (const int rc = sqlite3_bind_null(m_stmt, index); rc != SQLITE_OK)
        fail(rc);
}

void Statement::bindOptional(int index, const QString &text)
{
    if (text.isEmpty())
        bindNull(index);
    else
        bind(index, text);
}

void Statement::bindOptional(int index, std::optional<double> value)
{
    if (value)
        bind(index, *value);
    else
        bindNull(index);
}

void Statement::bindOptional(int index, std::optional<qint64> value)
{
    if (value)
        bind(index, *value);
    else
        bindNull(index);
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE) {
        sqlite3_reset(m_stmt);
        return false;
    }
    sqlite3_reset(m_stmt);
    fail(rc);
}

void Statement::run()
{
    while (step()) {
    }
    sqlite3_clear_bindings(m_stmt);
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::text(int column) const
{
    // Text first, then its length: the order the SQLite documentation asks for.
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

std::string_view Statement::utf8(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return std::string_view(data, size_t(sqlite3_column_bytes(m_stmt, column)));
}

std::optional<double> Statement::optionalReal(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return real(column);
}

std::optional<qint64> Statement::optionalInt64(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return int64(column);
}

// --- Query --------------------------------------------------------------------------

Query::~Query()
{
    if (m_statement)
        m_statement->reset();
}

// --- Database -----------------------------------------------------------------------

Database::Database(const QString &path, Access access)
{
    int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
    switch (access) {
    case Access::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case Access::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Access::ReadWriteCreate:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    }
    const QByteArray name = QFile::encodeName(path);
    const int rc = sqlite3_open_v2(name.constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString message = errorText(m_db, rc);
        sqlite3_close(m_db);
        m_db = nullptr;
        throw Error(rc, message);
    }
    sqlite3_extended_result_codes(m_db, 1);
}

Database::~Database()
{
    clearCache();
    if (const int rc = sqlite3_close(m_db); rc != SQLITE_OK)
        spdlog::error("closing the project database failed: {}", sqlite3_errstr(rc));
}

bool Database::isReadOnly() const
{
    return sqlite3_db_readonly(m_db, "main") == 1;
}

void Database::exec(const char *sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString text = message ? QString::fromUtf8(message) : errorText(m_db, rc);
        sqlite3_free(message);
        throw Error(rc, text);
    }
}

qint64 Database::scalar(const char *sql)
{
    Statement statement(m_db, sql);
    return statement.step() ? statement.int64(0) : 0;
}

Query Database::query(const char *sql)
{
    auto it = m_cache.find(sql);
    if (it == m_cache.end())
        it = m_cache.emplace(sql, std::make_unique<Statement>(m_db, sql)).first;
    return Query(*it->second);
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

bool Database::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

void Database::defineKeySet(const char *name, const KeySet &set)
{
    const auto contains = [](sqlite3_context *context, int, sqlite3_value **arguments) {
        const auto *keys = static_cast<const KeySet *>(sqlite3_user_data(context));
        sqlite3_result_int(context, keys->contains(sqlite3_value_int64(arguments[0])) ? 1 : 0);
    };
    const int rc = sqlite3_create_function_v2(m_db, name, 1, SQLITE_UTF8 | SQLITE_DIRECTONLY,
                                              const_cast<KeySet *>(&set), contains, nullptr,
                                              nullptr, nullptr);
    if (rc != SQLITE_OK)
        throw Error(rc, QString::fromUtf8(sqlite3_errmsg(m_db)));
}

void KeySet::assign(const std::vector<qint64> &keys)
{
    m_bits.clear();
    m_size = 0;
    m_count = 0;
    if (keys.empty())
        return;
    const auto [low, high] = std::minmax_element(keys.cbegin(), keys.cend());
    m_first = *low;
    m_size = quint64(*high - m_first) + 1;
    m_bits.assign(size_t((m_size + 63) / 64), 0);
    for (const qint64 key : keys) {
        const quint64 at = quint64(key - m_first);
        m_bits[at / 64] |= quint64(1) << (at % 64);
    }
    for (const quint64 word : m_bits)
        m_count += std::popcount(word);
}

std::vector<qint64> KeySet::keys() const
{
    std::vector<qint64> out;
    out.reserve(size_t(m_count));
    for (size_t w = 0; w < m_bits.size(); ++w) {
        for (quint64 word = m_bits[w]; word != 0; word &= word - 1)
            out.push_back(m_first + qint64(w * 64) + std::countr_zero(word));
    }
    return out;
}

void Database::clearCache()
{
    m_cache.clear();
}

// --- BatchInsert --------------------------------------------------------------------

BatchInsert::BatchInsert(Database &db, const char *head, const char *row, const char *tail,
                         int maxRows)
    : m_db(db), m_head(head), m_row(row), m_tail(tail), m_maxRows(std::max(1, maxRows))
{
    m_columns = int(std::count(m_row.cbegin(), m_row.cend(), '?'));
    m_statements.resize(size_t(m_maxRows) + 1);
}

BatchInsert::~BatchInsert() = default;

int BatchInsert::changes() const
{
    return m_db.changes();
}

Statement &BatchInsert::statement(int rows)
{
    std::unique_ptr<Statement> &slot = m_statements[size_t(rows)];
    if (!slot) {
        std::string sql = m_head;
        for (int i = 0; i < rows; ++i) {
            if (i > 0)
                sql += ", ";
            sql += m_row;
        }
        sql += m_tail;
        slot = std::make_unique<Statement>(m_db.handle(), sql.c_str());
    }
    return *slot;
}

// --- ReadTransaction ----------------------------------------------------------------

ReadTransaction::ReadTransaction(Database &db) : m_db(db)
{
    if (!m_db.inTransaction()) {
        m_db.exec("BEGIN");
        m_open = true;
    }
}

ReadTransaction::~ReadTransaction()
{
    if (!m_open)
        return;
    try {
        m_db.exec("COMMIT");
    } catch (const Error &e) {
        spdlog::error("ending a read failed: {}", e.message().toStdString());
    }
}

// --- Transaction --------------------------------------------------------------------

Transaction::Transaction(Database &db) : m_db(db)
{
    // IMMEDIATE takes the write lock up front, so a second writer fails here rather
    // than halfway through an import.
    m_db.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    try {
        m_db.exec("ROLLBACK");
    } catch (const Error &e) {
        // SQLite may already have rolled back by itself (e.g. after SQLITE_FULL).
        if (m_db.inTransaction())
            spdlog::error("rollback failed: {}", e.message().toStdString());
    }
}

void Transaction::commit()
{
    m_db.exec("COMMIT");
    m_open = false;
}

} // namespace entente::sql
