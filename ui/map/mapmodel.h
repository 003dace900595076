#pragma once

#include "session/filter.h"
#include "session/snapshot.h"

#include <QHash>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>
#include <optional>
#include <span>

namespace entente {

class Basemap;

// An actor drawn as a marker: where it sits and what colours and labels it.
struct MapActorItem
{
    int actor = -1; // snapshot index
    QPointF lonLat;
    int anchor = -1; // index into MapModel::anchors(); actors of one anchor are fanned out
    int bloc = -1;
    int priority = 0; // ties and events: who gets a label first
    QString label;
};

// A point on the map where one or more actors sit (a base place or a country's label
// point).
struct MapAnchor
{
    QPointF lonLat;
    int place = -1;     // snapshot place, -1 for a country's label point
    QVector<int> items; // into MapModel::actors()
};

// The visible events at one place.
struct MapSite
{
    int place = -1;
    QPointF lonLat;
    QVector<int> events;   // snapshot indices, in snapshot (time) order
    int dominantType = -1; // index into Snapshot::eventTypes
};

// The visible relations of one sign between two actors, drawn as one arrow: "Turkey
// supports the GNA" stands for its four support relations, its recognition and its
// cooperation; width follows the summed evidence.
struct MapArrow
{
    int from = -1; // snapshot actor indices
    int to = -1;
    int sign = 1;                               // +1 friendly, -1 hostile, 0 hierarchy
    RelationType type = RelationType::Supports; // the strongest type present: its pen
    bool headAtTo = false;                      // a directed relation points at `to`
    bool headAtFrom = false;                    // ... or at `from`
    int evidence = 0;                           // summed evidence (each relation counts at least 1)
    // Its relations (snapshot indices): MapModel::relationsOf(arrow).
    qsizetype firstRelation = 0;
    qsizetype relationCount = 0;
};

// A bloc as the legend names it.
struct MapBloc
{
    int bloc = -1;
    QStringList names; // a few members, states first
    int size = 0;
};

// What the actor map draws, derived from the session's snapshot, visible set and blocs,
// independent of zoom and projection: actor markers and their anchors, event sites,
// aggregated arrows, the bloc of each country's state. Recomputed when the filter or the
// blocs change (linear in the visible events and relations).
class MapModel
{
public:
    MapModel();

    // `basemap` (the 50m one) places actors and places that only name a country.
    void setBasemap(std::shared_ptr<const Basemap> basemap);
    void setSnapshot(std::shared_ptr<const Snapshot> snapshot);
    void setVisible(const VisibleSet &visible);
    void setBlocs(const QVector<int> &blocs);

    const Snapshot &snapshot() const { return *m_snapshot; }
    std::shared_ptr<const Snapshot> sharedSnapshot() const { return m_snapshot; }
    const Basemap *basemap() const { return m_basemap.get(); }
    // Changes whenever anything below does: a key for caches.
    quint64 generation() const { return m_generation; }
    // Changes only when a country's fill does: the key of the view's basemap image.
    quint64 fillGeneration() const { return m_fillGeneration; }
    // Changes with everything but the blocs (which only colour): the key of a layout.
    quint64 layoutGeneration() const { return m_layoutGeneration; }

    const QVector<MapActorItem> &actors() const { return m_items; }
    const QVector<MapAnchor> &anchors() const { return m_anchors; }
    const QVector<MapSite> &sites() const { return m_sites; }
    const QVector<MapArrow> &arrows() const { return m_arrows; }
    // The snapshot indices of an arrow's relations, in the visible set's order.
    std::span<const int> relationsOf(const MapArrow &arrow) const
    {
        return std::span<const int>(m_arrowRelations)
            .subspan(size_t(arrow.firstRelation), size_t(arrow.relationCount));
    }
    const QVector<MapBloc> &blocs() const { return m_blocs; }
    // Indices into Snapshot::eventTypes of the types among the visible events with a site.
    const QVector<int> &eventTypesShown() const { return m_typesShown; }
    int itemOfActor(int actor) const { return m_itemOfActor.value(actor, -1); }
    int siteOfEvent(int event) const;
    int siteOfPlace(int place) const { return m_siteOfPlace.value(place, -1); }
    int blocOfActor(int actor) const { return m_blocOfActor.value(actor, -1); }
    bool isActorVisible(int actor) const { return m_actorVisible.value(actor, false); }

    // Where an actor or a place sits on the map, visible or not.
    std::optional<QPointF> actorLocation(int actor) const;
    std::optional<QPointF> placeLocation(int place) const;

    // Basemap country key (alpha-3, or the name for shapes without a code) of an actor's
    // `country`, empty when the basemap has no such country.
    QString countryKeyOf(int actor) const;
    // The state actors standing for a country, by basemap key.
    QVector<int> statesOfCountry(const QString &key) const { return m_statesByCountry.value(key); }
    // The actors (of any kind) that belong to a country.
    QVector<int> actorsOfCountry(const QString &key) const { return m_actorsByCountry.value(key); }
    // A country's fill: the bloc of its (visible) state actor, -1 for a state with no side,
    // nullopt for a country no state actor stands for.
    std::optional<int> countryBloc(const QString &key) const;

    // What the map should show when fitted: every place with coordinates, weighted by the
    // visible events and actors there, and the extent of each involved state's country
    // (pinned: never left out). See fitExtent().
    struct FitPoint
    {
        QPointF lonLat;
        double weight = 0;
        bool pinned = false;
    };
    QVector<FitPoint> fitPoints() const;
    // The plane rectangle to fit: the bounds of all the points, except a few far-off ones
    // that together hold at most a tenth of the weight and whose leaving out shrinks the
    // area by more than a third (a UN seat in New York would otherwise shrink a Libyan
    // story to a dot). `plane` holds the points projected.
    static QRectF fitExtent(const QVector<FitPoint> &points, const QVector<QPointF> &plane);

    // The short text a marker is labelled with (name, or a short alias of a long name).
    static QString labelFor(const SnapshotActor &actor);

private:
    void locate();
    void rebuildItems();
    void rebuildSites();
    void rebuildArrows();
    void rebuildBlocs();
    void updateFills();

    std::shared_ptr<const Basemap> m_basemap;
    std::shared_ptr<const Snapshot> m_snapshot;
    VisibleSet m_visible;
    QVector<int> m_blocOfActor;
    quint64 m_generation = 0;
    quint64 m_fillGeneration = 0;
    quint64 m_layoutGeneration = 0;
    QHash<QString, int> m_fills; // country key -> countryBloc()

    // Per snapshot.
    QVector<std::optional<QPointF>> m_placeLocation;
    QVector<std::optional<QPointF>> m_actorLocation;
    QVector<int> m_actorAnchorPlace; // place the actor sits at, -1 for a label point
    QVector<QString> m_actorCountry;
    QVector<int> m_eventType;
    QHash<QString, QVector<int>> m_statesByCountry;
    QHash<QString, QVector<int>> m_actorsByCountry;

    // Per visible set and blocs.
    QVector<bool> m_actorVisible;
    QVector<MapActorItem> m_items;
    QHash<int, int> m_itemOfActor;
    QVector<MapAnchor> m_anchors;
    QVector<MapSite> m_sites;
    QVector<int> m_siteOfPlace;
    // The relations of all arrows, arrow by arrow: one array, not ten thousand small ones
    // rebuilt at every window change.
    std::vector<int> m_arrowRelations;
    QVector<MapArrow> m_arrows;
    QVector<MapBloc> m_blocs;
    QVector<int> m_typesShown;
};

} // namespace entente
