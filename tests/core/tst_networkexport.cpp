#include "io/gexfwriter.h"
#include "io/graphmlwriter.h"
#include "io/networkjson.h"

#include <QBuffer>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace entente;
using namespace Qt::StringLiterals;

namespace {

qint64 day(int y, int m, int d)
{
    return QDate(y, m, d).toJulianDay();
}

NetworkSource libya()
{
    NetworkSource source;
    auto actor = [&](const char *id, const QString &name, ActorKind kind, const char *country) {
        source.actors.append({QString::fromLatin1(id), name, kind, QString::fromLatin1(country)});
    };
    actor("GNA", u"Government of National Accord"_s, ActorKind::Government, "LBY");
    actor("LNA", u"Libyan National Army"_s, ActorKind::ArmedGroup, "LBY");
    actor("TUR", u"Turkey"_s, ActorKind::State, "TUR");
    actor("RUS", u"Russia"_s, ActorKind::State, "RUS");
    actor("WAG", u"Wagner \u0001Group"_s, ActorKind::ArmedGroup, ""); // a stray control char
    actor("haftar", u"Khalifa Haftar"_s, ActorKind::Person, "LBY");
    auto relation = [&](const char *id, const char *s, RelationType type, const char *t,
                        qint64 first, qint64 last, int evidence) -> NetworkRelation & {
        NetworkRelation r;
        r.id = QString::fromLatin1(id);
        r.source = QString::fromLatin1(s);
        r.target = QString::fromLatin1(t);
        r.type = type;
        r.firstDay = first;
        r.lastDay = last;
        r.evidenceCount = evidence;
        source.relations.append(r);
        return source.relations.last();
    };
    relation("r1", "TUR", RelationType::Supports, "GNA", day(2019, 12, 1), day(2020, 6, 5), 3)
        .aspect = u"military"_s;
    relation("r2", "RUS", RelationType::Supports, "LNA", day(2019, 9, 1), kOpenFutureDay, 2).via =
        u"WAG"_s;
    relation("r3", "LNA", RelationType::Fights, "GNA", kOpenPastDay, day(2020, 10, 23), 5);
    relation("r4", "haftar", RelationType::Commands, "LNA", 0, 0, 1).undated = true;
    // "As reported" on two days, and a month-precision period widened to full dates.
    relation("r5", "TUR", RelationType::Condemns, "haftar", day(2020, 5, 2), day(2020, 5, 2), 1);
    relation("r5", "TUR", RelationType::Condemns, "haftar", day(2020, 6, 9), day(2020, 6, 9), 1);
    relation("r6", "WAG", RelationType::Supports, "LNA", day(2020, 8, 1), day(2020, 8, 31), 1);
    return source;
}

QByteArray written(NetworkExporter &exporter)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const bool ok = exporter.write(&buffer);
    return ok ? buffer.data() : QByteArray();
}

struct XmlElement
{
    QString ns;
    QString name;
    QXmlStreamAttributes attributes;
    QString parentName;
    QString text;
};

// Reads the whole document with namespace processing; fails the test on any XML error.
QVector<XmlElement> parse(const QByteArray &data, bool *ok)
{
    QVector<XmlElement> out;
    QXmlStreamReader reader(data);
    QStringList stack;
    QVector<int> open;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            out.append({reader.namespaceUri().toString(),
                        reader.name().toString(),
                        reader.attributes(),
                        stack.isEmpty() ? QString() : stack.last(),
                        {}});
            stack << reader.name().toString();
            open << int(out.size()) - 1;
        } else if (reader.isCharacters() && !open.isEmpty()) {
            out[open.last()].text += reader.text();
        } else if (reader.isEndElement()) {
            stack.removeLast();
            open.removeLast();
        }
    }
    *ok = !reader.hasError();
    if (reader.hasError())
        qWarning("%s", qPrintable(reader.errorString()));
    return out;
}

