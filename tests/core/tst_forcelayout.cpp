#include "analysis/forcelayout.h"
#include "analysis/quadtree.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <random>

using namespace entente;
using namespace Qt::StringLiterals;

namespace {

// Clustered test graph: `clusters` groups of `size` nodes, dense inside, a few links
// between consecutive groups; fixed seed.
QVector<LayoutEdge> clusteredGraph(int clusters, int size, unsigned seed)
{
    std::mt19937 rng(seed);
    QVector<LayoutEdge> edges;
    for (int c = 0; c < clusters; ++c) {
        const int base = c * size;
        for (int i = 0; i < size; ++i) {
            for (int j = i + 1; j < size; ++j) {
                if (rng() % 100 < 30)
                    edges.append({base + i, base + j, 1.0});
            }
            if (i + 1 < size)
                edges.append({base + i, base + i + 1, 1.0}); // keeps the group connected
        }
        if (c + 1 < clusters) {
            for (int k = 0; k < 2; ++k)
                edges.append({base + int(rng() % size), base + size + int(rng() % size), 1.0});
        }
    }
    return edges;
}

double rmsRadius(const QVector<QPointF> &points)
{
    QPointF centre;
    for (const QPointF &p : points)
        centre += p;
    centre /= std::max<qsizetype>(1, points.size());
    double sum = 0.0;
    for (const QPointF &p : points)
        sum += QPointF::dotProduct(p - centre, p - centre);
    return std::sqrt(sum / std::max<qsizetype>(1, points.size()));
}

double median(QVector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0.0 : values[values.size() / 2];
}

QVector<double> movements(const QVector<QPointF> &a, const QVector<QPointF> &b)
{
    QVector<double> out;
    for (int i = 0; i < a.size(); ++i)
        out << std::hypot(a[i].x() - b[i].x(), a[i].y() - b[i].y());
    return out;
}

} // namespace

class TestForceLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameSeedSamePositions_data();
    void sameSeedSamePositions();
    void threadsAndChunksDoNotChangeTheResult();
    void warmStartIsStable();
    void newNodesStartNearTheirNeighbours();
    void pinnedNodesStayPut();
    void separatesClusters();
    void convergesAndCancels();
    void quadTreeMatchesExactSum_data();
    void quadTreeMatchesExactSum();
    void networkEdgesAndIds();
    void degenerateGraphs();
};

void TestForceLayout::sameSeedSamePositions_data()
{
    QTest::addColumn<int>("clusters");
    QTest::addColumn<int>("barnesHutThreshold");
    QTest::newRow("exact repulsion") << 3 << 1000;
    QTest::newRow("Barnes-Hut") << 6 << 10;
}

void TestForceLayout::sameSeedSamePositions()
{
    QFETCH(int, clusters);
    QFETCH(int, barnesHutThreshold);
    const QVector<LayoutEdge> edges = clusteredGraph(clusters, 25, 3);
    auto layoutWith = [&](quint64 seed) {
        ForceLayoutSettings settings;
        settings.seed = seed;
        settings.barnesHutThreshold = barnesHutThreshold;
        ForceLayout layout(settings);
        layout.setGraph(clusters * 25, edges);
        layout.step(150);
        return layout.positions();
    };
    const QVector<QPointF> first = layoutWith(42);
    QCOMPARE(layoutWith(42), first);
    const QVector<QPointF> other = layoutWith(43);
    QVERIFY(other != first);
    for (const QPointF &p : first)
        QVERIFY(std::isfinite(p.x()) && std::isfinite(p.y()));
}

void TestForceLayout::threadsAndChunksDoNotChangeTheResult()
{
    const int n = 40 * 30;
    const QVector<LayoutEdge> edges = clusteredGraph(40, 30, 9);
    auto layoutWith = [&](int threads, const QVector<int> &chunks) {
        ForceLayoutSettings settings;
        settings.threads = threads;
        ForceLayout layout(settings);
        layout.setGraph(n, edges);
        for (int chunk : chunks)
            layout.step(chunk);
        return layout.positions();
    };
    const QVector<QPointF> single = layoutWith(1, {60});
    QCOMPARE(layoutWith(2, {60}), single);
    QCOMPARE(layoutWith(1, {10, 20, 30}), single);
}

