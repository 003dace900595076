#include "io/gdeltimporter.h"
#include "store/project.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace entente;
using namespace Qt::StringLiterals;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(ENTENTE_TEST_DATA "/gdelt/") + name;
}

template <typename T> const T *byId(const QVector<T> &list, const QString &id)
{
    for (const T &item : list) {
        if (item.id == id)
            return &item;
    }
    return nullptr;
}

QString attribute(const Event &event, const QString &key)
{
    for (const EventAttribute &a : event.attributes) {
        if (a.key == key)
            return a.value;
    }
    return {};
}

// The lines of the GDELT 2.0 fixture, split into fields, to build broken files from.
QList<QByteArrayList> v2Rows()
{
    QFile file(fixture(u"libya-20200104.export.CSV"_s));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArrayList> rows;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (!line.isEmpty())
            rows << line.split('\t');
    }
    return rows;
}

QByteArray joined(const QList<QByteArrayList> &rows)
{
    QByteArray out;
    for (const QByteArrayList &r : rows)
        out += r.join('\t') + '\n';
    return out;
}

} // namespace

class TestGdeltImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void layouts_data();
    void layouts();
    void relations();
    void duplicateRowsWarn();
    void storesInProject();
    void errors_data();
    void errors();
};

void TestGdeltImporter::layouts_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("hasUrls");
    QTest::newRow("2.0, 61 columns") << u"libya-20200104.export.CSV"_s << true;
    QTest::newRow("1.0, 58 columns") << u"libya-v1-58.tsv"_s << true;
    QTest::newRow("1.0, 57 columns (no SOURCEURL)") << u"libya-v1-57.tsv"_s << false;
    QTest::newRow("query export with header, commas") << u"libya-query-export.csv"_s << true;
}

void TestGdeltImporter::layouts()
{
    QFETCH(QString, file);
    QFETCH(bool, hasUrls);
    const ParsedFile parsed = GdeltImporter().readFile(fixture(file), EmptyProjectLookup());
    QVERIFY2(parsed.ok(), qPrintable(toText(parsed.errors)));
    const Corpus &c = parsed.corpus;
    QCOMPARE(c.events.size(), 9);
    QCOMPARE(c.actors.size(), 6);
    QCOMPARE(c.places.size(), 3); // Tripoli, Tarhuna, Libya; one row has no ActionGeo
    QCOMPARE(c.relations.size(), 6);
    QCOMPARE(c.articles.size(), hasUrls ? 8 : 0); // one URL is reported twice

    const Event *first = byId(c.events, u"gdelt:900000001"_s);
    QVERIFY(first);
    QCOMPARE(first->cameo, u"036"_s); // leading zero kept
    QCOMPARE(first->type, u"express_intent_to_cooperate"_s);
    QCOMPARE(first->date.toString(), u"2020-01-04"_s);
    QCOMPARE(first->participants, (QVector<Participant>{{u"gdelt:TUR"_s, u"initiator"_s},
                                                        {u"gdelt:LBYGOV"_s, u"target"_s}}));
    QCOMPARE(attribute(*first, u"quad_class"_s), u"1"_s);
    QCOMPARE(attribute(*first, u"goldstein_scale"_s), u"4.0"_s);
    QCOMPARE(attribute(*first, u"num_mentions"_s), u"10"_s);
    QCOMPARE(attribute(*first, u"avg_tone"_s), u"1.52"_s);
    QVERIFY(first->title.contains(u"TURKEY"_s));
    QVERIFY(first->title.contains(u"LIBYA"_s));

    const Place *tripoli = byId(c.places, first->placeId);
    QVERIFY(tripoli);
    QCOMPARE(tripoli->name, u"Tripoli, Tarabulus, Libya"_s);
    QCOMPARE(*tripoli->lat, 32.8925);
    QCOMPARE(*tripoli->lon, 13.18);
    QCOMPARE(toString(tripoli->kind), u"city"_s);
    QCOMPARE(byId(c.events, u"gdelt:900000006"_s)->placeId, tripoli->id); // same FeatureID
    QVERIFY(byId(c.events, u"gdelt:900000004"_s)->placeId.isEmpty());

    const Actor *turkey = byId(c.actors, u"gdelt:TUR"_s);
    QVERIFY(turkey);
    QCOMPARE(turkey->name, u"TURKEY"_s);
    QCOMPARE(turkey->country, u"TUR"_s);
    QCOMPARE(toString(turkey->kind), u"state"_s);
    QCOMPARE(toString(byId(c.actors, u"gdelt:LBYGOV"_s)->kind), u"government"_s);
    QCOMPARE(toString(byId(c.actors, u"gdelt:LBYMIL"_s)->kind), u"armed_group"_s);

    if (hasUrls) {
        QCOMPARE(first->evidence.size(), 1);
        const Article *source = byId(c.articles, first->evidence.first().articleId);
        QVERIFY(source);
        QVERIFY(source->text.isEmpty());
        QCOMPARE(source->url, u"https://news.example.org/2020/01/04/turkey-pledges-support"_s);
        QCOMPARE(source->source, u"news.example.org"_s);
        QCOMPARE(source->published->toString(), u"2020-01-04"_s);
        QCOMPARE(first->evidence.first().span, TextSpan{});
        // The row repeating that URL points at the same article.
        QCOMPARE(byId(c.events, u"gdelt:900000008"_s)->evidence, first->evidence);
    } else {
        QVERIFY(first->evidence.isEmpty());
    }
}