QVector<XmlElement> named(const QVector<XmlElement> &all, const QString &name)
{
    QVector<XmlElement> out;
    for (const XmlElement &e : all) {
        if (e.name == name)
            out << e;
    }
    return out;
}

} // namespace

class TestNetworkExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void gexfStructure();
    void gexfSpells_data();
    void gexfSpells();
    void gexfPositions();
    void graphml();
    void json();
    void writesFiles();
};

void TestNetworkExport::gexfStructure()
{
    const Network network = Network::build(libya());
    GexfWriter writer(network);
    const QByteArray data = written(writer);
    QVERIFY(!data.isEmpty());
    bool ok = false;
    const QVector<XmlElement> all = parse(data, &ok);
    QVERIFY(ok);
    QCOMPARE(all.first().name, u"gexf"_s);
    QCOMPARE(all.first().ns, u"http://gexf.net/1.3"_s);
    QCOMPARE(all.first().attributes.value(u"version"_s), u"1.3"_s);
    for (const XmlElement &e : all) {
        if (e.name != u"position"_s)
            QCOMPARE(e.ns, u"http://gexf.net/1.3"_s);
    }
    const XmlElement graph = named(all, u"graph"_s).value(0);
    QCOMPARE(graph.attributes.value(u"mode"_s), u"dynamic"_s);
    QCOMPARE(graph.attributes.value(u"timeformat"_s), u"date"_s);
    QCOMPARE(named(all, u"creator"_s).value(0).text, u"Entente"_s);

    QSet<QString> nodeAttributes;
    QSet<QString> edgeAttributes;
    const QVector<XmlElement> declared = named(all, u"attribute"_s);
    QString attributeClass;
    for (const XmlElement &e : all) {
        if (e.name == u"attributes"_s)
            attributeClass = e.attributes.value(u"class"_s).toString();
        else if (e.name == u"attribute"_s)
            (attributeClass == u"node"_s ? nodeAttributes : edgeAttributes)
                .insert(e.attributes.value(u"id"_s).toString());
    }
    for (const char *id : {"kind", "bloc", "degree"})
        QVERIFY(nodeAttributes.contains(QString::fromLatin1(id)));
    for (const char *id : {"relation_type", "sign", "evidence"})
        QVERIFY(edgeAttributes.contains(QString::fromLatin1(id)));

    const QVector<XmlElement> nodes = named(all, u"node"_s);
    QCOMPARE(nodes.size(), network.nodeCount());
    QCOMPARE(nodes[0].attributes.value(u"id"_s), u"GNA"_s);
    QCOMPARE(nodes[0].attributes.value(u"label"_s), u"Government of National Accord"_s);
    // The control character was dropped, the rest kept.
    bool wagner = false;
    for (const XmlElement &n : nodes)
        wagner |= n.attributes.value(u"label"_s) == u"Wagner Group"_s;
    QVERIFY(wagner);

    // Every node's attvalues: kind, bloc, degree present and well typed.
    int kinds = 0;
    int blocs = 0;
    for (const XmlElement &v : named(all, u"attvalue"_s)) {
        const QString key = v.attributes.value(u"for"_s).toString();
        QVERIFY(nodeAttributes.contains(key) || edgeAttributes.contains(key));
        if (key == u"kind"_s)
            ++kinds;
        if (key == u"bloc"_s) {
            ++blocs;
            bool isInt = false;
            QVERIFY(v.attributes.value(u"value"_s).toInt(&isInt) >= -1);
            QVERIFY(isInt);
        }
    }
    QCOMPARE(kinds, network.nodeCount());
    QCOMPARE(blocs, network.nodeCount());

    const QVector<XmlElement> edges = named(all, u"edge"_s);
    QCOMPARE(edges.size(), network.edges().size() + network.hierarchyEdges().size());
    QSet<QString> ids;
    for (const XmlElement &e : edges) {
        ids.insert(e.attributes.value(u"id"_s).toString());
        const QString type = e.attributes.value(u"type"_s).toString();
        QVERIFY(type == u"directed"_s || type == u"undirected"_s);
        QVERIFY(relationTypeFromString(e.attributes.value(u"kind"_s).toString()).has_value());
    }
    QCOMPARE(ids.size(), edges.size());
}

