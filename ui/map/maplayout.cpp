#include "maplayout.h"

#include "geo/basemap.h"
#include "mapmodel.h"
#include "textwidths.h"

#include <QFontMetricsF>
#include <QHash>
#include <QLineF>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <numeric>

namespace entente {

namespace {

constexpr double kFanMinRadius = 15.0;
constexpr double kFanMaxRadius = 40.0;
constexpr double kFanSpacing = 13.0; // arc length per fanned marker
constexpr int kMaxLabels = 400;      // beyond that labels only clutter
constexpr double kLabelGap = 3.0;
constexpr double kLabelCell = 64.0; // spatial hash for label collisions
constexpr double kArrowSamples = 18;

double length(QPointF v)
{
    return std::hypot(v.x(), v.y());
}
QPointF unit(QPointF v)
{
    const double l = length(v);
    return l > 1e-9 ? v / l : QPointF(1, 0);
}

quint64 cellKey(qint64 x, qint64 y)
{
    return (quint64(quint32(qint32(x))) << 32) | quint64(quint32(qint32(y)));
}

double clusterRadius(int count)
{
    return count <= 1 ? 0.0 : std::min(22.0, 8.0 + 2.4 * std::log2(double(count)));
}

double distanceToSegment(QPointF p, QPointF a, QPointF b)
{
    const QPointF ab = b - a;
    const double l2 = QPointF::dotProduct(ab, ab);
    const double t = l2 > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / l2, 0.0, 1.0) : 0.0;
    return length(p - (a + ab * t));
}

// Rectangles placed so far, bucketed by cell, so a label checks only its neighbours.
class RectIndex
{
public:
    bool intersects(const QRectF &r) const
    {
        for (qint64 x = cell(r.left()); x <= cell(r.right()); ++x) {
            for (qint64 y = cell(r.top()); y <= cell(r.bottom()); ++y) {
                const auto it = m_cells.constFind(cellKey(x, y));
                if (it == m_cells.constEnd())
                    continue;
                for (const QRectF &other : it.value()) {
                    if (other.intersects(r))
                        return true;
                }
            }
        }
        return false;
    }
    void insert(const QRectF &r)
    {
        for (qint64 x = cell(r.left()); x <= cell(r.right()); ++x)
            for (qint64 y = cell(r.top()); y <= cell(r.bottom()); ++y)
                m_cells[cellKey(x, y)].append(r);
    }

private:
    static qint64 cell(double v) { return qint64(std::floor(v / kLabelCell)); }
    QHash<quint64, QVector<QRectF>> m_cells;
};


} // namespace

MapLayout::MapLayout(const MapModel &model, const MapViewport &viewport,
                     const MapLayerOptions &layers, const QFont &labelFont)
    : m_model(&model), m_viewport(viewport), m_layers(layers)
{
    if (layers.events)
        layoutClusters(viewport);
    layoutMarkers(viewport);
    if (layers.actors)
        layoutLabels(labelFont);
    layoutArrows(layers);
}

int MapLayout::markerOfActor(int actor) const
{
    return m_model ? markerOfItem(m_model->itemOfActor(actor)) : -1;
}

void MapLayout::layoutMarkers(const MapViewport &viewport)
{
    const auto &items = m_model->actors();
    const auto &anchors = m_model->anchors();
    m_markers.reserve(items.size());
    m_markerOfItem.fill(-1, items.size());
    for (const MapAnchor &anchor : anchors) {
        const QPointF centre = viewport.lonLatToScreen(anchor.lonLat);
        const int n = int(anchor.items.size());
        double radius = std::max(kFanMinRadius, n * kFanSpacing / (2 * std::numbers::pi));
        // The place's events: fan out around their badge, even a lone actor, whose marker
        // would hide it.
        const int cluster = clusterOfSite(m_model->siteOfPlace(anchor.place));
        if (cluster >= 0) {
            const MapCluster &c = m_clusters[cluster];
            const double clear =
                length(c.pos - centre) + std::max(c.radius, 5.0) + kMarkerRadius + 2;
            radius = std::clamp(clear, radius, kFanMaxRadius);
        }
        const bool fan = n > 1 || cluster >= 0;
        for (int k = 0; k < n; ++k) {
            MapMarker marker;
            marker.item = anchor.items[k];
            marker.anchorPos = centre;
            marker.fanned = fan;
            if (fan) {
                const double angle = -std::numbers::pi / 2 + 2 * std::numbers::pi * k / n;
                marker.pos = centre + QPointF(std::cos(angle), std::sin(angle)) * radius;
            } else {
                marker.pos = centre;
            }
            m_markerOfItem[marker.item] = int(m_markers.size());
            m_markers.append(marker);
        }
    }
}

