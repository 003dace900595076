#include "analysis/network.h"

#include <QDate>
#include <QTest>

using namespace entente;
using namespace Qt::StringLiterals;

namespace {

qint64 day(int y, int m, int d)
{
    return QDate(y, m, d).toJulianDay();
}

NetworkRelation rel(const char *id, const char *source, RelationType type, const char *target,
                    qint64 first, qint64 last, int evidence)
{
    NetworkRelation r;
    r.id = QString::fromLatin1(id);
    r.source = QString::fromLatin1(source);
    r.target = QString::fromLatin1(target);
    r.type = type;
    r.firstDay = first;
    r.lastDay = last;
    r.evidenceCount = evidence;
    return r;
}

NetworkSource fixture()
{
    NetworkSource source;
    for (const char *id : {"C", "A", "E", "B", "D"}) // deliberately unsorted
        source.actors.append({QString::fromLatin1(id),
                              QStringLiteral("Actor ") + QString::fromLatin1(id), ActorKind::State,
                              QString()});
    auto &r = source.relations;
    r << rel("r1", "A", RelationType::Supports, "B", day(2020, 1, 1), day(2020, 6, 30), 2);
    r << rel("r2", "A", RelationType::Supports, "B", day(2020, 3, 1), kOpenFutureDay, 3);
    r << rel("r3", "C", RelationType::Fights, "B", day(2019, 1, 1), day(2019, 12, 31), 1);
    r << rel("r4", "B", RelationType::Fights, "C", day(2020, 5, 1), day(2020, 5, 31), 4);
    NetworkRelation undated = rel("r5", "D", RelationType::Commands, "A", 0, 0, 0);
    undated.undated = true;
    r << undated;
    // "As reported": one relation, two reporting days, its evidence copied on each row.
    r << rel("r6", "A", RelationType::Condemns, "C", day(2020, 2, 10), day(2020, 2, 10), 5);
    r << rel("r6", "A", RelationType::Condemns, "C", day(2020, 8, 1), day(2020, 8, 1), 5);
    NetworkRelation via =
        rel("r7", "C", RelationType::Supports, "A", kOpenPastDay, day(2018, 12, 31), 1);
    via.via = QStringLiteral("D");
    via.aspect = QStringLiteral("military");
    r << via;
    return source;
}

// "source>target type weight ids" per edge, signed layer then hierarchy layer.
QStringList summary(const Network &network)
{
    QStringList out;
    for (const auto *layer : {&network.edges(), &network.hierarchyEdges()}) {
        for (const NetworkEdge &e : *layer) {
            out << network.nodes()[e.source].id + u'>' + network.nodes()[e.target].id + u' ' +
                       toString(e.type) + u' ' + QString::number(e.weight) + u' ' +
                       e.relationIds.join(u',');
        }
    }
    return out;
}

QStringList nodeIds(const Network &network)
{
    QStringList ids;
    for (const NetworkNode &node : network.nodes())
        ids << node.id;
    return ids;
}

} // namespace

class TestNetwork : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void window_data();
    void window();
    void normalisesUndirectedEdges();
    void keepsViaAndAspects();
    void mergesPeriods();
    void anEdgeOutlivesItsNetwork();
    void options();
    void skipsUnknownActorsAndSelfLoops();
    void emptySource();
    void buildsFromChosenRows();
    void takesGivenActorIndices();
};

void TestNetwork::window_data()
{
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::addColumn<QStringList>("nodes");
    QTest::addColumn<QStringList>("edges");

    QTest::newRow("everything") << kOpenPastDay << kOpenFutureDay << QStringList{"A", "B", "C", "D"}
                                << QStringList{"A>B supports 5 r1,r2", "A>C condemns 5 r6",
                                               "B>C fights 5 r3,r4", "C>A supports 1 r7",
                                               "D>A commands 0 r5"};
    QTest::newRow("2019") << day(2019, 1, 1) << day(2019, 12, 31) << QStringList{"A", "B", "C", "D"}
                          << QStringList{"B>C fights 1 r3", "D>A commands 0 r5"};
    QTest::newRow("february 2020")
        << day(2020, 2, 1) << day(2020, 2, 29) << QStringList{"A", "B", "C", "D"}
        << QStringList{"A>B supports 2 r1", "A>C condemns 5 r6", "D>A commands 0 r5"};
    QTest::newRow("open end counts from its start")
        << day(2020, 8, 1) << day(2020, 12, 31) << QStringList{"A", "B", "C", "D"}
        << QStringList{"A>B supports 3 r2", "A>C condemns 5 r6", "D>A commands 0 r5"};
    QTest::newRow("open start") << day(2018, 1, 1) << day(2018, 12, 31)
                                << QStringList{"A", "C", "D"}
                                << QStringList{"C>A supports 1 r7", "D>A commands 0 r5"};
    QTest::newRow("inclusive last day")
        << day(2020, 6, 30) << day(2020, 6, 30) << QStringList{"A", "B", "D"}
        << QStringList{"A>B supports 5 r1,r2", "D>A commands 0 r5"};
    QTest::newRow("inclusive first day")
        << day(2019, 12, 31) << day(2019, 12, 31) << QStringList{"A", "B", "C", "D"}
        << QStringList{"B>C fights 1 r3", "D>A commands 0 r5"};
    QTest::newRow("open start, earlier year")
        << day(2017, 1, 1) << day(2017, 12, 31) << QStringList{"A", "C", "D"}
        << QStringList{"C>A supports 1 r7", "D>A commands 0 r5"};
    QTest::newRow("between reports")
        << day(2020, 7, 1) << day(2020, 7, 31) << QStringList{"A", "B", "D"}
        << QStringList{"A>B supports 3 r2", "D>A commands 0 r5"};
}

