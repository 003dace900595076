#include "demoproject.h"
#include "session/networkanalysis.h"
#include "session/session.h"
#include "session/snapshotloader.h"
#include "store/project.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace entente;
using namespace Qt::StringLiterals;

namespace {

DayRange year(int y)
{
    return {QDate(y, 1, 1).toJulianDay(), QDate(y, 12, 31).toJulianDay()};
}

// Two camps fighting through 2019 and 2020: camp A (a1, a2, a3 and c1, a friend of a3
// only) is the larger in 2019; in 2020 three newcomers join camp B (b1, b2), which
// becomes the larger, so ids numbered by size swap between the two years.
std::shared_ptr<Snapshot> twoCamps()
{
    auto s = std::make_shared<Snapshot>();
    for (const char *id : {"a1", "a2", "a3", "b1", "b2", "b3", "b4", "b5", "c1"})
        s->actors.push_back({QString::fromLatin1(id), QString::fromLatin1(id), ActorKind::State});
    const auto relation = [&](const char *from, const char *to, RelationType type, DayRange valid) {
        SnapshotRelation r;
        r.id = QStringLiteral("r-%1-%2").arg(QLatin1String(from), QLatin1String(to));
        r.source = s->actorIndex(QLatin1String(from));
        r.target = s->actorIndex(QLatin1String(to));
        r.type = type;
        r.basis = ValidityBasis::Explicit;
        r.periods = {valid};
        r.evidenceCount = 1;
        s->relations.push_back(r);
    };
    const DayRange both{year(2019).first, year(2020).last};
    // actorIndex needs the index built: finalize once the actors are in.
    s->finalize();
    relation("a1", "a2", RelationType::Supports, both);
    relation("a1", "a3", RelationType::Supports, both);
    relation("a2", "a3", RelationType::AlliedWith, both);
    relation("a3", "c1", RelationType::CooperatesWith, both);
    relation("b1", "b2", RelationType::Supports, both);
    relation("b3", "b1", RelationType::Supports, year(2020));
    relation("b4", "b1", RelationType::Supports, year(2020));
    relation("b5", "b1", RelationType::Supports, year(2020));
    relation("a1", "b1", RelationType::Fights, both);
    s->finalize();
    return s;
}

int blocOfId(const NetworkAnalysis &a, const QString &id)
{
    return a.blocs.blocOf(a.network.nodeIndex(id));
}

} // namespace

// The demo corpus end to end: import, snapshot, network as of a window, blocs.
class TestNetworkAnalysis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void demoSplitsIntoTwoCamps_data();
    void demoSplitsIntoTwoCamps();
    void windowBeforeMemorandaDropsTurkishSupport();
    void cacheFollowsTheFilter();
    void blocIdsFollowThePreviousWindow();
    void demoGnaKeepsItsBlocWhileTheWindowMoves();
    void actorFilterShowsTheEgoNetwork();
    void betweennessOnlyWhenWanted();
    void saysWhileANewAnalysisIsComputed();

private:
    int blocOf(const NetworkAnalysis &a, const char *actorId) const
    {
        return a.blocOfActor.value(m_snapshot->actorIndex(QLatin1String(actorId)), -1);
    }

    QTemporaryDir m_dir;
    std::shared_ptr<Project> m_project;
    std::shared_ptr<Snapshot> m_snapshot;
};

void TestNetworkAnalysis::initTestCase()
{
    QString error;
    m_project = test::importDemo(m_dir.filePath(QStringLiteral("demo.entente")), &error);
    QVERIFY2(m_project, qPrintable(error));
    m_snapshot = loadSnapshot(*m_project);
    QVERIFY(!m_snapshot->relations.isEmpty());
}

void TestNetworkAnalysis::demoSplitsIntoTwoCamps_data()
{
    QTest::addColumn<QByteArray>("actor");
    QTest::addColumn<QByteArray>("sameCampAs");
    QTest::addColumn<bool>("same");
    QTest::newRow("Turkey with GNA") << QByteArray("TUR") << QByteArray("GNA") << true;
    QTest::newRow("Qatar with GNA") << QByteArray("QAT") << QByteArray("GNA") << true;
    QTest::newRow("Haftar with LNA") << QByteArray("haftar") << QByteArray("LNA") << true;
    QTest::newRow("Egypt with LNA") << QByteArray("EGY") << QByteArray("LNA") << true;
    QTest::newRow("UAE with LNA") << QByteArray("ARE") << QByteArray("LNA") << true;
    QTest::newRow("Russia with LNA") << QByteArray("RUS") << QByteArray("LNA") << true;
    QTest::newRow("Wagner with LNA") << QByteArray("wagner") << QByteArray("LNA") << true;
    QTest::newRow("GNA against LNA") << QByteArray("GNA") << QByteArray("LNA") << false;
}

