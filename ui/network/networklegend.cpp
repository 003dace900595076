#include "networklegend.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace entente {

namespace {

constexpr double kPadding = 8.0;
constexpr double kSwatch = 22.0; // width of the sample column
constexpr double kRowGap = 2.0;
constexpr int kNamesPerBloc = 2;

} // namespace

QString NetworkLegend::actors(int count)
{
    return count == 1 ? tr("1 actor") : tr("%n actors", nullptr, count);
}

QString NetworkLegend::blocName(const NetworkAnalysis &analysis, int bloc)
{
    if (bloc < 0 || bloc >= analysis.blocs.blocCount())
        return tr("no side");
    QVector<int> members = analysis.blocs.members(bloc);
    const Centrality &c = analysis.centrality;
    std::sort(members.begin(), members.end(), [&](int a, int b) {
        if (c.weightedDegree(a) != c.weightedDegree(b))
            return c.weightedDegree(a) > c.weightedDegree(b);
        return a < b;
    });
    QStringList names;
    for (int i = 0; i < std::min<qsizetype>(kNamesPerBloc, members.size()); ++i)
        names << analysis.network.nodes()[members[i]].name;
    return names.join(QStringLiteral(", "));
}

QString NetworkLegend::summary(const NetworkAnalysis &analysis)
{
    if (analysis.network.nodeCount() == 0)
        return tr("No relations in this window");
    const int blocs = analysis.blocs.blocCount();
    const int frustrated = analysis.blocs.frustratedEdgeCount();
    // One gets its own string so English reads right without a translation file.
    const QString blocText = blocs == 1 ? tr("1 bloc") : tr("%n blocs", nullptr, blocs);
    if (frustrated == 0)
        return tr("%1 · every tie fits the split").arg(blocText);
    const QString against = frustrated == 1 ? tr("1 tie against the split")
                                            : tr("%n ties against the split", nullptr, frustrated);
    return blocText + QStringLiteral(" · ") + against;
}

QVector<NetworkLegendEntry> NetworkLegend::entries(const NetworkAnalysis &analysis,
                                                   const NetworkViewOptions &options)
{
    using Kind = NetworkLegendEntry::Kind;
    QVector<NetworkLegendEntry> out;
    const Network &net = analysis.network;
    out.push_back({Kind::Summary, summary(analysis)});
    if (net.nodeCount() == 0)
        return out;

    out.push_back({Kind::Heading, tr("Blocs")});
    for (int b = 0; b < analysis.blocs.blocCount(); ++b) {
        const int count = int(analysis.blocs.members(b).size());
        out.push_back(
            {Kind::Bloc, blocName(analysis, b) + QStringLiteral(" · ") + actors(count), b});
    }
    int sideless = 0;
    for (int i = 0; i < net.nodeCount(); ++i)
        sideless += analysis.blocs.blocOf(i) < 0 ? 1 : 0;
    if (sideless > 0)
        out.push_back({Kind::Bloc, tr("no side") + QStringLiteral(" · ") + actors(sideless), -1});

    out.push_back({Kind::Heading, tr("Ties (width: evidence)")});
    QSet<RelationType> types;
    bool undated = false;
    const int edgeCount = NetworkGeometry::edgeCount(net, options.showHierarchy);
    for (int ref = 0; ref < edgeCount; ++ref) {
        const NetworkEdge &e = NetworkGeometry::edge(net, ref);
        types.insert(e.type);
        undated = undated || (e.undated && e.periods.isEmpty());
    }
    for (const QString &name : relationTypeNames()) {
        const RelationType type = *relationTypeFromString(name);
        if (types.contains(type)) {
            NetworkLegendEntry entry{Kind::Relation, NetworkStyle::relationTypeName(type)};
            entry.type = type;
            out.push_back(entry);
        }
    }
    if (undated)
        out.push_back({Kind::Undated, tr("undated (holds at any time)")});

    out.push_back({Kind::Heading, tr("Actors")});
    QSet<ActorKind> kinds;
    for (const NetworkNode &node : net.nodes())
        kinds.insert(node.kind);
    for (const QString &name : actorKindNames()) {
        const ActorKind kind = *actorKindFromString(name);
        if (kinds.contains(kind)) {
            NetworkLegendEntry entry{Kind::Actor, NetworkStyle::actorKindName(kind)};
            entry.actorKind = kind;
            out.push_back(entry);
        }
    }
    const bool byBetweenness = options.nodeSize == NetworkViewOptions::NodeSize::Betweenness &&
                               analysis.centrality.hasBetweenness();
    out.push_back({Kind::Size, byBetweenness ? tr("Size: betweenness (who stands between)")
                                             : tr("Size: evidence behind the actor's ties")});
    return out;
}

