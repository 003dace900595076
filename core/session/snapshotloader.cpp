#include "snapshotloader.h"

#include "store/project.h"

#include <QElapsedTimer>

#include <spdlog/spdlog.h>

namespace entente {

namespace {

ValidityBasis basisOf(RelationValidity v)
{
    switch (v) {
    case RelationValidity::Explicit:
        return ValidityBasis::Explicit;
    case RelationValidity::AsReported:
        return ValidityBasis::AsReported;
    case RelationValidity::Undated:
        break;
    }
    return ValidityBasis::Undated;
}

} // namespace

std::shared_ptr<Snapshot> loadSnapshot(const Project &project)
{
    QElapsedTimer timer;
    timer.start();
    auto s = std::make_shared<Snapshot>();

    const QVector<Place> places = project.places();
    s->places.reserve(places.size());
    QHash<QString, int> placeIndex;
    for (const Place &p : places) {
        SnapshotPlace sp;
        sp.id = p.id;
        sp.name = p.name;
        if (p.lat && p.lon) {
            sp.lat = *p.lat;
            sp.lon = *p.lon;
        }
        sp.country = p.country;
        sp.kind = p.kind;
        placeIndex.insert(p.id, int(s->places.size()));
        s->places.push_back(std::move(sp));
    }

    const QVector<Actor> actors = project.actors();
    s->actors.reserve(actors.size());
    QHash<QString, int> actorIndex;
    for (const Actor &a : actors) {
        SnapshotActor sa;
        sa.id = a.id;
        sa.name = a.name;
        sa.kind = a.kind;
        sa.country = a.country;
        sa.aliases = a.aliases;
        sa.basePlace = placeIndex.value(a.baseId, -1);
        actorIndex.insert(a.id, int(s->actors.size()));
        s->actors.push_back(std::move(sa));
    }
    const auto actorAt = [&](const QString &id) { return id.isEmpty() ? -1 : actorIndex.value(id, -1); };

    const QVector<EventRecord> events = project.events();
    s->events.reserve(events.size());
    for (const EventRecord &r : events) {
        const Event &e = r.event;
        SnapshotEvent se;
        se.id = e.id;
        se.type = e.type;
        se.title = e.title;
        se.dateText = e.date.toString();
        se.firstDay = r.firstDay;
        se.lastDay = r.lastDay;
        se.isInterval = e.date.isInterval();
        if (const auto start = e.date.start())
            se.precision = start->precision();
        else if (const auto end = e.date.end())
            se.precision = end->precision();
        se.place = placeIndex.value(e.placeId, -1);
        se.cameo = e.cameo;
        se.participants.reserve(e.participants.size());
        for (const Participant &p : e.participants)
            se.participants.push_back({actorAt(p.actorId), p.role});
        se.evidenceCount = r.evidenceCount;
        s->events.push_back(std::move(se));
    }

    const QVector<RelationRecord> relations = project.relations();
    s->relations.reserve(relations.size());
    for (const RelationRecord &r : relations) {
        const Relation &rel = r.relation;
        SnapshotRelation sr;
        sr.id = rel.id;
        sr.source = actorAt(rel.sourceId);
        sr.target = actorAt(rel.targetId);
        if (sr.source < 0 || sr.target < 0)
            continue; // the store's foreign keys make this impossible; be safe anyway
        sr.type = rel.type;
        sr.aspect = rel.aspect;
        sr.validText = rel.valid ? rel.valid->toString() : QString();
        sr.basis = basisOf(r.validity);
        sr.periods.reserve(r.periods.size());
        for (const DaySpan &p : r.periods)
            sr.periods.push_back({p.first, p.last});
        sr.via = actorAt(rel.viaId);
        sr.claimedBy = actorAt(rel.claimedById);
        sr.confidence = rel.confidence.value_or(1.0);
        sr.evidenceCount = r.evidenceCount;
        s->relations.push_back(std::move(sr));
    }

    s->finalize();
    spdlog::info("snapshot of {}: {} actors, {} events, {} relations in {} ms",
                 project.path().toStdString(), s->actors.size(), s->events.size(),
                 s->relations.size(), timer.elapsed());
    return s;
}

} // namespace entente
