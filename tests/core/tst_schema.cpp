#include "store/project.h"
#include "store/schema.h"

#include <QCryptographicHash>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>
#include <unistd.h>

using namespace entente;
using namespace Qt::Literals::StringLiterals;

namespace {

// Raw SQLite access, independent of the store's own wrappers.
class RawDb
{
public:
    explicit RawDb(const QString &path)
    {
        sqlite3_open(QFile::encodeName(path).constData(), &m_db);
    }
    ~RawDb() { sqlite3_close(m_db); }
    bool exec(const QByteArray &sql)
    {
        char *error = nullptr;
        const int rc = sqlite3_exec(m_db, sql.constData(), nullptr, nullptr, &error);
        if (error) {
            qWarning("%s", error);
            sqlite3_free(error);
        }
        return rc == SQLITE_OK;
    }
    QString text(const QByteArray &sql)
    {
        sqlite3_stmt *stmt = nullptr;
        QString result;
        if (sqlite3_prepare_v2(m_db, sql.constData(), -1, &stmt, nullptr) == SQLITE_OK &&
            sqlite3_step(stmt) == SQLITE_ROW)
            result =
                QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
        sqlite3_finalize(stmt);
        return result;
    }
    qint64 integer(const QByteArray &sql) { return text(sql).toLongLong(); }

private:
    sqlite3 *m_db = nullptr;
};

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

enum class Setup { Newer, ForeignTables, OtherApplication, NotSqlite, EmptyFile, Missing, Folder };

} // namespace

class TestSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsCurrentSchema();
    void reopensInEveryMode();
    void migratesVersion1();
    void readOnlyRefusesOlderVersion();
    void refusesFiles_data();
    void refusesFiles();
    void refusesUnwritableFile();
};

void TestSchema::createsCurrentSchema()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.entente"));
    QString error;
    {
        auto project = Project::open(path, Project::OpenMode::CreateIfMissing, &error);
        QVERIFY2(project, qPrintable(error));
        QVERIFY(!project->isReadOnly());
        QCOMPARE(project->stats().articles, 0);
    }
    RawDb db(path);
    QCOMPARE(db.integer("PRAGMA user_version"), qint64(Schema::kCurrentVersion));
    QCOMPARE(db.integer("PRAGMA application_id"), qint64(Schema::kApplicationId));
    QCOMPARE(db.text("PRAGMA journal_mode"), QStringLiteral("wal"));
    const QStringList tables = {u"places"_s,         u"actors"_s,
                                u"actor_aliases"_s,  u"articles"_s,
                                u"mentions"_s,       u"events"_s,
                                u"event_evidence"_s, u"event_participants"_s,
                                u"relations"_s,      u"relation_evidence"_s,
                                u"import_log"_s,     u"articles_fts"_s};
    for (const QString &table : tables) {
        const QByteArray sql =
            "SELECT count(*) FROM sqlite_schema WHERE name = '" + table.toUtf8() + "'";
        QVERIFY2(db.integer(sql) == 1, qPrintable(table));
    }
}

void TestSchema::reopensInEveryMode()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.entente"));
    QVERIFY(Project::open(path, Project::OpenMode::CreateIfMissing));
    QString error;
    auto existing = Project::open(path, Project::OpenMode::OpenExisting, &error);
    QVERIFY2(existing, qPrintable(error));
    auto reader = Project::open(path, Project::OpenMode::ReadOnly, &error);
    QVERIFY2(reader, qPrintable(error));
    QVERIFY(reader->isReadOnly());
    const ImportReport report = reader->importFiles({FileToImport{}});
    QVERIFY(!report.ok());
    QVERIFY(report.error.contains(u"read-only"));
}

void TestSchema::migratesVersion1()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.entente"));
    {
        QFile sql(QStringLiteral(ENTENTE_TEST_DATA "/store/schema-v1.sql"));
        QVERIFY(sql.open(QIODevice::ReadOnly));
        RawDb db(path);
        QVERIFY(db.exec(sql.readAll()));
        QCOMPARE(db.integer("PRAGMA user_version"), qint64(1));
    }
    QString error;
    auto project = Project::open(path, Project::OpenMode::OpenExisting, &error);
    QVERIFY2(project, qPrintable(error));

    // The data survived, and what version 2 added works on it.
    const ProjectStats stats = project->stats();
    QCOMPARE(stats.articles, 1);
    QCOMPARE(stats.actors, 2);
    QCOMPARE(stats.events, 1);
    QCOMPARE(stats.relations, 1);
    QCOMPARE(stats.evidence, 2);
    const QVector<SearchHit> hits = project->search(QStringLiteral("accord"));
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().articleId, QStringLiteral("a1"));
    QVERIFY(project->hasActor(QStringLiteral("GNA")));
    QVERIFY(project->isActorMentioned(QStringLiteral("GNA")) == false);
    QCOMPARE(project->importLog().size(), 1);
    const QVector<RelationRecord> relations = project->relations();
    QCOMPARE(relations.size(), 1);
    QVERIFY(relations.first().validity == RelationValidity::AsReported);
    const qint64 reported = QDate(2019, 12, 2).toJulianDay();
    QCOMPARE(project->relationsInWindow(reported, reported).size(), 1);
    QCOMPARE(project->relationsInWindow(reported + 1, reported + 30).size(), 0);
    QCOMPARE(project->eventsInWindow(reported - 5, reported).size(), 1);
    project.reset();

    RawDb db(path);
    QCOMPARE(db.integer("PRAGMA user_version"), qint64(Schema::kCurrentVersion));
}

