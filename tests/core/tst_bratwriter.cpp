#include "io/bratimporter.h"
#include "io/bratwriter.h"
#include "store/project.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace entente;
using namespace Qt::StringLiterals;

namespace {

QString dataPath(const QString &name)
{
    return QStringLiteral(ENTENTE_TEST_DATA "/brat/") + name;
}

// Field by field, so that a failure says which record and field differ.
void compareCorpora(const Corpus &a, const Corpus &b)
{
    QCOMPARE(a.articles.size(), b.articles.size());
    for (qsizetype i = 0; i < a.articles.size(); ++i) {
        const Article &x = a.articles.at(i);
        const Article &y = b.articles.at(i);
        QCOMPARE(x.id, y.id);
        QCOMPARE(x.title, y.title);
        QCOMPARE(x.text, y.text);
        QVERIFY(x.published == y.published);
        QCOMPARE(x.mentions, y.mentions);
    }
    QCOMPARE(a.actors.size(), b.actors.size());
    for (qsizetype i = 0; i < a.actors.size(); ++i) {
        const Actor &x = a.actors.at(i);
        const Actor &y = b.actors.at(i);
        QCOMPARE(x.id, y.id);
        QCOMPARE(x.name, y.name);
        QVERIFY(x.kind == y.kind);
        QCOMPARE(x.country, y.country);
        QCOMPARE(x.aliases, y.aliases);
    }
    QCOMPARE(a.places.size(), b.places.size());
    for (qsizetype i = 0; i < a.places.size(); ++i) {
        QCOMPARE(a.places.at(i).id, b.places.at(i).id);
        QCOMPARE(a.places.at(i).name, b.places.at(i).name);
        QCOMPARE(a.places.at(i).country, b.places.at(i).country);
        QVERIFY(a.places.at(i).kind == b.places.at(i).kind);
    }
    QCOMPARE(a.events.size(), b.events.size());
    for (qsizetype i = 0; i < a.events.size(); ++i) {
        const Event &x = a.events.at(i);
        const Event &y = b.events.at(i);
        QCOMPARE(x.id, y.id);
        QCOMPARE(x.type, y.type);
        QCOMPARE(x.date.toString(), y.date.toString());
        QCOMPARE(x.title, y.title);
        QCOMPARE(x.placeId, y.placeId);
        QCOMPARE(x.participants, y.participants);
        QCOMPARE(x.cameo, y.cameo);
        QCOMPARE(x.evidence, y.evidence);
        QCOMPARE(x.attributes, y.attributes);
    }
    QCOMPARE(a.relations.size(), b.relations.size());
    for (qsizetype i = 0; i < a.relations.size(); ++i) {
        const Relation &x = a.relations.at(i);
        const Relation &y = b.relations.at(i);
        QCOMPARE(x.id, y.id);
        QCOMPARE(x.sourceId, y.sourceId);
        QCOMPARE(x.targetId, y.targetId);
        QVERIFY(x.type == y.type);
        QCOMPARE(x.aspect, y.aspect);
        QVERIFY(x.valid == y.valid);
        QVERIFY(x.confidence == y.confidence);
        QCOMPARE(x.evidence, y.evidence);
    }
}

Corpus readBack(const QVector<BratWriter::Document> &docs)
{
    Corpus out;
    for (const BratWriter::Document &d : docs) {
        const ParsedFile f = BratImporter().readData(d.text.toUtf8(), d.ann.toUtf8(),
                                                     d.baseName + u".ann", EmptyProjectLookup());
        if (!f.ok())
            qWarning("%s\n%s", qPrintable(toText(f.errors)), qPrintable(d.ann));
        out.articles += f.corpus.articles;
        out.actors += f.corpus.actors;
        out.places += f.corpus.places;
        out.events += f.corpus.events;
        out.relations += f.corpus.relations;
    }
    return out;
}

} // namespace

class TestBratWriter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void roundTripThroughFolder();
    void exportsAProject();
    void writesWhatBratCanCarry();
    void notesWhatIsLeftOut();
    void baseNames_data();
    void baseNames();
};