void TestNetworkExport::gexfSpells_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("spells"); // "start/end", empty part = omitted

    QTest::newRow("closed") << u"TUR"_s << u"GNA"_s << u"supports"_s
                            << QStringList{"2019-12-01/2020-06-05"};
    QTest::newRow("open end") << u"RUS"_s << u"LNA"_s << u"supports"_s
                              << QStringList{"2019-09-01/"};
    QTest::newRow("open start, normalised")
        << u"GNA"_s << u"LNA"_s << u"fights"_s << QStringList{"/2020-10-23"};
    QTest::newRow("undated: always") << u"haftar"_s << u"LNA"_s << u"commands"_s << QStringList{};
    QTest::newRow("as reported") << u"TUR"_s << u"haftar"_s << u"condemns"_s
                                 << QStringList{"2020-05-02/2020-05-02", "2020-06-09/2020-06-09"};
    QTest::newRow("month widened")
        << u"WAG"_s << u"LNA"_s << u"supports"_s << QStringList{"2020-08-01/2020-08-31"};
}

void TestNetworkExport::gexfSpells()
{
    QFETCH(QString, source);
    QFETCH(QString, target);
    QFETCH(QString, kind);
    QFETCH(QStringList, spells);
    GexfWriter writer(Network::build(libya()));
    QXmlStreamReader reader(written(writer));
    bool found = false;
    bool inEdge = false;
    QStringList actual;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == u"edge"_s) {
            const auto a = reader.attributes();
            inEdge = a.value(u"source"_s) == source && a.value(u"target"_s) == target &&
                     a.value(u"kind"_s) == kind;
            found |= inEdge;
        } else if (reader.isEndElement() && reader.name() == u"edge"_s) {
            inEdge = false;
        } else if (inEdge && reader.isStartElement() && reader.name() == u"spell"_s) {
            const auto a = reader.attributes();
            actual << a.value(u"start"_s).toString() + u'/' + a.value(u"end"_s).toString();
            QVERIFY(a.hasAttribute(u"start"_s) || a.hasAttribute(u"end"_s));
            for (const auto &attribute : a) {
                if (!attribute.value().isEmpty())
                    QVERIFY(QDate::fromString(attribute.value().toString(), Qt::ISODate).isValid());
            }
        }
    }
    QVERIFY(!reader.hasError());
    QVERIFY(found);
    QCOMPARE(actual, spells);
}

void TestNetworkExport::gexfPositions()
{
    const Network network = Network::build(libya());
    QVector<QPointF> positions;
    for (int i = 0; i < network.nodeCount(); ++i)
        positions << QPointF(i * 10.5, -i);
    GexfWriter writer(network);
    writer.setPositions(positions);
    bool ok = false;
    const QVector<XmlElement> all = parse(written(writer), &ok);
    QVERIFY(ok);
    const QVector<XmlElement> viz = named(all, u"position"_s);
    QCOMPARE(viz.size(), network.nodeCount());
    QCOMPARE(viz[2].ns, u"http://gexf.net/1.3/viz"_s);
    QCOMPARE(viz[2].parentName, u"node"_s);
    QCOMPARE(viz[2].attributes.value(u"x"_s).toDouble(), 21.0);
    QCOMPARE(viz[2].attributes.value(u"y"_s).toDouble(), -2.0);
}

