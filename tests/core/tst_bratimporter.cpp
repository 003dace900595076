#include "io/bratimporter.h"
#include "io/bratmapping.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace entente;
using namespace Qt::StringLiterals;

namespace {

QString dataPath(const char *name)
{
    return QStringLiteral(ENTENTE_TEST_DATA "/brat/") + QLatin1StringView(name);
}

const Actor *findActor(const Corpus &c, const QString &id)
{
    for (const Actor &a : c.actors) {
        if (a.id == id)
            return &a;
    }
    return nullptr;
}

const Place *findPlace(const Corpus &c, const QString &id)
{
    for (const Place &p : c.places) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

const Event *findEvent(const Corpus &c, const QString &id)
{
    for (const Event &e : c.events) {
        if (e.id == id)
            return &e;
    }
    return nullptr;
}

const Relation *findRelation(const Corpus &c, const QString &id)
{
    for (const Relation &r : c.relations) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

ParsedFile readDoc(const QString &text, const QString &ann,
                   const BratMapping &mapping = BratMapping::defaults())
{
    return BratImporter(mapping).readData(text.toUtf8(), ann.toUtf8(), QStringLiteral("doc.ann"),
                                          EmptyProjectLookup());
}

const QString kText = QStringLiteral("Haftar met Erdoğan in Ankara. Turkey backs the GNA.");
// Haftar 0-6, met 7-10, Erdoğan 11-18, Ankara 22-28, Turkey 30-36, backs 37-42, GNA 47-50
const QString kEntities = QStringLiteral("T1\tPerson 0 6\tHaftar\n"
                                         "T2\tPerson 11 18\tErdoğan\n"
                                         "T3\tCity 22 28\tAnkara\n"
                                         "T4\tState 30 36\tTurkey\n"
                                         "T5\tGovernment 47 50\tGNA\n"
                                         "T6\tMeeting 7 10\tmet\n");

class ProjectWithHaftar final : public ProjectLookup
{
public:
    bool hasActor(const QString &id) const override { return id == u"brat:haftar"; }
    bool hasPlace(const QString &) const override { return false; }
    bool hasArticle(const QString &) const override { return false; }
    std::optional<QString> articleText(const QString &) const override { return std::nullopt; }
    bool isActorMentioned(const QString &) const override { return false; }
};

} // namespace

class TestBratImporter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheBerlinFixture();
    void readsMultilingualFixture();
    void codePointOffsets_data();
    void codePointOffsets();
    void errors_data();
    void errors();
    void discontinuousSpanGivesOneMentionPerFragment();
    void collapsesByNameNormalisationAndEquiv();
    void eventDates_data();
    void eventDates();
    void eventWithoutDateIsDroppedWithWarning();
    void dateArguments();
    void relationAttributes();
    void unmappedTypesAreWarnings();
    void mappingFileOverridesDefaults();
    void mappingParseErrors_data();
    void mappingParseErrors();
    void mappingTextRoundTrip();
    void knownActorIsNotOverwritten();
    void readFileNeedsBothHalves();
    void invalidUtf8IsRefused();
    void lineEndsAndByteOrderMark();
    void errorListIsCapped();
};

void TestBratImporter::readsTheBerlinFixture()
{
    const ParsedFile f =
        BratImporter().readFile(dataPath("2020-01-19_berlin.txt"), EmptyProjectLookup());
    QVERIFY2(f.ok(), qPrintable(toText(f.errors)));
    QVERIFY(f.file.endsWith(u"2020-01-19_berlin.ann"));
    const Corpus &c = f.corpus;
    QCOMPARE(c.articles.size(), 1);
    const Article &a = c.articles.front();
    QCOMPARE(a.id, u"brat:2020-01-19_berlin"_s);
    QCOMPARE(a.title, u"Berlin conference on Libya"_s);
    QVERIFY(a.published == FuzzyDate::fromYmd(2020, 1, 19));
    QCOMPARE(a.mentions.size(), 16); // 15 entities, one of them in two fragments

    QStringList actorIds;
    for (const Actor &x : c.actors)
        actorIds << x.id;
    QCOMPARE(actorIds,
             (QStringList{u"wikidata:Q43"_s, u"brat:government_of_national_accord"_s,
                          u"wikidata:Q878"_s, u"brat:libyan_national_army"_s,
                          u"brat:khalifa_haftar"_s, u"brat:fayez_al_sarraj"_s, u"wikidata:Q79"_s}));
    QCOMPARE(findActor(c, u"wikidata:Q43"_s)->country, u"TUR"_s);
    QVERIFY(findActor(c, u"wikidata:Q43"_s)->kind == ActorKind::State);
    QCOMPARE(findActor(c, u"wikidata:Q878"_s)->name, u"United Arab Emirates"_s);
    QCOMPARE(findActor(c, u"wikidata:Q878"_s)->aliases, QStringList{u"UAE"_s});
    QCOMPARE(findActor(c, u"brat:libyan_national_army"_s)->aliases, QStringList{u"LNA"_s});
    QVERIFY(findActor(c, u"brat:libyan_national_army"_s)->kind == ActorKind::ArmedGroup);
    QCOMPARE(findActor(c, u"brat:khalifa_haftar"_s)->aliases, QStringList{u"Haftar"_s});
    QCOMPARE(c.places.size(), 3);
    QVERIFY(findPlace(c, u"brat:berlin"_s)->kind == PlaceKind::Unspecified);
    QVERIFY(findPlace(c, u"wikidata:Q1016"_s)->kind == PlaceKind::Country);
    QVERIFY(findPlace(c, u"brat:tripoli"_s)->kind == PlaceKind::City);

    QCOMPARE(c.events.size(), 2); // E3 is negated
    const Event *e1 = findEvent(c, u"brat:2020-01-19_berlin:E1"_s);
    QVERIFY(e1);
    QCOMPARE(e1->type, u"meeting"_s);
    QCOMPARE(e1->title, u"Berlin conference on Libya"_s);
    QCOMPARE(e1->date, TimeSpan(FuzzyDate::fromYmd(2020, 1, 19)));
    QCOMPARE(e1->placeId, u"brat:berlin"_s);
    QCOMPARE(e1->participants, (QVector<Participant>{{u"wikidata:Q43"_s, u"participant"_s},
                                                     {u"wikidata:Q878"_s, u"participant"_s}}));
    QCOMPARE(e1->evidence.size(), 1);
    QCOMPARE(e1->evidence.front().span.quote, u"met"_s);
    const Event *e2 = findEvent(c, u"brat:2020-01-19_berlin:E2"_s);
    QVERIFY(e2);
    QCOMPARE(e2->type, u"clash"_s);
    QCOMPARE(e2->title, u"Fayez al-Sarraj accused the LNA of shelling Tripoli."_s);
    QCOMPARE(e2->placeId, u"brat:tripoli"_s);
    QCOMPARE(e2->participants,
             (QVector<Participant>{{u"brat:libyan_national_army"_s, u"agent"_s}}));
    QCOMPARE(e2->attributes, (QVector<EventAttribute>{{u"reported"_s, u"true"_s}}));

    QCOMPARE(c.relations.size(), 5);
    const Relation *r1 = findRelation(c, u"brat:2020-01-19_berlin:R1"_s);
    QVERIFY(r1->type == RelationType::Supports);
    QCOMPARE(r1->sourceId, u"wikidata:Q43"_s);
    QCOMPARE(r1->targetId, u"brat:government_of_national_accord"_s);
    QCOMPARE(r1->evidence.front().span.quote, u"Turkey backs the Government of National Accord"_s);
    QVERIFY(!r1->confidence);
    QCOMPARE(findRelation(c, u"brat:2020-01-19_berlin:R2"_s)->aspect, u"military"_s);
    const Relation *r4 = findRelation(c, u"brat:2020-01-19_berlin:R4"_s);
    QCOMPARE(r4->sourceId, u"wikidata:Q878"_s);
    QCOMPARE(r4->targetId, u"brat:khalifa_haftar"_s);
    QVERIFY(r4->confidence == 0.5);
    QCOMPARE(r4->evidence.front().span.quote, u"UAE and Egypt reportedly back Haftar"_s);

    // NORP is not mapped; E3 is negated: both said, at their lines.
    QCOMPARE(f.warnings.size(), 2);
    QCOMPARE(f.warnings.at(0).line, 19);
    QVERIFY(f.warnings.at(0).message.contains(u"NORP"));
    QCOMPARE(f.warnings.at(1).line, 32);
    QCOMPARE(f.warnings.at(1).path, u"E3"_s);
}

void TestBratImporter::readsMultilingualFixture()
{
    const ParsedFile f =
        BratImporter().readFile(dataPath("multilingual.ann"), EmptyProjectLookup());
    QVERIFY2(f.ok(), qPrintable(toText(f.errors)));
    QVERIFY2(f.warnings.isEmpty(), qPrintable(toText(f.warnings)));
    const Corpus &c = f.corpus;
    QVERIFY(!c.articles.front().published);
    const Actor *sarraj = findActor(c, u"sarraj"_s); // an Entente: normalisation is the id itself
    QVERIFY(sarraj);
    QCOMPARE(sarraj->name, u"Fayez al-Sarraj"_s);
    QCOMPARE(sarraj->aliases, (QStringList{u"Сарадж"_s, u"السراج"_s}));
    QVERIFY(findActor(c, u"wikidata:Q39259"_s));
    QCOMPARE(c.places.size(), 1); // Анкаре and أنقرة are Equiv
    QCOMPARE(c.places.front().id, u"brat:анкаре"_s);
    QCOMPARE(c.events.size(), 2);
    QCOMPARE(c.events.at(1).date, TimeSpan(FuzzyDate::fromYmd(2019, 11, 27))); // from a note
    QCOMPARE(c.events.at(1).title, u"التقى السراج بأردوغان في أنقرة."_s);
    QCOMPARE(c.events.at(0).evidence.front().span.quote, u"встретился"_s);
    const Relation *r1 = findRelation(c, u"brat:multilingual:R1"_s);
    QCOMPARE(r1->evidence.front().span.quote, u"Turkey 🇹🇷 backs the GNA"_s);
    QCOMPARE(r1->evidence.front().span.start, 88);
    QCOMPARE(r1->evidence.front().span.end, 111);
    const Relation *r2 = findRelation(c, u"brat:multilingual:R2"_s);
    QVERIFY(r2->valid == TimeSpan::parse(u"2019-04/.."));
    for (const Mention &m : c.articles.front().mentions)
        QVERIFY(!m.span.quote.isEmpty());
}

void TestBratImporter::codePointOffsets_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("end");
    QTest::addColumn<QString>("quote");
    QTest::addColumn<bool>("ok");