void TestNetwork::window()
{
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(QStringList, nodes);
    QFETCH(QStringList, edges);
    NetworkOptions options;
    options.fromDay = from;
    options.toDay = to;
    const Network network = Network::build(fixture(), options);
    QCOMPARE(nodeIds(network), nodes);
    QCOMPARE(summary(network), edges);
    QCOMPARE(network.fromDay(), from);
    for (int i = 0; i < network.nodeCount(); ++i)
        QCOMPARE(network.nodeIndex(network.nodes()[i].id), i);
    for (const NetworkEdge &e : network.hierarchyEdges()) {
        QCOMPARE(e.sign, 0);
        QVERIFY(e.isHierarchy());
    }
    for (const NetworkEdge &e : network.edges())
        QVERIFY(e.sign == 1 || e.sign == -1);
}

void TestNetwork::normalisesUndirectedEdges()
{
    NetworkSource source = fixture();
    // The same fight written both ways round in one window is one edge; a directed
    // relation written both ways round stays two edges.
    source.relations << rel("x1", "C", RelationType::Supports, "B", kOpenPastDay, kOpenFutureDay,
                            1);
    source.relations << rel("x2", "B", RelationType::Supports, "C", kOpenPastDay, kOpenFutureDay,
                            1);
    const Network network = Network::build(source);
    const QStringList edges = summary(network);
    QVERIFY(edges.contains(u"B>C fights 5 r3,r4"_s));
    QVERIFY(edges.contains(u"B>C supports 1 x2"_s));
    QVERIFY(edges.contains(u"C>B supports 1 x1"_s));
    for (const NetworkEdge &e : network.edges()) {
        if (!e.directed)
            QVERIFY(network.nodes()[e.source].id < network.nodes()[e.target].id);
    }
}

void TestNetwork::keepsViaAndAspects()
{
    const Network network = Network::build(fixture());
    const int c = network.nodeIndex(u"C"_s);
    const int a = network.nodeIndex(u"A"_s);
    const auto it =
        std::find_if(network.edges().begin(), network.edges().end(),
                     [&](const NetworkEdge &e) { return e.source == c && e.target == a; });
    QVERIFY(it != network.edges().end());
    QCOMPARE(it->via.toList(), QStringList{u"D"_s});
    QCOMPARE(it->aspects.toList(), QStringList{u"military"_s});
    QCOMPARE(it->periods.size(), 1);
    QCOMPARE(it->periods[0].firstDay, kOpenPastDay);
    QCOMPARE(it->periods[0].lastDay, day(2018, 12, 31));
    QVERIFY(!it->undated);

    // The via actor is a node even in a window where it has no relation of its own.
    NetworkSource source = fixture();
    source.relations.removeIf([](const NetworkRelation &r) { return r.id == u"r5"_s; });
    NetworkOptions options;
    options.fromDay = day(2018, 1, 1);
    options.toDay = day(2018, 12, 31);
    QCOMPARE(nodeIds(Network::build(source, options)), (QStringList{"A", "C", "D"}));
}

void TestNetwork::mergesPeriods()
{
    NetworkSource source = fixture();
    // Touching and overlapping periods of one edge merge; a gap keeps two periods.
    source.relations << rel("p1", "D", RelationType::AlliedWith, "E", day(2020, 1, 1),
                            day(2020, 1, 31), 1);
    source.relations << rel("p2", "E", RelationType::AlliedWith, "D", day(2020, 2, 1),
                            day(2020, 2, 29), 1);
    source.relations << rel("p3", "D", RelationType::AlliedWith, "E", day(2020, 2, 10),
                            day(2020, 3, 15), 1);
    source.relations << rel("p4", "D", RelationType::AlliedWith, "E", day(2020, 5, 1),
                            kOpenFutureDay, 1);
    const Network network = Network::build(source);
    const NetworkEdge *edge = nullptr;
    for (const NetworkEdge &e : network.edges()) {
        if (e.type == RelationType::AlliedWith)
            edge = &e;
    }
    QVERIFY(edge);
    QCOMPARE(edge->relationIds.toList(), (QStringList{"p1", "p2", "p3", "p4"}));
    QCOMPARE(edge->weight, 4);
    const QVector<ValidityPeriod> expected{{day(2020, 1, 1), day(2020, 3, 15)},
                                           {day(2020, 5, 1), kOpenFutureDay}};
    QCOMPARE(edge->periods.toList(), expected);

    // The hierarchy edge stands on an undated relation only.
    QCOMPARE(network.hierarchyEdges().size(), 1);
    QVERIFY(network.hierarchyEdges()[0].undated);
    QVERIFY(network.hierarchyEdges()[0].periods.isEmpty());
}