void MapLayout::layoutLabels(const QFont &font)
{
    const QFontMetricsF fm(font);
    TextWidths widths(font);
    const QRectF visible = m_viewport.target();
    const auto &items = m_model->actors();
    RectIndex placed;
    // Markers and event badges are obstacles: a label never covers them.
    for (const MapMarker &m : m_markers) {
        if (visible.contains(m.pos))
            placed.insert(QRectF(m.pos - QPointF(kMarkerRadius, kMarkerRadius),
                                 QSizeF(2 * kMarkerRadius, 2 * kMarkerRadius)));
    }
    for (const MapCluster &c : m_clusters) {
        const double r = std::max(c.radius, 4.0);
        placed.insert(QRectF(c.pos - QPointF(r, r), QSizeF(2 * r, 2 * r)));
    }
    QVector<int> order(m_markers.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return items[m_markers[a].item].priority > items[m_markers[b].item].priority;
    });
    const double h = fm.height();
    for (int index : order) {
        if (m_labels.size() >= kMaxLabels)
            break;
        const MapMarker &m = m_markers[index];
        if (!visible.contains(m.pos))
            continue;
        const QString &text = items[m.item].label;
        const double w = widths.advance(text) + 4;
        const double r = kMarkerRadius + kLabelGap;
        const QRectF right(m.pos.x() + r, m.pos.y() - h / 2, w, h);
        const QRectF left(m.pos.x() - r - w, m.pos.y() - h / 2, w, h);
        const QRectF above(m.pos.x() - w / 2, m.pos.y() - r - h, w, h);
        const QRectF below(m.pos.x() - w / 2, m.pos.y() + r, w, h);
        // Fanned markers label away from their anchor, so labels do not cross the fan.
        const bool west = m.fanned && m.pos.x() < m.anchorPos.x() - 0.5;
        const bool north =
            m.fanned && std::abs(m.pos.x() - m.anchorPos.x()) < 0.5 && m.pos.y() < m.anchorPos.y();
        const std::array<QRectF, 4> candidates =
            north  ? std::array<QRectF, 4>{above, right, left, below}
            : west ? std::array<QRectF, 4>{left, above, below, right}
                   : std::array<QRectF, 4>{right, above, below, left};
        for (const QRectF &c : candidates) {
            if (!visible.contains(c) || placed.intersects(c))
                continue;
            placed.insert(c);
            m_labels.append({index, c, text});
            break;
        }
    }
}

void MapLayout::layoutClusters(const MapViewport &viewport)
{
    const auto &sites = m_model->sites();
    const double cell = 44.0;
    const QRectF area = viewport.target().adjusted(-cell, -cell, cell, cell);
    const double scale = viewport.scale();
    QHash<quint64, int> clusterOfCell;
    QVector<QPointF> weighted;
    QVector<std::pair<qint64, qint64>> cells;
    m_clusterOfSite.fill(-1, sites.size());
    for (int s = 0; s < sites.size(); ++s) {
        const QPointF plane = viewport.projection().project(sites[s].lonLat);
        const QPointF pos = viewport.toScreen(plane);
        if (!area.contains(pos))
            continue;
        // Cells tied to the plane, not the screen: panning moves clusters, never regroups.
        const qint64 cx = qint64(std::floor(plane.x() * scale / cell));
        const qint64 cy = qint64(std::floor(plane.y() * scale / cell));
        int c = clusterOfCell.value(cellKey(cx, cy), -1);
        if (c < 0) {
            c = int(m_clusters.size());
            clusterOfCell.insert(cellKey(cx, cy), c);
            m_clusters.append(MapCluster());
            weighted.append(QPointF());
            cells.append({cx, cy});
        }
        const int n = int(sites[s].events.size());
        m_clusters[c].count += n;
        m_clusters[c].sites.append(s);
        weighted[c] += pos * n;
    }
    for (int c = 0; c < m_clusters.size(); ++c)
        m_clusters[c].pos = weighted[c] / std::max(1, m_clusters[c].count);

    // Sites on both sides of a cell edge would make two badges side by side: merge
    // clusters of neighbouring cells whose centres are closer than half a cell.
    QVector<int> parent(m_clusters.size());
    std::iota(parent.begin(), parent.end(), 0);
    const auto find = [&](int x) {
        while (parent[x] != x)
            x = parent[x] = parent[parent[x]];
        return x;
    };
    for (int c = 0; c < m_clusters.size(); ++c) {
        for (qint64 dx = -1; dx <= 1; ++dx) {
            for (qint64 dy = -1; dy <= 1; ++dy) {
                const int o =
                    clusterOfCell.value(cellKey(cells[c].first + dx, cells[c].second + dy), -1);
                if (o <= c)
                    continue;
                if (length(m_clusters[c].pos - m_clusters[o].pos) < cell / 2)
                    parent[find(o)] = find(c);
            }
        }
    }
    QVector<MapCluster> merged;
    QVector<int> mergedIndex(m_clusters.size(), -1);
    QVector<QPointF> mergedWeight;
    for (int c = 0; c < m_clusters.size(); ++c) {
        const int root = find(c);
        if (mergedIndex[root] < 0) {
            mergedIndex[root] = int(merged.size());
            merged.append(MapCluster());
            mergedWeight.append(QPointF());
        }
        MapCluster &m = merged[mergedIndex[root]];
        m.count += m_clusters[c].count;
        m.sites += m_clusters[c].sites;
        mergedWeight[mergedIndex[root]] += m_clusters[c].pos * m_clusters[c].count;
    }
    for (int c = 0; c < merged.size(); ++c) {
        MapCluster &m = merged[c];
        m.pos = mergedWeight[c] / std::max(1, m.count);
        m.radius = clusterRadius(m.count);
        int biggest = 0;
        double west = 1e9, east = -1e9, south = 1e9, north = -1e9;
        for (int s : std::as_const(m.sites)) {
            m_clusterOfSite[s] = c;
            const QPointF ll = sites[s].lonLat;
            west = std::min(west, ll.x()), east = std::max(east, ll.x());
            south = std::min(south, ll.y()), north = std::max(north, ll.y());
            if (sites[s].events.size() > biggest) {
                biggest = int(sites[s].events.size());
                m.dominantType = sites[s].dominantType;
            }
        }
        m.lonLatBounds = QRectF(QPointF(west, south), QPointF(east, north));
    }
    m_clusters = std::move(merged);
}

