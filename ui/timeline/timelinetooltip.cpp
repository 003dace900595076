#include "timelinetooltip.h"

#include "timelinemodel.h"
#include "timelinerenderer.h"
#include "viewpalette.h"

#include <QCoreApplication>
#include <QDate>

namespace entente {

namespace {

QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("Entente::TimelineToolTip", text, comment, n);
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

// Reads right in English without a translation loaded: one form per number, each
// still a %n string that a translator can handle with the language's plural rules.
QString counted(int n, const char *one, const char *many)
{
    return tr(n == 1 ? one : many, nullptr, n);
}

QString isoDay(qint64 day)
{
    return QDate::fromJulianDay(day).toString(Qt::ISODate);
}

} // namespace

QString TimelineToolTip::precisionText(int precision, bool interval)
{
    QString p;
    switch (static_cast<DatePrecision>(precision)) {
    case DatePrecision::Day:
        p = tr("day precision");
        break;
    case DatePrecision::Month:
        p = tr("month precision");
        break;
    case DatePrecision::Year:
        p = tr("year precision");
        break;
    }
    return interval ? tr("interval, %1").arg(p) : p;
}

QString TimelineToolTip::event(const Snapshot &s, int event)
{
    const SnapshotEvent &e = s.events[event];
    QStringList who;
    for (const auto &p : e.participants) {
        if (p.actor < 0)
            continue;
        const QString name = esc(s.actors[p.actor].name);
        who << (p.role.isEmpty() ? name
                                 : tr("%1 (%2)", "participant (role)").arg(name, esc(p.role)));
    }
    QString date = e.dateText.isEmpty() ? isoDay(e.firstDay) : e.dateText;
    QString html = QStringLiteral("<b>%1</b><br>").arg(esc(e.title.isEmpty() ? e.id : e.title));
    html += tr("%1 (%2)", "date as written (precision)")
                .arg(esc(date), precisionText(int(e.precision), e.isInterval));
    html +=
        QStringLiteral("<br>") + tr("Type: %1").arg(esc(e.type.isEmpty() ? tr("(none)") : e.type));
    html +=
        QStringLiteral("<br>") +
        tr("Participants: %1").arg(who.isEmpty() ? tr("(none)") : who.join(QStringLiteral(", ")));
    if (e.place >= 0 && e.place < s.places.size())
        html += QStringLiteral("<br>") + tr("Place: %1").arg(esc(s.places[e.place].name));
    if (e.evidenceCount > 0)
        html += QStringLiteral("<br>") +
                counted(e.evidenceCount,
                        QT_TRANSLATE_NOOP("Entente::TimelineToolTip", "%n evidence passage"),
                        QT_TRANSLATE_NOOP("Entente::TimelineToolTip", "%n evidence passages"));
    return html;
}

QString TimelineToolTip::relation(const Snapshot &s, int relation)
{
    const SnapshotRelation &r = s.relations[relation];
    const auto name = [&](int a) { return a >= 0 ? esc(s.actors[a].name) : QStringLiteral("?"); };
    QString html =
        QStringLiteral("<b>%1</b><br>")
            .arg(tr("%1 %2 %3", "source, relation type, target")
                     .arg(name(r.source), esc(relationTypeLabel(r.type)),
                          name(r.target)));
    if (!r.aspect.isEmpty())
        html += tr("Aspect: %1").arg(esc(r.aspect)) + QStringLiteral("<br>");
    switch (r.basis) {
    case ValidityBasis::Explicit:
        html += tr("Valid: %1").arg(esc(r.validText));
        break;
    case ValidityBasis::AsReported: {
        QStringList dates;
        for (const DayRange &p : r.periods)
            dates << isoDay(p.first);
        html += tr("As reported on %1 (no explicit period)").arg(dates.join(QStringLiteral(", ")));
        break;
    }
    case ValidityBasis::Undated:
        html += tr("Undated: no period known");
        break;
    }
    if (r.via >= 0)
        html += QStringLiteral("<br>") + tr("Via: %1").arg(name(r.via));
    if (r.claimedBy >= 0)
        html += QStringLiteral("<br>") + tr("Claimed by: %1").arg(name(r.claimedBy));
    html += QStringLiteral("<br>") +
            counted(r.evidenceCount,
                    QT_TRANSLATE_NOOP("Entente::TimelineToolTip", "%n evidence passage"),
                    QT_TRANSLATE_NOOP("Entente::TimelineToolTip", "%n evidence passages"));
    return html;
}

QString TimelineToolTip::bin(const Snapshot &s, const QVector<int> &events)
{
    if (events.isEmpty())
        return {};
    qint64 first = s.events[events.first()].firstDay, last = s.events[events.first()].lastDay;
    for (int e : events) {
        first = std::min(first, s.events[e].firstDay);
        last = std::max(last, s.events[e].lastDay);
    }
    QString html = QStringLiteral("<b>%1</b><br>")
                       .arg(counted(int(events.size()),
                                    QT_TRANSLATE_NOOP("Entente::TimelineToolTip", "%n event"),
                                    QT_TRANSLATE_NOOP("Entente::TimelineToolTip", "%n events")));
    html += first == last ? isoDay(first) : tr("%1 to %2").arg(isoDay(first), isoDay(last));
    // A few titles give the gist; the rest is a count.
    for (int i = 0; i < std::min<int>(5, events.size()); ++i)
        html += QStringLiteral("<br>• ") + esc(s.events[events[i]].title);
    if (events.size() > 5)
        html += QStringLiteral("<br>") + tr("… and %n more", nullptr, int(events.size()) - 5);
    html += QStringLiteral("<br><i>%1</i>").arg(tr("Click to select, zoom in to see each event"));
    return html;
}

QString TimelineToolTip::lane(const TimelineModel &model, int lane)
{
    const auto &l = model.lanes()[lane];
    QString html =
        QStringLiteral("<b>%1</b><br>").arg(esc(TimelineRenderer::laneLabel(model, lane)));
    html += counted(int(l.events.size()),
                    QT_TRANSLATE_NOOP("Entente::TimelineToolTip", "%n event shown"),
                    QT_TRANSLATE_NOOP("Entente::TimelineToolTip", "%n events shown"));
    if (l.kind == TimelineModel::LaneKind::Actor) {
        const SnapshotActor &a = model.snapshot().actors[l.key];
        html +=
            QStringLiteral("<br>") +
            counted(a.relationCount, QT_TRANSLATE_NOOP("Entente::TimelineToolTip", "%n relation"),
                    QT_TRANSLATE_NOOP("Entente::TimelineToolTip", "%n relations"));
        html += QStringLiteral("<br><i>%1</i>")
                    .arg(tr("Click to select the actor; the triangle folds the lane"));
    } else {
        html += QStringLiteral("<br><i>%1</i>").arg(tr("Click to fold or unfold the lane"));
    }
    return html;
}

} // namespace entente