void TestForceLayout::warmStartIsStable()
{
    const int n = 8 * 30;
    QVector<LayoutEdge> edges = clusteredGraph(8, 30, 5);
    ForceLayout layout;
    layout.setGraph(n, edges);
    layout.run(3000);
    QVERIFY(layout.converged());
    const QVector<QPointF> before = layout.positions();
    const double radius = rmsRadius(before);
    QVERIFY(radius > 0.0);

    // Drop 5% of the edges (every 20th), restart from the previous positions.
    QVector<LayoutEdge> fewer;
    for (int i = 0; i < edges.size(); ++i) {
        if (i % 20 != 7)
            fewer.append(edges[i]);
    }
    QVERIFY(fewer.size() <= edges.size() * 96 / 100);
    ForceLayout warm;
    warm.setGraph(n, fewer);
    for (int i = 0; i < n; ++i)
        warm.setPosition(i, before[i]);
    warm.run(3000);
    QVERIFY(warm.converged());
    const double warmMedian = median(movements(before, warm.positions()));

    // A cold start of the same reduced graph lands elsewhere: the bound below means
    // something.
    ForceLayoutSettings otherSeed;
    otherSeed.seed = 77;
    ForceLayout cold(otherSeed);
    cold.setGraph(n, fewer);
    cold.run(3000);
    const double coldMedian = median(movements(before, cold.positions()));

    qInfo("layout radius %.2f, median movement warm %.3f (%.1f%%), cold %.3f", radius, warmMedian,
          100.0 * warmMedian / radius, coldMedian);
    QVERIFY2(warmMedian < 0.1 * radius, "warm start moved nodes too far");
    QVERIFY(coldMedian > 3.0 * warmMedian);
}

void TestForceLayout::newNodesStartNearTheirNeighbours()
{
    QVector<LayoutEdge> edges = clusteredGraph(2, 20, 1);
    ForceLayout layout;
    layout.setGraph(40, edges);
    layout.run(2000);
    const QVector<QPointF> before = layout.positions();

    // Node 40 is new, tied to nodes 3, 5 and 8; node 41 hangs off node 40 only.
    edges.append({40, 3, 1.0});
    edges.append({40, 5, 1.0});
    edges.append({40, 8, 1.0});
    edges.append({41, 40, 1.0});
    ForceLayout grown;
    grown.setGraph(42, edges);
    for (int i = 0; i < 40; ++i)
        grown.setPosition(i, before[i]);
    QCOMPARE(grown.step(0), 0); // places the new nodes, moves nothing
    const QPointF barycentre = (before[3] + before[5] + before[8]) / 3.0;
    double edgeLength = 0.0;
    for (const LayoutEdge &e : clusteredGraph(2, 20, 1))
        edgeLength += std::hypot(before[e.source].x() - before[e.target].x(),
                                 before[e.source].y() - before[e.target].y());
    edgeLength /= clusteredGraph(2, 20, 1).size();
    const QPointF placed = grown.position(40);
    QVERIFY(std::hypot(placed.x() - barycentre.x(), placed.y() - barycentre.y()) <=
            0.5 * edgeLength + 1e-9);
    const QPointF chained = grown.position(41);
    QVERIFY(std::hypot(chained.x() - placed.x(), chained.y() - placed.y()) <=
            0.5 * edgeLength + 1e-9);
    for (int i = 0; i < 40; ++i)
        QCOMPARE(grown.position(i), before[i]);
}

void TestForceLayout::pinnedNodesStayPut()
{
    const QVector<LayoutEdge> edges = clusteredGraph(3, 20, 2);
    ForceLayout layout;
    layout.setGraph(60, edges);
    layout.setPosition(0, {100.0, -50.0});
    layout.setPinned(0, true);
    layout.setPosition(30, {-80.0, 20.0});
    layout.setPinned(30, true);
    QVERIFY(layout.isPinned(0));
    QVERIFY(!layout.isPinned(1));
    layout.run(500);
    QCOMPARE(layout.position(0), QPointF(100.0, -50.0));
    QCOMPARE(layout.position(30), QPointF(-80.0, 20.0));
    // The others did move (the pins did not freeze everything).
    QVERIFY(layout.position(1) != layout.position(2));
    QVERIFY(layout.iterations() > 0);
}

void TestForceLayout::separatesClusters()
{
    // Two dense groups joined by one edge: each group sits together, apart from the other.
    QVector<LayoutEdge> edges;
    for (int c = 0; c < 2; ++c)
        for (int i = 0; i < 10; ++i)
            for (int j = i + 1; j < 10; ++j)
                edges.append({c * 10 + i, c * 10 + j, 1.0});
    edges.append({0, 10, 1.0});
    ForceLayout layout;
    layout.setGraph(20, edges);
    layout.run(3000);
    const QVector<QPointF> p = layout.positions();
    QPointF centre[2];
    for (int i = 0; i < 20; ++i)
        centre[i / 10] += p[i] / 10.0;
    const double apart = std::hypot(centre[0].x() - centre[1].x(), centre[0].y() - centre[1].y());
    for (int i = 0; i < 20; ++i) {
        const QPointF own = centre[i / 10];
        QVERIFY(std::hypot(p[i].x() - own.x(), p[i].y() - own.y()) < 0.6 * apart);
    }
}

void TestForceLayout::convergesAndCancels()
{
    const QVector<LayoutEdge> edges = clusteredGraph(2, 15, 4);
    ForceLayout layout;
    layout.setGraph(30, edges);
    QVERIFY(!layout.converged());
    const int steps = layout.run(5000);
    QVERIFY(layout.converged());
    QVERIFY(steps < 5000);
    QCOMPARE(layout.iterations(), steps);
    QCOMPARE(layout.step(10), 0); // nothing more to do

    std::atomic<bool> cancel{true};
    ForceLayout cancelled;
    cancelled.setGraph(30, edges);
    QCOMPARE(cancelled.run(100, &cancel), 0);
    cancel = false;
    QCOMPARE(cancelled.step(5, &cancel), 5);
    QCOMPARE(cancelled.iterations(), 5);
}