int MapLayout::singleEvent(int cluster) const
{
    if (cluster < 0 || cluster >= m_clusters.size() || m_clusters[cluster].sites.isEmpty())
        return -1;
    const MapSite &site = m_model->sites()[m_clusters[cluster].sites.first()];
    return site.events.isEmpty() ? -1 : site.events.first();
}

void MapLayout::layoutArrows(const MapLayerOptions &layers)
{
    if (!layers.arrows)
        return;
    const auto &arrows = m_model->arrows();
    const QRectF visible = m_viewport.target();
    QVector<int> order;
    for (int a = 0; a < arrows.size(); ++a) {
        if (arrows[a].sign != 0 || layers.hierarchy)
            order.append(a);
    }
    // The best attested survive the cap; hierarchy ties go last.
    std::stable_sort(order.begin(), order.end(), [&](int x, int y) {
        if ((arrows[x].sign == 0) != (arrows[y].sign == 0))
            return arrows[y].sign == 0;
        return arrows[x].evidence > arrows[y].evidence;
    });
    // Several arrows between one pair of actors (friendly and hostile) bow out further.
    QHash<quint64, int> variants;
    for (int a : std::as_const(order)) {
        const MapArrow &arrow = arrows[a];
        const quint64 pair = (quint64(std::min(arrow.from, arrow.to)) << 32) |
                             quint64(std::max(arrow.from, arrow.to));
        const int variant = variants[pair]++;
        if (m_arrows.size() >= kMaxArrows) {
            // Past the cap only the count is wanted: no need to build the shape.
            const auto frame = arrowFrame(a, variant);
            if (frame && QRectF(frame->p0, frame->p2)
                             .normalized()
                             .united(QRectF(frame->control, QSizeF(1, 1)))
                             .intersects(visible))
                ++m_omittedArrows;
            continue;
        }
        auto shape = makeShape(a, variant);
        if (!shape || !shape->path.controlPointRect().intersects(visible))
            continue;
        m_shapeOfArrow.insert(a, int(m_arrows.size()));
        m_arrows.append(std::move(*shape));
    }
}

std::optional<MapArrowShape> MapLayout::shapeOf(int arrow) const
{
    const int index = m_shapeOfArrow.value(arrow, -1);
    if (index >= 0)
        return m_arrows[index];
    return m_model && arrow >= 0 && arrow < m_model->arrows().size() ? makeShape(arrow, 0)
                                                                     : std::nullopt;
}

std::optional<MapLayout::ArrowFrame> MapLayout::arrowFrame(int a, int variant) const
{
    const MapArrow &arrow = m_model->arrows()[a];
    const int mFrom = markerOfActor(arrow.from);
    const int mTo = markerOfActor(arrow.to);
    if (mFrom < 0 || mTo < 0)
        return std::nullopt;
    // Without actor markers the arrows run between the places themselves.
    ArrowFrame f;
    f.p0 = m_layers.actors ? m_markers[mFrom].pos : m_markers[mFrom].anchorPos;
    f.p2 = m_layers.actors ? m_markers[mTo].pos : m_markers[mTo].anchorPos;
    const QPointF d = f.p2 - f.p0;
    const double len = length(d);
    if (len < 2 * kMarkerRadius + 2)
        return std::nullopt;
    // Bow to the left of the direction of travel, so A->B and B->A never coincide; short
    // arrows (two actors of one country) bow by a minimum so they stay readable.
    const QPointF normal(d.y() / len, -d.x() / len);
    const double bow = std::max(len * (0.16 + 0.12 * variant), 10.0 + 8.0 * variant);
    f.control = (f.p0 + f.p2) / 2 + normal * bow;
    return f;
}

