#include "networklegend.h"
#include "viewpalette.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace entente {

namespace {

constexpr double kPadding = 6.0;
constexpr double kRowGap = 2.0;
constexpr int kNamesPerBloc = 2;

} // namespace

QString NetworkLegend::actors(int count)
{
    return count == 1 ? tr("1 actor") : tr("%n actors", nullptr, count);
}

QString NetworkLegend::blocName(const NetworkAnalysis &analysis, int bloc)
{
    if (bloc < 0 || bloc >= analysis.blocs.idBound() || analysis.blocs.members(bloc).isEmpty())
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

    out.push_back({Kind::Heading, tr("Blocs:")});
    for (int b = 0; b < analysis.blocs.idBound(); ++b) {
        const int count = int(analysis.blocs.members(b).size());
        if (count == 0)
            continue; // an id kept for a bloc that went away, so colours stay put
        out.push_back(
            {Kind::Bloc, blocName(analysis, b) + QStringLiteral(" · ") + actors(count), b});
    }
    int sideless = 0;
    for (int i = 0; i < net.nodeCount(); ++i)
        sideless += analysis.blocs.blocOf(i) < 0 ? 1 : 0;
    if (sideless > 0)
        out.push_back({Kind::Bloc, tr("no side") + QStringLiteral(" · ") + actors(sideless), -1});

    out.push_back({Kind::Heading, tr("Ties (width: evidence):")});
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
            NetworkLegendEntry entry{Kind::Relation, relationTypeLabel(type)};
            entry.type = type;
            out.push_back(entry);
        }
    }
    if (undated)
        out.push_back({Kind::Undated, tr("undated (holds at any time)")});
    if (analysis.blocs.frustratedEdgeCount() > 0)
        out.push_back({Kind::AgainstSplit, tr("against the split into blocs")});

    out.push_back({Kind::Heading, tr("Actors:")});
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
                               analysis.betweenness() != nullptr;
    out.push_back({Kind::Size, byBetweenness ? tr("Size: betweenness (who stands between)")
                                             : tr("Size: evidence behind the actor's ties")});
    return out;
}

namespace {

constexpr double kSampleWidth = 24.0; // a line sample; marks take less
constexpr double kEntryGap = 12.0;

bool isPlain(NetworkLegendEntry::Kind kind)
{
    return kind == NetworkLegendEntry::Kind::Heading || kind == NetworkLegendEntry::Kind::Summary ||
           kind == NetworkLegendEntry::Kind::Size;
}

double sampleWidth(NetworkLegendEntry::Kind kind)
{
    switch (kind) {
    case NetworkLegendEntry::Kind::Relation:
    case NetworkLegendEntry::Kind::Undated:
    case NetworkLegendEntry::Kind::AgainstSplit:
        return kSampleWidth + 4.0;
    case NetworkLegendEntry::Kind::Bloc:
    case NetworkLegendEntry::Kind::Actor:
        return 16.0;
    default:
        return 0.0;
    }
}

QFont boldOf(const QFont &font)
{
    QFont bold = font;
    bold.setWeight(QFont::DemiBold);
    return bold;
}

} // namespace

double NetworkLegend::layout(const QVector<NetworkLegendEntry> &entries, const NetworkStyle &style,
                             double width, QVector<QPointF> *positions)
{
    using Kind = NetworkLegendEntry::Kind;
    const QFontMetricsF metrics(style.smallFont());
    const QFontMetricsF boldMetrics(boldOf(style.smallFont()));
    const double lineHeight = std::max(metrics.height(), 12.0) + kRowGap;
    const double right = width - kPadding;
    double x = kPadding;
    double y = kPadding;
    bool lineEmpty = true;
    if (positions)
        positions->clear();
    for (const NetworkLegendEntry &e : entries) {
        const QFontMetricsF &m = e.kind == Kind::Heading ? boldMetrics : metrics;
        const double w = sampleWidth(e.kind) + m.horizontalAdvance(e.text);
        // Sections and the summary start a line; the rest wrap when they do not fit.
        const bool newLine = e.kind == Kind::Summary || e.kind == Kind::Heading;
        if (!lineEmpty && (newLine || x + w > right)) {
            x = kPadding;
            y += lineHeight;
            lineEmpty = true;
        }
        if (positions)
            positions->push_back({x, y});
        x += w + (e.kind == Kind::Heading ? 6.0 : kEntryGap);
        lineEmpty = false;
    }
    return entries.isEmpty() ? 0.0 : y + lineHeight + kPadding - kRowGap;
}

