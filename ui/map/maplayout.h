#pragma once

#include "mapviewport.h"

#include <QFont>
#include <QHash>
#include <QPainterPath>
#include <QPolygonF>
#include <QSet>
#include <QVector>

#include <optional>

namespace entente {

class Basemap;
class MapModel;

// Which layers of the actor map are drawn (the panel's toggles).
struct MapLayerOptions
{
    bool countries = true;  // fill countries by their state's bloc
    bool actors = true;     // markers and labels
    bool events = true;     // event sites and clusters
    bool arrows = true;     // support and opposition arrows
    bool hierarchy = false; // commands / member of / acts for arrows
    bool userLayers = true; // GeoJSON layers loaded by the user
    bool legend = true;
    friend bool operator==(const MapLayerOptions &, const MapLayerOptions &) = default;
};

// An actor marker on screen; actors sharing an anchor are fanned out around it.
struct MapMarker
{
    int item = -1; // into MapModel::actors()
    QPointF pos;
    QPointF anchorPos;
    bool fanned = false;
};

struct MapLabel
{
    int marker = -1;
    QRectF rect;
    QString text;
};

// One or more visible events close together on screen.
struct MapCluster
{
    QPointF pos;
    int count = 0;
    QVector<int> sites; // into MapModel::sites()
    int dominantType = -1;
    double radius = 0;
    QRectF lonLatBounds;
    bool isSingle() const { return count == 1; }
    bool isOnePlace() const { return sites.size() == 1; }
};

struct MapArrowShape
{
    int arrow = -1; // into MapModel::arrows()
    QPainterPath path;
    QPolygonF hitLine;
    QPolygonF headTo, headFrom; // filled heads (friendly and hierarchy)
    QLineF barTo, barFrom;      // flat bars (hostile)
    double width = 1;
};

// What lies under a point of the map, topmost first.
struct MapHit
{
    enum class Kind { None, Country, Actor, Event, Cluster, Arrow };
    Kind kind = Kind::None;
    int actor = -1;   // Actor: snapshot index
    int event = -1;   // Event: snapshot index
    int cluster = -1; // Cluster and Event: into MapLayout::clusters()
    int arrow = -1;   // Arrow: into MapModel::arrows()
    int country = -1; // Country: index into the basemap given to hitTest()
    friend bool operator==(const MapHit &, const MapHit &) = default;
};

// The actor map laid out on screen for one viewport: marker positions (fanned), labels
// that do not overlap, event clusters on a grid tied to the plane (so panning does not
// regroup them), arrow curves and heads. Shared by painting, export and hit-testing.
class MapLayout
{
public:
    MapLayout() = default;
    MapLayout(const MapModel &model, const MapViewport &viewport, const MapLayerOptions &layers,
              const QFont &labelFont);

    const MapViewport &viewport() const { return m_viewport; }

    const QVector<MapMarker> &markers() const { return m_markers; }
    const QVector<MapLabel> &labels() const { return m_labels; }
    const QVector<MapCluster> &clusters() const { return m_clusters; }
    const QVector<MapArrowShape> &arrows() const { return m_arrows; }
    // Ties in view left out because more than kMaxArrows were (the weakest go first).
    int omittedArrows() const { return m_omittedArrows; }
    int markerOfItem(int item) const { return m_markerOfItem.value(item, -1); }
    int markerOfActor(int actor) const;
    // The shape of an arrow: as laid out, or made now for one the layout left out (a
    // selected hierarchy tie while that layer is off, or one past kMaxArrows).
    std::optional<MapArrowShape> shapeOf(int arrow) const;
    int clusterOfSite(int site) const { return m_clusterOfSite.value(site, -1); }
    // The first event of a single-event cluster.
    int singleEvent(int cluster) const;

    // `basemap` resolves countries (pass nullptr to leave them out).
    MapHit hitTest(QPointF pos, const Basemap *basemap) const;

    static constexpr double kMarkerRadius = 5.0;
    static constexpr double kStateMarkerRadius = 5.5;
    // Beyond a few hundred arrows a map shows nothing but ink, and stroking them costs more
    // than a frame: the selected ones and the best attested are drawn.
    static constexpr int kMaxArrows = 200;

private:
    void layoutMarkers(const MapViewport &viewport);
    void layoutLabels(const QFont &font);
    void layoutClusters(const MapViewport &viewport);
    void layoutArrows(const MapLayerOptions &layers);
    // The curve of an arrow, bowed out by `variant` (several arrows between one pair);
    // nullopt when its ends are too close or an actor has no marker.
    struct ArrowFrame
    {
        QPointF p0, p2, control; // the ends and the control point of the curve
    };
    std::optional<ArrowFrame> arrowFrame(int arrow, int variant) const;
    std::optional<MapArrowShape> makeShape(int arrow, int variant) const;

    const MapModel *m_model = nullptr;
    MapViewport m_viewport;
    MapLayerOptions m_layers;
    QVector<MapMarker> m_markers;
    QVector<int> m_markerOfItem;
    QVector<MapLabel> m_labels;
    QVector<MapCluster> m_clusters;
    QVector<int> m_clusterOfSite;
    QVector<MapArrowShape> m_arrows;
    QHash<int, int> m_shapeOfArrow;
    int m_omittedArrows = 0;
};

} // namespace entente