QSizeF NetworkLegend::size(const QVector<NetworkLegendEntry> &entries, const NetworkStyle &style)
{
    const QFontMetricsF metrics(style.smallFont());
    QFont bold = style.smallFont();
    bold.setWeight(QFont::DemiBold);
    const QFontMetricsF boldMetrics(bold);
    double width = 0.0;
    double height = 0.0;
    for (const NetworkLegendEntry &e : entries) {
        const bool plain = e.kind == NetworkLegendEntry::Kind::Heading ||
                           e.kind == NetworkLegendEntry::Kind::Summary ||
                           e.kind == NetworkLegendEntry::Kind::Size;
        const QFontMetricsF &m =
            e.kind == NetworkLegendEntry::Kind::Heading ? boldMetrics : metrics;
        width = std::max(width, m.horizontalAdvance(e.text) + (plain ? 0.0 : kSwatch + 4.0));
        height += m.height() + kRowGap + (e.kind == NetworkLegendEntry::Kind::Heading ? 3.0 : 0.0);
    }
    return {width + 2 * kPadding, height + 2 * kPadding};
}

void NetworkLegend::paint(QPainter &painter, QPointF topLeft,
                          const QVector<NetworkLegendEntry> &entries, const NetworkStyle &style)
{
    using Kind = NetworkLegendEntry::Kind;
    const QSizeF box = size(entries, style);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(QPen(style.mutedText(), 0.6));
    painter.setBrush(style.legendBackground());
    painter.drawRoundedRect(QRectF(topLeft, box), 4, 4);

    const QFont small = style.smallFont();
    QFont bold = small;
    bold.setWeight(QFont::DemiBold);
    const QFontMetricsF metrics(small);
    const QFontMetricsF boldMetrics(bold);
    double y = topLeft.y() + kPadding;
    const double x = topLeft.x() + kPadding;
    const ViewPalette &colours = style.colours();
    for (const NetworkLegendEntry &e : entries) {
        const bool heading = e.kind == Kind::Heading;
        const QFontMetricsF &m = heading ? boldMetrics : metrics;
        if (heading)
            y += 3.0;
        const double h = m.height();
        const QPointF sample(x + kSwatch / 2, y + h / 2);
        double textX = x + kSwatch + 4.0;
        painter.setPen(Qt::NoPen);
        switch (e.kind) {
        case Kind::Summary:
        case Kind::Heading:
        case Kind::Size:
            textX = x;
            break;
        case Kind::Bloc: {
            const QColor fill = colours.blocColor(e.bloc);
            painter.setPen(QPen(style.nodeOutline(fill), 1.0));
            painter.setBrush(fill);
            painter.drawEllipse(sample, 5.0, 5.0);
            break;
        }
        case Kind::Relation:
        case Kind::Undated: {
            QPen pen = colours.relationPen(
                e.kind == Kind::Relation ? e.type : RelationType::Supports, 1.6);
            if (e.kind == Kind::Undated) {
                QColor c = pen.color();
                c.setAlphaF(float(NetworkStyle::kUndatedAlpha));
                pen.setColor(c);
            }
            painter.setPen(pen);
            painter.drawLine(QPointF(x + 1, sample.y()), QPointF(x + kSwatch - 4, sample.y()));
            if (e.kind == Kind::Relation && relationIsDirected(e.type)) {
                painter.setPen(Qt::NoPen);
                painter.setBrush(pen.color());
                const double tipX = x + kSwatch - 1;
                painter.drawPolygon(QPolygonF{QPointF(tipX, sample.y()),
                                              QPointF(tipX - 6, sample.y() - 3.5),
                                              QPointF(tipX - 6, sample.y() + 3.5)});
            }
            break;
        }
        case Kind::Actor: {
            const QColor fill = colours.blocColor(-1);
            painter.setPen(QPen(style.nodeOutline(fill), 1.0));
            painter.setBrush(fill);
            const double r = e.actorKind == ActorKind::Person ? 4.0 : 5.5;
            painter.drawPath(NetworkStyle::nodeShape(e.actorKind, r).translated(sample));
            break;
        }
        }
        painter.setFont(heading ? bold : small);
        painter.setPen(e.kind == Kind::Summary || e.kind == Kind::Size ? style.mutedText()
                                                                       : style.text());
        painter.drawText(QPointF(textX, y + m.ascent()), e.text);
        y += h + kRowGap;
    }
    painter.restore();
}

} // namespace entente
