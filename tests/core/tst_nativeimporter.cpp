#include "io/nativeimporter.h"
#include "model/textoffsets.h"

#include <QSet>
#include <QTest>

using namespace entente;
using namespace Qt::StringLiterals;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(ENTENTE_TEST_DATA "/native/") + name;
}

// Ids an earlier import put in the project.
class FakeProject final : public ProjectLookup
{
public:
    QSet<QString> actors{u"LNA"_s, u"GNA"_s};
    QSet<QString> places{u"benghazi"_s};
    QHash<QString, QString> articles{{u"old"_s, u"🙂 LNA forces withdrew."_s}};
    QSet<QString> textless; // articles the project has but cannot give the text of
    QSet<QString> mentioned{u"LNA"_s};

    bool hasActor(const QString &id) const override { return actors.contains(id); }
    bool hasPlace(const QString &id) const override { return places.contains(id); }
    bool hasArticle(const QString &id) const override
    {
        return articles.contains(id) || textless.contains(id);
    }
    std::optional<QString> articleText(const QString &id) const override
    {
        const auto it = articles.constFind(id);
        return it == articles.cend() ? std::nullopt : std::optional<QString>(*it);
    }
    bool isActorMentioned(const QString &id) const override { return mentioned.contains(id); }
};

const Diagnostic *findByPath(const Diagnostics &list, const QString &path)
{
    for (const Diagnostic &d : list) {
        if (d.path == path)
            return &d;
    }
    return nullptr;
}

} // namespace

class TestNativeImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsValidCorpus();
    void fillsQuotesAtCodePointOffsets_data();
    void fillsQuotesAtCodePointOffsets();
    void reportsErrors_data();
    void reportsErrors();
    void countsErrorsPerFile_data();
    void countsErrorsPerFile();
    void listsErrorsInFileOrder();
    void warns();
    void reanchorsQuotes();
    void resolvesReferencesIntoProject();
    void refusesDepthBomb();
    void refusesOversizedInput();
    void capsErrors();
    void keepsPercentSignsInMessages();
    void detectsFormat_data();
    void detectsFormat();
};

