#include "store/project.h"
#include "store/projectqueries.h"

#include <QDate>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <algorithm>

using namespace entente;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString kText1 = u"Turkey and Qatar said they back the GNA in Tripoli. "
                       "Égypte et les Émirats soutiennent Haftar."_s;
const QString kText2 = u"The LNA resumed its offensive south of Tripoli; 50% of flights were "
                       "cancelled (officials said)."_s;
const QString kText3 = u"Diplomats met for the \"Berlin process\" — a UN-led track. "
                       "Column: notes; NEAR(x) AND OR NOT."_s;

qint64 day(int y, int m, int d)
{
    return QDate(y, m, d).toJulianDay();
}

// BMP-only texts: code points equal UTF-16 positions.
Evidence evidence(const QString &articleId, const QString &text, const QString &quote)
{
    const qsizetype at = text.indexOf(quote);
    Q_ASSERT(at >= 0);
    return Evidence{articleId, TextSpan{at, at + quote.size(), quote}};
}

Event event(const QString &id, const QString &date, const QString &placeId = {})
{
    Event e;
    e.id = id;
    e.type = u"clash"_s;
    e.date = *TimeSpan::parse(date);
    e.title = u"Event "_s + id;
    e.placeId = placeId;
    return e;
}

Relation relation(const QString &id, const QString &source, const QString &target,
                  std::optional<TimeSpan> valid, QVector<Evidence> evidence = {})
{
    Relation r;
    r.id = id;
    r.sourceId = source;
    r.targetId = target;
    r.type = RelationType::Supports;
    r.valid = valid;
    r.evidence = std::move(evidence);
    return r;
}

Corpus corpus()
{
    Corpus c;
    c.places = {Place{u"tripoli"_s, u"Tripoli"_s, 32.89, 13.19, u"LBY"_s, PlaceKind::City}};
    c.actors = {Actor{u"TUR"_s, u"Turkey"_s, ActorKind::State, u"TUR"_s, {u"Türkiye"_s}, {}},
                Actor{u"GNA"_s,
                      u"Government of National Accord"_s,
                      ActorKind::Government,
                      {},
                      {},
                      u"tripoli"_s},
                Actor{u"LNA"_s, u"Libyan National Army"_s, ActorKind::ArmedGroup, {}, {}, {}},
                Actor{u"QAT"_s, u"Qatar"_s, ActorKind::State, u"QAT"_s, {}, {}}};
    Article p1{u"p1"_s, u"Turkey and Qatar back Tripoli"_s, kText1,  u"Wire"_s,
               {},      FuzzyDate::fromYmd(2020, 1, 15),    u"en"_s, {}};
    p1.mentions = {Mention{evidence(u"p1"_s, kText1, u"Tripoli"_s).span, {}, u"tripoli"_s},
                   Mention{evidence(u"p1"_s, kText1, u"Turkey"_s).span, u"TUR"_s, {}}};
    Article p2{u"p2"_s, u"Offensive resumes"_s,      kText2,  u"Daily"_s,
               {},      FuzzyDate::fromYmd(2020, 3), u"en"_s, {}};
    Article p3{u"p3"_s, u"Berlin process"_s, kText3, {}, {}, std::nullopt, u"en"_s, {}};
    c.articles = {p1, p2, p3};

    c.events = {event(u"d1"_s, u"2020-01-10"_s, u"tripoli"_s),
                event(u"m1"_s, u"2020-02"_s),
                event(u"y1"_s, u"2019"_s),
                event(u"i1"_s, u"2020-01-20/2020-03-05"_s),
                event(u"o1"_s, u"2020-06-01/.."_s),
                event(u"p0"_s, u"../2018-05"_s)};
    c.events[0].participants = {Participant{u"LNA"_s, u"initiator"_s},
                                Participant{u"GNA"_s, u"target"_s}};
    c.events[0].evidence = {
        evidence(u"p2"_s, kText2, u"resumed its offensive"_s),
        evidence(u"p1"_s, kText1, u"Égypte et les Émirats soutiennent Haftar"_s)};

    c.relations = {relation(u"rx"_s, u"TUR"_s, u"GNA"_s, TimeSpan::parse(u"2019-11-27/.."),
                            {evidence(u"p1"_s, kText1, u"Turkey"_s)}),
                   relation(u"rc"_s, u"LNA"_s, u"GNA"_s, TimeSpan::parse(u"2019-04-04/2020-06-05")),
                   relation(u"rr"_s, u"QAT"_s, u"GNA"_s, std::nullopt,
                            {evidence(u"p1"_s, kText1, u"Qatar said they back the GNA"_s),
                             evidence(u"p2"_s, kText2, u"south of Tripoli"_s)}),
                   relation(u"ru"_s, u"TUR"_s, u"QAT"_s, std::nullopt,
                            {evidence(u"p3"_s, kText3, u"Berlin process"_s)}),
                   relation(u"rn"_s, u"TUR"_s, u"LNA"_s, std::nullopt)};
    c.relations[1].type = RelationType::Fights;
    return c;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

class TestProjectQueries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void eventsInWindow_data();
    void eventsInWindow();
    void loadsAllEventsSorted();
    void relationsInWindow_data();
    void relationsInWindow();
    void describesRelationValidity();
    void searchesText_data();
    void searchesText();
    void highlightsSnippets();
    void returnsExactEvidence();
    void returnsArticleWithMentions();
    void listsEntities();
    void countsStats();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
};

