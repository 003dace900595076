#include "exportsource.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>

namespace entente {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Entente::Export", text);
}

QString dayText(qint64 day)
{
    return QLocale().toString(QDate::fromJulianDay(day), QLocale::ShortFormat);
}

} // namespace

DayRange ExportSource::shownDays() const
{
    const DayRange extent = snapshot ? snapshot->extent() : DayRange{1, 0};
    if (!filter.window)
        return extent;
    DayRange r = *filter.window;
    // An open end of the window stops at the data.
    if (r.first <= kOpenPastDay && extent.first <= extent.last)
        r.first = extent.first;
    if (r.last >= kOpenFutureDay && extent.first <= extent.last)
        r.last = extent.last;
    return r;
}

QString ExportSource::windowText() const
{
    const DayRange r = shownDays();
    if (r.first > r.last || r.first <= kOpenPastDay || r.last >= kOpenFutureDay)
        return tr("all dates");
    return tr("%1 – %2").arg(dayText(r.first), dayText(r.last));
}

QString ExportSource::filterText() const
{
    QStringList parts;
    if (filter.window)
        parts << tr("time window: %1").arg(windowText());
    if (!filter.eventTypes.isEmpty()) {
        QStringList types(filter.eventTypes.cbegin(), filter.eventTypes.cend());
        types.sort();
        parts << tr("event types: %1").arg(types.join(QStringLiteral(", ")));
    }
    if (!filter.relationTypes.isEmpty()) {
        QStringList types;
        for (RelationType t : filter.relationTypes)
            types << toString(t);
        types.sort();
        parts << tr("relation types: %1").arg(types.join(QStringLiteral(", ")));
    }
    if (!filter.actorIds.isEmpty()) {
        QStringList names;
        for (const QString &id : filter.actorIds) {
            const int a = snapshot ? snapshot->actorIndex(id) : -1;
            names << (a >= 0 ? snapshot->actors[a].name : id);
        }
        names.sort();
        parts << tr("actors: %1").arg(names.join(QStringLiteral(", ")));
    }
    if (!filter.text.isEmpty())
        parts << tr("text: “%1”").arg(filter.text);
    if (!selection.isEmpty()) {
        QStringList ids;
        for (const auto *set : {&selection.actors, &selection.events, &selection.relations})
            ids << QStringList(set->cbegin(), set->cend());
        ids.sort();
        parts << tr("selected: %1").arg(ids.join(QStringLiteral(", ")));
    }
    return parts.isEmpty() ? tr("no filter (everything in the project)") : parts.join(QStringLiteral("; "));
}

const NetworkAnalysis &ExportSource::ensureAnalysis()
{
    if (!analysis) {
        const Snapshot &s = *snapshot;
        analysis = std::make_shared<NetworkAnalysis>(
            NetworkAnalysis::compute(s, applyFilter(s, filter), filter));
    }
    return *analysis;
}

} // namespace entente