void TestNativeImporter::readsValidCorpus()
{
    const ParsedFile file =
        NativeImporter().readFile(fixture(u"valid.json"_s), EmptyProjectLookup());
    QVERIFY2(file.ok(), qPrintable(toText(file.errors)));
    QVERIFY2(file.warnings.isEmpty(), qPrintable(toText(file.warnings)));
    QCOMPARE(file.file, fixture(u"valid.json"_s));
    const Corpus &c = file.corpus;
    QCOMPARE(c.articles.size(), 2);
    QCOMPARE(c.actors.size(), 6);
    QCOMPARE(c.places.size(), 3);
    QCOMPARE(c.events.size(), 2);
    QCOMPARE(c.relations.size(), 5);

    const Article &a1 = c.articles.at(0);
    QCOMPARE(a1.id, u"a1"_s);
    QCOMPARE(a1.title, u"Turkey and Qatar to \"rebuild\" Libya's army"_s);
    QCOMPARE(a1.source, u"Example Wire"_s);
    QCOMPARE(a1.url, u"https://example.org/news/1"_s);
    QCOMPARE(a1.language, u"en"_s);
    QCOMPARE(a1.published, FuzzyDate::fromYmd(2019, 11, 28));
    QCOMPARE(a1.mentions.size(), 8);
    QCOMPARE(c.articles.at(1).published, FuzzyDate::fromYmd(2019, 12));
    QCOMPARE(c.articles.at(1).mentions.size(), 3);
    QCOMPARE(a1.mentions.at(2).placeId, u"ankara"_s);
    QVERIFY(a1.mentions.at(2).actorId.isEmpty());

    const Actor &gna = c.actors.at(2);
    QCOMPARE(toString(gna.kind), u"government"_s);
    QCOMPARE(gna.country, u"LBY"_s);
    QCOMPARE(gna.aliases, QStringList({u"حكومة الوفاق الوطني"_s, u"GNA"_s}));
    QCOMPARE(gna.baseId, u"tripoli"_s);
    QCOMPARE(toString(c.actors.at(5).kind), u"armed_group"_s);
    QVERIFY(c.actors.at(5).baseId.isEmpty()); // null means not given

    QCOMPARE(c.places.at(0).lat, std::optional<double>(32.8872));
    QCOMPARE(c.places.at(0).lon, std::optional<double>(13.1913));
    QCOMPARE(toString(c.places.at(0).kind), u"city"_s);
    QVERIFY(!c.places.at(2).lat);
    QCOMPARE(c.places.at(2).country, u"LBY"_s);
    QCOMPARE(toString(c.places.at(2).kind), u"country"_s);

    const Event &e1 = c.events.at(0);
    QCOMPARE(e1.type, u"meeting"_s);
    QCOMPARE(e1.date, TimeSpan(FuzzyDate::fromYmd(2019, 11, 27)));
    QCOMPARE(e1.placeId, u"ankara"_s);
    QCOMPARE(e1.cameo, u"036"_s);
    QCOMPARE(e1.participants,
             QVector<Participant>({{u"TUR"_s, u"host"_s}, {u"sarraj"_s, QString()}}));
    const Event &e2 = c.events.at(1);
    QVERIFY(e2.date.isInterval());
    QCOMPARE(e2.date.toString(), u"2019-11/2020-01"_s);
    QCOMPARE(e2.evidence.size(), 2);

    const Relation &r1 = c.relations.at(0);
    QCOMPARE(toString(r1.type), u"supports"_s);
    QCOMPARE(r1.aspect, u"military"_s);
    QVERIFY(r1.valid && r1.valid->isOpenEnd());
    QCOMPARE(r1.valid->start(), FuzzyDate::fromYmd(2019, 11, 27));
    QCOMPARE(r1.confidence, std::optional<double>(0.9));
    QCOMPARE(c.relations.at(1).viaId, u"TUR"_s);
    QVERIFY(!c.relations.at(1).valid);
    QVERIFY(!c.relations.at(1).confidence);
    QCOMPARE(toString(c.relations.at(2).type), u"fights"_s);
    QCOMPARE(c.relations.at(2).claimedById, u"GNA"_s);
    QCOMPARE(c.relations.at(2).confidence, std::optional<double>(0));
    QVERIFY(c.relations.at(3).valid->isOpenStart());
    QCOMPARE(toString(c.relations.at(4).type), u"member_of"_s);
}

void TestNativeImporter::fillsQuotesAtCodePointOffsets_data()
{
    QTest::addColumn<QString>("what"); // "mention" or "evidence"
    QTest::addColumn<int>("record");   // article index, or event/relation index
    QTest::addColumn<int>("item");
    QTest::addColumn<qint64>("start");
    QTest::addColumn<qint64>("end");
    QTest::addColumn<QString>("quote");
    const auto row = [](const char *name, const char *what, int record, int item, qint64 start,
                        qint64 end, const QString &quote) {
        QTest::newRow(name) << QString::fromLatin1(what) << record << item << start << end << quote;
    };
    row("before emoji", "mention", 0, 0, 0, 6, u"Turkey"_s);
    row("after a flag (2 emoji)", "mention", 0, 1, 14, 19, u"Qatar"_s); // quote omitted in file
    row("after flag, with quote", "mention", 0, 3, 50, 53, u"GNA"_s);
    row("arabic in english text", "mention", 0, 4, 87, 93, u"السراج"_s);
    row("after a smiley", "mention", 0, 5, 124, 130, u"Haftar"_s);
    row("last word", "mention", 0, 7, 148, 155, u"Tripoli"_s);
    row("arabic article", "mention", 1, 0, 6, 25, u"حكومة الوفاق الوطني"_s);
    row("arabic place", "mention", 1, 1, 29, 35, u"طرابلس"_s);
    row("event evidence", "event", 0, 0, 64, 85, u"Erdoğan met al-Sarraj"_s);
    row("evidence without quote", "event", 1, 0, 40, 62, u"train the GNA's forces"_s);
    row("evidence in arabic", "event", 1, 1, 39, 57, u"تركيا ستدعم قواتها"_s);
    row("relation evidence", "relation", 0, 0, 40, 62, u"train the GNA's forces"_s);
}