void TestProjectQueries::initTestCase()
{
    QString error;
    m_project =
        Project::open(m_dir.filePath(u"q.entente"_s), Project::OpenMode::CreateIfMissing, &error);
    QVERIFY2(m_project, qPrintable(error));
    const ImportReport report = m_project->importFiles({FileToImport{u"q.json"_s, corpus(), {}}});
    QVERIFY2(report.ok(), qPrintable(report.error));
}

void TestProjectQueries::eventsInWindow_data()
{
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::addColumn<QStringList>("expected"); // in first-day order
    QTest::newRow("the day itself") << day(2020, 1, 10) << day(2020, 1, 10) << QStringList{u"d1"_s};
    QTest::newRow("gap before an interval")
        << day(2020, 1, 11) << day(2020, 1, 19) << QStringList{};
    QTest::newRow("interval's first day at the window's end")
        << day(2020, 1, 19) << day(2020, 1, 20) << QStringList{u"i1"_s};
    QTest::newRow("month and interval overlap")
        << day(2020, 2, 29) << day(2020, 3, 1) << QStringList{u"i1"_s, u"m1"_s};
    QTest::newRow("after the interval's end")
        << day(2020, 3, 6) << day(2020, 5, 31) << QStringList{};
    QTest::newRow("open end, years later")
        << day(2030, 1, 1) << day(2030, 12, 31) << QStringList{u"o1"_s};
    QTest::newRow("year edges") << day(2019, 12, 31) << day(2020, 1, 1) << QStringList{u"y1"_s};
    QTest::newRow("open start") << day(1900, 1, 1) << day(1900, 1, 1) << QStringList{u"p0"_s};
    QTest::newRow("all time") << kOpenPastDay << kOpenFutureDay
                              << QStringList{u"p0"_s, u"y1"_s, u"d1"_s, u"i1"_s, u"m1"_s, u"o1"_s};
}

void TestProjectQueries::eventsInWindow()
{
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(QStringList, expected);
    QStringList ids;
    for (const EventRecord &r : m_project->eventsInWindow(from, to)) {
        ids.append(r.event.id);
        QVERIFY(r.firstDay <= to && r.lastDay >= from);
    }
    QCOMPARE(ids, expected);
}