    QTest::newRow("latin") << u"Haftar visited Moscow."_s << 15 << 21 << u"Moscow"_s << true;
    QTest::newRow("cyrillic") << u"Хафтар посетил Москву."_s << 15 << 21 << u"Москву"_s << true;
    QTest::newRow("arabic") << u"زار حفتر موسكو."_s << 4 << 8 << u"حفتر"_s << true;
    QTest::newRow("emoji before") << u"🔥🔥 Sirte 🔥"_s << 3 << 8 << u"Sirte"_s << true;
    QTest::newRow("emoji inside") << u"Talks 🤝 in Geneva"_s << 6 << 17 << u"🤝 in Geneva"_s
                                  << true;
    QTest::newRow("flag, two code points") << u"🇱🇾 Tripoli"_s << 3 << 10 << u"Tripoli"_s << true;
    // UTF-16 counting would put Sirte at 5..10: brat offsets are code points.
    QTest::newRow("utf-16 offsets refused") << u"🔥🔥 Sirte 🔥"_s << 5 << 10 << u"Sirte"_s << false;
}

void TestBratImporter::codePointOffsets()
{
    QFETCH(QString, text);
    QFETCH(int, start);
    QFETCH(int, end);
    QFETCH(QString, quote);
    QFETCH(bool, ok);
    const QString ann = u"T1\tCity %1 %2\t%3\n"_s.arg(start).arg(end).arg(quote);
    const ParsedFile f = readDoc(text, ann);
    QCOMPARE(f.ok(), ok);
    if (!ok) {
        QCOMPARE(f.errors.front().line, 1);
        QVERIFY(f.errors.front().message.contains(u"does not match"));
        QVERIFY(f.corpus.isEmpty());
        return;
    }
    const Mention &m = f.corpus.articles.front().mentions.front();
    QCOMPARE(m.span.start, start);
    QCOMPARE(m.span.end, end);
    QCOMPARE(m.span.quote, quote);
}

