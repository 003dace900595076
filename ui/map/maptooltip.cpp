#include "maptooltip.h"

#include "evidence/evidencetext.h"
#include "geo/basemap.h"
#include "mapbasemaps.h"
#include "maplayout.h"
#include "mapmodel.h"
#include "viewpalette.h"

#include <QCoreApplication>
#include <QDate>
#include <QMap>

namespace entente {

namespace {

QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("Entente::MapToolTip", text, comment, n);
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

constexpr int kMaxTies = 10;
constexpr int kMaxNames = 8;

// The visible relations of an actor as lines: "→ supports GNA", "← Egypt supports".
QStringList tiesOf(const MapModel &model, int actor)
{
    const Snapshot &s = model.snapshot();
    QStringList lines;
    int more = 0;
    for (const MapArrow &arrow : model.arrows()) {
        if (arrow.from != actor && arrow.to != actor)
            continue;
        for (int r : model.relationsOf(arrow)) {
            const SnapshotRelation &rel = s.relations[r];
            if (lines.size() >= kMaxTies) {
                ++more;
                continue;
            }
            const QString type = relationTypeLabel(rel.type);
            lines << (rel.source == actor ? tr("→ %1 %2", "outgoing tie: type, target")
                                                .arg(type, esc(s.actors[rel.target].name))
                                          : tr("← %1 %2", "incoming tie: source, type")
                                                .arg(esc(s.actors[rel.source].name), type));
        }
    }
    if (more > 0)
        lines << tr("… and %n more tie(s)", nullptr, more);
    return lines;
}

} // namespace

QString MapToolTip::forHit(const MapModel &model, const MapLayout &layout, const MapHit &hit)
{
    switch (hit.kind) {
    case MapHit::Kind::Actor:
        return actor(model, hit.actor);
    case MapHit::Kind::Event:
        return event(model, hit.event);
    case MapHit::Kind::Cluster:
        return cluster(model, layout.clusters()[hit.cluster]);
    case MapHit::Kind::Arrow:
        return arrow(model, hit.arrow);
    case MapHit::Kind::Country:
        return country(model, MapBasemaps::get(BasemapResolution::Medium50m)->country(hit.country));
    case MapHit::Kind::None:
        break;
    }
    return {};
}

QString MapToolTip::blocText(const MapModel &model, int bloc)
{
    if (bloc < 0)
        return tr("no side in this window");
    for (const MapBloc &b : model.blocs()) {
        if (b.bloc == bloc)
            return tr("bloc %1 (%2)").arg(bloc + 1).arg(esc(b.names.join(QStringLiteral(", "))));
    }
    return tr("bloc %1").arg(bloc + 1);
}

QString MapToolTip::country(const MapModel &model, const BasemapCountry &country)
{
    const Snapshot &s = model.snapshot();
    QString html = QStringLiteral("<b>%1</b>").arg(esc(country.name));
    for (int state : model.statesOfCountry(country.key())) {
        html += QStringLiteral("<br>") +
                tr("State actor: %1 — %2")
                    .arg(esc(s.actors[state].name), model.isActorVisible(state)
                                                        ? blocText(model, model.blocOfActor(state))
                                                        : tr("not involved in this window"));
        const QStringList ties = tiesOf(model, state);
        if (!ties.isEmpty())
            html +=
                QStringLiteral("<br>&nbsp;&nbsp;") + ties.join(QStringLiteral("<br>&nbsp;&nbsp;"));
    }
    QStringList others;
    for (int a : model.actorsOfCountry(country.key())) {
        if (s.actors[a].kind != ActorKind::State && model.isActorVisible(a))
            others << esc(s.actors[a].name);
    }
    if (!others.isEmpty()) {
        const int total = int(others.size());
        if (total > kMaxNames)
            others = others.mid(0, kMaxNames) << tr("+%n more", nullptr, total - kMaxNames);
        html += QStringLiteral("<br>") + tr("Actors: %1").arg(others.join(QStringLiteral(", ")));
    }
    return html;
}

QString MapToolTip::actor(const MapModel &model, int actor)
{
    const Snapshot &s = model.snapshot();
    const SnapshotActor &a = s.actors[actor];
    QString html = QStringLiteral("<b>%1</b> (%2)").arg(esc(a.name), EvidenceText::actorKind(a.kind));
    if (a.basePlace >= 0)
        html += QStringLiteral("<br>") + tr("Based in %1").arg(esc(s.places[a.basePlace].name));
    else if (!a.country.isEmpty())
        html +=
            QStringLiteral("<br>") +
            tr("Country: %1 (no base given: shown at its capital or centre)").arg(esc(a.country));
    html += QStringLiteral("<br>") + tr("Camp: %1").arg(blocText(model, model.blocOfActor(actor)));
    const QStringList ties = tiesOf(model, actor);
    if (!ties.isEmpty())
        html += QStringLiteral("<br>") + ties.join(QStringLiteral("<br>"));
    return html;
}

QString MapToolTip::event(const MapModel &model, int event)
{
    const Snapshot &s = model.snapshot();
    const SnapshotEvent &e = s.events[event];
    QStringList who;
    for (const SnapshotParticipant &p : e.participants) {
        if (p.actor >= 0)
            who << esc(s.actors[p.actor].name);
    }
    const QString date =
        e.dateText.isEmpty() ? QDate::fromJulianDay(e.firstDay).toString(Qt::ISODate) : e.dateText;
    QString html = QStringLiteral("<b>%1</b><br>%2 · %3")
                       .arg(esc(e.title.isEmpty() ? e.id : e.title), esc(date), esc(e.type));
    if (e.place >= 0)
        html += QStringLiteral("<br>") + tr("Place: %1").arg(esc(s.places[e.place].name));
    if (!who.isEmpty())
        html += QStringLiteral("<br>") + tr("Participants: %1").arg(who.join(QStringLiteral(", ")));
    return html;
}

QString MapToolTip::cluster(const MapModel &model, const MapCluster &cluster)
{
    const Snapshot &s = model.snapshot();
    QMap<QString, int> byType;
    QStringList places;
    for (int site : cluster.sites) {
        const MapSite &m = model.sites()[site];
        if (places.size() < kMaxNames)
            places << esc(s.places[m.place].name);
        for (int e : m.events)
            ++byType[s.events[e].type];
    }
    QString html = QStringLiteral("<b>%1</b>")
                       .arg(tr("%n event(s)", nullptr, cluster.count) + QStringLiteral(" ") +
                            tr("at %n place(s)", nullptr, int(cluster.sites.size())));
    html += QStringLiteral("<br>") + places.join(QStringLiteral(", "));
    if (cluster.sites.size() > places.size())
        html += tr(", …");
    QList<std::pair<int, QString>> counts;
    for (auto it = byType.cbegin(); it != byType.cend(); ++it)
        counts.append({-it.value(), it.key()});
    std::sort(counts.begin(), counts.end());
    for (int i = 0; i < std::min<qsizetype>(5, counts.size()); ++i)
        html += QStringLiteral("<br>%1 × %2").arg(-counts[i].first).arg(esc(counts[i].second));
    html += QStringLiteral("<br><i>%1</i>")
                .arg(cluster.isOnePlace() ? tr("Click to select these events")
                                          : tr("Click to zoom in"));
    return html;
}

QString MapToolTip::arrow(const MapModel &model, int arrow)
{
    const Snapshot &s = model.snapshot();
    const MapArrow &a = model.arrows()[arrow];
    QString html =
        QStringLiteral("<b>%1 → %2</b>").arg(esc(s.actors[a.from].name), esc(s.actors[a.to].name));
    const std::span<const int> relations = model.relationsOf(a);
    for (size_t i = 0; i < std::min<size_t>(kMaxTies, relations.size()); ++i) {
        const SnapshotRelation &r = s.relations[relations[i]];
        QString line = tr("%1 %2 %3", "source, type, target")
                           .arg(esc(s.actors[r.source].name), relationTypeLabel(r.type),
                                esc(s.actors[r.target].name));
        if (!r.aspect.isEmpty())
            line += tr(" (%1)", "aspect").arg(esc(r.aspect));
        if (r.via >= 0)
            line += tr(" via %1").arg(esc(s.actors[r.via].name));
        html += QStringLiteral("<br>") + line;
    }
    if (relations.size() > size_t(kMaxTies))
        html +=
            QStringLiteral("<br>") + tr("… and %n more", nullptr, int(relations.size()) - kMaxTies);
    html += QStringLiteral("<br>") + tr("%n evidence passage(s)", nullptr, a.evidence);
    return html;
}

} // namespace entente
