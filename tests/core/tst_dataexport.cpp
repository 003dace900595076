// The project handed back as CSV tables and brat documents, from a project that mixes
// every import format; what brat can carry comes back on re-import.
#include "io/dataexport.h"
#include "jobs/importjob.h"
#include "store/project.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace entente;
using namespace Qt::StringLiterals;

class TestDataExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void names();
    void csvTables();
    void bratRoundTrip();
    void unwritableFolder();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
};

void TestDataExport::initTestCase()
{
    const QString data = QStringLiteral(ENTENTE_TEST_DATA "/");
    const ImportJob::Parsed parsed = ImportJob().read(
        {data + u"brat/2020-01-19_berlin.ann"_s, data + u"acled/libya-2019-2020.csv"_s,
         data + u"gdelt/libya-20200104.export.CSV"_s},
        EmptyProjectLookup());
    QVERIFY(parsed.ok());
    m_project = Project::open(m_dir.filePath(u"mixed.entente"_s), Project::OpenMode::CreateIfMissing);
    QVERIFY(m_project);
    QVERIFY(ImportJob::commit(*m_project, parsed).ok());
}

void TestDataExport::names()
{
    QCOMPARE(dataFormatFromName(u"CSV"_s), DataFormat::Csv);
    QCOMPARE(dataFormatName(*dataFormatFromName(u"brat"_s)), u"brat"_s);
    QVERIFY(!dataFormatFromName(u"xlsx"_s));
}

void TestDataExport::csvTables()
{
    const QString folder = m_dir.filePath(u"csv/deeper"_s); // created on the way
    const DataExportResult result = exportData(*m_project, DataFormat::Csv, folder);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.files.size(), 3);
    QFile events(QDir(folder).filePath(u"events.csv"_s));
    QVERIFY(events.open(QIODevice::ReadOnly));
    // A header and one line per event (no field of the fixtures holds a line break).
    const QList<QByteArray> lines = events.readAll().split('\n');
    const ProjectStats stats = m_project->stats();
    QCOMPARE(lines.size() - 2, stats.events); // the last line ends with CRLF too
    QVERIFY(lines.first().startsWith("id,"));
}

void TestDataExport::bratRoundTrip()
{
    const QString folder = m_dir.filePath(u"brat"_s);
    const DataExportResult result = exportData(*m_project, DataFormat::Brat, folder);
    QVERIFY2(result.ok(), qPrintable(result.error));
    // GDELT's link-only articles have no text to annotate: noted, not written.
    QVERIFY(std::any_of(result.notes.cbegin(), result.notes.cend(),
                        [](const QString &n) { return n.contains(u"has no text"_s); }));
    for (const QString &file : result.files)
        QVERIFY2(QFile::exists(file), qPrintable(file));
    QCOMPARE(result.files.size() % 2, 0);

    // The folder imports again, into a fresh project, without an error.
    const ImportJob::Parsed again = ImportJob().read({folder}, EmptyProjectLookup());
    QVERIFY2(again.ok(), qPrintable(again.errors.value(0).toString()));
    QCOMPARE(again.files.size(), result.files.size() / 2);
    int articles = 0;
    for (const FileToImport &f : again.files)
        articles += int(f.corpus.articles.size());
    int withText = 0;
    for (const ArticleSummary &a : m_project->articles())
        withText += m_project->articleText(a.id).value_or(QString()).isEmpty() ? 0 : 1;
    QCOMPARE(articles, withText);
}

void TestDataExport::unwritableFolder()
{
    QFile blocker(m_dir.filePath(u"file-not-folder"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const DataExportResult result =
        exportData(*m_project, DataFormat::Csv, blocker.fileName() + u"/inside"_s);
    QVERIFY(!result.ok());
    QVERIFY(result.error.contains(u"file-not-folder"_s));
}

QTEST_GUILESS_MAIN(TestDataExport)
#include "tst_dataexport.moc"
