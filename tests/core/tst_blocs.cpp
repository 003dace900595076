#include "analysis/blocs.h"

#include <QTest>

#include <algorithm>

using namespace entente;
using namespace Qt::StringLiterals;

namespace {

// Builds a source from "A supports B" lines (evidence after a colon: "A fights B:3").
NetworkSource sourceOf(const QStringList &lines)
{
    NetworkSource source;
    QStringList ids;
    int n = 0;
    for (const QString &line : lines) {
        const QStringList parts = line.section(u':', 0, 0).split(u' ');
        Q_ASSERT(parts.size() >= 3);
        NetworkRelation r;
        r.id = u"r"_s + QString::number(n++);
        r.source = parts[0];
        r.target = parts[2];
        r.type = *relationTypeFromString(parts[1]);
        if (parts.size() == 5 && parts[3] == u"via"_s)
            r.via = parts[4];
        r.evidenceCount = line.contains(u':') ? line.section(u':', 1).toInt() : 1;
        source.relations << r;
        for (const QString &id : {r.source, r.target, r.via}) {
            if (!id.isEmpty() && !ids.contains(id))
                ids << id;
        }
    }
    for (const QString &id : ids)
        source.actors.append({id, id, ActorKind::Other, QString()});
    return source;
}

// Blocs as sorted member lists, e.g. "A B | C D"; unassigned actors after "-".
QString describe(const Network &network, const Blocs &blocs)
{
    QStringList parts;
    for (int b = 0; b < blocs.blocCount(); ++b) {
        QStringList ids;
        for (int node : blocs.members(b))
            ids << network.nodes()[node].id;
        parts << ids.join(u' ');
    }
    QStringList none;
    for (int i = 0; i < network.nodeCount(); ++i) {
        if (blocs.blocOf(i) < 0)
            none << network.nodes()[i].id;
    }
    QString text = parts.join(u" | "_s);
    if (!none.isEmpty())
        text += u" - "_s + none.join(u' ');
    return text;
}

} // namespace

class TestBlocs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownPartitions_data();
    void knownPartitions();
    void negativeTriangle();
    void hierarchyBindsMembers();
    void libya();
    void independentOfInputOrder();
    void evidenceWeighting();
    void frustratedEdgesAreMarked();
    void unlimitedBlocs();
    void viaActorsJoinTheirPrincipal();
    void campsBridgedByANeutralActor();
};

void TestBlocs::knownPartitions_data()
{
    QTest::addColumn<QStringList>("relations");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("frustrated");

    QTest::newRow("two camps") << QStringList{"A allied_with B", "C allied_with D", "A fights C",
                                              "B opposes D"}
                               << u"A B | C D"_s << 0;
    QTest::newRow("bigger camp first")
        << QStringList{"A fights Z", "Z supports Y", "X supports Y", "A supports B"}
        << u"X Y Z | A B"_s << 0;
    QTest::newRow("equal sizes: smallest id first")
        << QStringList{"Q fights B", "Q supports R", "B supports A"} << u"A B | Q R"_s << 0;
    QTest::newRow("enemy of my enemy")
        << QStringList{"A fights B", "B fights C"} << u"A C | B"_s << 0;
    QTest::newRow("camps joined only through common enemies")
        << QStringList{"A supports B", "C supports D", "A fights E", "C fights E", "E supports F"}
        << u"A B C D | E F"_s << 0;
    QTest::newRow("separate conflicts keep separate blocs")
        << QStringList{"A fights B", "C fights D", "A supports A2", "C supports C2"}
        << u"A A2 | C C2 | B | D"_s << 0;
    QTest::newRow("one traitor") << QStringList{"A supports B", "B supports C", "C supports A",
                                                "A fights D",   "B fights D",   "C fights D",
                                                "D supports A"}
                                 << u"A B C | D"_s << 1;
    QTest::newRow("only hierarchy: no bloc")
        << QStringList{"P member_of G", "A fights B"} << u"A | B - G P"_s << 0;
}

void TestBlocs::knownPartitions()
{
    QFETCH(QStringList, relations);
    QFETCH(QString, expected);
    QFETCH(int, frustrated);
    const Network network = Network::build(sourceOf(relations));
    BlocOptions options;
    options.weighting = BlocWeighting::Count;
    const Blocs blocs = Blocs::detect(network, options);
    QCOMPARE(describe(network, blocs), expected);
    QCOMPARE(blocs.frustratedEdgeCount(), frustrated);
    QCOMPARE(blocs.frustration(), double(frustrated));
}

