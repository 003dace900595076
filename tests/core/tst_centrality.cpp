#include "analysis/centrality.h"

#include <QTest>

using namespace entente;
using namespace Qt::StringLiterals;

namespace {

// "A supports B:2" lines (evidence after the colon, default 1).
Network networkOf(const QStringList &lines)
{
    NetworkSource source;
    QStringList ids;
    int n = 0;
    for (const QString &line : lines) {
        const QStringList parts = line.section(u':', 0, 0).split(u' ');
        NetworkRelation r;
        r.id = u"r"_s + QString::number(n++);
        r.source = parts[0];
        r.type = *relationTypeFromString(parts[1]);
        r.target = parts[2];
        r.evidenceCount = line.contains(u':') ? line.section(u':', 1).toInt() : 1;
        source.relations << r;
        for (const QString &id : {r.source, r.target}) {
            if (!ids.contains(id))
                ids << id;
        }
    }
    for (const QString &id : ids)
        source.actors.append({id, id, ActorKind::Other, QString()});
    return Network::build(source);
}

} // namespace

class TestCentrality : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void degrees_data();
    void degrees();
    void betweenness_data();
    void betweenness();
    void hierarchyOption();
    void sampledBetweenness();
};

void TestCentrality::degrees_data()
{
    QTest::addColumn<QStringList>("relations");
    QTest::addColumn<QString>("node");
    QTest::addColumn<int>("degree");
    QTest::addColumn<int>("in");
    QTest::addColumn<int>("out");
    QTest::addColumn<double>("weighted");
    QTest::addColumn<double>("weightedIn");
    QTest::addColumn<double>("weightedOut");

    const QStringList star{"S supports A:2", "S supports B:3", "S condemns C:1"};
    QTest::newRow("star centre") << star << u"S"_s << 3 << 0 << 3 << 6.0 << 0.0 << 6.0;
    QTest::newRow("star leaf") << star << u"B"_s << 1 << 1 << 0 << 3.0 << 3.0 << 0.0;
    // An undirected tie counts in both directions, once in the degree.
    const QStringList mixed{"A supports B:2", "A allied_with B:3", "C fights A:4"};
    QTest::newRow("parallel and undirected") << mixed << u"A"_s << 3 << 2 << 3 << 9.0 << 7.0 << 9.0;
    QTest::newRow("target of both") << mixed << u"B"_s << 2 << 2 << 1 << 5.0 << 5.0 << 3.0;
    // Written C -> A, normalised to A - C: still one tie for each, both ways.
    QTest::newRow("normalised fight") << mixed << u"C"_s << 1 << 1 << 1 << 4.0 << 4.0 << 4.0;
}

void TestCentrality::degrees()
{
    QFETCH(QStringList, relations);
    QFETCH(QString, node);
    QFETCH(int, degree);
    QFETCH(int, in);
    QFETCH(int, out);
    QFETCH(double, weighted);
    QFETCH(double, weightedIn);
    QFETCH(double, weightedOut);
    const Network network = networkOf(relations);
    const Centrality c = Centrality::compute(network);
    const int i = network.nodeIndex(node);
    QVERIFY(i >= 0);
    QCOMPARE(c.degree(i), degree);
    QCOMPARE(c.inDegree(i), in);
    QCOMPARE(c.outDegree(i), out);
    QCOMPARE(c.weightedDegree(i), weighted);
    QCOMPARE(c.weightedInDegree(i), weightedIn);
    QCOMPARE(c.weightedOutDegree(i), weightedOut);
}