void TestBratWriter::roundTrip_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("berlin (English, every line kind)") << u"2020-01-19_berlin"_s;
    QTest::newRow("multilingual (Cyrillic, Arabic, emoji)") << u"multilingual"_s;
}

void TestBratWriter::roundTrip()
{
    QFETCH(QString, name);
    const ParsedFile first =
        BratImporter().readFile(dataPath(name + u".ann"), EmptyProjectLookup());
    QVERIFY2(first.ok(), qPrintable(toText(first.errors)));
    QStringList notes;
    const auto docs = BratWriter().write(first.corpus, &notes);
    QCOMPARE(docs.size(), 1);
    QCOMPARE(docs.front().baseName, name);
    QVERIFY2(notes.isEmpty(), qPrintable(notes.join(u'\n')));
    const Corpus second = readBack(docs);
    compareCorpora(first.corpus, second);
    // And once more: writing what was read back gives the same files.
    const auto again = BratWriter().write(second);
    QCOMPARE(again.front().ann, docs.front().ann);
    QCOMPARE(again.front().text, docs.front().text);
}

void TestBratWriter::roundTripThroughFolder()
{
    Corpus corpus;
    for (const char *name : {"2020-01-19_berlin.txt", "multilingual.txt"}) {
        const ParsedFile f =
            BratImporter().readFile(dataPath(QLatin1StringView(name)), EmptyProjectLookup());
        QVERIFY(f.ok());
        corpus.articles += f.corpus.articles;
        corpus.actors += f.corpus.actors;
        corpus.places += f.corpus.places;
        corpus.events += f.corpus.events;
        corpus.relations += f.corpus.relations;
    }
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"out/brat"_s);
    QString error;
    QVERIFY2(BratWriter().writeFolder(corpus, folder, nullptr, &error), qPrintable(error));
    QCOMPARE(QDir(folder).entryList(QDir::Files, QDir::Name),
             (QStringList{u"2020-01-19_berlin.ann"_s, u"2020-01-19_berlin.txt"_s,
                          u"multilingual.ann"_s, u"multilingual.txt"_s}));
    Corpus back;
    for (const QString &name : {u"2020-01-19_berlin.txt"_s, u"multilingual.ann"_s}) {
        const ParsedFile f =
            BratImporter().readFile(QDir(folder).filePath(name), EmptyProjectLookup());
        QVERIFY2(f.ok(), qPrintable(toText(f.errors)));
        back.articles += f.corpus.articles;
        back.actors += f.corpus.actors;
        back.places += f.corpus.places;
        back.events += f.corpus.events;
        back.relations += f.corpus.relations;
    }
    compareCorpora(corpus, back);
}