void TestNativeImporter::fillsQuotesAtCodePointOffsets()
{
    QFETCH(QString, what);
    QFETCH(int, record);
    QFETCH(int, item);
    QFETCH(qint64, start);
    QFETCH(qint64, end);
    QFETCH(QString, quote);
    const ParsedFile file =
        NativeImporter().readFile(fixture(u"valid.json"_s), EmptyProjectLookup());
    QVERIFY(file.ok());
    const Corpus &c = file.corpus;
    TextSpan span;
    QString articleId;
    if (what == u"mention") {
        span = c.articles.at(record).mentions.at(item).span;
        articleId = c.articles.at(record).id;
    } else {
        const Evidence &e = what == u"event" ? c.events.at(record).evidence.at(item)
                                             : c.relations.at(record).evidence.at(item);
        span = e.span;
        articleId = e.articleId;
    }
    QCOMPARE(span.start, start);
    QCOMPARE(span.end, end);
    QCOMPARE(span.quote, quote);
    // The offsets are code points: slicing the QString by them directly would be wrong
    // after the emoji, right only through the conversion.
    const QString text = articleId == u"a1" ? c.articles.at(0).text : c.articles.at(1).text;
    QCOMPARE(TextOffsets(text).slice(text, start, end), quote);
    const qsizetype utf16 = text.indexOf(quote);
    QCOMPARE(TextOffsets(text).toCodePoint(utf16), start);
    if (articleId == u"a1" && start > 10)
        QVERIFY(utf16 != start);
}