double NetworkLegend::height(const QVector<NetworkLegendEntry> &entries, const NetworkStyle &style,
                             double width)
{
    return layout(entries, style, width, nullptr);
}

void NetworkLegend::paint(QPainter &painter, const QRectF &band,
                          const QVector<NetworkLegendEntry> &entries, const NetworkStyle &style)
{
    using Kind = NetworkLegendEntry::Kind;
    QVector<QPointF> positions;
    layout(entries, style, band.width(), &positions);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(Qt::NoPen);
    painter.setBrush(style.legendBackground());
    painter.drawRect(band);
    painter.setPen(QPen(style.mutedText(), 0.6));
    painter.drawLine(band.topLeft(), band.topRight());

    const QFont small = style.smallFont();
    const QFont bold = boldOf(small);
    const QFontMetricsF metrics(small);
    const double h = std::max(metrics.height(), 12.0);
    const ViewPalette &colours = style.colours();
    for (int i = 0; i < entries.size(); ++i) {
        const NetworkLegendEntry &e = entries[i];
        const double x = band.left() + positions[i].x();
        const double y = band.top() + positions[i].y();
        const double cy = y + h / 2.0;
        painter.setPen(Qt::NoPen);
        switch (e.kind) {
        case Kind::Summary:
        case Kind::Heading:
        case Kind::Size:
            break;
        case Kind::Bloc: {
            const QColor fill = colours.blocColor(e.bloc);
            painter.setPen(QPen(style.nodeOutline(fill), 1.0));
            painter.setBrush(fill);
            painter.drawEllipse(QPointF(x + 6.0, cy), 5.0, 5.0);
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
            const double end = x + kSampleWidth;
            const bool arrow = e.kind == Kind::Relation && relationIsDirected(e.type);
            painter.drawLine(QPointF(x + 1, cy), QPointF(arrow ? end - 5 : end, cy));
            if (arrow) {
                painter.setPen(Qt::NoPen);
                painter.setBrush(pen.color());
                painter.drawPolygon(QPolygonF{QPointF(end, cy), QPointF(end - 6, cy - 3.5),
                                              QPointF(end - 6, cy + 3.5)});
            }
            break;
        }
        case Kind::AgainstSplit:
            painter.setPen(QPen(style.mutedText(), 1.2));
            painter.drawLine(QPointF(x + 1, cy), QPointF(x + kSampleWidth, cy));
            NetworkStyle::drawAgainstSplitMark(painter, QPointF(x + kSampleWidth / 2, cy),
                                               style.text());
            break;
        case Kind::Actor: {
            const QColor fill = colours.blocColor(-1);
            painter.setPen(QPen(style.nodeOutline(fill), 1.0));
            painter.setBrush(fill);
            const double r = e.actorKind == ActorKind::Person ? 3.5 : 5.0;
            painter.drawPath(NetworkStyle::nodeShape(e.actorKind, r).translated(x + 6.0, cy));
            break;
        }
        }
        painter.setFont(e.kind == Kind::Heading ? bold : small);
        painter.setPen(e.kind == Kind::Summary || e.kind == Kind::Size ? style.mutedText()
                                                                       : style.text());
        const double ascent =
            e.kind == Kind::Heading ? QFontMetricsF(bold).ascent() : metrics.ascent();
        painter.drawText(QPointF(x + sampleWidth(e.kind), y + (h - metrics.height()) / 2 + ascent),
                         e.text);
    }
    painter.restore();
}

} // namespace entente