std::optional<MapArrowShape> MapLayout::makeShape(int a, int variant) const
{
    const auto frame = arrowFrame(a, variant);
    if (!frame)
        return std::nullopt;
    const MapArrow &arrow = m_model->arrows()[a];
    const QPointF p0 = frame->p0;
    const QPointF p2 = frame->p2;
    const QPointF control = frame->control;

    MapArrowShape shape;
    shape.arrow = a;
    shape.width =
        arrow.sign == 0 ? 1.2 : std::clamp(1.0 + 0.9 * std::log2(1.0 + arrow.evidence), 1.0, 6.0);
    const double gap = kMarkerRadius + 2.0;
    QPointF start = p0 + unit(control - p0) * gap;
    QPointF end = p2 + unit(control - p2) * gap;
    const double headLength = 6.0 + 1.6 * shape.width;
    const double headHalf = 3.0 + 0.9 * shape.width;
    const auto head = [&](QPointF tip, QPointF towardsControl, QPolygonF &poly, QLineF &bar) {
        const QPointF back = unit(towardsControl - tip);
        const QPointF side(-back.y(), back.x());
        if (arrow.sign < 0) {
            // Hostile: a flat bar across the end (as in inhibition diagrams).
            bar = QLineF(tip + side * headHalf * 1.3, tip - side * headHalf * 1.3);
            return tip;
        }
        const QPointF base = tip + back * headLength;
        poly = QPolygonF{tip, base + side * headHalf, base - side * headHalf};
        return base - back; // the line runs a pixel into the head: no seam
    };
    if (arrow.headAtTo)
        end = head(end, control, shape.headTo, shape.barTo);
    if (arrow.headAtFrom)
        start = head(start, control, shape.headFrom, shape.barFrom);
    shape.path.moveTo(start);
    shape.path.quadTo(control, end);
    shape.hitLine.reserve(int(kArrowSamples) + 1);
    for (int i = 0; i <= int(kArrowSamples); ++i) {
        const double t = i / kArrowSamples;
        shape.hitLine << start * (1 - t) * (1 - t) + control * 2 * t * (1 - t) + end * t * t;
    }
    return shape;
}

MapHit MapLayout::hitTest(QPointF pos, const Basemap *basemap) const
{
    MapHit hit;
    if (!m_model)
        return hit;
    const auto &items = m_model->actors();
    if (m_layers.actors) {
        for (int i = int(m_markers.size()) - 1; i >= 0; --i) {
            if (length(m_markers[i].pos - pos) <= kMarkerRadius + 3) {
                hit.kind = MapHit::Kind::Actor;
                hit.actor = items[m_markers[i].item].actor;
                return hit;
            }
        }
        for (const MapLabel &label : m_labels) {
            if (label.rect.contains(pos)) {
                hit.kind = MapHit::Kind::Actor;
                hit.actor = items[m_markers[label.marker].item].actor;
                return hit;
            }
        }
    }
    for (int c = int(m_clusters.size()) - 1; c >= 0; --c) {
        const MapCluster &cluster = m_clusters[c];
        if (length(cluster.pos - pos) <= std::max(cluster.radius, 5.0) + 2) {
            hit.kind = cluster.isSingle() ? MapHit::Kind::Event : MapHit::Kind::Cluster;
            hit.cluster = c;
            hit.event = cluster.isSingle() ? singleEvent(c) : -1;
            return hit;
        }
    }
    double best = 1e9;
    for (const MapArrowShape &shape : m_arrows) {
        double d = 1e9;
        for (int i = 1; i < shape.hitLine.size(); ++i)
            d = std::min(d, distanceToSegment(pos, shape.hitLine[i - 1], shape.hitLine[i]));
        if (shape.headTo.containsPoint(pos, Qt::OddEvenFill) ||
            shape.headFrom.containsPoint(pos, Qt::OddEvenFill))
            d = 0;
        if (d <= std::max(4.0, shape.width / 2 + 3) && d < best) {
            best = d;
            hit.kind = MapHit::Kind::Arrow;
            hit.arrow = shape.arrow;
        }
    }
    if (hit.kind != MapHit::Kind::None)
        return hit;
    if (basemap) {
        if (const auto lonLat = m_viewport.screenToLonLat(pos)) {
            const qsizetype country = basemap->countryAt(lonLat->x(), lonLat->y());
            if (country >= 0) {
                hit.kind = MapHit::Kind::Country;
                hit.country = int(country);
            }
        }
    }
    return hit;
}

} // namespace entente
