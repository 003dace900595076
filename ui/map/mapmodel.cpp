#include "mapmodel.h"

#include "geo/basemap.h"

#include <QMap>

#include <algorithm>
#include <array>
#include <tuple>

namespace entente {

namespace {

// Within a sign, the type whose pen an aggregated arrow takes: support is what the map is
// about, so it wins over weaker friendly ties; fighting over opposing over condemning.
int typeStrength(RelationType type)
{
    switch (type) {
    case RelationType::Supports:
        return 4;
    case RelationType::AlliedWith:
        return 3;
    case RelationType::CooperatesWith:
        return 2;
    case RelationType::Recognises:
        return 1;
    case RelationType::Fights:
        return 3;
    case RelationType::Opposes:
        return 2;
    case RelationType::Condemns:
        return 1;
    case RelationType::Commands:
        return 3;
    case RelationType::MemberOf:
        return 2;
    case RelationType::ActsFor:
        return 1;
    }
    return 0;
}

// A country's own extent counts towards the fitted view only when it is compact: Russia
// or the United States would otherwise stretch a Mediterranean story over half the globe
// (their capitals still count, as places).
constexpr double kMaxFitCountryWidth = 50.0;
constexpr double kMaxFitCountryHeight = 40.0;
constexpr int kLabelMaxLength = 16;

} // namespace

MapModel::MapModel() : m_snapshot(std::make_shared<Snapshot>()) {}

void MapModel::setBasemap(std::shared_ptr<const Basemap> basemap)
{
    m_basemap = std::move(basemap);
    locate();
    setVisible(m_visible);
}

void MapModel::setSnapshot(std::shared_ptr<const Snapshot> snapshot)
{
    m_snapshot = snapshot ? std::move(snapshot) : std::make_shared<Snapshot>();
    m_blocOfActor.clear();
    locate();
    m_visible = {};
    setVisible(m_visible);
}

void MapModel::locate()
{
    const Snapshot &s = *m_snapshot;
    const auto countryKey = [this](const QString &country) -> QString {
        if (country.isEmpty() || !m_basemap)
            return {};
        const qsizetype index = m_basemap->indexOf(country);
        return index >= 0 ? m_basemap->country(index).key() : QString();
    };
    const auto countryPoint = [this](const QString &key) -> std::optional<QPointF> {
        if (key.isEmpty() || !m_basemap)
            return std::nullopt;
        const qsizetype index = m_basemap->indexOf(key);
        if (index < 0)
            return std::nullopt;
        return m_basemap->country(index).labelPoint;
    };

    m_placeLocation.fill(std::nullopt, s.places.size());
    for (int p = 0; p < s.places.size(); ++p) {
        const SnapshotPlace &place = s.places[p];
        if (place.hasCoordinates())
            m_placeLocation[p] = QPointF(place.lon, place.lat);
        else
            m_placeLocation[p] = countryPoint(countryKey(place.country));
    }

    m_actorCountry.resize(s.actors.size());
    m_statesByCountry.clear();
    m_actorsByCountry.clear();
    for (int a = 0; a < s.actors.size(); ++a) {
        m_actorCountry[a] = countryKey(s.actors[a].country);
        if (m_actorCountry[a].isEmpty())
            continue;
        m_actorsByCountry[m_actorCountry[a]].append(a);
        if (s.actors[a].kind == ActorKind::State)
            m_statesByCountry[m_actorCountry[a]].append(a);
    }

    // An actor sits at its base; without one, at its state's base (Wagner beside Russia in
    // Moscow rather than in the middle of Siberia), else at its country's label point.
    m_actorLocation.fill(std::nullopt, s.actors.size());
    m_actorAnchorPlace.fill(-1, s.actors.size());
    const auto baseOf = [&](int a) -> std::pair<int, std::optional<QPointF>> {
        const int base = s.actors[a].basePlace;
        if (base >= 0 && base < m_placeLocation.size() && m_placeLocation[base])
            return {base, m_placeLocation[base]};
        return {-1, std::nullopt};
    };
    for (int a = 0; a < s.actors.size(); ++a) {
        auto [place, location] = baseOf(a);
        if (!location && !m_actorCountry[a].isEmpty()) {
            for (int state : m_statesByCountry.value(m_actorCountry[a])) {
                if (state != a && baseOf(state).second) {
                    std::tie(place, location) = baseOf(state);
                    break;
                }
            }
            if (!location)
                location = countryPoint(m_actorCountry[a]);
        }
        m_actorLocation[a] = location;
        m_actorAnchorPlace[a] = place;
    }

    m_eventType.resize(s.events.size());
    for (int e = 0; e < s.events.size(); ++e) {
        const auto it =
            std::lower_bound(s.eventTypes.cbegin(), s.eventTypes.cend(), s.events[e].type);
        m_eventType[e] = it != s.eventTypes.cend() && *it == s.events[e].type
                             ? int(it - s.eventTypes.cbegin())
                             : -1;
    }
}

void MapModel::setVisible(const VisibleSet &visible)
{
    m_visible = visible;
    m_actorVisible.fill(false, m_snapshot->actors.size());
    for (int a : m_visible.actors) {
        if (a >= 0 && a < m_actorVisible.size())
            m_actorVisible[a] = true;
    }
    rebuildItems();
    rebuildSites();
    rebuildArrows();
    rebuildBlocs();
    updateFills();
    ++m_generation;
    ++m_layoutGeneration;
}

void MapModel::setBlocs(const QVector<int> &blocs)
{
    m_blocOfActor = blocs.size() == m_snapshot->actors.size() ? blocs : QVector<int>();
    for (MapActorItem &item : m_items)
        item.bloc = blocOfActor(item.actor);
    rebuildBlocs();
    updateFills();
    ++m_generation;
}

void MapModel::updateFills()
{
    QHash<QString, int> fills;
    for (auto it = m_statesByCountry.cbegin(); it != m_statesByCountry.cend(); ++it)
        fills.insert(it.key(), countryBloc(it.key()).value_or(-1));
    if (fills != m_fills || m_fillGeneration == 0) {
        m_fills = std::move(fills);
        ++m_fillGeneration;
    }
}

void MapModel::rebuildItems()
{
    const Snapshot &s = *m_snapshot;
    m_items.clear();
    m_itemOfActor.clear();
    m_anchors.clear();
    QHash<int, int> anchorOfPlace;
    QMap<std::pair<double, double>, int> anchorOfPoint;
    for (int a : m_visible.actors) {
        if (!m_actorLocation.value(a))
            continue;
        MapActorItem item;
        item.actor = a;
        item.lonLat = *m_actorLocation[a];
        item.bloc = blocOfActor(a);
        item.priority = s.actors[a].relationCount * 2 + s.actors[a].eventCount +
                        (s.actors[a].kind == ActorKind::State ? 1000 : 0);
        item.label = labelFor(s.actors[a]);
        const int place = m_actorAnchorPlace[a];
        int anchor = -1;
        if (place >= 0) {
            anchor = anchorOfPlace.value(place, -1);
        } else {
            anchor = anchorOfPoint.value({item.lonLat.x(), item.lonLat.y()}, -1);
        }
        if (anchor < 0) {
            anchor = int(m_anchors.size());
            m_anchors.append({item.lonLat, place, {}});
            if (place >= 0)
                anchorOfPlace.insert(place, anchor);
            else
                anchorOfPoint.insert({item.lonLat.x(), item.lonLat.y()}, anchor);
        }
        item.anchor = anchor;
        m_itemOfActor.insert(a, int(m_items.size()));
        m_anchors[anchor].items.append(int(m_items.size()));
        m_items.append(item);
    }
    // Fan order around an anchor: states first, then by weight, so the picture is stable.
    for (MapAnchor &anchor : m_anchors) {
        std::stable_sort(anchor.items.begin(), anchor.items.end(), [this](int x, int y) {
            return m_items[x].priority > m_items[y].priority;
        });
    }
}

void MapModel::rebuildSites()
{
    const Snapshot &s = *m_snapshot;
    m_sites.clear();
    m_siteOfPlace.fill(-1, s.places.size());
    const int typeCount = int(s.eventTypes.size());
    QVector<int> typeCounts; // site * typeCount + type
    for (int e : m_visible.events) {
        const int place = s.events[e].place;
        if (place < 0 || place >= s.places.size() || !m_placeLocation[place])
            continue;
        int site = m_siteOfPlace[place];
        if (site < 0) {
            site = int(m_sites.size());
            m_siteOfPlace[place] = site;
            m_sites.append({place, *m_placeLocation[place], {}, -1});
            typeCounts.resize(typeCounts.size() + typeCount, 0);
        }
        m_sites[site].events.append(e);
        if (m_eventType[e] >= 0)
            ++typeCounts[site * typeCount + m_eventType[e]];
    }
    QVector<int> total(typeCount, 0);
    for (int site = 0; site < m_sites.size(); ++site) {
        for (int t = 0; t < typeCount; ++t)
            total[t] += typeCounts[site * typeCount + t];
    }
    m_typesShown.clear();
    for (int t = 0; t < typeCount; ++t) {
        if (total[t] > 0)
            m_typesShown.append(t);
    }
    for (int site = 0; site < m_sites.size(); ++site) {
        int best = -1, bestCount = 0;
        for (int t = 0; t < typeCount; ++t) {
            if (typeCounts[site * typeCount + t] > bestCount) {
                bestCount = typeCounts[site * typeCount + t];
                best = t;
            }
        }
        m_sites[site].dominantType = best;
    }
}

void MapModel::rebuildArrows()
{
    const Snapshot &s = *m_snapshot;
    m_arrows.clear();
    struct Group
    {
        MapArrow arrow;
        int forward = 0, backward = 0;
    };
    QHash<quint64, int> groupOf; // by (low actor, high actor, sign)
    QVector<Group> groups;
    groupOf.reserve(m_visible.relations.size()); // not grown (and rehashed) ten times over
    groups.reserve(m_visible.relations.size());
    std::vector<std::pair<int, int>> members; // (group, relation)
    members.reserve(size_t(m_visible.relations.size()));
    for (int r : m_visible.relations) {
        const SnapshotRelation &rel = s.relations[r];
        if (rel.source < 0 || rel.target < 0 || rel.source == rel.target)
            continue;
        if (!m_actorLocation.value(rel.source) || !m_actorLocation.value(rel.target))
            continue;
        const int lo = std::min(rel.source, rel.target), hi = std::max(rel.source, rel.target);
        const int sign = relationSign(rel.type);
        const quint64 key = (quint64(lo) << 34) | (quint64(hi) << 2) | quint64(sign + 1);
        int g = groupOf.value(key, -1);
        if (g < 0) {
            g = int(groups.size());
            groupOf.insert(key, g);
            Group group;
            group.arrow.from = lo;
            group.arrow.to = hi;
            group.arrow.sign = sign;
            group.arrow.type = rel.type;
            groups.append(group);
        }
        Group &group = groups[g];
        MapArrow &arrow = group.arrow;
        if (typeStrength(rel.type) > typeStrength(arrow.type))
            arrow.type = rel.type;
        arrow.evidence += std::max(1, rel.evidenceCount);
        ++arrow.relationCount;
        members.emplace_back(g, r);
        if (relationIsDirected(rel.type))
            (rel.source == lo ? group.forward : group.backward) += 1;
    }
    // Each arrow's relations side by side, in the order they came (a counting sort).
    qsizetype first = 0;
    for (Group &group : groups) {
        group.arrow.firstRelation = first;
        first += group.arrow.relationCount;
    }
    m_arrowRelations.assign(members.size(), -1);
    {
        std::vector<qsizetype> at;
        at.reserve(size_t(groups.size()));
        for (const Group &group : std::as_const(groups))
            at.push_back(group.arrow.firstRelation);
        for (const auto &[g, r] : members)
            m_arrowRelations[size_t(at[size_t(g)]++)] = r;
    }
    m_arrows.reserve(groups.size());
    for (Group &group : groups) {
        MapArrow &arrow = group.arrow;
        arrow.headAtTo = group.forward > 0;
        arrow.headAtFrom = group.backward > 0;
        if (group.backward > group.forward) {
            std::swap(arrow.from, arrow.to);
            std::swap(arrow.headAtTo, arrow.headAtFrom);
        }
        m_arrows.append(std::move(arrow));
    }
}

void MapModel::rebuildBlocs()
{
    const Snapshot &s = *m_snapshot;
    QMap<int, QVector<int>> members;
    for (int a : m_visible.actors) {
        const int bloc = blocOfActor(a);
        if (bloc >= 0)
            members[bloc].append(a);
    }
    m_blocs.clear();
    for (auto it = members.begin(); it != members.end(); ++it) {
        QVector<int> &list = it.value();
        std::stable_sort(list.begin(), list.end(), [&](int x, int y) {
            const bool sx = s.actors[x].kind == ActorKind::State,
                       sy = s.actors[y].kind == ActorKind::State;
            if (sx != sy)
                return sx;
            return s.actors[x].relationCount > s.actors[y].relationCount;
        });
        MapBloc bloc;
        bloc.bloc = it.key();
        bloc.size = int(list.size());
        for (int i = 0; i < std::min<qsizetype>(3, list.size()); ++i)
            bloc.names << labelFor(s.actors[list[i]]);
        m_blocs.append(bloc);
    }
}

int MapModel::siteOfEvent(int event) const
{
    if (event < 0 || event >= m_snapshot->events.size())
        return -1;
    const int place = m_snapshot->events[event].place;
    const int site = m_siteOfPlace.value(place, -1);
    if (site < 0)
        return -1;
    const QVector<int> &events = m_sites[site].events;
    return std::binary_search(events.cbegin(), events.cend(), event) ? site : -1;
}

std::optional<QPointF> MapModel::actorLocation(int actor) const
{
    return m_actorLocation.value(actor, std::nullopt);
}

std::optional<QPointF> MapModel::placeLocation(int place) const
{
    return m_placeLocation.value(place, std::nullopt);
}

QString MapModel::countryKeyOf(int actor) const
{
    return m_actorCountry.value(actor);
}

std::optional<int> MapModel::countryBloc(const QString &key) const
{
    const auto states = m_statesByCountry.constFind(key);
    if (states == m_statesByCountry.constEnd())
        return std::nullopt;
    int bloc = -1;
    for (int a : states.value()) {
        if (isActorVisible(a) && blocOfActor(a) >= 0) {
            bloc = blocOfActor(a);
            break;
        }
    }
    return bloc;
}

QVector<MapModel::FitPoint> MapModel::fitPoints() const
{
    const Snapshot &s = *m_snapshot;
    QVector<double> weight(s.places.size(), 0.0);
    for (const MapSite &site : m_sites)
        weight[site.place] += double(site.events.size());
    for (const MapAnchor &anchor : m_anchors) {
        if (anchor.place >= 0)
            weight[anchor.place] += double(anchor.items.size());
    }
    QVector<FitPoint> points;
    for (int p = 0; p < s.places.size(); ++p) {
        if (s.places[p].hasCoordinates())
            points.append({QPointF(s.places[p].lon, s.places[p].lat), weight[p], false});
    }
    if (!m_basemap)
        return points;
    QSet<QString> done;
    for (int a : m_visible.actors) {
        const QString &key = m_actorCountry.value(a);
        if (s.actors[a].kind != ActorKind::State || key.isEmpty() || done.contains(key))
            continue;
        done.insert(key);
        const qsizetype index = m_basemap->indexOf(key);
        if (index < 0)
            continue;
        const BasemapCountry &country = m_basemap->country(index);
        // The largest polygon: metropolitan France without French Guiana.
        const GeoPolygon *largest = nullptr;
        double area = -1;
        for (const GeoPolygon &polygon : country.polygons) {
            const double a2 = geo::approximateArea(polygon);
            if (a2 > area)
                area = a2, largest = &polygon;
        }
        const QRectF box = largest ? largest->bounds() : QRectF();
        if (!box.isNull() && box.width() <= kMaxFitCountryWidth &&
            box.height() <= kMaxFitCountryHeight) {
            points.append({box.topLeft(), 0, true});
            points.append({box.bottomRight(), 0, true});
        } else if (!m_actorLocation.value(a)) {
            points.append({country.labelPoint, 0, true});
        }
    }
    return points;
}

QRectF MapModel::fitExtent(const QVector<FitPoint> &points, const QVector<QPointF> &plane)
{
    constexpr double kMaxLeftOutWeight = 0.1;
    constexpr double kMinShrink = 0.65; // the area left must be at most this fraction
    constexpr double kPad = 0.02;       // plane units, so a line of points has an area
    const int n = int(points.size());
    QVector<bool> alive(n, true);
    const auto bounds = [&](const QVector<bool> &keep) {
        double x0 = 1e9, x1 = -1e9, y0 = 1e9, y1 = -1e9;
        for (int i = 0; i < n; ++i) {
            if (!keep[i])
                continue;
            x0 = std::min(x0, plane[i].x()), x1 = std::max(x1, plane[i].x());
            y0 = std::min(y0, plane[i].y()), y1 = std::max(y1, plane[i].y());
        }
        return x0 <= x1 ? QRectF(QPointF(x0, y0), QPointF(x1, y1)) : QRectF();
    };
    const auto area = [](const QRectF &r) { return (r.width() + kPad) * (r.height() + kPad); };
    double total = 0;
    for (const FitPoint &p : points)
        total += p.weight;
    if (total <= 0)
        return bounds(alive); // nothing tells where the story is: show every place
    double budget = kMaxLeftOutWeight * total;
    for (int round = 0; round < 4; ++round) {
        const QRectF box = bounds(alive);
        if (box.isNull())
            break;
        // On each side, leave out the outermost points one by one while the budget lasts.
        double bestRatio = kMinShrink;
        QVector<int> bestDrop;
        double bestWeight = 0;
        for (int side = 0; side < 4; ++side) {
            QVector<int> order;
            for (int i = 0; i < n; ++i) {
                if (alive[i])
                    order.append(i);
            }
            const auto outer = [&](int i) {
                switch (side) {
                case 0:
                    return -plane[i].x();
                case 1:
                    return plane[i].x();
                case 2:
                    return -plane[i].y();
                default:
                    return plane[i].y();
                }
            };
            std::sort(order.begin(), order.end(),
                      [&](int a, int b) { return outer(a) > outer(b); });
            QVector<bool> keep = alive;
            double weight = 0;
            QVector<int> dropped;
            for (int i : std::as_const(order)) {
                if (points[i].pinned || weight + points[i].weight > budget ||
                    dropped.size() >= n / 4 + 1)
                    break;
                keep[i] = false;
                weight += points[i].weight;
                dropped.append(i);
                const QRectF rest = bounds(keep);
                if (rest.isNull())
                    break;
                const double ratio = area(rest) / area(box);
                if (ratio < bestRatio) {
                    bestRatio = ratio;
                    bestDrop = dropped;
                    bestWeight = weight;
                }
            }
        }
        if (bestDrop.isEmpty())
            break;
        for (int i : std::as_const(bestDrop))
            alive[i] = false;
        budget -= bestWeight;
    }
    return bounds(alive);
}

QString MapModel::labelFor(const SnapshotActor &actor)
{
    if (actor.name.size() <= kLabelMaxLength || actor.aliases.isEmpty())
        return actor.name.isEmpty() ? actor.id : actor.name;
    QString best = actor.name;
    for (const QString &alias : actor.aliases) {
        if (alias.size() >= 2 && alias.size() < best.size())
            best = alias;
    }
    return best;
}

} // namespace entente