void TestForceLayout::quadTreeMatchesExactSum_data()
{
    QTest::addColumn<double>("theta");
    QTest::addColumn<double>("tolerance");
    QTest::newRow("theta 0: exact") << 0.0 << 1e-9;
    QTest::newRow("theta 0.5") << 0.5 << 0.05;
    QTest::newRow("theta 1.2") << 1.2 << 0.25;
}

void TestForceLayout::quadTreeMatchesExactSum()
{
    QFETCH(double, theta);
    QFETCH(double, tolerance);
    std::mt19937 rng(12);
    std::vector<double> x, y, mass;
    for (int i = 0; i < 500; ++i) {
        x.push_back(double(rng() % 100000) / 100.0);
        y.push_back(double(rng() % 100000) / 100.0);
        mass.push_back(1.0 + rng() % 5);
    }
    QuadTree tree;
    tree.build(x, y, mass);
    double worst = 0.0;
    for (int i = 0; i < 500; i += 7) {
        double ex = 0.0;
        double ey = 0.0;
        for (int j = 0; j < 500; ++j) {
            const double dx = x[size_t(i)] - x[size_t(j)];
            const double dy = y[size_t(i)] - y[size_t(j)];
            const double d2 = dx * dx + dy * dy;
            if (d2 > 0.0) {
                ex += dx * 2.0 * mass[size_t(j)] / d2;
                ey += dy * 2.0 * mass[size_t(j)] / d2;
            }
        }
        double fx = 0.0;
        double fy = 0.0;
        tree.addRepulsion(x[size_t(i)], y[size_t(i)], 2.0, theta, fx, fy);
        worst = std::max(worst, std::hypot(fx - ex, fy - ey) / std::hypot(ex, ey));
    }
    QVERIFY2(worst <= tolerance, qPrintable(QString::number(worst)));
}

void TestForceLayout::networkEdgesAndIds()
{
    NetworkSource source;
    for (const char *id : {"A", "B", "C", "D"})
        source.actors.append(
            {QString::fromLatin1(id), QString::fromLatin1(id), ActorKind::State, QString()});
    auto add = [&](const char *s, RelationType type, const char *t, int evidence) {
        NetworkRelation r;
        r.id = QString::fromLatin1(s) + QString::fromLatin1(t) + toString(type);
        r.source = QString::fromLatin1(s);
        r.target = QString::fromLatin1(t);
        r.type = type;
        r.evidenceCount = evidence;
        source.relations << r;
    };
    add("A", RelationType::Supports, "B", 3);
    add("B", RelationType::AlliedWith, "A", 0);
    add("A", RelationType::Fights, "C", 4);
    add("D", RelationType::MemberOf, "C", 2);
    const Network network = Network::build(source);
    const QVector<LayoutEdge> edges = layoutEdges(network);
    QCOMPARE(edges.size(), 3);
    // A-B: supports (3) + allied_with (counted as 1); A-C: a fight at a quarter;
    // C-D: hierarchy doubled.
    QCOMPARE(edges[0].weight, 4.0);
    QCOMPARE(edges[1].weight, 1.0);
    QCOMPARE(edges[2].weight, 4.0);
    LayoutEdgeOptions noHierarchy;
    noHierarchy.includeHierarchy = false;
    QCOMPARE(layoutEdges(network, noHierarchy).size(), 2);

    ForceLayout layout;
    layout.setGraph(network);
    QCOMPARE(layout.nodeIds(), (QStringList{"A", "B", "C", "D"}));
    layout.setPreviousPositions({{u"B"_s, QPointF(5, 5)}, {u"Z"_s, QPointF(9, 9)}});
    layout.step(0);
    QCOMPARE(layout.positionsById().value(u"B"_s), QPointF(5, 5));
    layout.run(500);
    QCOMPARE(layout.positionsById().size(), 4);
}

void TestForceLayout::degenerateGraphs()
{
    ForceLayout empty;
    empty.setGraph(0, {});
    QCOMPARE(empty.run(10), 0);
    QVERIFY(empty.converged());

    ForceLayout single;
    single.setGraph(1, {});
    single.run(100);
    QVERIFY(std::isfinite(single.position(0).x()));

    // Self-loops and bad indices are ignored; isolated nodes stay in view.
    ForceLayout loose;
    loose.setGraph(5, {{0, 0, 1.0}, {1, 9, 1.0}, {-1, 2, 1.0}, {3, 4, 1.0}});
    loose.run(2000);
    for (const QPointF &p : loose.positions())
        QVERIFY(std::isfinite(p.x()) && std::hypot(p.x(), p.y()) < 100.0);
}

QTEST_GUILESS_MAIN(TestForceLayout)
#include "tst_forcelayout.moc"