void TestNetworkExport::graphml()
{
    const Network network = Network::build(libya());
    GraphmlWriter writer(network);
    writer.setCentrality(Centrality::compute(network));
    bool ok = false;
    const QVector<XmlElement> all = parse(written(writer), &ok);
    QVERIFY(ok);
    QCOMPARE(all.first().name, u"graphml"_s);
    QCOMPARE(all.first().ns, u"http://graphml.graphdrawing.org/xmlns"_s);
    for (const XmlElement &e : all)
        QCOMPARE(e.ns, u"http://graphml.graphdrawing.org/xmlns"_s);

    QHash<QString, QString> keyDomain;
    QHash<QString, QString> keyName;
    for (const XmlElement &key : named(all, u"key"_s)) {
        const QString id = key.attributes.value(u"id"_s).toString();
        QVERIFY(!keyDomain.contains(id));
        keyDomain.insert(id, key.attributes.value(u"for"_s).toString());
        keyName.insert(id, key.attributes.value(u"attr.name"_s).toString());
        QVERIFY(!key.attributes.value(u"attr.type"_s).isEmpty());
    }
    QCOMPARE(named(all, u"graph"_s).value(0).attributes.value(u"edgedefault"_s), u"directed"_s);
    QCOMPARE(named(all, u"node"_s).size(), network.nodeCount());
    const QVector<XmlElement> edges = named(all, u"edge"_s);
    QCOMPARE(edges.size(), network.edges().size() + network.hierarchyEdges().size());

    // Every data element refers to a declared key of its element's domain.
    QHash<QString, QString> fightData;
    QHash<QString, QString> commandData;
    int undirected = 0;
    for (const XmlElement &e : edges)
        undirected += e.attributes.value(u"directed"_s) == u"false"_s ? 1 : 0;
    QCOMPARE(undirected, 1); // the fight
    int edgeIndex = -1;
    for (const XmlElement &e : all) {
        if (e.name == u"edge"_s)
            ++edgeIndex;
        if (e.name != u"data"_s)
            continue;
        const QString key = e.attributes.value(u"key"_s).toString();
        QVERIFY2(keyDomain.contains(key), qPrintable(key));
        QCOMPARE(keyDomain.value(key), e.parentName);
        if (e.parentName == u"edge"_s &&
            edges[edgeIndex].attributes.value(u"directed"_s) == u"false"_s)
            fightData.insert(keyName.value(key), e.text);
        if (e.parentName == u"edge"_s &&
            edges[edgeIndex].attributes.value(u"source"_s) == u"haftar"_s)
            commandData.insert(keyName.value(key), e.text);
    }
    QCOMPARE(fightData.value(u"type"_s), u"fights"_s);
    QCOMPARE(fightData.value(u"sign"_s), u"-1"_s);
    QCOMPARE(fightData.value(u"valid"_s), u"../2020-10-23"_s);
    QCOMPARE(fightData.value(u"valid_from"_s), u".."_s);
    QCOMPARE(fightData.value(u"valid_to"_s), u"2020-10-23"_s);
    QCOMPARE(fightData.value(u"undated"_s), u"false"_s);
    QCOMPARE(commandData.value(u"type"_s), u"commands"_s);
    QCOMPARE(commandData.value(u"sign"_s), u"0"_s);
    QCOMPARE(commandData.value(u"undated"_s), u"true"_s);
    QVERIFY(!commandData.contains(u"valid"_s));
    QVERIFY(keyName.values().contains(u"betweenness"_s));
}