void TestBlocs::negativeTriangle()
{
    // Three mutual enemies cannot be split into two camps without an enemy inside one.
    const Network network = Network::build(sourceOf({"A fights B", "B fights C", "A opposes C"}));
    const Blocs blocs = Blocs::detect(network);
    QVERIFY(blocs.frustration() >= 1.0);
    QCOMPARE(blocs.frustratedEdgeCount(), 1);
    QCOMPARE(blocs.blocCount(), 2);
    for (int i = 0; i < network.nodeCount(); ++i)
        QVERIFY(blocs.blocOf(i) >= 0);
}

void TestBlocs::hierarchyBindsMembers()
{
    // P belongs to G; P's own (contrary) tie to X does not pull P out of G's bloc.
    const Network network = Network::build(
        sourceOf({"P member_of G", "G allied_with H", "X fights G", "X fights H", "P supports X"}));
    const Blocs blocs = Blocs::detect(network);
    QCOMPARE(describe(network, blocs), u"G H P | X"_s);
    QCOMPARE(blocs.frustratedEdgeCount(), 1);

    // A commander with no signed tie of his own still joins his force's bloc.
    const Network chain =
        Network::build(sourceOf({"K commands F", "F fights E", "E supports S", "M acts_for S"}));
    QCOMPARE(describe(chain, Blocs::detect(chain)), u"E M S | F K"_s);
}

void TestBlocs::libya()
{
    const QStringList relations{
        "TUR supports GNA:4",         "QAT supports GNA:2", "Sarraj commands GNA:3",
        "Haftar commands LNA:5",      "EGY supports LNA:3", "ARE supports LNA:4",
        "RUS supports LNA via WAG:3", "WAG fights GNA:2",   "FRA supports LNA:1",
        "GNA fights LNA:9",           "TUR fights LNA:2",   "QAT condemns EGY:1",
        "FRA cooperates_with TUR:1",  "GNA condemns ARE:2", "Haftar fights Sarraj:1"};
    const Network network = Network::build(sourceOf(relations));
    for (BlocWeighting weighting : {BlocWeighting::Evidence, BlocWeighting::Count}) {
        BlocOptions options;
        options.weighting = weighting;
        const Blocs blocs = Blocs::detect(network, options);
        QCOMPARE(describe(network, blocs),
                 u"ARE EGY FRA Haftar LNA RUS WAG | GNA QAT Sarraj TUR"_s);
        // France's cooperation with Turkey is the one tie across the camps.
        QCOMPARE(blocs.frustratedEdgeCount(), 1);
        QCOMPARE(blocs.frustration(), 1.0);
    }
}

void TestBlocs::independentOfInputOrder()
{
    QStringList relations{"A supports B", "B fights C",   "C allied_with D", "D fights E",
                          "E supports F", "F fights A",   "A fights D",      "G cooperates_with C",
                          "H condemns G", "H supports B", "C opposes A",     "E fights B"};
    const Network network = Network::build(sourceOf(relations));
    const QString expected = describe(network, Blocs::detect(network));
    const double frustration = Blocs::detect(network).frustration();
    for (int shift = 1; shift < relations.size(); ++shift) {
        std::rotate(relations.begin(), relations.begin() + 1, relations.end());
        NetworkSource source = sourceOf(relations);
        std::reverse(source.actors.begin(), source.actors.end());
        const Network shuffled = Network::build(source);
        QCOMPARE(describe(shuffled, Blocs::detect(shuffled)), expected);
        QCOMPARE(Blocs::detect(shuffled).frustration(), frustration);
    }
}

void TestBlocs::evidenceWeighting()
{
    // A well-attested fight outweighs two thin positive ties.
    const Network network =
        Network::build(sourceOf({"A supports B:1", "B supports C:1", "A fights C:10"}));
    const Blocs byEvidence = Blocs::detect(network);
    QCOMPARE(byEvidence.blocCount(), 2);
    QVERIFY(byEvidence.blocOf(0) != byEvidence.blocOf(2));
    QCOMPARE(byEvidence.frustration(), 1.0);

    // ... whereas two well-attested alliances keep everyone together.
    const Network other =
        Network::build(sourceOf({"A supports B:10", "B supports C:10", "A fights C:1"}));
    const Blocs together = Blocs::detect(other);
    QCOMPARE(describe(other, together), u"A B C"_s);
    QCOMPARE(together.frustration(), 1.0);
}