void TestCentrality::betweenness_data()
{
    QTest::addColumn<QStringList>("relations");
    QTest::addColumn<QString>("node");
    QTest::addColumn<double>("raw");
    QTest::addColumn<double>("normalised");

    const QStringList star{"S supports A", "S supports B", "S condemns C"};
    QTest::newRow("star centre") << star << u"S"_s << 3.0 << 1.0;
    QTest::newRow("star leaf") << star << u"A"_s << 0.0 << 0.0;
    const QStringList path{"A allied_with B", "B allied_with C", "C allied_with D"};
    QTest::newRow("path inner") << path << u"B"_s << 2.0 << 2.0 / 3.0;
    QTest::newRow("path end") << path << u"D"_s << 0.0 << 0.0;
    // Two triangles joined at C-D: the six pairs across the bridge pass C and D.
    const QStringList bridge{"A allied_with B", "B allied_with C", "A allied_with C", "C fights D",
                             "D allied_with E", "D allied_with F", "E allied_with F"};
    QTest::newRow("bridge end") << bridge << u"C"_s << 6.0 << 0.6;
    QTest::newRow("triangle corner") << bridge << u"A"_s << 0.0 << 0.0;
    // A square: the two shortest paths between opposite corners share the credit.
    const QStringList square{"A supports B", "B supports C", "C supports D", "D supports A"};
    QTest::newRow("square") << square << u"B"_s << 0.5 << 0.5 / 3.0;
    // Direction and parallel edges do not change the paths.
    QTest::newRow("parallel edges")
        << QStringList{"A supports B", "B allied_with A", "C supports B"} << u"B"_s << 1.0 << 1.0;
}

void TestCentrality::betweenness()
{
    QFETCH(QStringList, relations);
    QFETCH(QString, node);
    QFETCH(double, raw);
    QFETCH(double, normalised);
    const Network network = networkOf(relations);
    const Centrality c = Centrality::compute(network);
    QVERIFY(c.hasBetweenness());
    QVERIFY(!c.betweennessSampled());
    const int i = network.nodeIndex(node);
    QCOMPARE(c.rawBetweenness(i), raw);
    QVERIFY(qFuzzyCompare(1.0 + c.betweenness(i), 1.0 + normalised));
}

void TestCentrality::hierarchyOption()
{
    const Network network =
        networkOf({"M member_of G", "G fights R", "K commands R", "R supports X"});
    const int m = network.nodeIndex(u"M"_s);
    const int g = network.nodeIndex(u"G"_s);
    Centrality with = Centrality::compute(network);
    QCOMPARE(with.degree(m), 1);
    QCOMPARE(with.outDegree(m), 1);
    QCOMPARE(with.degree(g), 2);
    QVERIFY(with.rawBetweenness(g) > 0.0); // M's paths to the others run through G

    CentralityOptions options;
    options.includeHierarchy = false;
    options.computeBetweenness = false;
    const Centrality without = Centrality::compute(network, options);
    QCOMPARE(without.degree(m), 0);
    QCOMPARE(without.degree(g), 1);
    QVERIFY(!without.hasBetweenness());
}

void TestCentrality::sampledBetweenness()
{
    // Two hubs with 30 leaves each, joined by an edge: the hubs carry all paths.
    QStringList lines{u"H0 allied_with H1"_s};
    for (int h = 0; h < 2; ++h)
        for (int leaf = 0; leaf < 30; ++leaf)
            lines << u"H%1 supports L%1_%2"_s.arg(h).arg(leaf);
    const Network network = networkOf(lines);
    const Centrality exact = Centrality::compute(network);
    CentralityOptions options;
    options.exactBetweennessLimit = 0;
    options.samplePivots = 20;
    const Centrality sampled = Centrality::compute(network, options);
    QVERIFY(!exact.betweennessSampled());
    QVERIFY(sampled.betweennessSampled());
    const int h0 = network.nodeIndex(u"H0"_s);
    const int h1 = network.nodeIndex(u"H1"_s);
    double top = 0.0;
    for (int i = 0; i < network.nodeCount(); ++i) {
        QVERIFY(sampled.betweenness(i) >= 0.0);
        if (i != h0 && i != h1)
            top = std::max(top, sampled.betweenness(i));
    }
    QVERIFY(sampled.betweenness(h0) > top);
    QVERIFY(sampled.betweenness(h1) > top);
    // An estimate of the right size: within a factor of two of the exact value.
    QVERIFY(sampled.rawBetweenness(h0) > 0.5 * exact.rawBetweenness(h0));
    QVERIFY(sampled.rawBetweenness(h0) < 2.0 * exact.rawBetweenness(h0));
    // The same seed picks the same pivots.
    QCOMPARE(Centrality::compute(network, options).rawBetweenness(h0), sampled.rawBetweenness(h0));

    // As many pivots as nodes is the exact computation.
    options.samplePivots = network.nodeCount();
    QVERIFY(!Centrality::compute(network, options).betweennessSampled());
}

QTEST_GUILESS_MAIN(TestCentrality)
#include "tst_centrality.moc"