void TestProjectQueries::loadsAllEventsSorted()
{
    const QVector<EventRecord> events = m_project->events();
    QCOMPARE(events.size(), 6);
    QVERIFY(std::is_sorted(events.cbegin(), events.cend(),
                           [](const auto &a, const auto &b) { return a.firstDay < b.firstDay; }));
    const EventRecord &d1 = events[2];
    QCOMPARE(d1.event.id, u"d1"_s);
    QCOMPARE(d1.event.placeId, u"tripoli"_s);
    QCOMPARE(d1.event.participants.size(), 2);
    QCOMPARE(d1.event.participants[0], (Participant{u"LNA"_s, u"initiator"_s}));
    QCOMPARE(d1.evidenceCount, 2);
    const EventRecord &m1 = events[4];
    QCOMPARE(m1.event.id, u"m1"_s);
    QVERIFY(m1.event.date.start()->precision() == DatePrecision::Month);
    QCOMPARE(m1.firstDay, day(2020, 2, 1));
    QCOMPARE(m1.lastDay, day(2020, 2, 29));
    QCOMPARE(events[0].firstDay, kOpenPastDay);
    QCOMPARE(events[5].lastDay, kOpenFutureDay);
}

void TestProjectQueries::relationsInWindow_data()
{
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::addColumn<QStringList>("expected");
    const QStringList undated = {u"rn"_s, u"ru"_s};
    QTest::newRow("day before an open-ended start")
        << day(2019, 11, 26) << day(2019, 11, 26) << sorted(undated + QStringList{u"rc"_s});
    QTest::newRow("open-ended start day") << day(2019, 11, 27) << day(2019, 11, 27)
                                          << sorted(undated + QStringList{u"rc"_s, u"rx"_s});
    QTest::newRow("first report date") << day(2020, 1, 15) << day(2020, 1, 15)
                                       << sorted(undated + QStringList{u"rc"_s, u"rr"_s, u"rx"_s});
    QTest::newRow("between two report dates")
        << day(2020, 2, 1) << day(2020, 2, 29) << sorted(undated + QStringList{u"rc"_s, u"rx"_s});
    QTest::newRow("month-precision report date, last day")
        << day(2020, 3, 31) << day(2020, 4, 30)
        << sorted(undated + QStringList{u"rc"_s, u"rr"_s, u"rx"_s});
    QTest::newRow("years after: open end still holds")
        << day(2025, 1, 1) << day(2025, 12, 31) << sorted(undated + QStringList{u"rx"_s});
    QTest::newRow("long before: only undated") << day(2010, 1, 1) << day(2010, 12, 31) << undated;
}

void TestProjectQueries::relationsInWindow()
{
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(QStringList, expected);
    QStringList ids;
    for (const RelationRecord &r : m_project->relationsInWindow(from, to))
        ids.append(r.relation.id);
    QCOMPARE(sorted(ids), expected);
}

void TestProjectQueries::describesRelationValidity()
{
    QHash<QString, RelationRecord> byId;
    for (const RelationRecord &r : m_project->relations())
        byId.insert(r.relation.id, r);
    QCOMPARE(byId.size(), 5);
    QVERIFY(byId[u"rx"_s].validity == RelationValidity::Explicit);
    QCOMPARE(byId[u"rx"_s].periods, (QVector<DaySpan>{{day(2019, 11, 27), kOpenFutureDay}}));
    QCOMPARE(byId[u"rx"_s].relation.valid->toString(), u"2019-11-27/.."_s);
    QVERIFY(byId[u"rr"_s].validity == RelationValidity::AsReported);
    QCOMPARE(byId[u"rr"_s].periods, (QVector<DaySpan>{{day(2020, 1, 15), day(2020, 1, 15)},
                                                      {day(2020, 3, 1), day(2020, 3, 31)}}));
    QVERIFY(!byId[u"rr"_s].relation.valid);
    QCOMPARE(byId[u"rr"_s].evidenceCount, 2);
    QVERIFY(byId[u"ru"_s].validity == RelationValidity::Undated);
    QVERIFY(byId[u"ru"_s].periods.isEmpty());
    QVERIFY(byId[u"rn"_s].validity == RelationValidity::Undated);
    QCOMPARE(byId[u"rn"_s].evidenceCount, 0);
    QVERIFY(byId[u"rc"_s].relation.type == RelationType::Fights);
    QCOMPARE(byId[u"rc"_s].relation.sourceId, u"LNA"_s);
}