void TestNativeImporter::reportsErrors_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("phrase");
    const auto row = [](const char *file, const char *path, int line, const char *phrase) {
        const QString f = QString::fromLatin1(file);
        const QString p = QString::fromLatin1(path);
        QTest::newRow(qPrintable(f + u' ' + (p.isEmpty() ? u"(top)"_s : p)))
            << f << p << line << QString::fromUtf8(phrase);
    };
    // Not JSON, not UTF-8, not the format.
    row("not-json.csv", "", 1, "unexpected 'i'; expected a JSON value");
    row("latin1.json", "actors[0].name", 5, "invalid UTF-8 byte 0xe9");
    row("syntax.json", "actors[1].kind", 6, "trailing comma");
    row("top-array.json", "", 1, "the top level is array; expected an object");
    row("no-format.json", "format", 1,
        "missing \"format\"; expected \"format\": \"entente-corpus\"");
    row("no-format.json", "version", 1, "missing \"version\"; supported versions: 1");
    row("wrong-format.json", "format", 2, "unsupported format \"entente-corpus-v2\"");
    row("wrong-format.json", "version", 3, "unsupported version 2; supported versions: 1");
    row("version-string.json", "version", 3, "expected number, found string");
    // Actors.
    row("actors.json", "actors[0].name", 5, "missing required field \"name\"");
    row("actors.json", "actors[1].name", 6, "expected string, found number");
    row("actors.json", "actors[2].kind", 7,
        "unknown actor kind \"militia\"; expected one of: state, government, armed_group, "
        "organisation, intergovernmental, person, coalition, other");
    row("actors.json", "actors[3].country", 8, "country \"LY\" is not an ISO 3166-1 alpha-3 code");
    row("actors.json", "actors[4].base", 9,
        "unknown place \"nowhere\": defined neither in this file's \"places\" nor in the project");
    row("actors.json", "actors[5].id", 10,
        "duplicate actor id \"TUR\" (first used in actors[0] at line 5, column 13)");
    row("actors.json", "actors[6]", 11, "expected object, found string");
    row("actors.json", "actors[7].aliases[1]", 12, "expected string, found number");
    row("actors.json", "actors[8].id", 13, "\"id\" is empty");
    row("actors.json", "actors[9].country", 14, "expected three upper-case letters");
    row("actors.json", "places", 16, "expected array, found object");
    // Places.
    row("places.json", "places[0].lat", 5,
        "\"lat\" 95 is out of range; expected WGS 84 degrees "
        "from -90 to 90");
    row("places.json", "places[1].lon", 6, "\"lon\" -200.5 is out of range");
    row("places.json", "places[2].lat", 7, "\"lat\" given without \"lon\"");
    row("places.json", "places[3]", 8, "place \"p4\" has no position");
    row("places.json", "places[4].kind", 9,
        "unknown place kind \"town\"; expected one of: city, "
        "region, country, site, other");
    row("places.json", "places[5].lat", 10, "expected number, found string");
    // Articles and their mentions.
    row("articles.json", "articles[0].title", 7, "expected string, found number");
    row("articles.json", "articles[0].published", 9,
        "invalid date \"2019-11-27/2019-12-01\" in \"published\"; expected a single date");
    row("articles.json", "articles[0].mentions[0]", 11, "not both");
    row("articles.json", "articles[0].mentions[1]", 12, "missing \"actor\" or \"place\"");
    row("articles.json", "articles[0].mentions[2].end", 13,
        "end 65 is out of range: the text of article \"a1\" has 64 code points");
    row("articles.json", "articles[0].mentions[3].end", 14, "reversed");
    row("articles.json", "articles[0].mentions[4].start", 15, "offset -1 is negative");
    row("articles.json", "articles[0].mentions[5].start", 16, "expected a whole number, found 2.5");
    row("articles.json", "articles[0].mentions[6].end", 17, "the span is empty");
    row("articles.json", "articles[0].mentions[7].quote", 18,
        "quote \"Russia\" does not match the offsets (the text at 0..6 is \"Turkey\") and does "
        "not occur in article \"a1\"");
    row("articles.json", "articles[0].mentions[8].quote", 19,
        "occurs 2 times in article \"a1\", so it cannot be re-anchored");
    row("articles.json", "articles[0].mentions[9].actor", 20, "unknown actor \"RUS\"");
    row("articles.json", "articles[0].mentions[10].start", 21, "expected number, found string");
    row("articles.json", "articles[1].text", 24, "missing required field \"text\"");
    row("articles.json", "articles[2].published", 25, "invalid date \"2019-02-29\"");
    row("articles.json", "articles[2].language", 25,
        "language \"English\" is not a BCP 47 tag; expected a tag such as \"en\"");
    // Events.
    row("events.json", "events[0].date", 11, "invalid date \"2019-13-01\" in \"date\"");
    row("events.json", "events[1].date", 12, "the interval ends before it starts");
    row("events.json", "events[2].date", 13, "at least one known end");
    row("events.json", "events[3].date", 14, "no time of day");
    row("events.json", "events[4].title", 15, "missing required field \"title\"");
    row("events.json", "events[5].date", 19, "expected string, found number");
    row("events.json", "events[5].place", 21, "unknown place \"berlin\"");
    row("events.json", "events[5].participants[1].actor", 22, "missing required field \"actor\"");
    row("events.json", "events[5].participants[2].actor", 22, "unknown actor \"ITA\"");
    row("events.json", "events[5].evidence[0].article", 24, "unknown article \"a9\"");
    row("events.json", "events[5].evidence[1].end", 25, "has 25 code points");
    row("events.json", "events[5].evidence[4].article", 28, "missing required field \"article\"");
    row("events.json", "events[6].id", 31, "duplicate event id \"e1\"");
    row("events.json", "events[6].type", 31, "\"type\" is empty");
    // Relations.
    row("relations.json", "relations[0].type", 12,
        "unknown relation type \"backs\"; expected one of: supports, allied_with, "
        "cooperates_with, recognises, opposes, fights, condemns, commands, member_of, acts_for");
    row("relations.json", "relations[1].aspect", 13,
        "unknown aspect \"moral\"; expected one of: military, political, diplomatic, financial, "
        "training, materiel, other");
    row("relations.json", "relations[2].confidence", 14,
        "confidence 1.5 is out of range; "
        "expected a number from 0 to 1");
    row("relations.json", "relations[3].valid", 15,
        "invalid date \"2020\" in \"valid\"; expected an interval");
    row("relations.json", "relations[4].target", 16,
        "unknown actor \"sirte\": defined neither in this file's \"actors\" nor in the project "
        "(\"sirte\" is the id of a place)");
    row("relations.json", "relations[5].source", 17, "missing required field \"source\"");
    row("relations.json", "relations[6].via", 18, "unknown actor \"wagner\"");
    row("relations.json", "relations[7].claimed_by", 19, "unknown actor \"GNA\"");
    row("relations.json", "relations[8].type", 20, "expected string, found array");
    row("relations.json", "relations[9].confidence", 21, "confidence -0.1 is out of range");
    row("relations.json", "relations[10].valid", 22, "invalid date \"2019-04/2020-13\"");
    row("relations.json", "relations[11].evidence", 23, "expected array, found object");
}

