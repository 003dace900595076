#include "io/networkjson.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>

namespace entente {

namespace {

QJsonValue dayValue(const QString &iso)
{
    return iso.isEmpty() ? QJsonValue() : QJsonValue(iso);
}

} // namespace

QJsonObject NetworkJson::toJson()
{
    const Network &net = network();
    const Blocs &bl = blocs();
    const Centrality &cent = centrality();

    QJsonArray nodes;
    for (int i = 0; i < net.nodeCount(); ++i) {
        const NetworkNode &node = net.nodes()[i];
        QJsonObject o{
            {QStringLiteral("id"), node.id},
            {QStringLiteral("name"), node.name},
            {QStringLiteral("kind"), toString(node.kind)},
            {QStringLiteral("country"),
             node.country.isEmpty() ? QJsonValue() : QJsonValue(node.country)},
            {QStringLiteral("bloc"), bl.blocOf(i)},
            {QStringLiteral("degree"), cent.degree(i)},
            {QStringLiteral("in"), cent.inDegree(i)},
            {QStringLiteral("out"), cent.outDegree(i)},
            {QStringLiteral("weighted_degree"), cent.weightedDegree(i)},
            {QStringLiteral("betweenness"),
             cent.hasBetweenness() ? QJsonValue(cent.betweenness(i)) : QJsonValue()},
        };
        if (hasPositions()) {
            o.insert(QStringLiteral("x"), positions()[i].x());
            o.insert(QStringLiteral("y"), positions()[i].y());
        }
        nodes.append(o);
    }

    QJsonArray edges;
    for (const auto *layer : {&net.edges(), &net.hierarchyEdges()}) {
        for (int e = 0; e < layer->size(); ++e) {
            const NetworkEdge &edge = (*layer)[e];
            QJsonArray valid;
            for (const ValidityPeriod &period : edge.periods)
                valid.append(
                    QJsonObject{{QStringLiteral("from"), dayValue(isoDay(period.firstDay))},
                                {QStringLiteral("to"), dayValue(isoDay(period.lastDay))}});
            edges.append(QJsonObject{
                {QStringLiteral("source"), net.nodes()[edge.source].id},
                {QStringLiteral("target"), net.nodes()[edge.target].id},
                {QStringLiteral("type"), toString(edge.type)},
                {QStringLiteral("sign"), edge.sign},
                {QStringLiteral("directed"), edge.directed},
                {QStringLiteral("weight"), edge.weight},
                {QStringLiteral("confidence"), edge.confidence},
                {QStringLiteral("via"), QJsonArray::fromStringList(edge.via.toList())},
                {QStringLiteral("relations"),
                 QJsonArray::fromStringList(edge.relationIds.toList())},
                {QStringLiteral("aspects"), QJsonArray::fromStringList(edge.aspects.toList())},
                {QStringLiteral("valid"), valid},
                {QStringLiteral("undated"), edge.undated},
                {QStringLiteral("frustrated"), layer == &net.edges() && bl.isFrustrated(e)},
            });
        }
    }

    return QJsonObject{
        {QStringLiteral("window"),
         QJsonObject{{QStringLiteral("from"), dayValue(isoDay(net.fromDay()))},
                     {QStringLiteral("to"), dayValue(isoDay(net.toDay()))}}},
        {QStringLiteral("frustration"), bl.frustration()},
        {QStringLiteral("frustrated_edges"), bl.frustratedEdgeCount()},
        {QStringLiteral("blocs"), bl.blocCount()},
        {QStringLiteral("nodes"), nodes},
        {QStringLiteral("edges"), edges},
    };
}

bool NetworkJson::writeTo(QIODevice *device)
{
    const QByteArray bytes = QJsonDocument(toJson()).toJson(m_compact ? QJsonDocument::Compact
                                                                      : QJsonDocument::Indented);
    if (device->write(bytes) != bytes.size()) {
        setError(QCoreApplication::translate("Entente::NetworkJson",
                                             "Could not write the network JSON: %1")
                     .arg(device->errorString()));
        return false;
    }
    return true;
}

} // namespace entente