void TestBratWriter::exportsAProject()
{
    QTemporaryDir dir;
    QString error;
    auto project =
        Project::open(dir.filePath(u"p.entente"_s), Project::OpenMode::CreateIfMissing, &error);
    QVERIFY2(project, qPrintable(error));
    QVector<FileToImport> files;
    Corpus original;
    for (const QString &name : {u"2020-01-19_berlin.ann"_s, u"multilingual.ann"_s}) {
        const ParsedFile f = BratImporter().readFile(dataPath(name), *project);
        QVERIFY(f.ok());
        files.push_back({f.file, f.corpus, f.warnings});
        original.events += f.corpus.events;
        original.relations += f.corpus.relations;
        original.articles += f.corpus.articles;
    }
    const ImportReport report = project->importFiles(files);
    QVERIFY2(report.ok(), qPrintable(report.error));

    const Corpus exported = BratWriter::corpusFromProject(*project);
    QCOMPARE(exported.articles.size(), 2);
    QStringList notes;
    const Corpus back = readBack(BratWriter().write(exported, &notes));
    QVERIFY2(notes.isEmpty(), qPrintable(notes.join(u'\n')));
    QCOMPARE(back.articles.size(), 2);
    for (const Article &a : original.articles) {
        const auto it = std::find_if(back.articles.cbegin(), back.articles.cend(),
                                     [&](const Article &b) { return b.id == a.id; });
        QVERIFY(it != back.articles.cend());
        QCOMPARE(it->text, a.text);
        QCOMPARE(it->mentions.size(), a.mentions.size());
    }
    QCOMPARE(back.events.size(), original.events.size());
    for (const Event &e : original.events) {
        const auto it = std::find_if(back.events.cbegin(), back.events.cend(),
                                     [&](const Event &b) { return b.id == e.id; });
        QVERIFY2(it != back.events.cend(), qPrintable(e.id));
        QCOMPARE(it->date.toString(), e.date.toString());
        QCOMPARE(it->participants, e.participants);
        QCOMPARE(it->evidence, e.evidence);
        QCOMPARE(it->title, e.title);
    }
    QCOMPARE(back.relations.size(), original.relations.size());
    for (const Relation &r : original.relations) {
        const auto it = std::find_if(back.relations.cbegin(), back.relations.cend(),
                                     [&](const Relation &b) { return b.id == r.id; });
        QVERIFY2(it != back.relations.cend(), qPrintable(r.id));
        QCOMPARE(it->sourceId, r.sourceId);
        QCOMPARE(it->targetId, r.targetId);
        QVERIFY(it->confidence == r.confidence);
        QCOMPARE(it->evidence, r.evidence);
    }
}

// A corpus that did not come from brat: ids, kinds and attributes survive the trip.
void TestBratWriter::writesWhatBratCanCarry()
{
    Corpus c;
    Article a;
    a.id = u"art-1"_s;
    a.title = u"Moscow talks"_s;
    a.text = u"Moscow talks\nRussia hosts Haftar 🤝 and Sarraj in Moscow.\n"_s;
    // Russia 13-19, Haftar 26-32, Sarraj 39-45, Moscow 49-55, hosts 20-25
    a.mentions = {{{13, 19, u"Russia"_s}, u"RUS"_s, {}},
                  {{26, 32, u"Haftar"_s}, u"haftar"_s, {}},
                  {{39, 45, u"Sarraj"_s}, u"wikidata:Q1"_s, {}},
                  {{49, 55, u"Moscow"_s}, {}, u"moscow"_s}};
    c.articles = {a};
    c.actors = {{u"RUS"_s, u"Russia"_s, ActorKind::State, u"RUS"_s, {u"Russian Federation"_s}, {}},
                {u"haftar"_s, u"Khalifa Haftar"_s, ActorKind::Person, {}, {}, {}},
                {u"wikidata:Q1"_s, u"Fayez al-Sarraj"_s, ActorKind::Person, {}, {}, {}}};
    Place moscow;
    moscow.id = u"moscow"_s;
    moscow.name = u"Moscow"_s;
    moscow.kind = PlaceKind::City;
    c.places = {moscow};
    Event e;
    e.id = u"ev-1"_s;
    e.type = u"meeting"_s;
    e.date = *TimeSpan::parse(u"2020-01-13");
    e.title = u"Talks in Moscow"_s;
    e.placeId = u"moscow"_s;
    e.participants = {
        {u"RUS"_s, u"host"_s}, {u"haftar"_s, u"guest"_s}, {u"wikidata:Q1"_s, u"guest"_s}};
    e.cameo = u"043"_s;
    e.attributes = {{u"fatalities"_s, u"0"_s}, {u"source_scale"_s, u"national wire"_s}};
    e.evidence = {{u"art-1"_s, {20, 25, u"hosts"_s}}};
    c.events = {e};
    Relation r;
    r.id = u"rel-1"_s;
    r.sourceId = u"RUS"_s;
    r.targetId = u"haftar"_s;
    r.type = RelationType::Supports;
    r.aspect = u"political"_s;
    r.confidence = 0.7;
    r.valid = TimeSpan::parse(u"2019/..");
    r.evidence = {{u"art-1"_s, {13, 32, u"Russia hosts Haftar"_s}}};
    c.relations = {r};

    QStringList notes;
    const auto docs = BratWriter().write(c, &notes);
    const QString &ann = docs.front().ann;
    QVERIFY(ann.contains(u"\tState 13 19\tRussia\n"));
    QVERIFY(ann.contains(u"\tReference T1 Entente:RUS\tRussia\n"));
    QVERIFY(ann.contains(u"\tReference T3 Wikidata:Q1\tFayez al-Sarraj\n"));
    QVERIFY(ann.contains(u"\tAnnotatorNotes T1\tAliases: Russian Federation\n"));
    QVERIFY(ann.contains(u"E1\tMeeting:T5 Host:T1 Guest:T2 Guest2:T3 Place:T4\n"));
    QVERIFY(ann.contains(u"R1\tSupports Arg1:T1 Arg2:T2\n"));
    QVERIFY(ann.contains(u"\tConfidence R1 0.7\n"));

    const Corpus back = readBack(docs);
    QCOMPARE(back.articles.front().id, u"brat:art-1"_s); // said in the notes
    QCOMPARE(back.articles.front().mentions.front().actorId, u"RUS"_s);
    QCOMPARE(back.actors.size(), 3);
    QCOMPARE(back.actors.at(0).aliases, QStringList{u"Russian Federation"_s});
    QCOMPARE(back.actors.at(0).country, u"RUS"_s);
    QCOMPARE(back.actors.at(2).id, u"wikidata:Q1"_s);
    QVERIFY(back.places.front().kind == PlaceKind::City);
    const Event &be = back.events.front();
    QCOMPARE(be.participants, e.participants);
    QCOMPARE(be.cameo, u"043"_s);
    QCOMPARE(be.attributes, e.attributes);
    QCOMPARE(be.title, e.title);
    QVERIFY(be.date == e.date);
    const Relation &br = back.relations.front();
    QVERIFY(br.confidence == 0.7);
    QVERIFY(br.valid == r.valid);
    QCOMPARE(br.aspect, u"political"_s);
    QCOMPARE(br.evidence.front().span, r.evidence.front().span);
    QVERIFY(notes.join(u'\n').contains(u"art-1"));
}