void TestBratImporter::errors_data()
{
    QTest::addColumn<QString>("ann");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    QTest::newRow("no tab") << u"T1 Person 0 6 Haftar"_s << 1 << 21 << u"truncated line"_s;
    QTest::newRow("truncated T") << u"T1\tPerson 0"_s << 1 << 12 << u"truncated line"_s;
    QTest::newRow("T without quote") << u"T1\tPerson 0 6"_s << 1 << 14 << u"truncated line"_s;
    QTest::newRow("truncated R") << kEntities + u"R1\tSupports Arg1:T4"_s << 7 << 20
                                 << u"two arguments"_s;
    QTest::newRow("truncated A") << kEntities + u"A1\tNegation"_s << 7 << 12 << u"truncated line"_s;
    QTest::newRow("not a number") << u"T1\tPerson 0 x\tHaftar"_s << 1 << 11 << u"is not a span"_s;
    QTest::newRow("reversed offsets")
        << u"T1\tPerson 6 0\tHaftar"_s << 1 << 11 << u"reversed offsets 6 0"_s;
    QTest::newRow("span past the end")
        << u"T1\tPerson 47 60\tGNA."_s << 1 << 11 << u"past the end of the text (51 character"_s;
    QTest::newRow("quote mismatch")
        << u"T1\tPerson 0 6\tHafter"_s << 1 << 15 << u"\"Hafter\" does not match"_s;
    QTest::newRow("unknown argument")
        << kEntities + u"R1\tSupports Arg1:T4 Arg2:T9"_s << 7 << 21 << u"unknown id T9"_s;
    QTest::newRow("unknown trigger")
        << kEntities + u"E1\tMeeting:T9 Participant:T1"_s << 7 << 12 << u"unknown id T9"_s;
    QTest::newRow("trigger not a T") << kEntities + u"R1\tSupports Arg1:T4 Arg2:T5\n"
                                                    u"E1\tMeeting:R1"_s
                                     << 8 << 12 << u"not a text-bound annotation"_s;
    QTest::newRow("unknown attribute target")
        << kEntities + u"A1\tNegation R7"_s << 7 << 13 << u"unknown id R7"_s;
    QTest::newRow("unknown equiv member")
        << kEntities + u"*\tEquiv T1 T8"_s << 7 << 12 << u"unknown id T8"_s;
    QTest::newRow("bad event head")
        << kEntities + u"E1\tMeeting Participant:T1"_s << 7 << 4 << u"Type:Trigger"_s;
    QTest::newRow("bad argument") << kEntities + u"R1\tSupports T4 Arg2:T5"_s << 7 << 13
                                  << u"Role:Id"_s;
    QTest::newRow("bad date attribute")
        << kEntities + u"E1\tMeeting:T6 Participant:T1\nA1\tDate E1 2020-13-45"_s << 8 << 12
        << u"bad date \"2020-13-45\""_s;
    QTest::newRow("bad date normalisation")
        << u"T1\tDate 0 6\tHaftar\nN1\tReference T1 ISO:yesterday\tx"_s << 2 << 17 << u"bad date"_s;
    QTest::newRow("bad confidence") << kEntities + u"R1\tSupports Arg1:T4 Arg2:T5\n"
                                                   u"A1\tConfidence R1 high"_s
                                    << 8 << 18 << u"bad confidence"_s;
    QTest::newRow("bad normalisation")
        << kEntities + u"N1\tReference T1 Q123\tHaftar"_s << 7 << 17 << u"DB:ID"_s;
    QTest::newRow("duplicate id") << u"T1\tPerson 0 6\tHaftar\nT1\tState 30 36\tTurkey"_s << 2 << 1
                                  << u"duplicate id T1 (already used on line 1)"_s;
    QTest::newRow("unknown line") << u"X1\tsomething"_s << 1 << 1 << u"is not an annotation id"_s;
}