void TestNetworkExport::json()
{
    NetworkOptions options;
    options.fromDay = day(2020, 1, 1);
    options.toDay = day(2020, 12, 31);
    const Network network = Network::build(libya(), options);
    const Blocs blocs = Blocs::detect(network);
    NetworkJson writer(network);
    writer.setBlocs(blocs);
    writer.setCentrality(Centrality::compute(network));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(written(writer), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject root = doc.object();
    QCOMPARE(root.value(u"window"_s).toObject().value(u"from"_s).toString(), u"2020-01-01"_s);
    QCOMPARE(root.value(u"window"_s).toObject().value(u"to"_s).toString(), u"2020-12-31"_s);
    QCOMPARE(root.value(u"frustration"_s).toDouble(), blocs.frustration());
    QCOMPARE(root.value(u"blocs"_s).toInt(), blocs.blocCount());

    const QJsonArray nodes = root.value(u"nodes"_s).toArray();
    QCOMPARE(nodes.size(), network.nodeCount());
    for (const QJsonValue &value : nodes) {
        const QJsonObject node = value.toObject();
        for (const char *key : {"id", "name", "kind", "bloc", "degree", "in", "out",
                                "weighted_degree", "betweenness"})
            QVERIFY2(node.contains(QString::fromLatin1(key)), key);
        QVERIFY(node.value(u"betweenness"_s).isDouble());
        QVERIFY(!node.contains(u"x"_s));
    }
    const QJsonObject gna = nodes[network.nodeIndex(u"GNA"_s)].toObject();
    QCOMPARE(gna.value(u"kind"_s).toString(), u"government"_s);
    QCOMPARE(gna.value(u"bloc"_s).toInt(), blocs.blocOf(network.nodeIndex(u"GNA"_s)));

    const QJsonArray edges = root.value(u"edges"_s).toArray();
    QCOMPARE(edges.size(), network.edges().size() + network.hierarchyEdges().size());
    bool sawVia = false;
    bool sawHierarchy = false;
    for (const QJsonValue &value : edges) {
        const QJsonObject edge = value.toObject();
        for (const char *key : {"source", "target", "type", "sign", "weight", "via", "relations"})
            QVERIFY2(edge.contains(QString::fromLatin1(key)), key);
        QVERIFY(edge.value(u"via"_s).isArray());
        QVERIFY(!edge.value(u"relations"_s).toArray().isEmpty());
        if (edge.value(u"via"_s).toArray().contains(u"WAG"_s)) {
            sawVia = true;
            QCOMPARE(edge.value(u"source"_s).toString(), u"RUS"_s);
            const QJsonObject valid = edge.value(u"valid"_s).toArray().first().toObject();
            QCOMPARE(valid.value(u"from"_s).toString(), u"2019-09-01"_s);
            QVERIFY(valid.value(u"to"_s).isNull());
        }
        if (edge.value(u"type"_s) == u"commands"_s) {
            sawHierarchy = true;
            QCOMPARE(edge.value(u"sign"_s).toInt(), 0);
            QVERIFY(edge.value(u"undated"_s).toBool());
        }
        if (edge.value(u"type"_s) == u"condemns"_s) {
            QCOMPARE(edge.value(u"weight"_s).toInt(), 1); // one relation, two reports
            QCOMPARE(edge.value(u"valid"_s).toArray().size(), 2);
        }
    }
    QVERIFY(sawVia);
    QVERIFY(sawHierarchy);

    // Without a window: nulls; positions add x and y.
    NetworkJson open(Network::build(libya()));
    QVector<QPointF> positions(Network::build(libya()).nodeCount(), QPointF(1, 2));
    open.setPositions(positions);
    const QJsonObject openRoot = open.toJson();
    QVERIFY(openRoot.value(u"window"_s).toObject().value(u"from"_s).isNull());
    QVERIFY(
        openRoot.value(u"nodes"_s).toArray().first().toObject().value(u"betweenness"_s).isNull());
    QCOMPARE(openRoot.value(u"nodes"_s).toArray().first().toObject().value(u"y"_s).toDouble(), 2.0);
}

void TestNetworkExport::writesFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Network network = Network::build(libya());
    GexfWriter gexf(network);
    QVERIFY(gexf.writeFile(dir.filePath(u"net.gexf"_s)));
    GraphmlWriter graphml(network);
    QVERIFY(graphml.writeFile(dir.filePath(u"net.graphml"_s)));
    NetworkJson json(network);
    QVERIFY(json.writeFile(dir.filePath(u"net.json"_s)));
    QFile file(dir.filePath(u"net.gexf"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith("<?xml"));

    GexfWriter failing(network);
    QVERIFY(!failing.writeFile(dir.filePath(u"missing/folder/net.gexf"_s)));
    QVERIFY(!failing.errorString().isEmpty());
    QBuffer closed;
    QVERIFY(!failing.write(&closed));
    QVERIFY(!failing.errorString().isEmpty());
}

QTEST_GUILESS_MAIN(TestNetworkExport)
#include "tst_networkexport.moc"
