#include "mapselection.h"

#include "geo/basemap.h"
#include "mapbasemaps.h"
#include "maplayout.h"
#include "mapmodel.h"

#include <algorithm>

namespace entente {

MapHighlights MapSelection::highlightsFor(const MapModel &model, const Selection &selection)
{
    const Snapshot &s = model.snapshot();
    MapHighlights h;
    for (const QString &id : selection.actors) {
        const int a = s.actorIndex(id);
        if (a < 0)
            continue;
        h.actors.insert(a);
        if (s.actors[a].kind == ActorKind::State && !model.countryKeyOf(a).isEmpty())
            h.countries.insert(model.countryKeyOf(a));
    }
    for (const QString &id : selection.events) {
        if (const int e = s.eventIndex(id); e >= 0)
            h.events.insert(e);
    }
    for (const QString &id : selection.relations) {
        if (const int r = s.relationIndex(id); r >= 0)
            h.relations.insert(r);
    }
    if (!h.relations.isEmpty()) {
        const auto &arrows = model.arrows();
        for (int a = 0; a < arrows.size(); ++a) {
            const std::span<const int> relations = model.relationsOf(arrows[a]);
            if (std::any_of(relations.begin(), relations.end(),
                            [&](int r) { return h.relations.contains(r); }))
                h.arrows.insert(a);
        }
    }
    return h;
}

QVector<QPointF> MapSelection::locationsOf(const MapModel &model, const MapHighlights &h)
{
    const Snapshot &s = model.snapshot();
    QVector<QPointF> points;
    for (int a : h.actors) {
        if (const auto ll = model.actorLocation(a))
            points.append(*ll);
    }
    for (int e : h.events) {
        if (const auto ll = model.placeLocation(s.events[e].place))
            points.append(*ll);
    }
    for (int r : h.relations) {
        for (int a : {s.relations[r].source, s.relations[r].target}) {
            if (const auto ll = model.actorLocation(a))
                points.append(*ll);
        }
    }
    return points;
}

std::optional<Selection> MapSelection::afterClick(const MapModel &model, const MapHit &hit,
                                                  const MapCluster *cluster,
                                                  const Selection &current, bool add)
{
    const Snapshot &s = model.snapshot();
    Selection sel = add ? current : Selection{};
    const auto toggle = [&](QSet<QString> &set, const QString &id) {
        if (add && set.contains(id))
            set.remove(id);
        else
            set.insert(id);
    };
    switch (hit.kind) {
    case MapHit::Kind::Actor:
        toggle(sel.actors, s.actors[hit.actor].id);
        break;
    case MapHit::Kind::Event:
        toggle(sel.events, s.events[hit.event].id);
        break;
    case MapHit::Kind::Cluster:
        if (cluster && !cluster->sites.isEmpty()) {
            int n = 0;
            for (int e : model.sites()[cluster->sites.first()].events) {
                if (n++ >= kMaxClusterSelection)
                    break;
                sel.events.insert(s.events[e].id);
            }
        }
        break;
    case MapHit::Kind::Arrow:
        for (int r : model.relationsOf(model.arrows()[hit.arrow]))
            sel.relations.insert(s.relations[r].id);
        break;
    case MapHit::Kind::Country: {
        const auto basemap = MapBasemaps::get(BasemapResolution::Medium50m);
        const QVector<int> states = model.statesOfCountry(basemap->country(hit.country).key());
        if (states.isEmpty()) {
            if (add)
                return std::nullopt;
            break; // a country no actor stands for: like clicking the sea
        }
        // The state that takes part in the window, if several stand for the country.
        const auto visible = std::find_if(states.cbegin(), states.cend(),
                                          [&](int a) { return model.isActorVisible(a); });
        toggle(sel.actors, s.actors[visible != states.cend() ? *visible : states.first()].id);
        break;
    }
    case MapHit::Kind::None:
        if (add)
            return std::nullopt; // Ctrl+click on nothing keeps the selection
        break;
    }
    return sel;
}

} // namespace entente