void TestGdeltImporter::relations()
{
    const ParsedFile parsed =
        GdeltImporter().readFile(fixture(u"libya-20200104.export.CSV"_s), EmptyProjectLookup());
    QVERIFY(parsed.ok());
    const Corpus &c = parsed.corpus;
    struct Expected
    {
        const char16_t *id;
        const char16_t *type;
        const char16_t *source;
        const char16_t *target;
        int evidence;
    };
    // Verbal and material cooperation sum into one undirected relation per month; material
    // conflict is `fights` only for assault, fighting and mass violence (roots 18-20).
    const Expected expected[] = {
        {u"gdelt:cooperates_with:LBYGOV:TUR:2020-01", u"cooperates_with", u"gdelt:LBYGOV",
         u"gdelt:TUR", 2},
        {u"gdelt:fights:LBYGOV:LBYMIL:2020-01", u"fights", u"gdelt:LBYGOV", u"gdelt:LBYMIL", 2},
        {u"gdelt:cooperates_with:LBYMIL:RUS:2020-01", u"cooperates_with", u"gdelt:LBYMIL",
         u"gdelt:RUS", 1},
        {u"gdelt:opposes:FRA:TUR:2020-01", u"opposes", u"gdelt:FRA", u"gdelt:TUR", 1},
        {u"gdelt:cooperates_with:LBYGOV:TUR:2020-02", u"cooperates_with", u"gdelt:LBYGOV",
         u"gdelt:TUR", 1},
        {u"gdelt:opposes:EGY:LBYGOV:2020-01", u"opposes", u"gdelt:EGY", u"gdelt:LBYGOV", 1},
    };
    for (const Expected &e : expected) {
        const Relation *r = byId(c.relations, QString::fromUtf16(e.id));
        QVERIFY2(r, qPrintable(QString::fromUtf16(e.id)));
        QCOMPARE(toString(r->type), QString::fromUtf16(e.type));
        QCOMPARE(r->sourceId, QString::fromUtf16(e.source));
        QCOMPARE(r->targetId, QString::fromUtf16(e.target));
        QCOMPARE(r->evidence.size(), e.evidence);
        QVERIFY(r->valid);
        QCOMPARE(r->valid->toString().left(7), QString::fromUtf16(e.id).right(7));
        QCOMPARE(r->valid->start()->precision(), DatePrecision::Month);
    }
}

void TestGdeltImporter::duplicateRowsWarn()
{
    QList<QByteArrayList> rows = v2Rows();
    QVERIFY(!rows.isEmpty());
    rows << rows.first();
    const ParsedFile parsed =
        GdeltImporter().readData(joined(rows), u"dup.tsv"_s, EmptyProjectLookup());
    QVERIFY2(parsed.ok(), qPrintable(toText(parsed.errors)));
    QCOMPARE(parsed.corpus.events.size(), 9);
    QCOMPARE(parsed.warnings.size(), 1);
    QCOMPARE(parsed.warnings.first().line, 10);
    QVERIFY(parsed.warnings.first().message.contains(u"line 1"_s));
}