void TestBratImporter::errors()
{
    QFETCH(QString, ann);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    const ParsedFile f = readDoc(kText, ann);
    QVERIFY(!f.ok());
    QVERIFY(f.corpus.isEmpty()); // all or nothing
    const Diagnostic &d = f.errors.front();
    QVERIFY(d.severity == Diagnostic::Severity::Error);
    QCOMPARE(d.file, u"doc.ann"_s);
    QVERIFY2(d.message.contains(message), qPrintable(d.message));
    QCOMPARE(d.line, line);
    QCOMPARE(d.column, column);
}

void TestBratImporter::discontinuousSpanGivesOneMentionPerFragment()
{
    const QString text = u"the Government, so-called, of National Accord"_s;
    const ParsedFile f = readDoc(text, u"T1\tGovernment 4 14;30 45\tGovernment National Accord"_s);
    QVERIFY2(f.ok(), qPrintable(toText(f.errors)));
    const auto &mentions = f.corpus.articles.front().mentions;
    QCOMPARE(mentions.size(), 2);
    QCOMPARE(mentions.at(0).span.quote, u"Government"_s);
    QCOMPARE(mentions.at(1).span.quote, u"National Accord"_s);
    QCOMPARE(mentions.at(1).actorId, u"brat:government_national_accord"_s);
    // The quote joins the fragments with one space, as brat writes it.
    QVERIFY(!readDoc(text, u"T1\tGovernment 4 14;30 45\tGovernmentNational Accord"_s).ok());
}