void TestNetworkAnalysis::demoSplitsIntoTwoCamps()
{
    QFETCH(QByteArray, actor);
    QFETCH(QByteArray, sameCampAs);
    QFETCH(bool, same);
    Session session;
    session.setProject(m_project, m_snapshot);
    const NetworkAnalysis a =
        NetworkAnalysis::compute(session.snapshot(), session.visible(), session.filter());
    QStringList blocs;
    for (int b = 0; b < a.blocs.blocCount(); ++b) {
        QStringList names;
        for (int n : a.blocs.members(b))
            names << a.network.nodes()[n].id;
        blocs << QStringLiteral("bloc %1: %2").arg(b).arg(names.join(u' '));
    }
    const int bloc = blocOf(a, actor.constData());
    const int other = blocOf(a, sameCampAs.constData());
    QVERIFY2(bloc >= 0 && other >= 0, "both actors must have a bloc");
    const QString message =
        QStringLiteral("%1 is in bloc %2 and %3 in bloc %4, expected %5 (%6)")
            .arg(QLatin1String(actor))
            .arg(bloc)
            .arg(QLatin1String(sameCampAs))
            .arg(other)
            .arg(same ? QStringLiteral("the same") : QStringLiteral("different"))
            .arg(blocs.join(QStringLiteral("; ")));
    QVERIFY2((bloc == other) == same, qPrintable(message));
}

void TestNetworkAnalysis::windowBeforeMemorandaDropsTurkishSupport()
{
    Session session;
    session.setProject(m_project, m_snapshot);
    const auto hasTurkeySupportingGna = [&] {
        const NetworkAnalysis a =
            NetworkAnalysis::compute(session.snapshot(), session.visible(), session.filter());
        const int tur = a.network.nodeIndex(QStringLiteral("TUR"));
        const int gna = a.network.nodeIndex(QStringLiteral("GNA"));
        for (const NetworkEdge &e : a.network.edges()) {
            if (e.source == tur && e.target == gna && e.type == RelationType::Supports)
                return true;
        }
        return false;
    };
    QVERIFY(hasTurkeySupportingGna());
    session.setTimeWindow(
        DayRange{FuzzyDate::fromYmd(2019, 4).firstDay(), FuzzyDate::fromYmd(2019, 10).lastDay()});
    QVERIFY(!hasTurkeySupportingGna());
}

void TestNetworkAnalysis::cacheFollowsTheFilter()
{
    Session session;
    session.setProject(m_project, m_snapshot);
    QSignalSpy spy(session.network(), &NetworkAnalysisCache::updated);
    QVERIFY(spy.wait(10000));
    const int before = session.network()->current()->network.nodeCount();
    QVERIFY(before > 10);
    session.setTimeWindow(
        DayRange{FuzzyDate::fromYmd(2019, 4).firstDay(), FuzzyDate::fromYmd(2019, 4).lastDay()});
    QVERIFY(spy.wait(10000));
    while (spy.wait(200)) {
    }
    QVERIFY(session.network()->current()->network.nodeCount() < before);
}

void TestNetworkAnalysis::blocIdsFollowThePreviousWindow()
{
    Session session;
    session.setProject(nullptr, twoCamps());
    const auto fresh = [&] {
        return NetworkAnalysis::compute(session.snapshot(), session.visible(), session.filter());
    };
    session.setTimeWindow(year(2019));
    QCOMPARE(blocOfId(fresh(), u"a1"_s), 0);
    session.network()->recomputeNow();
    const int a = blocOfId(*session.network()->current(), u"a1"_s);
    const int b = blocOfId(*session.network()->current(), u"b1"_s);
    QCOMPARE(a, 0);
    QCOMPARE(b, 1);

    // Numbered afresh (as the command line does), camp B is now bloc 0...
    session.setTimeWindow(year(2020));
    QCOMPARE(blocOfId(fresh(), u"b1"_s), 0);
    QCOMPARE(blocOfId(fresh(), u"a1"_s), 1);
    // ...but the view's analysis keeps each camp's id, and so its colour.
    session.network()->recomputeNow();
    const auto current = session.network()->current();
    QCOMPARE(blocOfId(*current, u"a1"_s), a);
    QCOMPARE(blocOfId(*current, u"b5"_s), b);
    QCOMPARE(current->blocOfActor.value(session.snapshot().actorIndex(u"b3"_s)), b);
    QCOMPARE(current->blocs.members(b).size(), 5);

    // A camp that goes away keeps its id reserved: the one left is not renumbered.
    Filter onlyB = session.filter();
    onlyB.actorIds = {u"b3"_s};
    session.setFilter(onlyB);
    session.network()->recomputeNow();
    QCOMPARE(blocOfId(*session.network()->current(), u"b1"_s), b);
    QCOMPARE(session.network()->current()->blocs.blocCount(), 1);
}

