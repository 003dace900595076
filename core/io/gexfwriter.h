#pragma once

#include "io/networkexporter.h"

namespace entente {

// Writes the support network as GEXF 1.3 (http://gexf.net/1.3) for Gephi and the like:
// a dynamic graph (timeformat "date") whose edges carry their validity as spells with
// inclusive start and end dates (open ends omitted, undated edges without spells), and
// whose nodes carry kind, country, bloc and degree attributes (and viz positions when
// given). Parallel edges of different relation types are told apart by `kind`.
class GexfWriter final : public NetworkExporter
{
public:
    using NetworkExporter::NetworkExporter;

    static constexpr QStringView kNamespace = u"http://gexf.net/1.3";
    static constexpr QStringView kVizNamespace = u"http://gexf.net/1.3/viz";

protected:
    bool writeTo(QIODevice *device) override;
};

} // namespace entente