void TestBratWriter::notesWhatIsLeftOut()
{
    Corpus c;
    Article a;
    a.id = u"brat:doc"_s;
    a.title = u"t"_s;
    a.text = u"Egypt backs Haftar."_s;
    a.mentions = {{{0, 5, u"Egypt"_s}, u"EGY"_s, {}}};
    c.articles = {a};
    Relation r;
    r.id = u"r"_s;
    r.sourceId = u"EGY"_s;
    r.targetId = u"haftar"_s; // never mentioned
    r.evidence = {{u"brat:doc"_s, {0, 18, u"Egypt backs Haftar"_s}}};
    Event lonely;
    lonely.id = u"e"_s; // no evidence at all
    c.relations = {r};
    c.events = {lonely};
    QStringList notes;
    const auto docs = BratWriter().write(c, &notes);
    QVERIFY(!docs.front().ann.contains(u"\nR"));
    QCOMPARE(notes.size(), 2);
    QVERIFY(notes.at(0).contains(u"event e"));
    QVERIFY(notes.at(1).contains(u"haftar"));
}

void TestBratWriter::baseNames_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("base");
    QTest::newRow("brat") << u"brat:2020-01-19_berlin"_s << u"2020-01-19_berlin"_s;
    QTest::newRow("native") << u"art-1"_s << u"art-1"_s;
    QTest::newRow("slashes and colons") << u"afp/2020:01 x"_s << u"afp_2020_01_x"_s;
    QTest::newRow("cyrillic kept") << u"статья.1"_s << u"статья.1"_s;
    QTest::newRow("empty") << QString() << u"article"_s;
}

void TestBratWriter::baseNames()
{
    QFETCH(QString, id);
    QFETCH(QString, base);
    QCOMPARE(BratWriter::baseNameFor(id), base);
}

QTEST_GUILESS_MAIN(TestBratWriter)
#include "tst_bratwriter.moc"
