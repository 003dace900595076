#pragma once

#include "maprenderer.h"

#include "session/filter.h"

#include <QPointF>
#include <QVector>

#include <optional>

namespace entente {

class MapModel;
struct MapCluster;

// Between the session's selection (ids) and the actor map (indices, places): what to
// highlight, where the selection lies, and what a click on the map selects.
class MapSelection
{
public:
    // Actors, events and relations by index; the arrows carrying the relations; the
    // countries of selected states. Hover is left empty.
    static MapHighlights highlightsFor(const MapModel &model, const Selection &selection);

    // Where the highlighted items lie (longitude/latitude): actors' locations, events'
    // places, both ends of relations.
    static QVector<QPointF> locationsOf(const MapModel &model, const MapHighlights &highlights);

    // The selection after a click on `hit` (`cluster` is the clicked cluster, if any):
    // an actor or event is selected, Ctrl (`add`) toggles it in the current selection; an
    // arrow selects its relations; a country its state actor (a country no actor stands
    // for is like the sea); a one-place cluster its events. Nullopt when the selection
    // stays (Ctrl+click on nothing).
    static std::optional<Selection> afterClick(const MapModel &model, const MapHit &hit,
                                               const MapCluster *cluster, const Selection &current,
                                               bool add);

    static constexpr int kMaxClusterSelection = 1000;
};

} // namespace entente
