#pragma once

#include "analysis/blocs.h"
#include "analysis/centrality.h"
#include "analysis/network.h"

#include <QPointF>
#include <QString>
#include <QVector>

#include <optional>

class QIODevice;

namespace entente {

// Common ground of the network exports (GEXF, GraphML, JSON): the network as of a
// window and, optionally, its blocs, centralities and layout positions. What is not
// given is computed with default options when written (blocs, degrees; betweenness is
// only written when a Centrality with it is given).
class NetworkExporter
{
public:
    explicit NetworkExporter(Network network);
    virtual ~NetworkExporter() = default;

    void setBlocs(const Blocs &blocs) { m_blocs = blocs; }
    void setCentrality(const Centrality &centrality) { m_centrality = centrality; }
    // By node index, as Network::nodes(); ignored unless one per node.
    void setPositions(const QVector<QPointF> &positions) { m_positions = positions; }
    void setDescription(const QString &description) { m_description = description; }

    bool write(QIODevice *device);
    // Writes atomically: an existing file is replaced only when all went well.
    bool writeFile(const QString &path);
    QString errorString() const { return m_error; }

protected:
    virtual bool writeTo(QIODevice *device) = 0;

    const Network &network() const { return m_network; }
    const Blocs &blocs();
    const Centrality &centrality();
    bool hasPositions() const { return m_positions.size() == m_network.nodeCount(); }
    const QVector<QPointF> &positions() const { return m_positions; }
    QString description() const;
    void setError(const QString &error) { m_error = error; }

    // ISO 8601 date of a Julian day, or an empty string for an open end (or a day out of
    // the four-digit years).
    static QString isoDay(qint64 day);
    // Removes characters XML 1.0 cannot carry (control characters, lone surrogates).
    static QString xmlSafe(const QString &text);
    // "2019-12-01/2020-06-05; 2021-01-01/.." (EDTF intervals), empty when undated.
    static QString validityText(const NetworkEdge &edge);

private:
    Network m_network;
    std::optional<Blocs> m_blocs;
    std::optional<Centrality> m_centrality;
    QVector<QPointF> m_positions;
    QString m_description;
    QString m_error;
};

} // namespace entente