void TestBratImporter::collapsesByNameNormalisationAndEquiv()
{
    const QString text = u"Haftar, haftar, Khalifa Haftar and the Field Marshal."_s;
    const QString ann = u"T1\tPerson 0 6\tHaftar\n"
                        u"T2\tPerson 8 14\thaftar\n"
                        u"T3\tPerson 16 30\tKhalifa Haftar\n"
                        u"T4\tPerson 39 52\tField Marshal\n"
                        u"N1\tReference T3 Wikidata:Q5\tKhalifa Haftar\n"
                        u"*\tEquiv T3 T4\n"
                        u"*\tEquiv T1 T3\n"_s;
    const ParsedFile f = readDoc(text, ann);
    QVERIFY2(f.ok(), qPrintable(toText(f.errors)));
    QCOMPARE(f.corpus.actors.size(), 1);
    const Actor &a = f.corpus.actors.front();
    QCOMPARE(a.id, u"wikidata:Q5"_s);
    QCOMPARE(a.name, u"Khalifa Haftar"_s);
    QCOMPARE(a.aliases, (QStringList{u"Haftar"_s, u"haftar"_s, u"Field Marshal"_s}));
    for (const Mention &m : f.corpus.articles.front().mentions)
        QCOMPARE(m.actorId, u"wikidata:Q5"_s);

    // Same name, different normalisations: two people.
    const ParsedFile two = readDoc(u"Ali met Ali."_s, u"T1\tPerson 0 3\tAli\nT2\tPerson 8 11\tAli\n"
                                                      u"N1\tReference T1 Wikidata:Q1\tAli A\n"
                                                      u"N2\tReference T2 Wikidata:Q2\tAli B\n"_s);
    QVERIFY(two.ok());
    QCOMPARE(two.corpus.actors.size(), 2);
}

void TestBratImporter::eventDates_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("extra");
    QTest::addColumn<QString>("date");

    const QString dateArg = u"T7\tDate 19 28\tlast week\n"_s;
    QTest::newRow("attribute") << u"doc.ann"_s << u"A1\tDate E1 2020-01-19"_s << u"2020-01-19"_s;
    QTest::newRow("attribute interval")
        << u"doc.ann"_s << u"A1\tDate E1 2020-01/2020-03"_s << u"2020-01/2020-03"_s;
    QTest::newRow("note") << u"doc.ann"_s << u"#1\tAnnotatorNotes E1\t2020-02"_s << u"2020-02"_s;
    QTest::newRow("file name") << u"2019-04-04_doc.ann"_s << QString() << u"2019-04-04"_s;
    QTest::newRow("attribute beats file name")
        << u"2019-04-04_doc.ann"_s << u"A1\tDate E1 2020"_s << u"2020"_s;
}

void TestBratImporter::eventDates()
{
    QFETCH(QString, fileName);
    QFETCH(QString, extra);
    QFETCH(QString, date);
    const QString ann = kEntities + u"E1\tMeeting:T6 Host:T1 Guest:T2 Place:T3\n"_s + extra;
    const ParsedFile f =
        BratImporter().readData(kText.toUtf8(), ann.toUtf8(), fileName, EmptyProjectLookup());
    QVERIFY2(f.ok(), qPrintable(toText(f.errors)));
    QCOMPARE(f.corpus.events.size(), 1);
    const Event &e = f.corpus.events.front();
    QCOMPARE(e.date.toString(), date);
    QCOMPARE(e.placeId, u"brat:ankara"_s);
    QCOMPARE(e.participants, (QVector<Participant>{{u"brat:haftar"_s, u"host"_s},
                                                   {u"brat:erdoğan"_s, u"guest"_s}}));
}

void TestBratImporter::eventWithoutDateIsDroppedWithWarning()
{
    const QString ann = kEntities + u"E1\tMeeting:T6 Participant:T1 Participant2:T2\n"_s;
    const ParsedFile f = readDoc(kText, ann);
    QVERIFY(f.ok());
    QVERIFY(f.corpus.events.isEmpty());
    QCOMPARE(f.corpus.actors.size(), 4); // the rest is imported
    QCOMPARE(f.warnings.size(), 1);
    QCOMPARE(f.warnings.front().line, 7);
    QVERIFY(f.warnings.front().message.contains(u"no date"));

    BratMapping dated = BratMapping::defaults();
    dated.documentDate = FuzzyDate::fromYmd(2020, 6);
    const ParsedFile g = readDoc(kText, ann, dated);
    QCOMPARE(g.corpus.events.size(), 1);
    QCOMPARE(g.corpus.events.front().date.toString(), u"2020-06"_s);
    QVERIFY(g.corpus.articles.front().published == FuzzyDate::fromYmd(2020, 6));
    // Repeated roles: Participant and Participant2 are both "participant".
    QCOMPARE(g.corpus.events.front().participants.at(1).role, u"participant"_s);
}

