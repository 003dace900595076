#pragma once

#include <QString>

namespace entente {

class MapLayout;
class MapModel;
struct BasemapCountry;
struct MapCluster;
struct MapHit;

// The actor map's hover texts (rich text): a country with its state and actors and their
// ties, an actor, an event, a cluster of events, an arrow and the relations behind it.
class MapToolTip
{
public:
    // The tooltip of whatever `hit` found in `layout` (empty for nothing).
    static QString forHit(const MapModel &model, const MapLayout &layout, const MapHit &hit);
    static QString country(const MapModel &model, const BasemapCountry &country);
    static QString actor(const MapModel &model, int actor);
    static QString event(const MapModel &model, int event);
    static QString cluster(const MapModel &model, const MapCluster &cluster);
    static QString arrow(const MapModel &model, int arrow);

    // "bloc 1 (Turkey, Qatar, GNA)" or "no side".
    static QString blocText(const MapModel &model, int bloc);
};

} // namespace entente
