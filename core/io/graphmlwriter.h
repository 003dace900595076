#pragma once

#include "io/networkexporter.h"

namespace entente {

// Writes the support network as GraphML (yEd, Cytoscape, NetworkX, igraph). GraphML has
// no notion of time, so each edge's validity goes into string attributes: `valid`
// ("2019-12-01/2020-06-05; 2021-01-01/..", EDTF intervals), `valid_from` and `valid_to`
// (the overall span, ".." for an open end) and the boolean `undated`.
class GraphmlWriter final : public NetworkExporter
{
public:
    using NetworkExporter::NetworkExporter;

    static constexpr QStringView kNamespace = u"http://graphml.graphdrawing.org/xmlns";

protected:
    bool writeTo(QIODevice *device) override;
};

} // namespace entente