void TestBratImporter::dateArguments()
{
    const QString text = u"On 2020-03-01 Haftar met Erdoğan; last week they talked."_s;
    const QString ann = u"T1\tDate 3 13\t2020-03-01\n"
                        u"T2\tPerson 14 20\tHaftar\n"
                        u"T3\tMeeting 21 24\tmet\n"
                        u"T4\tPerson 25 32\tErdoğan\n"
                        u"T5\tTime 34 43\tlast week\n"
                        u"T6\tStatement 49 55\ttalked\n"
                        u"N1\tReference T5 ISO:2020-02-23/2020-02-29\tlast week\n"
                        u"E1\tMeeting:T3 Participant:T2 Participant2:T4 Time:T1\n"
                        u"E2\tStatement:T6 Participant:T2 Time:T5 Topic:E1\n"
                        u"N2\tReference E1 Wikidata:Q1\tmeeting\n"_s;
    const ParsedFile f = readDoc(text, ann);
    QVERIFY2(f.ok(), qPrintable(toText(f.errors)));
    QCOMPARE(f.corpus.events.size(), 2);
    QCOMPARE(f.corpus.events.at(0).date.toString(), u"2020-03-01"_s); // the date's own text
    QCOMPARE(f.corpus.events.at(1).date.toString(), u"2020-02-23/2020-02-29"_s); // normalised
    QCOMPARE(f.corpus.events.at(0).participants.size(), 2);
    QVERIFY(f.corpus.articles.front().mentions.size() == 2); // dates are no mentions
    // A nested event argument and a normalised event are said, not dropped silently.
    QCOMPARE(f.warnings.size(), 2);
    QCOMPARE(f.warnings.at(0).line, 9);
    QVERIFY(f.warnings.at(0).message.contains(u"Topic:E1"));
    QCOMPARE(f.warnings.at(1).line, 10);
    QCOMPARE(f.warnings.at(1).path, u"N2"_s);
}

void TestBratImporter::relationAttributes()
{
    const QString ann = kEntities + u"R1\tSupports Arg1:T4 Arg2:T5\n"
                                    u"A1\tSpeculation R1\n"
                                    u"R2\tAlliesOf Arg1:T1 Arg2:T2\n"
                                    u"A2\tNegation R2\n"
                                    u"R3\tOpposes Arg1:T4 Arg2:T1\n"
                                    u"A3\tConfidence R3 0.8\n"
                                    u"A4\tDate R3 2019-04/..\n"
                                    u"R4\tFightingAgainst Arg1:T1 Arg2:T3\n"_s;
    const ParsedFile f = readDoc(kText, ann);
    QVERIFY2(f.ok(), qPrintable(toText(f.errors)));
    QCOMPARE(f.corpus.relations.size(), 2);
    QVERIFY(f.corpus.relations.at(0).confidence == 0.5);
    QCOMPARE(f.corpus.relations.at(0).evidence.front().span.quote, u"Turkey backs the GNA"_s);
    const Relation &r3 = f.corpus.relations.at(1);
    QVERIFY(r3.confidence == 0.8);
    QCOMPARE(r3.valid->toString(), u"2019-04/.."_s);
    // Arguments in two sentences: the evidence stays in the first one's sentence.
    QCOMPARE(r3.evidence.front().span.quote, u"Haftar met Erdoğan in Ankara."_s);
    // R2 negated, R4 against a place: both said.
    QVERIFY2(f.warnings.size() == 2, qPrintable(toText(f.warnings)));
    QCOMPARE(f.warnings.at(0).line, 9);
    QCOMPARE(f.warnings.at(1).line, 14);
    QVERIFY(f.warnings.at(1).message.contains(u"not an actor"));
}

void TestBratImporter::unmappedTypesAreWarnings()
{
    const QString ann = kEntities + u"T7\tWeapon 37 42\tbacks\n"
                                    u"T8\tWeapon 0 6\tHaftar\n"
                                    u"R1\tBefriends Arg1:T4 Arg2:T5\n"
                                    u"E1\tSummit:T6 Participant:T1\n"
                                    u"A1\tDate E1 2020\n"
                                    u"A2\tColour T1 blue\n"_s;
    const ParsedFile f = readDoc(kText, ann);
    QVERIFY(f.ok());
    QCOMPARE(f.warnings.size(), 4);
    QCOMPARE(f.warnings.at(0).line, 7); // the first Weapon, counting both
    QVERIFY(f.warnings.at(0).message.contains(u"\"Weapon\""));
    QVERIFY(f.warnings.at(0).message.contains(u"2 annotation"));
    QCOMPARE(f.warnings.at(1).line, 9);
    QVERIFY(f.warnings.at(1).message.contains(u"\"Befriends\""));
    QCOMPARE(f.warnings.at(2).line, 10);
    QVERIFY(f.warnings.at(2).message.contains(u"\"Summit\""));
    QCOMPARE(f.corpus.events.front().type, u"summit"_s); // kept as a free word
    QCOMPARE(f.warnings.at(3).line, 12);
    QVERIFY(f.corpus.relations.isEmpty());
}