void TestNetworkAnalysis::demoGnaKeepsItsBlocWhileTheWindowMoves()
{
    Session session;
    session.setProject(m_project, m_snapshot);
    QSet<int> gnaBlocs;
    QSet<int> lnaBlocs;
    for (int step = 0; step < 18; ++step) {
        const QDate first = QDate(2019, 4, 1).addMonths(step);
        session.setTimeWindow(
            DayRange{first.toJulianDay(), first.addMonths(8).addDays(-1).toJulianDay()});
        session.network()->recomputeNow();
        const NetworkAnalysis &a = *session.network()->current();
        if (const int gna = blocOf(a, "GNA"); gna >= 0)
            gnaBlocs.insert(gna);
        if (const int lna = blocOf(a, "LNA"); lna >= 0)
            lnaBlocs.insert(lna);
    }
    QCOMPARE(gnaBlocs.size(), 1);
    QCOMPARE(lnaBlocs.size(), 1);
    QVERIFY(gnaBlocs != lnaBlocs);
}

void TestNetworkAnalysis::actorFilterShowsTheEgoNetwork()
{
    Session session;
    session.setProject(nullptr, twoCamps());
    Filter filter;
    filter.actorIds = {u"a1"_s};
    session.setFilter(filter);
    const NetworkAnalysis a =
        NetworkAnalysis::compute(session.snapshot(), session.visible(), session.filter());
    QStringList ids;
    for (const NetworkNode &n : a.network.nodes())
        ids << n.id;
    // a1, the actors it has ties with, and the ties among those (a2 and a3 are allies);
    // not the friends of its friends (c1) nor its enemy's allies (b2).
    QCOMPARE(ids, (QStringList{u"a1"_s, u"a2"_s, u"a3"_s, u"b1"_s}));
    QStringList edges;
    for (const NetworkEdge &e : a.network.edges())
        edges << a.network.nodes()[e.source].id + u'-' + a.network.nodes()[e.target].id;
    QCOMPARE(edges, (QStringList{u"a1-a2"_s, u"a1-a3"_s, u"a1-b1"_s, u"a2-a3"_s}));
}

void TestNetworkAnalysis::betweennessOnlyWhenWanted()
{
    Session session;
    session.setProject(m_project, m_snapshot);
    session.network()->recomputeNow();
    QVERIFY(!session.network()->current()->betweenness());
    QVERIFY(session.network()->current()->centrality.degree(0) > 0);

    QSignalSpy ready(session.network(), &NetworkAnalysisCache::betweennessReady);
    session.network()->setBetweennessWanted(true);
    QVERIFY(ready.wait(10000));
    const auto analysis = session.network()->current();
    QVERIFY(analysis->betweenness());
    // The same numbers as computed at once.
    const NetworkAnalysis eager =
        NetworkAnalysis::compute(session.snapshot(), session.visible(), session.filter());
    QVERIFY(eager.betweenness());
    const int gna = analysis->network.nodeIndex(u"GNA"_s);
    QVERIFY(analysis->betweenness()->betweenness(gna) > 0.0);
    QCOMPARE(analysis->betweenness()->betweenness(gna), eager.betweenness()->betweenness(gna));

    // While wanted, a new window gets it too.
    session.setTimeWindow(
        DayRange{FuzzyDate::fromYmd(2020, 1).firstDay(), FuzzyDate::fromYmd(2020, 12).lastDay()});
    QTRY_VERIFY_WITH_TIMEOUT(session.network()->current() != analysis &&
                                 session.network()->current()->betweenness(),
                             10000);

    // Back to the whole extent: the analysis comes with the betweenness computed before,
    // not computed again.
    QSignalSpy updated(session.network(), &NetworkAnalysisCache::updated);
    session.setTimeWindow(std::nullopt);
    QVERIFY(updated.wait(10000));
    const auto back = session.network()->current();
    QVERIFY(back->filter == Filter{});
    QCOMPARE(back->betweenness(), analysis->betweenness()); // the same object
}

void TestNetworkAnalysis::saysWhileANewAnalysisIsComputed()
{
    Session session;
    session.setProject(nullptr, twoCamps());
    session.network()->recomputeNow();
    QVERIFY(!session.network()->isComputing());
    QSignalSpy updated(session.network(), &NetworkAnalysisCache::updated);
    session.setTimeWindow(year(2019));
    QVERIFY(session.network()->isComputing()); // on a worker: not done within the call
    QVERIFY(updated.wait(5000));
    QTRY_VERIFY(!session.network()->isComputing());
    QCOMPARE(session.network()->current()->filter, session.filter());
}

QTEST_GUILESS_MAIN(TestNetworkAnalysis)
#include "tst_networkanalysis.moc"
