#include "io/gexfwriter.h"

#include <QCoreApplication>
#include <QDate>
#include <QXmlStreamWriter>

namespace entente {

namespace {

void writeAttribute(QXmlStreamWriter &xml, const QString &id, const QString &type)
{
    xml.writeEmptyElement(QStringLiteral("attribute"));
    xml.writeAttribute(QStringLiteral("id"), id);
    xml.writeAttribute(QStringLiteral("title"), id);
    xml.writeAttribute(QStringLiteral("type"), type);
}

void writeValue(QXmlStreamWriter &xml, const QString &id, const QString &value)
{
    xml.writeEmptyElement(QStringLiteral("attvalue"));
    xml.writeAttribute(QStringLiteral("for"), id);
    xml.writeAttribute(QStringLiteral("value"), value);
}

QString boolText(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

} // namespace

bool GexfWriter::writeTo(QIODevice *device)
{
    const Network &net = network();
    const Blocs &bl = blocs();
    const Centrality &cent = centrality();
    const QString ns = kNamespace.toString();
    const QString viz = kVizNamespace.toString();
    const QString xsi = QStringLiteral("http://www.w3.org/2001/XMLSchema-instance");

    QXmlStreamWriter xml(device);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeDefaultNamespace(ns);
    if (hasPositions())
        xml.writeNamespace(viz, QStringLiteral("viz"));
    xml.writeNamespace(xsi, QStringLiteral("xsi"));
    xml.writeStartElement(ns, QStringLiteral("gexf"));
    xml.writeAttribute(xsi, QStringLiteral("schemaLocation"),
                       ns + QStringLiteral(" http://gexf.net/1.3/gexf.xsd"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("1.3"));

    xml.writeStartElement(QStringLiteral("meta"));
    xml.writeAttribute(QStringLiteral("lastmodifieddate"),
                       QDate::currentDate().toString(Qt::ISODate));
    xml.writeTextElement(QStringLiteral("creator"), QStringLiteral("Entente"));
    xml.writeTextElement(QStringLiteral("description"), xmlSafe(description()));
    xml.writeEndElement(); // meta

    xml.writeStartElement(QStringLiteral("graph"));
    xml.writeAttribute(QStringLiteral("mode"), QStringLiteral("dynamic"));
    xml.writeAttribute(QStringLiteral("defaultedgetype"), QStringLiteral("directed"));
    xml.writeAttribute(QStringLiteral("timeformat"), QStringLiteral("date"));

    const bool betweenness = cent.hasBetweenness();
    xml.writeStartElement(QStringLiteral("attributes"));
    xml.writeAttribute(QStringLiteral("class"), QStringLiteral("node"));
    writeAttribute(xml, QStringLiteral("kind"), QStringLiteral("string"));
    writeAttribute(xml, QStringLiteral("country"), QStringLiteral("string"));
    writeAttribute(xml, QStringLiteral("bloc"), QStringLiteral("integer"));
    writeAttribute(xml, QStringLiteral("degree"), QStringLiteral("integer"));
    writeAttribute(xml, QStringLiteral("in_degree"), QStringLiteral("integer"));
    writeAttribute(xml, QStringLiteral("out_degree"), QStringLiteral("integer"));
    writeAttribute(xml, QStringLiteral("weighted_degree"), QStringLiteral("double"));
    if (betweenness)
        writeAttribute(xml, QStringLiteral("betweenness"), QStringLiteral("double"));
    xml.writeEndElement();

    xml.writeStartElement(QStringLiteral("attributes"));
    xml.writeAttribute(QStringLiteral("class"), QStringLiteral("edge"));
    writeAttribute(xml, QStringLiteral("relation_type"), QStringLiteral("string"));
    writeAttribute(xml, QStringLiteral("sign"), QStringLiteral("integer"));
    writeAttribute(xml, QStringLiteral("evidence"), QStringLiteral("integer"));
    writeAttribute(xml, QStringLiteral("confidence"), QStringLiteral("double"));
    writeAttribute(xml, QStringLiteral("relations"), QStringLiteral("string"));
    writeAttribute(xml, QStringLiteral("via"), QStringLiteral("string"));
    writeAttribute(xml, QStringLiteral("aspects"), QStringLiteral("string"));
    writeAttribute(xml, QStringLiteral("undated"), QStringLiteral("boolean"));
    writeAttribute(xml, QStringLiteral("frustrated"), QStringLiteral("boolean"));
    xml.writeEndElement();

    xml.writeStartElement(QStringLiteral("nodes"));
    xml.writeAttribute(QStringLiteral("count"), QString::number(net.nodeCount()));
    for (int i = 0; i < net.nodeCount(); ++i) {
        const NetworkNode &node = net.nodes()[i];
        xml.writeStartElement(QStringLiteral("node"));
        xml.writeAttribute(QStringLiteral("id"), xmlSafe(node.id));
        xml.writeAttribute(QStringLiteral("label"), xmlSafe(node.name).simplified());
        xml.writeStartElement(QStringLiteral("attvalues"));
        writeValue(xml, QStringLiteral("kind"), toString(node.kind));
        if (!node.country.isEmpty())
            writeValue(xml, QStringLiteral("country"), xmlSafe(node.country));
        writeValue(xml, QStringLiteral("bloc"), QString::number(bl.blocOf(i)));
        writeValue(xml, QStringLiteral("degree"), QString::number(cent.degree(i)));
        writeValue(xml, QStringLiteral("in_degree"), QString::number(cent.inDegree(i)));
        writeValue(xml, QStringLiteral("out_degree"), QString::number(cent.outDegree(i)));
        writeValue(xml, QStringLiteral("weighted_degree"), QString::number(cent.weightedDegree(i)));
        if (betweenness)
            writeValue(xml, QStringLiteral("betweenness"), QString::number(cent.betweenness(i)));
        xml.writeEndElement(); // attvalues
        if (hasPositions()) {
            xml.writeEmptyElement(viz, QStringLiteral("position"));
            xml.writeAttribute(QStringLiteral("x"), QString::number(positions()[i].x()));
            xml.writeAttribute(QStringLiteral("y"), QString::number(positions()[i].y()));
            xml.writeAttribute(QStringLiteral("z"), QStringLiteral("0.0"));
        }
        xml.writeEndElement(); // node
    }
    xml.writeEndElement(); // nodes

    xml.writeStartElement(QStringLiteral("edges"));
    xml.writeAttribute(QStringLiteral("count"),
                       QString::number(net.edges().size() + net.hierarchyEdges().size()));
    int id = 0;
    for (const auto *layer : {&net.edges(), &net.hierarchyEdges()}) {
        for (int e = 0; e < layer->size(); ++e) {
            const NetworkEdge &edge = (*layer)[e];
            const bool frustrated = layer == &net.edges() && bl.isFrustrated(e);
            xml.writeStartElement(QStringLiteral("edge"));
            xml.writeAttribute(QStringLiteral("id"), u'e' + QString::number(id++));
            xml.writeAttribute(QStringLiteral("source"), xmlSafe(net.nodes()[edge.source].id));
            xml.writeAttribute(QStringLiteral("target"), xmlSafe(net.nodes()[edge.target].id));
            xml.writeAttribute(QStringLiteral("type"), edge.directed
                                                           ? QStringLiteral("directed")
                                                           : QStringLiteral("undirected"));
            xml.writeAttribute(QStringLiteral("kind"), toString(edge.type));
            xml.writeAttribute(QStringLiteral("label"), toString(edge.type));
            xml.writeAttribute(QStringLiteral("weight"), QString::number(edge.weight));
            xml.writeStartElement(QStringLiteral("attvalues"));
            writeValue(xml, QStringLiteral("relation_type"), toString(edge.type));
            writeValue(xml, QStringLiteral("sign"), QString::number(edge.sign));
            writeValue(xml, QStringLiteral("evidence"), QString::number(edge.weight));
            writeValue(xml, QStringLiteral("confidence"), QString::number(edge.confidence));
            writeValue(xml, QStringLiteral("relations"),
                       xmlSafe(edge.relationIds.join(QStringLiteral(", "))));
            if (!edge.via.isEmpty())
                writeValue(xml, QStringLiteral("via"),
                           xmlSafe(edge.via.join(QStringLiteral(", "))));
            if (!edge.aspects.isEmpty())
                writeValue(xml, QStringLiteral("aspects"),
                           xmlSafe(edge.aspects.join(QStringLiteral(", "))));
            writeValue(xml, QStringLiteral("undated"), boolText(edge.undated));
            writeValue(xml, QStringLiteral("frustrated"), boolText(frustrated));
            xml.writeEndElement(); // attvalues

            // An undated edge holds at any time: no spells. So does one whose only
            // period is open at both ends.
            QVector<std::pair<QString, QString>> spells;
            if (!edge.undated) {
                for (const ValidityPeriod &period : edge.periods) {
                    std::pair<QString, QString> spell{isoDay(period.firstDay),
                                                      isoDay(period.lastDay)};
                    if (!spell.first.isEmpty() || !spell.second.isEmpty())
                        spells.append(spell);
                }
                if (spells.size() < edge.periods.size())
                    spells.clear(); // a fully open period covers all the others
            }
            if (!spells.isEmpty()) {
                xml.writeStartElement(QStringLiteral("spells"));
                for (const auto &[start, end] : spells) {
                    xml.writeEmptyElement(QStringLiteral("spell"));
                    if (!start.isEmpty())
                        xml.writeAttribute(QStringLiteral("start"), start);
                    if (!end.isEmpty())
                        xml.writeAttribute(QStringLiteral("end"), end);
                }
                xml.writeEndElement(); // spells
            }
            xml.writeEndElement(); // edge
        }
    }
    xml.writeEndElement(); // edges
    xml.writeEndElement(); // graph
    xml.writeEndElement(); // gexf
    xml.writeEndDocument();
    if (xml.hasError()) {
        setError(
            QCoreApplication::translate("Entente::GexfWriter", "Could not write the GEXF file: %1")
                .arg(device->errorString()));
        return false;
    }
    return true;
}

} // namespace entente
