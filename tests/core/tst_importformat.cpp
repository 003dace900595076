#include "io/importformat.h"
#include "jobs/importjob.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace entente;
using namespace Qt::StringLiterals;

class TestImportFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void names();
    void detectsFixtures_data();
    void detectsFixtures();
    void detectsByContentOverExtension_data();
    void detectsByContentOverExtension();
    void unknownFileSaysWhy();
    void expandsFoldersAndBratPairs();
    void batchMixesFormats();
};

void TestImportFormat::names()
{
    for (const QString &name : importFormatNames()) {
        const auto format = importFormatFromName(name);
        QVERIFY(format);
        QCOMPARE(importFormatName(*format), name);
    }
    QCOMPARE(importFormatFromName(u"ACLED"_s), ImportFormat::Acled);
    QVERIFY(!importFormatFromName(u"xml"_s));
}

void TestImportFormat::detectsFixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("format");
    const QString data = QStringLiteral(ENTENTE_TEST_DATA "/");
    QTest::newRow("native") << data + u"native/valid.json"_s << int(ImportFormat::Native);
    QTest::newRow("brat .ann") << data + u"brat/2020-01-19_berlin.ann"_s << int(ImportFormat::Brat);
    QTest::newRow("brat .txt") << data + u"brat/2020-01-19_berlin.txt"_s << int(ImportFormat::Brat);
    QTest::newRow("ACLED") << data + u"acled/libya-2019-2020.csv"_s << int(ImportFormat::Acled);
    QTest::newRow("ACLED, old layout")
        << data + u"acled/libya-old-1252.csv"_s << int(ImportFormat::Acled);
    QTest::newRow("GDELT 2.0 named .CSV")
        << data + u"gdelt/libya-20200104.export.CSV"_s << int(ImportFormat::Gdelt);
    QTest::newRow("GDELT 1.0") << data + u"gdelt/libya-v1-57.tsv"_s << int(ImportFormat::Gdelt);
    QTest::newRow("GDELT with a header")
        << data + u"gdelt/libya-query-export.csv"_s << int(ImportFormat::Gdelt);
}

void TestImportFormat::detectsFixtures()
{
    QFETCH(QString, file);
    QFETCH(int, format);
    QString why;
    const auto found = detectImportFormat(file, &why);
    QVERIFY2(found, qPrintable(why));
    QCOMPARE(int(*found), format);
}

void TestImportFormat::detectsByContentOverExtension_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("format");
    QByteArray gdeltRow = "1234";
    for (int i = 1; i < 61; ++i)
        gdeltRow += '\t';
    QTest::newRow("native in .txt")
        << u"corpus.txt"_s << QByteArray("\xEF\xBB\xBF {\"format\": \"entente-corpus\"}")
        << int(ImportFormat::Native);
    QTest::newRow("ACLED with semicolons in .txt")
        << u"export.txt"_s << QByteArray("EVENT_ID_CNTY;EVENT_DATE;YEAR\r\nLBY1;2020-01-01;2020\r\n")
        << int(ImportFormat::Acled);
    QTest::newRow("GDELT in .csv") << u"20200101.export.csv"_s << gdeltRow << int(ImportFormat::Gdelt);
    QTest::newRow("brat lines in .log") << u"doc.log"_s << QByteArray("T1\tPerson 0 5\tHafta\n")
                                        << int(ImportFormat::Brat);
    QTest::newRow("broken JSON falls back on .json")
        << u"broken.json"_s << QByteArray("[1, 2") << int(ImportFormat::Native);
    QTest::newRow("broken CSV falls back on .csv")
        << u"broken.csv"_s << QByteArray("a,b\n1,2\n") << int(ImportFormat::Acled);
}

void TestImportFormat::detectsByContentOverExtension()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(int, format);
    QTemporaryDir dir;
    QFile file(dir.filePath(name));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    const auto found = detectImportFormat(file.fileName());
    QVERIFY(found);
    QCOMPARE(int(*found), format);
}

void TestImportFormat::unknownFileSaysWhy()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(u"notes.xyz"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("just some words\n");
    file.close();
    QString why;
    QVERIFY(!detectImportFormat(file.fileName(), &why));
    QVERIFY2(why.contains(u"--format"_s), qPrintable(why));

    QVERIFY(!detectImportFormat(dir.filePath(u"missing.json"_s), &why));
    QVERIFY2(why.contains(u"cannot be read"_s), qPrintable(why));

    // Through a job the message names the file, and nothing is accepted.
    const ImportJob::Parsed parsed = ImportJob().read({file.fileName()}, EmptyProjectLookup());
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.errors.size(), 1);
    QVERIFY(parsed.errors.first().toString().startsWith(file.fileName()));
    QVERIFY(parsed.files.isEmpty());
}

void TestImportFormat::expandsFoldersAndBratPairs()
{
    QTemporaryDir dir;
    for (const char *name : {"b.ann", "b.txt", "a.json", "c.txt", "d.csv", "readme.md"}) {
        QFile f(dir.filePath(QString::fromLatin1(name)));
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    const QString b = dir.filePath(u"b.ann"_s);
    // c.txt has no .ann: it is not a brat document, so a folder does not list it.
    QCOMPARE(ImportJob::expandPaths({dir.path()}),
             (QStringList{dir.filePath(u"a.json"_s), b, dir.filePath(u"d.csv"_s)}));
    // Both halves given: the document counts once, under the name given first.
    QCOMPARE(ImportJob::expandPaths({dir.filePath(u"b.txt"_s), b}),
             QStringList{dir.filePath(u"b.txt"_s)});
    QCOMPARE(ImportJob::expandPaths({dir.filePath(u"c.txt"_s)}),
             QStringList{dir.filePath(u"c.txt"_s)});
}

void TestImportFormat::batchMixesFormats()
{
    const QString data = QStringLiteral(ENTENTE_TEST_DATA "/");
    const ImportJob::Parsed parsed = ImportJob().read(
        {data + u"acled/libya-2019-2020.csv"_s, data + u"gdelt/libya-v1-58.tsv"_s,
         data + u"brat/2020-01-19_berlin.ann"_s},
        EmptyProjectLookup());
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.files.size(), 3);
    // Each file went to its own reader: their ids say which.
    QVERIFY(parsed.files[0].corpus.events.first().id.startsWith(u"acled:"_s));
    QVERIFY(parsed.files[1].corpus.events.first().id.startsWith(u"gdelt:"_s));
    QVERIFY(parsed.files[2].corpus.articles.first().id.startsWith(u"brat:"_s));

    // Forced to the wrong format, the same file is refused.
    ImportOptions options;
    options.format = ImportFormat::Brat;
    const ImportJob::Parsed forced =
        ImportJob(options).read({data + u"acled/libya-2019-2020.csv"_s}, EmptyProjectLookup());
    QVERIFY(!forced.ok());
}

QTEST_GUILESS_MAIN(TestImportFormat)
#include "tst_importformat.moc"
