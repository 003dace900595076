#include "io/csvexporter.h"
#include "io/delimitedreader.h"
#include "store/project.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace entente;
using namespace Qt::StringLiterals;

namespace {

// A table read back with the project's own CSV reader: the header, then rows by name.
struct Table
{
    QStringList header;
    QList<QStringList> rows;
    bool crlfOnly = true;
    bool bom = false;

    QString at(int row, const QString &column) const
    {
        const qsizetype c = header.indexOf(column);
        return c < 0 || row >= rows.size() ? u"<missing>"_s : rows.at(row).value(c);
    }
    int rowOf(const QString &id) const
    {
        for (int i = 0; i < rows.size(); ++i) {
            if (rows.at(i).value(0) == id)
                return i;
        }
        return -1;
    }
};

Table readTable(const QByteArray &bytes)
{
    Table table;
    table.bom = bytes.startsWith("\xEF\xBB\xBF");
    // Every line break outside quotes must be CRLF.
    bool quoted = false;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes.at(i) == '"')
            quoted = !quoted;
        else if (!quoted && bytes.at(i) == '\n' && (i == 0 || bytes.at(i - 1) != '\r'))
            table.crlfOnly = false;
    }
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    DelimitedReader reader(&buffer, ',');
    if (reader.next() == DelimitedReader::Status::Ok)
        table.header = reader.fields();
    while (reader.next() == DelimitedReader::Status::Ok)
        table.rows << reader.fields();
    return table;
}

Corpus sampleCorpus()
{
    Corpus c;
    Article article;
    article.id = u"a1"_s;
    article.title = u"Fighting south of Tripoli"_s;
    article.text = u"GNA and LNA forces fought.\nA second line."_s;
    c.articles << article;

    Actor gna;
    gna.id = u"gna"_s;
    gna.name = u"Government of National Accord, Tripoli"_s;
    gna.kind = ActorKind::Government;
    gna.country = u"LBY"_s;
    gna.aliases = {u"GNA"_s, u"the \"Tripoli\" government"_s};
    Actor lna;
    lna.id = u"lna"_s;
    lna.name = u"LNA"_s;
    lna.kind = ActorKind::ArmedGroup;
    c.actors << gna << lna;

    Place tripoli;
    tripoli.id = u"tripoli"_s;
    tripoli.name = u"Tripoli"_s;
    tripoli.lat = 32.8925;
    tripoli.lon = 13.18;
    tripoli.country = u"LBY"_s;
    c.places << tripoli;

    Event clash;
    clash.id = u"e1"_s;
    clash.type = u"clash"_s;
    clash.date = TimeSpan(FuzzyDate::fromYmd(2019, 4, 5));
    clash.title = u"Clash, south of Tripoli\nsecond line"_s;
    clash.placeId = u"tripoli"_s;
    clash.participants = {{u"gna"_s, u"party"_s}, {u"lna"_s, u"party"_s}};
    clash.attributes = {{u"fatalities"_s, u"3"_s}, {u"geo_precision"_s, u"1"_s}};
    clash.evidence = {{u"a1"_s, TextSpan{0, 3, u"GNA"_s}}};
    Event statement;
    statement.id = u"e2"_s;
    statement.type = u"statement"_s;
    statement.date = TimeSpan(FuzzyDate::fromYmd(2019, 5));
    statement.title = u"Statement"_s;
    statement.cameo = u"010"_s;
    statement.attributes = {{u"source_scale"_s, u"National"_s}};
    c.events << clash << statement;

    Relation fights;
    fights.id = u"r1"_s;
    fights.sourceId = u"gna"_s;
    fights.targetId = u"lna"_s;
    fights.type = RelationType::Fights;
    fights.valid =
        TimeSpan::interval(FuzzyDate::fromYmd(2019, 4, 5), FuzzyDate::fromYmd(2019, 4, 5));
    fights.evidence = {{u"a1"_s, TextSpan{0, 3, u"GNA"_s}}, {u"a1"_s, TextSpan{8, 11, u"LNA"_s}}};
    Relation supports;
    supports.id = u"r2"_s;
    supports.sourceId = u"lna"_s;
    supports.targetId = u"gna"_s;
    supports.type = RelationType::Supports;
    supports.aspect = u"military"_s;
    supports.confidence = 0.5;
    c.relations << fights << supports;
    return c;
}

} // namespace

class TestCsvExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void escaping_data();
    void escaping();
    void record();
    void events();
    void actors();
    void relations();
    void files();
    void missingFolder();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
};

void TestCsvExporter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_project =
        Project::open(m_dir.filePath(u"p.entente"_s), Project::OpenMode::CreateIfMissing, &error);
    QVERIFY2(m_project, qPrintable(error));
    const ImportReport report =
        m_project->importFiles({FileToImport{u"sample"_s, sampleCorpus(), {}}});
    QVERIFY2(report.ok(), qPrintable(report.error));
}

void TestCsvExporter::escaping_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"Tripoli"_s << u"Tripoli"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("comma") << u"Tripoli, Libya"_s << u"\"Tripoli, Libya\""_s;
    QTest::newRow("quote") << u"the \"LNA\""_s << u"\"the \"\"LNA\"\"\""_s;
    QTest::newRow("newline") << u"a\nb"_s << u"\"a\nb\""_s;
    QTest::newRow("carriage return") << u"a\rb"_s << u"\"a\rb\""_s;
    QTest::newRow("spaces and semicolons stay bare") << u" a; b "_s << u" a; b "_s;
    QTest::newRow("non-ASCII") << u"Misrātah"_s << u"Misrātah"_s;
}