void TestProjectQueries::searchesText_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("word") << u"tripoli"_s << QStringList{u"p1"_s, u"p2"_s};
    QTest::newRow("upper case") << u"TRIPOLI"_s << QStringList{u"p1"_s, u"p2"_s};
    QTest::newRow("diacritics ignored") << u"egypte"_s << QStringList{u"p1"_s};
    QTest::newRow("diacritics typed") << u"Émirats"_s << QStringList{u"p1"_s};
    QTest::newRow("phrase") << u"\"Berlin process\""_s << QStringList{u"p3"_s};
    QTest::newRow("phrase in the wrong order") << u"\"process Berlin\""_s << QStringList{};
    QTest::newRow("unbalanced quote") << u"\"Berlin"_s << QStringList{u"p3"_s};
    QTest::newRow("prefix") << u"tri*"_s << QStringList{u"p1"_s, u"p2"_s};
    QTest::newRow("or") << u"Qatar OR Diplomats"_s << QStringList{u"p1"_s, u"p3"_s};
    QTest::newRow("bare OR is a word") << u"OR"_s << QStringList{u"p3"_s};
    QTest::newRow("FTS5 syntax typed") << u"NEAR(x"_s << QStringList{u"p3"_s};
    QTest::newRow("column filter typed") << u"title:Berlin"_s << QStringList{};
    QTest::newRow("minus sign") << u"-LNA"_s << QStringList{u"p2"_s};
    QTest::newRow("parentheses") << u"(officials said)"_s << QStringList{u"p2"_s};
    QTest::newRow("percent") << u"50%"_s << QStringList{u"p2"_s};
    QTest::newRow("SQL injection") << u"'; DROP TABLE articles; --"_s << QStringList{};
    QTest::newRow("only a star") << u"*"_s << QStringList{};
    QTest::newRow("only quotes") << u"\"\" \""_s << QStringList{};
    QTest::newRow("blank") << u"   "_s << QStringList{};
    QTest::newRow("quote inside a word") << u"Tri\"poli"_s << QStringList{};
    QTest::newRow("AND NOT typed") << u"Tripoli AND NOT"_s << QStringList{};
}

void TestProjectQueries::searchesText()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);

    // The escaped query is valid FTS5 syntax, whatever was typed.
    const QString fts = ProjectQueries::toFtsQuery(query);
    if (!fts.isEmpty()) {
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open_v2(QFile::encodeName(m_project->path()).constData(), &db,
                                 SQLITE_OPEN_READONLY, nullptr),
                 SQLITE_OK);
        sqlite3_stmt *stmt = nullptr;
        QCOMPARE(sqlite3_prepare_v2(db,
                                    "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?",
                                    -1, &stmt, nullptr),
                 SQLITE_OK);
        const QByteArray utf8 = fts.toUtf8();
        sqlite3_bind_text(stmt, 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        const int rc = sqlite3_step(stmt);
        const QByteArray message = sqlite3_errmsg(db);
        sqlite3_finalize(stmt);
        sqlite3_close(db);
        QVERIFY2(rc == SQLITE_ROW, message.constData());
    }

    QStringList ids;
    for (const SearchHit &hit : m_project->search(query))
        ids.append(hit.articleId);
    QCOMPARE(sorted(ids), expected);
    QCOMPARE(m_project->stats().articles, 3);
}

void TestProjectQueries::highlightsSnippets()
{
    const QVector<SearchHit> hits = m_project->search(u"berlin"_s);
    QCOMPARE(hits.size(), 1);
    const SearchHit &hit = hits.first();
    QCOMPARE(hit.title, u"Berlin process"_s);
    QVERIFY(!hit.snippet.contains(QChar(1)) && !hit.snippet.contains(QChar(2)));
    QVERIFY(!hit.highlights.isEmpty());
    for (const auto &[at, length] : hit.highlights)
        QCOMPARE(hit.snippet.mid(at, length), u"Berlin"_s);
    // Title matches rank first.
    const QVector<SearchHit> ranked = m_project->search(u"Tripoli"_s);
    QCOMPARE(ranked.size(), 2);
    QCOMPARE(ranked.first().articleId, u"p1"_s);
}