void TestGdeltImporter::storesInProject()
{
    // What the reader gives must be what the store takes: empty-text articles with 0..0
    // spans, monthly relations, attributes; and a second layout of the same rows merges.
    QTemporaryDir dir;
    QString error;
    auto project =
        Project::open(dir.filePath(u"g.entente"_s), Project::OpenMode::CreateIfMissing, &error);
    QVERIFY2(project, qPrintable(error));
    for (const QString &name : {u"libya-20200104.export.CSV"_s, u"libya-v1-58.tsv"_s}) {
        ParsedFile parsed = GdeltImporter().readFile(fixture(name), *project);
        QVERIFY(parsed.ok());
        const ImportReport report =
            project->importFiles({FileToImport{parsed.file, parsed.corpus, parsed.warnings}});
        QVERIFY2(report.ok(), qPrintable(report.error));
    }
    const ProjectStats stats = project->stats();
    QCOMPARE(stats.events, 9);
    QCOMPARE(stats.relations, 6);
    QCOMPARE(stats.articles, 8);
    const QVector<EvidenceRecord> evidence =
        project->relationEvidence(u"gdelt:fights:LBYGOV:LBYMIL:2020-01"_s);
    QCOMPARE(evidence.size(), 2);
    QVERIFY(evidence.first().url.startsWith(u"https://wire.example.net/libya/"_s));
    QCOMPARE(evidence.first().start, 0);
    QCOMPARE(evidence.first().end, 0);
    const QVector<EventAttribute> attributes = project->eventAttributes(u"gdelt:900000003"_s);
    QVERIFY(attributes.contains(EventAttribute{u"goldstein_scale"_s, u"-10.0"_s}));
}

void TestGdeltImporter::errors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("fragment");

    const QList<QByteArrayList> rows = v2Rows();
    const auto withField = [&rows](int row, int field, const QByteArray &value) {
        QList<QByteArrayList> copy = rows;
        copy[row][field] = value;
        return joined(copy);
    };
    QList<QByteArrayList> truncated = rows;
    truncated[2] = truncated[2].mid(0, 40);
    QTest::newRow("truncated line")
        << joined(truncated) << 3 << QString() << u"found 40 fields, expected 61"_s;
    QTest::newRow("bad date") << withField(1, 1, "2020-01-05") << 2 << u"SQLDATE"_s
                              << u"2020-01-05"_s;
    QTest::newRow("impossible date")
        << withField(4, 1, "20200231") << 5 << u"SQLDATE"_s << u"20200231"_s;
    QTest::newRow("bad quad class")
        << withField(0, 29, "7") << 1 << u"QuadClass"_s << u"expected 1, 2, 3 or 4"_s;
    QTest::newRow("bad id") << withField(3, 0, "x9") << 4 << u"GLOBALEVENTID"_s << u"x9"_s;
    QTest::newRow("bad latitude") << withField(0, 56, "north") << 1 << u"ActionGeo_Lat"_s
                                  << u"north"_s;
    QTest::newRow("not GDELT: JSON") << QByteArray("{\"format\": \"entente-corpus\"}\n") << 1
                                     << QString() << u"not a GDELT events file"_s;
    QTest::newRow("not GDELT: 12 tab fields")
        << QByteArray("1\t2\t3\t4\t5\t6\t7\t8\t9\t10\t11\t12\n") << 1 << QString()
        << u"found 12 fields"_s;
    QTest::newRow("header without SQLDATE")
        << QByteArray("GLOBALEVENTID,EventCode,QuadClass\n1,036,1\n") << 1 << QString()
        << u"missing required column \"SQLDATE\""_s;
    QTest::newRow("binary") << QByteArray("\x1F\x8B\x08\x00\x00\x00", 6) << 1 << QString()
                            << u"NUL byte"_s;
    QTest::newRow("empty") << QByteArray() << 0 << QString() << u"empty"_s;
}

void TestGdeltImporter::errors()
{
    QFETCH(QByteArray, input);
    QFETCH(int, line);
    QFETCH(QString, path);
    QFETCH(QString, fragment);
    const ParsedFile parsed = GdeltImporter().readData(input, u"bad.tsv"_s, EmptyProjectLookup());
    QVERIFY(!parsed.ok());
    QVERIFY(parsed.corpus.isEmpty());
    const Diagnostic &first = parsed.errors.first();
    QCOMPARE(first.file, u"bad.tsv"_s);
    QCOMPARE(first.line, line);
    QCOMPARE(first.path, path);
    QVERIFY2(first.message.contains(fragment), qPrintable(first.toString()));
}

QTEST_GUILESS_MAIN(TestGdeltImporter)
#include "tst_gdeltimporter.moc"