void TestNativeImporter::reportsErrors()
{
    QFETCH(QString, file);
    QFETCH(QString, path);
    QFETCH(int, line);
    QFETCH(QString, phrase);
    const QString name = fixture(u"errors/"_s + file);
    const ParsedFile parsed = NativeImporter().readFile(name, EmptyProjectLookup());
    QVERIFY(!parsed.ok());
    QVERIFY(parsed.corpus.isEmpty()); // all or nothing
    const Diagnostic *d = findByPath(parsed.errors, path);
    QVERIFY2(d, qPrintable(u"no error at \""_s + path + u"\" in:\n"_s + toText(parsed.errors)));
    QVERIFY2(d->message.contains(phrase), qPrintable(d->toString()));
    QCOMPARE(d->line, line);
    QVERIFY(d->column > 0);
    QCOMPARE(d->file, name);
    QVERIFY(d->severity == Diagnostic::Severity::Error);
    QVERIFY(d->toString().startsWith(name + u':' + QString::number(line) + u':'));
}

void TestNativeImporter::countsErrorsPerFile_data()
{
    // Every mistake is reported, none twice, and nothing else: the rows above name them.
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("count");
    QTest::newRow("no-format") << u"no-format.json"_s << 2;
    QTest::newRow("wrong-format") << u"wrong-format.json"_s << 2;
    QTest::newRow("actors") << u"actors.json"_s << 11;
    QTest::newRow("places") << u"places.json"_s << 6;
    QTest::newRow("articles") << u"articles.json"_s << 16;
    QTest::newRow("events") << u"events.json"_s << 14;
    QTest::newRow("relations") << u"relations.json"_s << 12;
}

void TestNativeImporter::countsErrorsPerFile()
{
    QFETCH(QString, file);
    QFETCH(int, count);
    const ParsedFile parsed =
        NativeImporter().readFile(fixture(u"errors/"_s + file), EmptyProjectLookup());
    QVERIFY2(parsed.errors.size() == count, qPrintable(toText(parsed.errors)));
}

void TestNativeImporter::listsErrorsInFileOrder()
{
    const ParsedFile parsed =
        NativeImporter().readFile(fixture(u"errors/events.json"_s), EmptyProjectLookup());
    for (qsizetype i = 1; i < parsed.errors.size(); ++i) {
        const Diagnostic &a = parsed.errors.at(i - 1);
        const Diagnostic &b = parsed.errors.at(i);
        QVERIFY2(a.line < b.line || (a.line == b.line && a.column <= b.column),
                 qPrintable(toText(parsed.errors)));
    }
}