void TestProjectQueries::returnsExactEvidence()
{
    const QVector<EvidenceRecord> spans = m_project->eventEvidence(u"d1"_s);
    QCOMPARE(spans.size(), 2);
    // Ordered by publication date.
    QCOMPARE(spans[0].articleId, u"p1"_s);
    QCOMPARE(spans[0].quote, u"Égypte et les Émirats soutiennent Haftar"_s);
    QCOMPARE(spans[0].articleTitle, u"Turkey and Qatar back Tripoli"_s);
    QCOMPARE(spans[0].source, u"Wire"_s);
    QCOMPARE(spans[0].published, std::optional(FuzzyDate::fromYmd(2020, 1, 15)));
    QCOMPARE(kText1.mid(spans[0].start, spans[0].end - spans[0].start), spans[0].quote);
    QCOMPARE(spans[1].quote, u"resumed its offensive"_s);
    QCOMPARE(m_project->relationEvidence(u"ru"_s).first().quote, u"Berlin process"_s);
    QVERIFY(!m_project->relationEvidence(u"ru"_s).first().published);
    QVERIFY(m_project->relationEvidence(u"rn"_s).isEmpty());
    QVERIFY(m_project->eventEvidence(u"nope"_s).isEmpty());
}

void TestProjectQueries::returnsArticleWithMentions()
{
    const auto article = m_project->article(u"p1"_s);
    QVERIFY(article);
    QCOMPARE(article->text, kText1);
    QCOMPARE(article->mentions.size(), 2);
    QCOMPARE(article->mentions[0].actorId, u"TUR"_s); // sorted by start
    QCOMPARE(article->mentions[1].placeId, u"tripoli"_s);
    QCOMPARE(article->mentions[1].span.quote, u"Tripoli"_s);
    QVERIFY(!m_project->article(u"missing"_s));
}

void TestProjectQueries::listsEntities()
{
    const QVector<Actor> actors = m_project->actors();
    QStringList names;
    for (const Actor &a : actors)
        names.append(a.name);
    QCOMPARE(names, (QStringList{u"Government of National Accord"_s, u"Libyan National Army"_s,
                                 u"Qatar"_s, u"Turkey"_s}));
    QCOMPARE(actors[0].baseId, u"tripoli"_s);
    QCOMPARE(actors[3].aliases, QStringList{u"Türkiye"_s});

    const QVector<ActorRelationCount> counts = m_project->actorRelationCounts();
    QCOMPARE(counts.first().actorId, u"GNA"_s); // target of rx, rc, rr
    QCOMPARE(counts.first().incoming, 3);
    QCOMPARE(counts.first().outgoing, 0);
    QCOMPARE(counts[1].actorId, u"TUR"_s);
    QCOMPARE(counts[1].outgoing, 3);

    const QVector<ArticleSummary> articles = m_project->articles();
    QCOMPARE(articles.size(), 3);
    QCOMPARE(articles[0].id, u"p1"_s);
    QCOMPARE(articles[0].mentionCount, 2);
    QCOMPARE(articles[2].id, u"p3"_s); // undated last
    QCOMPARE(m_project->places().size(), 1);
}

void TestProjectQueries::countsStats()
{
    const ProjectStats stats = m_project->stats();
    QCOMPARE(stats.events, 6);
    QCOMPARE(stats.relations, 5);
    QVERIFY(stats.eventDays);
    QCOMPARE(stats.eventDays->first, day(2018, 5, 31)); // the open start's known end
    QCOMPARE(stats.eventDays->last, day(2020, 6, 1));   // the open end's known start
}

QTEST_GUILESS_MAIN(TestProjectQueries)
#include "tst_projectqueries.moc"