void TestBratImporter::mappingFileOverridesDefaults()
{
    QString error;
    const auto mapping = BratMapping::parse("# test\n[entities]\nWeapon = ignore\n"
                                            "Ankara = place:city\nPerson = armed_group\n"
                                            "[relations]\nBefriends = allied_with\n"
                                            "Supports = ignore\n[events]\nMeeting = visit\n"
                                            "[options]\ndocument_date = 2020-02\n",
                                            u"map.ini"_s, &error);
    QVERIFY2(mapping, qPrintable(error));
    QVERIFY(mapping->entity(u"person")->actorKind == ActorKind::ArmedGroup);
    QVERIFY(mapping->entity(u"ORG")->actorKind == ActorKind::Organisation); // defaults kept
    const QString ann = kEntities + u"T7\tWeapon 37 42\tbacks\n"
                                    u"R1\tBefriends Arg1:T4 Arg2:T5\n"
                                    u"R2\tSupports Arg1:T4 Arg2:T5\n"
                                    u"E1\tMeeting:T6 Participant:T1\n"_s;
    const ParsedFile f = readDoc(kText, ann, *mapping);
    QVERIFY(f.ok());
    QVERIFY2(f.warnings.isEmpty(), qPrintable(toText(f.warnings)));
    QCOMPARE(f.corpus.relations.size(), 1);
    QVERIFY(f.corpus.relations.front().type == RelationType::AlliedWith);
    QCOMPARE(f.corpus.events.front().type, u"visit"_s);
    QCOMPARE(f.corpus.events.front().date.toString(), u"2020-02"_s);
    QVERIFY(findActor(f.corpus, u"brat:haftar"_s)->kind == ActorKind::ArmedGroup);

    // The example of docs/formats/brat.md, comments after rules included.
    const auto libya = BratMapping::load(dataPath("libya-mapping.ini"), &error);
    QVERIFY2(libya, qPrintable(error));
    QVERIFY(libya->documentDate == FuzzyDate::fromYmd(2020, 1));
    QCOMPARE(libya->speculationConfidence, 0.4);
    QVERIFY(libya->entity(u"Airbase")->placeKind == PlaceKind::Site);
    QVERIFY(libya->entity(u"Day")->target == BratMapping::EntityTarget::Date);
    QVERIFY(libya->entity(u"Weapon")->target == BratMapping::EntityTarget::Ignore);
    QVERIFY(!libya->relation(u"Mentions")->type);
    QCOMPARE(libya->event(u"airstrike")->eventType, u"offensive"_s);
    QVERIFY(libya->event(u"Rumour")->eventType.isEmpty());
    QVERIFY(libya->entity(u"Person")); // defaults kept

    const auto bare = BratMapping::parse("[options]\ndefaults = none\n[entities]\nX = person\n",
                                         u"map.ini"_s, &error);
    QVERIFY(bare);
    QCOMPARE(bare->entities.size(), 1);
    QVERIFY(!bare->entity(u"Person"));
}

void TestBratImporter::mappingParseErrors_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("no section") << QByteArray("Person = person\n") << u"map.ini:1:"_s;
    QTest::newRow("bad section") << QByteArray("[people]\n") << u"[people]"_s;
    QTest::newRow("no equals") << QByteArray("[entities]\nPerson\n") << u"map.ini:2:"_s;
    QTest::newRow("bad kind") << QByteArray("[entities]\nPerson = human\n") << u"\"human\""_s;
    QTest::newRow("bad place kind")
        << QByteArray("[entities]\nX = place:moon\n") << u"place:moon"_s;
    QTest::newRow("bad relation") << QByteArray("\n[relations]\nLikes = likes\n")
                                  << u"map.ini:3:"_s;
    QTest::newRow("bad date") << QByteArray("[options]\ndocument_date = soon\n") << u"soon"_s;
    QTest::newRow("bad option") << QByteArray("[options]\ncolour = red\n") << u"colour"_s;
    QTest::newRow("bad confidence")
        << QByteArray("[options]\nspeculation_confidence = 2\n") << u"between 0 and 1"_s;
}