void TestNativeImporter::warns()
{
    const ParsedFile parsed =
        NativeImporter().readFile(fixture(u"warnings.json"_s), EmptyProjectLookup());
    QVERIFY2(parsed.ok(), qPrintable(toText(parsed.errors)));
    QCOMPARE(parsed.corpus.actors.size(), 3);
    const QList<QPair<QString, QString>> expected{
        {u"generator"_s, u"unknown field \"generator\" ignored"_s},
        {u"articles[0].mentions[0].note"_s, u"unknown field \"note\" ignored"_s},
        {u"articles[0].mentions[1].quote"_s,
         u"quote \"UAE\" did not match the offsets (the text at 13..16 is \" UA\"); re-anchored "
         "from 13..16 to 14..17"_s},
        {u"actors[2]"_s, u"actor \"RUS\" is never mentioned in any article"_s},
        {u"events[0].type"_s, u"event type \"summit\" is not one of the suggested types"_s},
        {u"relations[0].aspect"_s, u"\"aspect\" qualifies \"supports\" relations"_s},
        {u"relations[1].target"_s, u"source and target are the same actor \"RUS\""_s},
    };
    QVERIFY2(parsed.warnings.size() == expected.size(), qPrintable(toText(parsed.warnings)));
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const Diagnostic &w = parsed.warnings.at(i);
        QVERIFY(w.severity == Diagnostic::Severity::Warning);
        QCOMPARE(w.path, expected.at(i).first);
        QVERIFY2(w.message.contains(expected.at(i).second), qPrintable(w.toString()));
        QVERIFY(w.line > 0);
    }
    QCOMPARE(parsed.warnings.at(0).line, 4);
    QCOMPARE(parsed.corpus.articles.at(0).mentions.at(1).span, (TextSpan{14, 17, u"UAE"_s}));
}

void TestNativeImporter::reanchorsQuotes()
{
    const FakeProject project;
    const ParsedFile parsed = NativeImporter().readFile(fixture(u"reanchor.json"_s), project);
    QVERIFY2(parsed.ok(), qPrintable(toText(parsed.errors)));
    // Offsets counted in UTF-16 units by some other tool land two units late after two
    // emoji; the unique quote puts them right.
    QCOMPARE(parsed.corpus.articles.at(0).mentions.at(0).span,
             (TextSpan{3, 15, u"Wagner Group"_s}));
    const QVector<Evidence> &evidence = parsed.corpus.relations.at(0).evidence;
    QCOMPARE(evidence.size(), 3);
    QCOMPARE(evidence.at(0).span, (TextSpan{3, 15, u"Wagner Group"_s}));
    QCOMPARE(evidence.at(1).span, (TextSpan{41, 47, u"denied"_s}));
    QCOMPARE(evidence.at(2).articleId, u"old"_s); // text from the project
    QCOMPARE(evidence.at(2).span, (TextSpan{2, 5, u"LNA"_s}));
    QCOMPARE(parsed.warnings.size(), 2);
    QCOMPARE(parsed.warnings.at(0).path, u"articles[0].mentions[0].quote"_s);
    QVERIFY2(parsed.warnings.at(0).message.contains(u"re-anchored from 5..17 to 3..15"),
             qPrintable(parsed.warnings.at(0).toString()));
    QCOMPARE(parsed.warnings.at(0).line, 10);
    QCOMPARE(parsed.warnings.at(1).path, u"relations[0].evidence[1].quote"_s);
    QVERIFY2(parsed.warnings.at(1).message.contains(u"end 1005 is out of range"),
             qPrintable(parsed.warnings.at(1).toString()));
    QVERIFY(parsed.warnings.at(1).message.contains(u"re-anchored from 999..1005 to 41..47"));
}

