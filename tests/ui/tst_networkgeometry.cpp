// Screen geometry of the network: ties joining the same two actors curve apart, each
// pair on its own, and hovering an actor lights exactly its own ties.
#include "network/networkgeometry.h"

#include "analysis/blocs.h"
#include "analysis/centrality.h"

#include <QApplication>
#include <QTest>

using namespace entente;
using namespace Qt::StringLiterals;

namespace {

NetworkRelation relation(const QString &id, const QString &source, const QString &target,
                         RelationType type)
{
    NetworkRelation r;
    r.id = id;
    r.source = source;
    r.target = target;
    r.type = type;
    r.evidenceCount = 1;
    return r;
}

// Actors A, B, C, D; three ties between A and B (two directed ways and a fight), one
// from A to C, one from D to C.
NetworkAnalysis analysis()
{
    NetworkSource source;
    for (const QString &id : {u"A"_s, u"B"_s, u"C"_s, u"D"_s})
        source.actors.append({id, id, ActorKind::State, {}});
    source.relations = {relation(u"r1"_s, u"A"_s, u"B"_s, RelationType::Supports),
                        relation(u"r2"_s, u"B"_s, u"A"_s, RelationType::Supports),
                        relation(u"r3"_s, u"A"_s, u"B"_s, RelationType::Fights),
                        relation(u"r4"_s, u"A"_s, u"C"_s, RelationType::Supports),
                        relation(u"r5"_s, u"D"_s, u"C"_s, RelationType::Supports)};
    NetworkAnalysis a;
    a.network = Network::build(source);
    a.blocs = Blocs::detect(a.network);
    a.centrality = Centrality::compute(a.network);
    return a;
}

// The edge items joining two nodes, in ref order.
QVector<NetworkEdgeItem> between(const NetworkGeometry &g, const Network &net, int a, int b)
{
    QVector<NetworkEdgeItem> items;
    for (const NetworkEdgeItem &item : g.edges()) {
        const NetworkEdge &e = NetworkGeometry::edge(net, item.ref);
        if ((e.source == a && e.target == b) || (e.source == b && e.target == a))
            items.append(item);
    }
    return items;
}

} // namespace

class TestNetworkGeometry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tiesOfOnePairCurveApart();
    void hoverLightsTheActorsOwnTies();

private:
    NetworkAnalysis m_analysis = analysis();
    NetworkGeometry built() const;
};

NetworkGeometry TestNetworkGeometry::built() const
{
    // A and B level with each other, C below A, D below B: every tie well apart.
    const QVector<QPointF> world = {{0, 0}, {200, 0}, {0, 200}, {200, 200}};
    NetworkGeometry g;
    g.build(m_analysis, world, 1.0, QPointF(50, 50), QRectF(0, 0, 300, 300), {}, NetworkStyle());
    return g;
}

void TestNetworkGeometry::tiesOfOnePairCurveApart()
{
    const Network &net = m_analysis.network;
    QCOMPARE(net.nodeCount(), 4);
    const NetworkGeometry g = built();
    const QVector<NetworkEdgeItem> ab =
        between(g, net, net.nodeIndex(u"A"_s), net.nodeIndex(u"B"_s));
    QCOMPARE(ab.size(), 3);
    // Three ties: one straight in the middle, one curving to each side of the line y = 50.
    int straight = 0, above = 0, below = 0;
    for (const NetworkEdgeItem &item : ab) {
        if (!item.curved)
            ++straight;
        else if (item.control.y() < 50)
            ++above;
        else
            ++below;
    }
    QCOMPARE(straight, 1);
    QCOMPARE(above, 1);
    QCOMPARE(below, 1);
    // A tie alone between its two actors is straight.
    const QVector<NetworkEdgeItem> ac =
        between(g, net, net.nodeIndex(u"A"_s), net.nodeIndex(u"C"_s));
    QCOMPARE(ac.size(), 1);
    QVERIFY(!ac.first().curved);
}

void TestNetworkGeometry::hoverLightsTheActorsOwnTies()
{
    const Network &net = m_analysis.network;
    const NetworkGeometry g = built();
    NetworkEmphasis hover;
    hover.hoverNode = net.nodeIndex(u"C"_s);
    const NetworkOverlay overlay = g.overlay(hover, QRectF(0, 0, 300, 300), NetworkStyle());
    QVERIFY(overlay.wash);
    QSet<QString> lit;
    for (int item : overlay.litEdges) {
        const NetworkEdge &e = NetworkGeometry::edge(net, g.edges()[item].ref);
        lit.insert(net.nodes()[e.source].id + u'-' + net.nodes()[e.target].id);
    }
    QCOMPARE(lit, (QSet<QString>{u"A-C"_s, u"D-C"_s}));
}

QTEST_MAIN(TestNetworkGeometry)
#include "tst_networkgeometry.moc"