void TestBlocs::frustratedEdgesAreMarked()
{
    const Network network =
        Network::build(sourceOf({"A allied_with B", "A fights C", "B supports C", "C fights D"}));
    BlocOptions options;
    options.weighting = BlocWeighting::Count;
    const Blocs blocs = Blocs::detect(network, options);
    int marked = 0;
    for (int i = 0; i < network.edges().size(); ++i) {
        const NetworkEdge &e = network.edges()[i];
        const bool together = blocs.blocOf(e.source) == blocs.blocOf(e.target);
        QCOMPARE(blocs.isFrustrated(i), together == (e.sign < 0));
        marked += blocs.isFrustrated(i) ? 1 : 0;
    }
    QCOMPARE(marked, blocs.frustratedEdgeCount());
    QCOMPARE(blocs.frustratedEdgeCount(), 1);
}

void TestBlocs::unlimitedBlocs()
{
    const Network triangle = Network::build(sourceOf({"A fights B", "B fights C", "A opposes C"}));
    BlocOptions options;
    options.maxBlocsPerComponent = 0;
    const Blocs blocs = Blocs::detect(triangle, options);
    QCOMPARE(blocs.blocCount(), 3);
    QCOMPARE(blocs.frustration(), 0.0);
    QCOMPARE(describe(triangle, blocs), u"A | B | C"_s);

    // Positive ties still gather; two camps that share only enemies stay apart.
    const Network camps = Network::build(
        sourceOf({"A supports B", "C supports D", "A fights E", "C fights E", "E supports F"}));
    QCOMPARE(describe(camps, Blocs::detect(camps, options)), u"A B | C D | E F"_s);
}

void TestBlocs::viaActorsJoinTheirPrincipal()
{
    // V has no tie of its own: it is only the channel of A's support to B.
    const Network network =
        Network::build(sourceOf({"A supports B via V", "B fights C", "C supports D"}));
    QCOMPARE(describe(network, Blocs::detect(network)), u"A B V | C D"_s);
    // A proxy in a fight: V fights C on A's behalf.
    const Network proxy = Network::build(sourceOf({"A fights C via V", "C supports D"}));
    QCOMPARE(describe(proxy, Blocs::detect(proxy)), u"A V | C D"_s);

    BlocOptions options;
    options.viaTies = false;
    QCOMPARE(describe(network, Blocs::detect(network, options)), u"A B | C D - V"_s);
}

void TestBlocs::campsBridgedByANeutralActor()
{
    // Two camps at war, joined by positive ties only through N (courted by both sides) and
    // one cooperation across the front. Net-positive ties chain everyone into one bloc, and
    // no single actor gains by leaving it (none has more enemies than friends in it), so
    // only splitting the whole bloc in two finds the camps.
    const QStringList relations{
        "A1 allied_with A2", "A2 supports A3", "A3 supports A1", "B1 allied_with B2",
        "B2 supports B3",    "B3 supports B1", "A1 fights B1",   "A1 opposes B2",
        "A2 fights B2",      "A2 condemns B3", "A3 fights B3",   "B1 opposes A3",
        "A1 supports N",     "A2 supports N",  "B1 supports N",  "A3 cooperates_with B2"};
    const Network network = Network::build(sourceOf(relations));
    // With room for more blocs the answer is the same: N alone would break three ties.
    for (int maxBlocs : {2, 0}) {
        BlocOptions options;
        options.weighting = BlocWeighting::Count;
        options.maxBlocsPerComponent = maxBlocs;
        const Blocs blocs = Blocs::detect(network, options);
        QCOMPARE(describe(network, blocs), u"A1 A2 A3 N | B1 B2 B3"_s);
        // N sides with the camp that supports it twice: B1's support and the cooperation
        // are the two ties that no split into camps can satisfy.
        QCOMPARE(blocs.frustratedEdgeCount(), 2);
        QCOMPARE(blocs.frustration(), 2.0);
    }
}

QTEST_GUILESS_MAIN(TestBlocs)
#include "tst_blocs.moc"