void TestNativeImporter::resolvesReferencesIntoProject()
{
    // Without the project the references to LNA and "old" do not resolve.
    const ParsedFile alone =
        NativeImporter().readFile(fixture(u"reanchor.json"_s), EmptyProjectLookup());
    QVERIFY(!alone.ok());
    QCOMPARE(alone.errors.size(), 2);
    QCOMPARE(alone.errors.at(0).path, u"relations[0].target"_s);
    QVERIFY(alone.errors.at(0).message.contains(u"unknown actor \"LNA\""));
    QCOMPARE(alone.errors.at(1).path, u"relations[0].evidence[2].article"_s);
    QVERIFY(alone.errors.at(1).message.contains(u"unknown article \"old\""));

    // An actor that only the project's articles mention raises no warning.
    const QByteArray json = R"({"format": "entente-corpus", "version": 1,
        "actors": [{"id": "LNA", "name": "LNA", "kind": "armed_group", "base": "benghazi"},
                   {"id": "GNA", "name": "GNA", "kind": "government"}]})";
    FakeProject project;
    const ParsedFile merged = NativeImporter().readData(json, u"inline.json"_s, project);
    QVERIFY2(merged.ok(), qPrintable(toText(merged.errors)));
    QCOMPARE(merged.warnings.size(), 1);
    QCOMPARE(merged.warnings.at(0).path, u"actors[1]"_s);
    QCOMPARE(merged.warnings.at(0).file, u"inline.json"_s);
    QCOMPARE(merged.warnings.at(0).line, 3);

    // A project article whose text the store cannot give cannot back evidence.
    project.articles.remove(u"old"_s);
    project.textless.insert(u"old"_s);
    const ParsedFile noText = NativeImporter().readFile(fixture(u"reanchor.json"_s), project);
    QCOMPARE(noText.errors.size(), 1);
    QCOMPARE(noText.errors.at(0).path, u"relations[0].evidence[2].article"_s);
    QVERIFY(noText.errors.at(0).message.contains(u"the project holds no text for article \"old\""));
}

void TestNativeImporter::refusesDepthBomb()
{
    const int depth = 200000;
    const QByteArray json = R"({"format": "entente-corpus", "version": 1, "articles": )" +
                            QByteArray(depth, '[') + QByteArray(depth, ']') + '}';
    const ParsedFile parsed = NativeImporter().readData(json, u"bomb.json"_s, EmptyProjectLookup());
    QCOMPARE(parsed.errors.size(), 1);
    QVERIFY2(parsed.errors.at(0).message.contains(u"nesting deeper than 64 levels"),
             qPrintable(parsed.errors.at(0).toString()));
    QCOMPARE(parsed.errors.at(0).line, 1);
    QCOMPARE(parsed.errors.at(0).column, 55 + 64); // the 64th '[' opens level 65

    ImportLimits limits;
    limits.maxDepth = 4; // the format needs five levels: root, articles, article, mentions, mention
    const ParsedFile tight =
        NativeImporter(limits).readFile(fixture(u"valid.json"_s), EmptyProjectLookup());
    QVERIFY(!tight.ok());
    QVERIFY(tight.errors.at(0).message.contains(u"nesting deeper than 4 levels"));
    QCOMPARE(tight.errors.at(0).path, u"articles[0].mentions[0]"_s);
}

void TestNativeImporter::refusesOversizedInput()
{
    ImportLimits limits;
    limits.maxFileBytes = 1000;
    const ParsedFile parsed =
        NativeImporter(limits).readFile(fixture(u"valid.json"_s), EmptyProjectLookup());
    QCOMPARE(parsed.errors.size(), 1);
    QVERIFY2(parsed.errors.at(0).message.contains(u"the limit is 1000 bytes"),
             qPrintable(parsed.errors.at(0).toString()));
    QCOMPARE(parsed.errors.at(0).line, 0); // about the whole file
    QVERIFY(parsed.corpus.isEmpty());

    const ParsedFile data =
        NativeImporter(limits).readData(QByteArray(1001, ' '), u"big.json"_s, EmptyProjectLookup());
    QCOMPARE(data.errors.size(), 1);
    QVERIFY(data.errors.at(0).message.contains(u"the limit is 1000 bytes"));

    const ParsedFile missing =
        NativeImporter().readFile(fixture(u"no-such-file.json"_s), EmptyProjectLookup());
    QCOMPARE(missing.errors.size(), 1);
    QVERIFY(missing.errors.at(0).message.contains(u"not found"));
}

