#include "io/graphmlwriter.h"

#include <QCoreApplication>
#include <QXmlStreamWriter>

namespace entente {

namespace {

struct Key
{
    const char16_t *id;
    const char16_t *name;
    const char16_t *type;
};

// Key ids are prefixed by what they describe, so node and edge keys never clash.
constexpr Key kNodeKeys[] = {
    {u"n_name", u"name", u"string"},
    {u"n_kind", u"kind", u"string"},
    {u"n_country", u"country", u"string"},
    {u"n_bloc", u"bloc", u"int"},
    {u"n_degree", u"degree", u"int"},
    {u"n_in", u"in_degree", u"int"},
    {u"n_out", u"out_degree", u"int"},
    {u"n_wdegree", u"weighted_degree", u"double"},
    {u"n_betweenness", u"betweenness", u"double"},
    {u"n_x", u"x", u"double"},
    {u"n_y", u"y", u"double"},
};
constexpr Key kEdgeKeys[] = {
    {u"e_type", u"type", u"string"},           {u"e_sign", u"sign", u"int"},
    {u"e_weight", u"weight", u"double"},       {u"e_confidence", u"confidence", u"double"},
    {u"e_relations", u"relations", u"string"}, {u"e_via", u"via", u"string"},
    {u"e_aspects", u"aspects", u"string"},     {u"e_valid", u"valid", u"string"},
    {u"e_from", u"valid_from", u"string"},     {u"e_to", u"valid_to", u"string"},
    {u"e_undated", u"undated", u"boolean"},    {u"e_frustrated", u"frustrated", u"boolean"},
};

void writeKey(QXmlStreamWriter &xml, const Key &key, const QString &domain)
{
    xml.writeEmptyElement(QStringLiteral("key"));
    xml.writeAttribute(QStringLiteral("id"), QString::fromUtf16(key.id));
    xml.writeAttribute(QStringLiteral("for"), domain);
    xml.writeAttribute(QStringLiteral("attr.name"), QString::fromUtf16(key.name));
    xml.writeAttribute(QStringLiteral("attr.type"), QString::fromUtf16(key.type));
}

void writeData(QXmlStreamWriter &xml, const char16_t *key, const QString &value)
{
    xml.writeStartElement(QStringLiteral("data"));
    xml.writeAttribute(QStringLiteral("key"), QString::fromUtf16(key));
    xml.writeCharacters(value);
    xml.writeEndElement();
}

} // namespace

bool GraphmlWriter::writeTo(QIODevice *device)
{
    const Network &net = network();
    const Blocs &bl = blocs();
    const Centrality &cent = centrality();
    const QString ns = kNamespace.toString();
    const QString xsi = QStringLiteral("http://www.w3.org/2001/XMLSchema-instance");
    const bool betweenness = cent.hasBetweenness();
    const bool positioned = hasPositions();

    QXmlStreamWriter xml(device);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeDefaultNamespace(ns);
    xml.writeNamespace(xsi, QStringLiteral("xsi"));
    xml.writeStartElement(ns, QStringLiteral("graphml"));
    xml.writeAttribute(
        xsi, QStringLiteral("schemaLocation"),
        ns + QStringLiteral(" http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"));
    xml.writeTextElement(QStringLiteral("desc"), xmlSafe(description()));

    for (const Key &key : kNodeKeys) {
        const QStringView id(key.id);
        if ((id == u"n_betweenness" && !betweenness) ||
            ((id == u"n_x" || id == u"n_y") && !positioned))
            continue;
        writeKey(xml, key, QStringLiteral("node"));
    }
    for (const Key &key : kEdgeKeys)
        writeKey(xml, key, QStringLiteral("edge"));

    xml.writeStartElement(QStringLiteral("graph"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("network"));
    xml.writeAttribute(QStringLiteral("edgedefault"), QStringLiteral("directed"));
    for (int i = 0; i < net.nodeCount(); ++i) {
        const NetworkNode &node = net.nodes()[i];
        xml.writeStartElement(QStringLiteral("node"));
        xml.writeAttribute(QStringLiteral("id"), xmlSafe(node.id));
        writeData(xml, u"n_name", xmlSafe(node.name));
        writeData(xml, u"n_kind", toString(node.kind));
        if (!node.country.isEmpty())
            writeData(xml, u"n_country", xmlSafe(node.country));
        writeData(xml, u"n_bloc", QString::number(bl.blocOf(i)));
        writeData(xml, u"n_degree", QString::number(cent.degree(i)));
        writeData(xml, u"n_in", QString::number(cent.inDegree(i)));
        writeData(xml, u"n_out", QString::number(cent.outDegree(i)));
        writeData(xml, u"n_wdegree", QString::number(cent.weightedDegree(i)));
        if (betweenness)
            writeData(xml, u"n_betweenness", QString::number(cent.betweenness(i)));
        if (positioned) {
            writeData(xml, u"n_x", QString::number(positions()[i].x()));
            writeData(xml, u"n_y", QString::number(positions()[i].y()));
        }
        xml.writeEndElement(); // node
    }

    int id = 0;
    for (const auto *layer : {&net.edges(), &net.hierarchyEdges()}) {
        for (int e = 0; e < layer->size(); ++e) {
            const NetworkEdge &edge = (*layer)[e];
            xml.writeStartElement(QStringLiteral("edge"));
            xml.writeAttribute(QStringLiteral("id"), u'e' + QString::number(id++));
            xml.writeAttribute(QStringLiteral("source"), xmlSafe(net.nodes()[edge.source].id));
            xml.writeAttribute(QStringLiteral("target"), xmlSafe(net.nodes()[edge.target].id));
            if (!edge.directed)
                xml.writeAttribute(QStringLiteral("directed"), QStringLiteral("false"));
            writeData(xml, u"e_type", toString(edge.type));
            writeData(xml, u"e_sign", QString::number(edge.sign));
            writeData(xml, u"e_weight", QString::number(edge.weight));
            writeData(xml, u"e_confidence", QString::number(edge.confidence));
            writeData(xml, u"e_relations", xmlSafe(edge.relationIds.join(QStringLiteral(", "))));
            if (!edge.via.isEmpty())
                writeData(xml, u"e_via", xmlSafe(edge.via.join(QStringLiteral(", "))));
            if (!edge.aspects.isEmpty())
                writeData(xml, u"e_aspects", xmlSafe(edge.aspects.join(QStringLiteral(", "))));
            if (!edge.periods.isEmpty()) {
                // Periods are sorted and disjoint: the last one ends last.
                const QString from = isoDay(edge.periods.first().firstDay);
                const QString to = isoDay(edge.periods.last().lastDay);
                writeData(xml, u"e_valid", validityText(edge));
                writeData(xml, u"e_from", from.isEmpty() ? QStringLiteral("..") : from);
                writeData(xml, u"e_to", to.isEmpty() ? QStringLiteral("..") : to);
            }
            writeData(xml, u"e_undated",
                      edge.undated ? QStringLiteral("true") : QStringLiteral("false"));
            const bool frustrated = layer == &net.edges() && bl.isFrustrated(e);
            writeData(xml, u"e_frustrated",
                      frustrated ? QStringLiteral("true") : QStringLiteral("false"));
            xml.writeEndElement(); // edge
        }
    }
    xml.writeEndElement(); // graph
    xml.writeEndElement(); // graphml
    xml.writeEndDocument();
    if (xml.hasError()) {
        setError(QCoreApplication::translate("Entente::GraphmlWriter",
                                             "Could not write the GraphML file: %1")
                     .arg(device->errorString()));
        return false;
    }
    return true;
}

} // namespace entente
