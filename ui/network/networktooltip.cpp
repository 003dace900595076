#include "networktooltip.h"

#include "networkgeometry.h"
#include "networklegend.h"
#include "networkstyle.h"
#include "viewpalette.h"

#include <QDate>

namespace entente {

namespace {

QString dayText(qint64 day)
{
    if (day <= kOpenPastDay || day >= kOpenFutureDay)
        return QStringLiteral("…");
    return QDate::fromJulianDay(day).toString(Qt::ISODate);
}

} // namespace

// One gets its own string so English reads right without a translation file.
QString NetworkToolTip::ties(int n)
{
    return n == 1 ? tr("1 tie") : tr("%n ties", nullptr, n);
}

QString NetworkToolTip::spans(int n)
{
    return n == 1 ? tr("1 evidence quote") : tr("%n evidence quotes", nullptr, n);
}

QString NetworkToolTip::node(const NetworkAnalysis &analysis, int i)
{
    const Network &net = analysis.network;
    if (i < 0 || i >= net.nodeCount())
        return {};
    const NetworkNode &n = net.nodes()[i];
    const Centrality &c = analysis.centrality;
    QString text = QStringLiteral("<b>%1</b> <i>(%2)</i><br/>")
                       .arg(n.name.toHtmlEscaped(), NetworkStyle::actorKindName(n.kind));
    const int bloc = analysis.blocs.blocOf(i);
    text += bloc >= 0 ? tr("Bloc: %1").arg(NetworkLegend::blocName(analysis, bloc).toHtmlEscaped())
                      : tr("No side");
    text += QStringLiteral("<br/>");
    text += ties(c.degree(i)) + QStringLiteral(" · ") + spans(int(c.weightedDegree(i)));
    if (const auto b = analysis.betweenness())
        text += QStringLiteral("<br/>") + tr("Betweenness %1").arg(b->betweenness(i), 0, 'f', 3);
    text += QStringLiteral("<br/><small>") +
            tr("Click to select, drag to pin, double-click to focus on its neighbourhood") +
            QStringLiteral("</small>");
    return text;
}

QString NetworkToolTip::edge(const NetworkAnalysis &analysis, int ref)
{
    const Network &net = analysis.network;
    if (ref < 0 || ref >= NetworkGeometry::edgeCount(net, true))
        return {};
    const NetworkEdge &e = NetworkGeometry::edge(net, ref);
    const QString source = net.nodes()[e.source].name.toHtmlEscaped();
    const QString target = net.nodes()[e.target].name.toHtmlEscaped();
    QString text =
        QStringLiteral("<b>%1</b> %2 <b>%3</b>").arg(source, relationTypeLabel(e.type), target);
    if (!e.via.isEmpty()) {
        QStringList names;
        for (const QString &id : e.via) {
            const int v = net.nodeIndex(id);
            names << (v >= 0 ? net.nodes()[v].name : id).toHtmlEscaped();
        }
        text += QStringLiteral(" ") + tr("via %1").arg(names.join(QStringLiteral(", ")));
    }
    const int relations = int(e.relationIds.size());
    text += QStringLiteral("<br/>") + spans(e.weight) + QStringLiteral(" · ") +
            (relations == 1 ? tr("1 relation") : tr("%n relations", nullptr, relations));
    if (!e.aspects.isEmpty())
        text +=
            QStringLiteral("<br/>") + tr("Aspects: %1").arg(e.aspects.join(QStringLiteral(", ")));
    QStringList periods;
    for (const ValidityPeriod &p : e.periods)
        periods << QStringLiteral("%1 – %2").arg(dayText(p.firstDay), dayText(p.lastDay));
    if (!periods.isEmpty())
        text += QStringLiteral("<br/>") + tr("Holds: %1").arg(periods.join(QStringLiteral("; ")));
    if (e.undated)
        text += QStringLiteral("<br/>") + tr("Undated evidence: holds at any time");
    if (e.sign != 0) {
        const int index = ref;
        if (analysis.blocs.isFrustrated(index))
            text += QStringLiteral("<br/><i>") + tr("Against the split into blocs") +
                    QStringLiteral("</i>");
    }
    text += QStringLiteral("<br/><small>") + tr("Click to select its relations and evidence") +
            QStringLiteral("</small>");
    return text;
}

} // namespace entente