void TestNativeImporter::capsErrors()
{
    QByteArray json = R"({"format": "entente-corpus", "version": 1, "actors": [)";
    for (int i = 0; i < 150; ++i)
        json += (i ? "," : "") + QByteArray(R"({"id": "A)") + QByteArray::number(i) +
                R"(", "name": "A", "kind": "warlord"})";
    json += "]}";
    const ParsedFile parsed = NativeImporter().readData(json, u"many.json"_s, EmptyProjectLookup());
    QCOMPARE(parsed.errors.size(), 101);
    QVERIFY(parsed.errors.at(99).message.contains(u"\"warlord\""));
    QVERIFY2(parsed.errors.at(100).message.contains(u"50 more error"),
             qPrintable(parsed.errors.at(100).message));

    ImportLimits limits;
    limits.maxErrors = 0; // all
    QCOMPARE(
        NativeImporter(limits).readData(json, u"many.json"_s, EmptyProjectLookup()).errors.size(),
        150);
}

void TestNativeImporter::keepsPercentSignsInMessages()
{
    // Text from the file inside a message must not be taken for a placeholder.
    const QByteArray json = R"({"format": "entente-corpus", "version": 1,
        "articles": [{"id": "a%1", "title": "T", "text": "up 5%2 and 5%2 again",
                      "mentions": [{"start": 0, "end": 40, "actor": "x%3"},
                                   {"start": 0, "end": 2, "actor": "x%3", "quote": "5%2"}]}],
        "actors": [{"id": "x%3", "name": "X", "kind": "other"},
                   {"id": "x%3", "name": "X", "kind": "other"}]})";
    const ParsedFile parsed = NativeImporter().readData(json, u"p.json"_s, EmptyProjectLookup());
    QCOMPARE(parsed.errors.size(), 3);
    QVERIFY2(parsed.errors.at(0).message.contains(
                 u"end 40 is out of range: the text of article \"a%1\" has 20 code points"_s),
             qPrintable(parsed.errors.at(0).message));
    QVERIFY2(parsed.errors.at(1).message.contains(
                 u"quote \"5%2\" does not match the offsets (the text at 0..2 is \"up\") and "
                 "occurs 2 times in article \"a%1\""_s),
             qPrintable(parsed.errors.at(1).message));
    QVERIFY2(parsed.errors.at(2).message.contains(
                 u"duplicate actor id \"x%3\" (first used in actors[0] at line 5"_s),
             qPrintable(parsed.errors.at(2).message));
}

void TestNativeImporter::detectsFormat_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<bool>("native");
    QTest::newRow("plain") << QByteArray(R"({"format":"entente-corpus","version":1})") << true;
    QTest::newRow("spaced") << QByteArray("\xEF\xBB\xBF\n  {\n  \"version\": 1,\n  \"format\" :\t"
                                          "\"entente-corpus\", \"articles\": [")
                            << true;
    QTest::newRow("other format") << QByteArray(R"({"format": "geojson"})") << false;
    QTest::newRow("array") << QByteArray(R"([{"format": "entente-corpus"}])") << false;
    QTest::newRow("csv") << QByteArray("format,entente-corpus\n") << false;
    QTest::newRow("format as value")
        << QByteArray(R"({"title": "format", "x": "entente-corpus"})") << false;
    QTest::newRow("empty") << QByteArray() << false;
}

void TestNativeImporter::detectsFormat()
{
    QFETCH(QByteArray, head);
    QFETCH(bool, native);
    QCOMPARE(NativeImporter::looksLikeNativeCorpus(head), native);
}

QTEST_GUILESS_MAIN(TestNativeImporter)
#include "tst_nativeimporter.moc"
