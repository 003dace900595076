#pragma once

#include "io/networkexporter.h"

#include <QJsonObject>

namespace entente {

// The network as JSON for scripts (`entente network --json`):
// {"window": {"from", "to"}, "frustration", "frustrated_edges", "blocs",
//  "nodes": [{"id", "name", "kind", "country", "bloc", "degree", "in", "out",
//             "weighted_degree", "betweenness", "x", "y"}],
//  "edges": [{"source", "target", "type", "sign", "directed", "weight", "confidence",
//             "via": [...], "relations": [...], "aspects": [...],
//             "valid": [{"from", "to"}], "undated", "frustrated"}]}
// Dates are ISO 8601; open ends and an open window are null. "betweenness" is null
// unless computed; "x"/"y" only with positions. Hierarchy edges have sign 0.
class NetworkJson final : public NetworkExporter
{
public:
    using NetworkExporter::NetworkExporter;

    QJsonObject toJson();
    // Indented by default; compact for machine use.
    void setCompact(bool compact) { m_compact = compact; }

protected:
    bool writeTo(QIODevice *device) override;

private:
    bool m_compact = false;
};

} // namespace entente
