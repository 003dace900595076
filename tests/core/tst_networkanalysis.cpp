#include "jobs/importjob.h"
#include "session/networkanalysis.h"
#include "session/session.h"
#include "session/snapshotloader.h"
#include "store/project.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace entente;

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
    const QString corpus = QStringLiteral(ENTENTE_SOURCE_DIR "/resources/demo/libya-2019-2021.json");
    const ImportJob::Parsed parsed = ImportJob().read({corpus}, EmptyProjectLookup());
    QVERIFY2(parsed.ok(), qPrintable(parsed.errors.value(0).toString()));
    QString error;
    m_project = Project::open(m_dir.filePath(QStringLiteral("demo.entente")),
                              Project::OpenMode::CreateIfMissing, &error);
    QVERIFY2(m_project, qPrintable(error));
    QVERIFY(ImportJob::commit(*m_project, parsed).ok());
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
    session.setTimeWindow(DayRange{FuzzyDate::fromYmd(2019, 4).firstDay(),
                                   FuzzyDate::fromYmd(2019, 10).lastDay()});
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
    session.setTimeWindow(DayRange{FuzzyDate::fromYmd(2019, 4).firstDay(),
                                   FuzzyDate::fromYmd(2019, 4).lastDay()});
    QVERIFY(spy.wait(10000));
    while (spy.wait(200)) {
    }
    QVERIFY(session.network()->current()->network.nodeCount() < before);
}

QTEST_GUILESS_MAIN(TestNetworkAnalysis)
#include "tst_networkanalysis.moc"