void TestBratImporter::mappingParseErrors()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!BratMapping::parse(text, u"map.ini"_s, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

void TestBratImporter::mappingTextRoundTrip()
{
    BratMapping m = BratMapping::defaults();
    m.documentDate = FuzzyDate::fromYmd(2021, 3);
    m.speculationConfidence = 0.25;
    m.setRelation({u"Hates"_s, RelationType::Opposes});
    m.setEvent({u"Ignored"_s, QString()});
    QTemporaryDir dir;
    const QString path = dir.filePath(u"mapping.ini"_s);
    QVERIFY(m.save(path));
    QString error;
    const auto back = BratMapping::load(path, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->toText(), m.toText());
    QVERIFY(back->relation(u"hates")->type == RelationType::Opposes);
    QCOMPARE(back->speculationConfidence, 0.25);
    QCOMPARE(back->bratTypeFor(RelationType::Fights), u"FightingAgainst"_s);
    QVERIFY(!BratMapping::load(dir.filePath(u"missing.ini"_s), &error));
}

void TestBratImporter::knownActorIsNotOverwritten()
{
    const ParsedFile f = BratImporter().readData(kText.toUtf8(), kEntities.toUtf8(), u"doc.ann"_s,
                                                 ProjectWithHaftar());
    QVERIFY(f.ok());
    QVERIFY(!findActor(f.corpus, u"brat:haftar"_s));
    QCOMPARE(f.corpus.articles.front().mentions.front().actorId, u"brat:haftar"_s);
}

void TestBratImporter::readFileNeedsBothHalves()
{
    QTemporaryDir dir;
    QFile txt(dir.filePath(u"lonely.txt"_s));
    QVERIFY(txt.open(QIODevice::WriteOnly));
    txt.write("Haftar.");
    txt.close();
    const ParsedFile f = BratImporter().readFile(txt.fileName(), EmptyProjectLookup());
    QVERIFY(!f.ok());
    QVERIFY(f.errors.front().message.contains(u"lonely.ann"));
    QVERIFY(f.errors.front().message.contains(u"missing"));

    ImportLimits small;
    small.maxFileBytes = 3;
    const ParsedFile big = BratImporter(BratMapping::defaults(), small)
                               .readFile(dataPath("multilingual.txt"), EmptyProjectLookup());
    QVERIFY(!big.ok());
    QVERIFY(big.errors.front().message.contains(u"limit"));
}

void TestBratImporter::invalidUtf8IsRefused()
{
    const ParsedFile f =
        BratImporter().readData("Haftar\nmet \xff", "", u"doc.ann"_s, EmptyProjectLookup());
    QVERIFY(!f.ok());
    QCOMPARE(f.errors.front().file, u"doc.txt"_s);
    QCOMPARE(f.errors.front().line, 2);
    QVERIFY(f.errors.front().message.contains(u"UTF-8"));
}

void TestBratImporter::lineEndsAndByteOrderMark()
{
    // CRLF in both files, a BOM on the .ann; a span across a line break is written on one
    // line with spaces for the break.
    const QByteArray text = "Haftar\r\nmet Erdo\xC4\x9F"
                            "an.";
    const QByteArray ann = "\xEF\xBB\xBFT1\tPerson 0 6\tHaftar\r\n"
                           "T2\tPerson 12 19\tErdo\xC4\x9F"
                           "an\r\n"
                           "T3\tOther 0 11\tHaftar  met\r\n";
    BratMapping mapping = BratMapping::defaults();
    mapping.setEntity({u"Other"_s, BratMapping::EntityTarget::Ignore, {}, {}});
    const ParsedFile f =
        BratImporter(mapping).readData(text, ann, u"doc.ann"_s, EmptyProjectLookup());
    QVERIFY2(f.ok(), qPrintable(toText(f.errors)));
    QVERIFY2(f.warnings.isEmpty(), qPrintable(toText(f.warnings)));
    QCOMPARE(f.corpus.actors.size(), 2);
    QCOMPARE(f.corpus.actors.at(1).name, u"Erdoğan"_s);
    QCOMPARE(f.corpus.articles.front().text.size(), 20);
}

void TestBratImporter::errorListIsCapped()
{
    QString ann;
    for (int i = 1; i <= 12; ++i)
        ann += u"T%1\tPerson 0 6\tWrong\n"_s.arg(i);
    ImportLimits limits;
    limits.maxErrors = 5;
    const ParsedFile f =
        BratImporter(BratMapping::defaults(), limits)
            .readData(kText.toUtf8(), ann.toUtf8(), u"doc.ann"_s, EmptyProjectLookup());
    QCOMPARE(f.errors.size(), 6);
    QCOMPARE(f.errors.at(4).line, 5);
    QVERIFY(f.errors.at(5).message.contains(u"7"));
}

QTEST_GUILESS_MAIN(TestBratImporter)
#include "tst_bratimporter.moc"
