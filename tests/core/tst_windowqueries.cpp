#include "store/project.h"

#include <QDate>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace entente;
using namespace Qt::Literals::StringLiterals;

// The time-window queries against the full loads filtered by hand, on a project big
// enough that a window's keys can be sparse (the store seeks them) or dense (it walks
// the key range): both must give the same records, in key order, once each.

namespace {

constexpr int kArticles = 40;
constexpr int kRelations = 2000;
const QString kText = u"Ankara backs Tripoli; Cairo backs Benghazi."_s;

qint64 day(int y, int m, int d)
{
    return QDate(y, m, d).toJulianDay();
}

FuzzyDate dateOf(qint64 julianDay)
{
    const QDate d = QDate::fromJulianDay(julianDay);
    return FuzzyDate::fromYmd(d.year(), d.month(), d.day());
}

// Relations of every validity: explicit intervals from a day to years (some open),
// as reported by one to three articles, and undated; ids in import order.
Corpus corpus()
{
    QRandomGenerator random(20261128);
    Corpus c;
    c.actors = {Actor{u"a"_s, u"A"_s, ActorKind::State, {}, {}, {}},
                Actor{u"b"_s, u"B"_s, ActorKind::State, {}, {}, {}}};
    const qint64 start = day(2010, 1, 1);
    for (int i = 0; i < kArticles; ++i) {
        Article a;
        a.id = u"p%1"_s.arg(i);
        a.title = a.id;
        a.text = kText;
        a.published = dateOf(start + random.bounded(3650));
        c.articles.append(a);
    }
    for (int i = 0; i < kRelations; ++i) {
        Relation r;
        r.id = u"r%1"_s.arg(i, 4, 10, u'0');
        r.sourceId = u"a"_s;
        r.targetId = u"b"_s;
        const int kind = random.bounded(100);
        if (kind < 50) {
            const qint64 first = start + random.bounded(3650);
            const qint64 length = qint64(1) << random.bounded(9);
            const auto from = std::optional(dateOf(first));
            const auto to = random.bounded(8) == 0 ? std::nullopt
                                                   : std::optional(dateOf(first + length - 1));
            r.valid = TimeSpan::interval(from, to);
        }
        if (kind != 99) {
            for (int n = 0, count = 1 + random.bounded(3); n < count; ++n) {
                const QString article = u"p%1"_s.arg(random.bounded(kArticles));
                r.evidence.append(Evidence{article, TextSpan{0, 6, u"Ankara"_s}});
            }
        }
        c.relations.append(r);
    }
    return c;
}

bool overlaps(const RelationRecord &r, qint64 from, qint64 to)
{
    if (r.validity == RelationValidity::Undated)
        return true;
    return std::any_of(r.periods.cbegin(), r.periods.cend(),
                       [&](const DaySpan &p) { return p.first <= to && p.last >= from; });
}

} // namespace

class TestWindowQueries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void relationsMatchTheFilteredFullLoad_data();
    void relationsMatchTheFilteredFullLoad();
    void undatedRelationsAreInEveryWindow();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    QVector<RelationRecord> m_all;
};

void TestWindowQueries::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_project =
        Project::open(m_dir.filePath(u"w.entente"_s), Project::OpenMode::CreateIfMissing, &error);
    QVERIFY2(m_project, qPrintable(error));
    const ImportReport report = m_project->importFiles({FileToImport{u"w.json"_s, corpus(), {}}});
    QVERIFY2(report.ok(), qPrintable(report.error));
    m_all = m_project->relations();
    QCOMPARE(m_all.size(), kRelations);
}

void TestWindowQueries::relationsMatchTheFilteredFullLoad_data()
{
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    // One day and one week hold a few relations spread over the keys: sought one by one.
    // A year and more hold most of them: the key range is walked.
    QTest::newRow("one day") << day(2013, 6, 1) << day(2013, 6, 1);
    QTest::newRow("one week") << day(2015, 2, 1) << day(2015, 2, 7);
    QTest::newRow("one month") << day(2011, 9, 1) << day(2011, 9, 30);
    QTest::newRow("one year") << day(2016, 1, 1) << day(2016, 12, 31);
    QTest::newRow("five years") << day(2012, 1, 1) << day(2016, 12, 31);
    QTest::newRow("everything") << kOpenPastDay << kOpenFutureDay;
    QTest::newRow("before every date") << day(1990, 1, 1) << day(1990, 12, 31);
}

void TestWindowQueries::relationsMatchTheFilteredFullLoad()
{
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QStringList expected;
    for (const RelationRecord &r : std::as_const(m_all)) {
        if (overlaps(r, from, to))
            expected.append(r.relation.id);
    }
    const QVector<RelationRecord> window = m_project->relationsInWindow(from, to);
    QStringList ids;
    for (const RelationRecord &r : window)
        ids.append(r.relation.id);
    QCOMPARE(ids, expected); // same set, key order, once each

    // Whichever way a record was read, it is the record the full load gives.
    QHash<QString, const RelationRecord *> full;
    for (const RelationRecord &r : std::as_const(m_all))
        full.insert(r.relation.id, &r);
    for (const RelationRecord &r : window) {
        const RelationRecord &f = *full.value(r.relation.id);
        QCOMPARE(r.periods, f.periods);
        QVERIFY(r.validity == f.validity);
        QCOMPARE(r.evidenceCount, f.evidenceCount);
        QCOMPARE(r.relation.valid.has_value(), f.relation.valid.has_value());
        QCOMPARE(r.relation.sourceId, f.relation.sourceId);
    }
}

void TestWindowQueries::undatedRelationsAreInEveryWindow()
{
    const auto undated =
        std::count_if(m_all.cbegin(), m_all.cend(), [](const RelationRecord &r) {
            return r.validity == RelationValidity::Undated;
        });
    QVERIFY(undated > 0);
    QCOMPARE(m_project->relationsInWindow(day(1990, 1, 1), day(1990, 1, 1)).size(), undated);
}

QTEST_GUILESS_MAIN(TestWindowQueries)
#include "tst_windowqueries.moc"