void TestCsvExporter::escaping()
{
    QFETCH(QString, field);
    QFETCH(QString, expected);
    QCOMPARE(CsvExporter::escaped(field), expected);
}

void TestCsvExporter::record()
{
    QCOMPARE(CsvExporter::record({u"a"_s, u"b,c"_s, QString(), u"é"_s}),
             QByteArray("a,\"b,c\",,\xC3\xA9\r\n"));
}

void TestCsvExporter::events()
{
    const Table t = readTable(CsvExporter(*m_project).eventsCsv());
    QVERIFY(t.crlfOnly);
    QVERIFY(!t.bom);
    QCOMPARE(t.header.mid(0, 3), (QStringList{u"id"_s, u"type"_s, u"date"_s}));
    // One column per attribute key, in the order first met.
    QCOMPARE(t.header.mid(t.header.size() - 3),
             (QStringList{u"fatalities"_s, u"geo_precision"_s, u"source_scale"_s}));
    QCOMPARE(t.rows.size(), 2);
    const int clash = t.rowOf(u"e1"_s);
    QVERIFY(clash >= 0);
    QCOMPARE(t.at(clash, u"title"_s), u"Clash, south of Tripoli\nsecond line"_s);
    QCOMPARE(t.at(clash, u"date"_s), u"2019-04-05"_s);
    QCOMPARE(t.at(clash, u"place"_s), u"Tripoli"_s);
    QCOMPARE(t.at(clash, u"latitude"_s).toDouble(), 32.8925);
    QCOMPARE(t.at(clash, u"participants"_s), u"gna (party); lna (party)"_s);
    QCOMPARE(t.at(clash, u"evidence_count"_s), u"1"_s);
    QCOMPARE(t.at(clash, u"fatalities"_s), u"3"_s);
    QCOMPARE(t.at(clash, u"source_scale"_s), QString());
    const int statement = t.rowOf(u"e2"_s);
    QCOMPARE(t.at(statement, u"date"_s), u"2019-05"_s);
    QCOMPARE(t.at(statement, u"first_day"_s), u"2019-05-01"_s);
    QCOMPARE(t.at(statement, u"last_day"_s), u"2019-05-31"_s);
    QCOMPARE(t.at(statement, u"cameo"_s), u"010"_s);
    QCOMPARE(t.at(statement, u"source_scale"_s), u"National"_s);
}

void TestCsvExporter::actors()
{
    const Table t = readTable(CsvExporter(*m_project).actorsCsv());
    QVERIFY(t.crlfOnly);
    QCOMPARE(t.header, (QStringList{u"id"_s, u"name"_s, u"kind"_s, u"country"_s, u"aliases"_s,
                                    u"base"_s, u"relations_out"_s, u"relations_in"_s}));
    QCOMPARE(t.rows.size(), 2);
    const int gna = t.rowOf(u"gna"_s);
    QCOMPARE(t.at(gna, u"name"_s), u"Government of National Accord, Tripoli"_s);
    QCOMPARE(t.at(gna, u"kind"_s), u"government"_s);
    QCOMPARE(t.at(gna, u"country"_s), u"LBY"_s);
    QVERIFY(t.at(gna, u"aliases"_s).contains(u"the \"Tripoli\" government"_s));
    QCOMPARE(t.at(gna, u"relations_out"_s), u"1"_s);
    QCOMPARE(t.at(gna, u"relations_in"_s), u"1"_s);
}

void TestCsvExporter::relations()
{
    const Table t = readTable(CsvExporter(*m_project).relationsCsv());
    QVERIFY(t.crlfOnly);
    QCOMPARE(t.rows.size(), 2);
    const int fights = t.rowOf(u"r1"_s);
    QCOMPARE(t.at(fights, u"type"_s), u"fights"_s);
    QCOMPARE(t.at(fights, u"sign"_s), u"-1"_s);
    QCOMPARE(t.at(fights, u"source_name"_s), u"Government of National Accord, Tripoli"_s);
    QCOMPARE(t.at(fights, u"valid"_s), u"2019-04-05/2019-04-05"_s);
    QCOMPARE(t.at(fights, u"validity"_s), u"explicit"_s);
    QCOMPARE(t.at(fights, u"evidence_count"_s), u"2"_s);
    const int supports = t.rowOf(u"r2"_s);
    QCOMPARE(t.at(supports, u"aspect"_s), u"military"_s);
    QCOMPARE(t.at(supports, u"confidence"_s), u"0.5"_s);
    QCOMPARE(t.at(supports, u"valid"_s), QString());
    QCOMPARE(t.at(supports, u"validity"_s), u"undated"_s);
}

void TestCsvExporter::files()
{
    QTemporaryDir out;
    const CsvExporter::Result result = CsvExporter(*m_project).exportTo(out.path(), u"libya-"_s);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.files.size(), 3);
    QVERIFY(result.files.at(0).endsWith(u"libya-events.csv"_s));
    QCOMPARE(result.events, 2);
    QCOMPARE(result.actors, 2);
    QCOMPARE(result.relations, 2);
    QFile events(result.files.at(0));
    QVERIFY(events.open(QIODevice::ReadOnly));
    QCOMPARE(events.readAll(), CsvExporter(*m_project).eventsCsv());
}

void TestCsvExporter::missingFolder()
{
    const CsvExporter::Result result =
        CsvExporter(*m_project).exportTo(m_dir.filePath(u"no/such/folder"_s));
    QVERIFY(!result.ok());
    QVERIFY(result.files.isEmpty());
}

QTEST_GUILESS_MAIN(TestCsvExporter)
#include "tst_csvexporter.moc"
