#include "analysis/layoutjob.h"

#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace entente;
using namespace Qt::StringLiterals;

namespace {

// A ring of `n` actors, each supporting the next; `extra` adds a spoke to a new actor.
std::shared_ptr<Network> ring(int n, bool extra = false)
{
    NetworkSource source;
    for (int i = 0; i < n + (extra ? 1 : 0); ++i)
        source.actors.push_back({u"A%1"_s.arg(i, 2, 10, QLatin1Char('0')), u"Actor %1"_s.arg(i)});
    for (int i = 0; i < n; ++i) {
        NetworkRelation r;
        r.id = u"r%1"_s.arg(i);
        r.source = source.actors[i].id;
        r.target = source.actors[(i + 1) % n].id;
        r.undated = true;
        r.evidenceCount = 1;
        source.relations.push_back(r);
    }
    if (extra) {
        NetworkRelation r;
        r.id = u"spoke"_s;
        r.source = source.actors[0].id;
        r.target = source.actors[n].id;
        r.undated = true;
        source.relations.push_back(r);
    }
    return std::make_shared<Network>(Network::build(source));
}

double distance(QPointF a, QPointF b)
{
    return std::hypot(a.x() - b.x(), a.y() - b.y());
}

} // namespace

class TestLayoutJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void laysOutANetwork();
    void newNetworkWarmStartsAndReplacesTheRun();
    void pinnedActorStaysAcrossRuns();
    void relayoutIsDeterministic();
    void resetForgetsEverything();
    void handsOverTheFirstFrameAndHoldsForIt();
};

void TestLayoutJob::laysOutANetwork()
{
    LayoutJob job;
    QSignalSpy finished(&job, &LayoutJob::finished);
    const auto net = ring(12);
    job.setNetwork(net);
    QVERIFY(job.isRunning());
    job.waitForIdle();
    QVERIFY(!job.isRunning());
    QCOMPARE(finished.count(), 1);
    QCOMPARE(job.frame().network, std::shared_ptr<const Network>(net));
    QCOMPARE(job.frame().positions.size(), 12);
    QVERIFY(job.frame().iterations > 0);
    QVERIFY(!job.frame().running);
    // Spread out, no two actors on the same spot.
    for (int i = 0; i < 12; ++i)
        for (int j = i + 1; j < 12; ++j)
            QVERIFY(distance(job.frame().positions[i], job.frame().positions[j]) > 1e-3);
    QVERIFY(job.position(u"A03"_s));
    QVERIFY(!job.position(u"nobody"_s));
}

void TestLayoutJob::newNetworkWarmStartsAndReplacesTheRun()
{
    LayoutJob job;
    job.setNetwork(ring(12));
    job.waitForIdle();
    const QPointF before = *job.position(u"A05"_s);

    // Two networks in a row: the first run is cancelled, the frame ends on the second.
    job.setNetwork(ring(30));
    const auto second = ring(12, true);
    job.setNetwork(second);
    job.waitForIdle();
    QCOMPARE(job.frame().network, std::shared_ptr<const Network>(second));
    QCOMPARE(job.frame().positions.size(), 13);
    // Known actors start where they were: one more actor barely moves them.
    double radius = 0.0;
    for (const QPointF &p : job.frame().positions)
        radius = std::max(radius, std::hypot(p.x(), p.y()));
    QVERIFY2(distance(*job.position(u"A05"_s), before) < 0.5 * radius,
             qPrintable(
                 u"%1 vs radius %2"_s.arg(distance(*job.position(u"A05"_s), before)).arg(radius)));
    QVERIFY(job.position(u"A12"_s)); // the newcomer is placed
}

void TestLayoutJob::pinnedActorStaysAcrossRuns()
{
    LayoutJob job;
    job.setNetwork(ring(10));
    job.waitForIdle();
    const QPointF spot(123.0, -45.0);
    QSignalSpy frames(&job, &LayoutJob::frameChanged);
    job.pin(u"A02"_s, spot);
    QVERIFY(frames.count() >= 1);
    QCOMPARE(*job.position(u"A02"_s), spot); // shown there at once
    QVERIFY(job.isRunning());                // the others settle around it
    job.waitForIdle();
    QCOMPARE(*job.position(u"A02"_s), spot);
    job.setNetwork(ring(10, true));
    job.waitForIdle();
    QCOMPARE(*job.position(u"A02"_s), spot);
    QVERIFY(job.isPinned(u"A02"_s));

    job.unpin(u"A02"_s);
    job.waitForIdle();
    QVERIFY(!job.isPinned(u"A02"_s));
    QVERIFY(*job.position(u"A02"_s) != spot);
}

void TestLayoutJob::relayoutIsDeterministic()
{
    const auto net = ring(15);
    LayoutJob a;
    a.setNetwork(net);
    a.waitForIdle();
    LayoutJob b;
    b.setNetwork(net);
    b.waitForIdle();
    b.relayout(); // cold start with the same seed: the same picture
    b.waitForIdle();
    QCOMPARE(b.frame().positions, a.frame().positions);
}

void TestLayoutJob::resetForgetsEverything()
{
    LayoutJob job;
    job.setNetwork(ring(8));
    job.pin(u"A01"_s, QPointF(1, 2));
    job.reset();
    QVERIFY(!job.isRunning());
    QVERIFY(!job.frame().network);
    QVERIFY(job.pins().isEmpty());
    job.waitForIdle(); // nothing to wait for
}

void TestLayoutJob::handsOverTheFirstFrameAndHoldsForIt()
{
    LayoutJob job;
    LayoutJobSettings settings;
    settings.awaitFirstFrameMs = 5000;
    settings.holdFirstFrameMs = 5000;
    job.setSettings(settings);
    QSignalSpy frames(&job, &LayoutJob::frameChanged);
    const auto net = ring(12);
    job.setNetwork(net);
    // The first frame is in when setNetwork() returns, without an event loop.
    QCOMPARE(frames.count(), 1);
    QCOMPARE(job.frame().network, std::shared_ptr<const Network>(net));
    QCOMPARE(job.frame().positions.size(), 12);
    QCOMPARE(job.frame().iterations, 0);
    // The run holds there until the view says it has shown the frame.
    QTest::qWait(100);
    QVERIFY(job.isRunning());
    QCOMPARE(job.frame().iterations, 0);
    job.firstFrameShown();
    QTRY_VERIFY_WITH_TIMEOUT(job.frame().iterations > 0, 5000);
    job.waitForIdle();
    QVERIFY(!job.isRunning());
}

QTEST_GUILESS_MAIN(TestLayoutJob)
#include "tst_layoutjob.moc"