void TestSchema::readOnlyRefusesOlderVersion()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.entente"));
    {
        QFile sql(QStringLiteral(ENTENTE_TEST_DATA "/store/schema-v1.sql"));
        QVERIFY(sql.open(QIODevice::ReadOnly));
        RawDb db(path);
        QVERIFY(db.exec(sql.readAll()));
    }
    const QByteArray before = fileHash(path);
    QString error;
    QVERIFY(!Project::open(path, Project::OpenMode::ReadOnly, &error));
    QVERIFY2(error.contains(u"older format"), qPrintable(error));
    QCOMPARE(fileHash(path), before);
}

void TestSchema::refusesFiles_data()
{
    QTest::addColumn<int>("setup");
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("expected");
    const int create = int(Project::OpenMode::CreateIfMissing);
    const int existing = int(Project::OpenMode::OpenExisting);
    const int readOnly = int(Project::OpenMode::ReadOnly);
    QTest::newRow("newer version") << int(Setup::Newer) << existing << u"newer version"_s;
    QTest::newRow("newer version, read-only")
        << int(Setup::Newer) << readOnly << u"newer version"_s;
    QTest::newRow("newer version, create") << int(Setup::Newer) << create << u"newer version"_s;
    QTest::newRow("another program's database")
        << int(Setup::ForeignTables) << existing << u"not an Entente project"_s;
    QTest::newRow("another application id")
        << int(Setup::OtherApplication) << create << u"not an Entente project"_s;
    QTest::newRow("text file") << int(Setup::NotSqlite) << existing << u"not an SQLite database"_s;
    QTest::newRow("text file, read-only")
        << int(Setup::NotSqlite) << readOnly << u"not an SQLite database"_s;
    QTest::newRow("empty file, read-only") << int(Setup::EmptyFile) << readOnly << u"empty file"_s;
    QTest::newRow("missing") << int(Setup::Missing) << existing << u"does not exist"_s;
    QTest::newRow("missing, read-only") << int(Setup::Missing) << readOnly << u"does not exist"_s;
    QTest::newRow("folder") << int(Setup::Folder) << create << u"folder"_s;
}

void TestSchema::refusesFiles()
{
    QFETCH(int, setup);
    QFETCH(int, mode);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("p.entente"));
    switch (Setup(setup)) {
    case Setup::Newer: {
        RawDb db(path);
        QVERIFY(
            db.exec("PRAGMA application_id = " + QByteArray::number(Schema::kApplicationId) +
                    "; PRAGMA user_version = " + QByteArray::number(Schema::kCurrentVersion + 1) +
                    "; CREATE TABLE future(x)"));
        break;
    }
    case Setup::ForeignTables: {
        RawDb db(path);
        QVERIFY(db.exec("CREATE TABLE contacts(name TEXT); INSERT INTO contacts VALUES ('x')"));
        break;
    }
    case Setup::OtherApplication: {
        RawDb db(path);
        QVERIFY(db.exec("PRAGMA application_id = 42; PRAGMA user_version = 1"));
        break;
    }
    case Setup::NotSqlite: {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("{\"format\": \"entente-corpus\", \"version\": 1}\n").repeated(40));
        break;
    }
    case Setup::EmptyFile: {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        break;
    }
    case Setup::Missing:
        break;
    case Setup::Folder:
        path = dir.path();
        break;
    }
    const QByteArray before = QFileInfo(path).isFile() ? fileHash(path) : QByteArray();
    QString error;
    auto project = Project::open(path, Project::OpenMode(mode), &error);
    QVERIFY(!project);
    QVERIFY2(error.contains(expected), qPrintable(error));
    if (QFileInfo(path).isFile())
        QCOMPARE(fileHash(path), before);
    if (Setup(setup) == Setup::Missing)
        QVERIFY(!QFile::exists(path));
}

void TestSchema::refusesUnwritableFile()
{
    if (geteuid() == 0)
        QSKIP("file permissions do not bind root");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.entente"));
    QVERIFY(Project::open(path, Project::OpenMode::CreateIfMissing));
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner));
    QString error;
    QVERIFY(!Project::open(path, Project::OpenMode::OpenExisting, &error));
    QVERIFY2(error.contains(u"cannot be written"), qPrintable(error));
    QVERIFY(Project::open(path, Project::OpenMode::ReadOnly, &error));
}

QTEST_GUILESS_MAIN(TestSchema)
#include "tst_schema.moc"