void TestNetwork::options()
{
    NetworkOptions options;
    options.keepAllActors = true;
    QCOMPARE(nodeIds(Network::build(fixture(), options)), (QStringList{"A", "B", "C", "D", "E"}));

    options = {};
    options.includeUndated = false;
    options.fromDay = day(2019, 1, 1);
    options.toDay = day(2019, 12, 31);
    Network network = Network::build(fixture(), options);
    QCOMPARE(summary(network), QStringList{u"B>C fights 1 r3"_s});
    QCOMPARE(nodeIds(network), (QStringList{"B", "C"}));

    options = {};
    options.relationTypes = {RelationType::Supports, RelationType::Commands};
    network = Network::build(fixture(), options);
    QCOMPARE(summary(network),
             (QStringList{"A>B supports 5 r1,r2", "C>A supports 1 r7", "D>A commands 0 r5"}));

    NetworkSource source = fixture();
    source.relations[0].confidence = 0.4;
    options = {};
    options.minConfidence = 0.5;
    network = Network::build(source, options);
    QVERIFY(summary(network).contains(u"A>B supports 3 r2"_s));
}

void TestNetwork::skipsUnknownActorsAndSelfLoops()
{
    NetworkSource source = fixture();
    source.relations << rel("u1", "A", RelationType::Supports, "nobody", kOpenPastDay,
                            kOpenFutureDay, 1);
    source.relations << rel("u2", "B", RelationType::Supports, "B", kOpenPastDay, kOpenFutureDay,
                            1);
    const Network network = Network::build(source);
    QCOMPARE(network.skippedRelations(), 2);
    QCOMPARE(summary(network), summary(Network::build(fixture())));
}

void TestNetwork::emptySource()
{
    const Network network = Network::build(NetworkSource{});
    QCOMPARE(network.nodeCount(), 0);
    QVERIFY(network.edges().isEmpty());
    QVERIFY(network.hierarchyEdges().isEmpty());
}

void TestNetwork::buildsFromChosenRows()
{
    // Rows 0, 3, 5 and 6 (r1, r4 and both rows of r6) give the network of a source that
    // holds only those rows; no row gives an empty network, not the whole source.
    const NetworkSource all = fixture();
    NetworkSource some = all;
    some.relations = {all.relations[0], all.relations[3], all.relations[5], all.relations[6]};
    NetworkOptions options;
    options.rows = std::vector<int>{6, 0, 5, 3};
    const Network chosen = Network::build(all, options);
    QCOMPARE(summary(chosen), summary(Network::build(some)));
    QCOMPARE(summary(chosen),
             (QStringList{"A>B supports 2 r1", "A>C condemns 5 r6", "B>C fights 4 r4"}));

    options.rows = std::vector<int>{};
    QCOMPARE(Network::build(all, options).nodeCount(), 0);
}

void TestNetwork::takesGivenActorIndices()
{
    // A filler that knows the actor indices gets the network the ids give.
    NetworkSource indexed = fixture();
    const auto indexOf = [&](const QString &id) {
        for (int i = 0; i < indexed.actors.size(); ++i) {
            if (indexed.actors[i].id == id)
                return i;
        }
        return -1;
    };
    for (NetworkRelation &r : indexed.relations) {
        r.sourceActor = indexOf(r.source);
        r.targetActor = indexOf(r.target);
        r.viaActor = r.via.isEmpty() ? -1 : indexOf(r.via);
    }
    const Network byIndex = Network::build(indexed);
    const Network byId = Network::build(fixture());
    QCOMPARE(summary(byIndex), summary(byId));
    QCOMPARE(nodeIds(byIndex), nodeIds(byId));
    // The indices are what counts: with an actor whose id repeats, the id would find
    // only the first of the two.
    NetworkSource twins = indexed;
    twins.actors.append(twins.actors[indexOf(u"B"_s)]);
    twins.relations[0].targetActor = int(twins.actors.size()) - 1;
    QCOMPARE(summary(Network::build(twins)), summary(byId));
}

void TestNetwork::anEdgeOutlivesItsNetwork()
{
    // An edge's lists are runs of arrays its network shares: a copy keeps them.
    NetworkEdge kept;
    {
        const Network network = Network::build(fixture());
        for (const NetworkEdge &e : network.edges()) {
            if (e.type == RelationType::Supports && e.relationIds.size() == 2)
                kept = e; // A supports B: r1 and r2
        }
    }
    QCOMPARE(kept.relationIds.toList(), (QStringList{u"r1"_s, u"r2"_s}));
    QCOMPARE(kept.relationIds.join(u','), u"r1,r2"_s);
    QCOMPARE(kept.periods.size(), 1); // 2020-01-01 on, merged
    QCOMPARE(kept.periods.first().firstDay, day(2020, 1, 1));
    QCOMPARE(kept.periods.last().lastDay, kOpenFutureDay);
    QVERIFY(kept.via.isEmpty());
}

QTEST_GUILESS_MAIN(TestNetwork)
#include "tst_network.moc"
