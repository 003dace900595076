#include "networkrenderer.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <map>
#include <tuple>

namespace entente {

namespace {

constexpr double kLegendMargin = 8.0;

// Edges that share a stroke are drawn in one call.
struct StrokeBatch
{
    QPen pen;
    QVector<QLineF> lines;
    QPainterPath curves;
    QPainterPath arrows;
};

enum class Layer { Dimmed, Normal, Lit };

void addArrow(QPainterPath &path, QPointF tip, QPointF base, double width)
{
    const QPointF d = tip - base;
    const double len = std::sqrt(d.x() * d.x() + d.y() * d.y());
    if (len <= 0.0)
        return;
    const QPointF u = d / len;
    const QPointF n(-u.y(), u.x());
    const double full = NetworkStyle::arrowLength(width);
    const double half = 0.5 * full * 0.75;
    const QPointF back = tip - u * full;
    path.moveTo(tip);
    path.lineTo(back + n * half);
    path.lineTo(back - n * half);
    path.closeSubpath();
}

} // namespace

QRectF NetworkRenderer::legendRect(const QRectF &area, const NetworkAnalysis &analysis,
                                   const NetworkViewOptions &viewOptions, const NetworkStyle &style)
{
    const QSizeF size = NetworkLegend::size(NetworkLegend::entries(analysis, viewOptions), style);
    return {area.topLeft() + QPointF(kLegendMargin, kLegendMargin), size};
}

void NetworkRenderer::paint(QPainter &painter, const QRectF &area, const NetworkGeometry &geometry,
                            const NetworkStyle &style, const NetworkViewOptions &viewOptions,
                            const NetworkRenderOptions &options)
{
    painter.save();
    painter.setClipRect(area);
    if (options.background)
        painter.fillRect(area, style.background());
    const NetworkAnalysis *analysis = geometry.analysis();
    if (!analysis || analysis->network.nodeCount() == 0 || geometry.nodes().isEmpty()) {
        painter.setPen(style.mutedText());
        painter.drawText(area, Qt::AlignCenter,
                         analysis && analysis->network.nodeCount() > 0
                             ? tr("Laying out the network…")
                             : tr("No relations in this window"));
        painter.restore();
        return;
    }
    painter.setRenderHint(QPainter::Antialiasing, true);
    paintEdges(painter, geometry, style, options.exporting);
    paintNodes(painter, geometry, style, options.exporting);
    paintLabels(painter, geometry, style);
    if (options.legend && viewOptions.showLegend) {
        const auto entries = NetworkLegend::entries(*analysis, viewOptions);
        NetworkLegend::paint(painter, area.topLeft() + QPointF(kLegendMargin, kLegendMargin),
                             entries, style);
    }
    painter.restore();
}

void NetworkRenderer::paintEdges(QPainter &painter, const NetworkGeometry &geometry,
                                 const NetworkStyle &style, bool exporting)
{
    const Network &net = geometry.analysis()->network;
    const ViewPalette &colours = style.colours();
    // Key: layer, type, width in half pixels, undated.
    std::map<std::tuple<int, int, int, bool>, StrokeBatch> batches;
    QPainterPath halo;
    for (const NetworkEdgeItem &item : geometry.edges()) {
        const NetworkEdge &e = NetworkGeometry::edge(net, item.ref);
        const Layer layer = item.dimmed                                 ? Layer::Dimmed
                            : (item.lit || item.selected) && !exporting ? Layer::Lit
                                                                        : Layer::Normal;
        const int widthKey = int(std::lround(item.width * 2.0));
        const auto key = std::make_tuple(int(layer), int(e.type), widthKey, item.undated);
        auto it = batches.find(key);
        if (it == batches.end()) {
            QPen pen = colours.relationPen(e.type, widthKey / 2.0);
            QColor c = pen.color();
            if (layer == Layer::Dimmed)
                c.setAlphaF(float(NetworkStyle::kDimAlpha));
            else if (item.undated)
                c.setAlphaF(float(NetworkStyle::kUndatedAlpha));
            pen.setColor(c);
            it = batches.emplace(key, StrokeBatch{pen, {}, {}, {}}).first;
        }
        StrokeBatch &batch = it->second;
        if (item.curved) {
            batch.curves.moveTo(item.from);
            batch.curves.quadTo(item.control, item.to);
        } else {
            batch.lines.push_back(QLineF(item.from, item.to));
        }
        if (item.arrow)
            addArrow(batch.arrows, item.tip, item.to, item.width);
        if (item.selected && !exporting) {
            halo.moveTo(item.from);
            if (item.curved)
                halo.quadTo(item.control, item.tip);
            else
                halo.lineTo(item.tip);
        }
    }
    if (!halo.isEmpty()) {
        QColor c = style.highlight();
        c.setAlphaF(0.35f);
        painter.strokePath(halo, QPen(c, 9.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    }
    // std::map orders by layer first: dimmed under normal under lit.
    for (auto &[key, batch] : batches) {
        painter.setPen(batch.pen);
        painter.setBrush(Qt::NoBrush);
        if (!batch.lines.isEmpty())
            painter.drawLines(batch.lines);
        if (!batch.curves.isEmpty())
            painter.drawPath(batch.curves);
        if (!batch.arrows.isEmpty()) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(batch.pen.color());
            painter.drawPath(batch.arrows);
        }
    }
}

void NetworkRenderer::paintNodes(QPainter &painter, const NetworkGeometry &geometry,
                                 const NetworkStyle &style, bool exporting)
{
    const NetworkAnalysis &analysis = *geometry.analysis();
    const Network &net = analysis.network;
    const ViewPalette &colours = style.colours();
    const QVector<NetworkNodeItem> &nodes = geometry.nodes();
    QHash<quint64, QPainterPath> shapes; // (kind, radius in quarter pixels)
    const auto draw = [&](int i) {
        const NetworkNodeItem &node = nodes[i];
        const ActorKind kind = net.nodes()[i].kind;
        QColor fill = colours.blocColor(analysis.blocs.blocOf(i));
        QColor outline = style.nodeOutline(fill);
        if (node.dimmed) {
            fill.setAlphaF(float(NetworkStyle::kDimAlpha + 0.1));
            outline.setAlphaF(float(NetworkStyle::kDimAlpha + 0.1));
        }
        painter.setPen(QPen(outline, 1.0));
        painter.setBrush(fill);
        if (kind == ActorKind::State || kind == ActorKind::Person) {
            painter.drawEllipse(node.centre, node.radius, node.radius);
        } else {
            const quint64 key = (quint64(kind) << 32) | quint32(std::lround(node.radius * 4.0));
            auto it = shapes.find(key);
            if (it == shapes.end())
                it = shapes.insert(key, NetworkStyle::nodeShape(kind, node.radius));
            painter.translate(node.centre);
            painter.drawPath(*it);
            painter.translate(-node.centre);
        }
    };
    // Dimmed first, so the lit neighbourhood stays on top.
    for (int pass = 0; pass < 2; ++pass) {
        for (int i = 0; i < nodes.size(); ++i) {
            if (nodes[i].inView && nodes[i].dimmed == (pass == 0))
                draw(i);
        }
    }
    if (exporting)
        return;
    for (int i = 0; i < nodes.size(); ++i) {
        const NetworkNodeItem &node = nodes[i];
        if (!node.inView)
            continue;
        if (node.selected) {
            painter.setBrush(Qt::NoBrush);
            painter.setPen(QPen(style.highlight(), 3.0));
            painter.drawEllipse(node.centre, node.radius + 4.0, node.radius + 4.0);
        }
        if (node.pinned) {
            // A pin head above the node's top-right, its needle towards the centre.
            const QPointF head =
                node.centre + QPointF(node.radius * 0.75 + 3, -node.radius * 0.75 - 3);
            painter.setPen(QPen(style.text(), 1.2));
            painter.drawLine(head, node.centre + QPointF(node.radius * 0.45, -node.radius * 0.45));
            painter.setBrush(style.text());
            painter.drawEllipse(head, 2.8, 2.8);
        }
    }
}

void NetworkRenderer::paintLabels(QPainter &painter, const NetworkGeometry &geometry,
                                  const NetworkStyle &style)
{
    const QVector<NetworkLabelItem> &labels = geometry.labels();
    if (labels.isEmpty())
        return;
    QVector<QRectF> halos;
    halos.reserve(labels.size());
    for (const NetworkLabelItem &label : labels)
        halos.push_back(label.rect);
    painter.setPen(Qt::NoPen);
    painter.setBrush(style.labelHalo());
    painter.drawRects(halos);

    const QFont normal = style.labelFont(false);
    const QFont strong = style.labelFont(true);
    const QFont small = style.smallFont();
    const QFontMetricsF normalMetrics(normal);
    const QFontMetricsF smallMetrics(small);
    for (int pass = 0; pass < 3; ++pass) {
        // One font per pass: node labels, strong node labels, via labels.
        const QFont &font = pass == 0 ? normal : pass == 1 ? strong : small;
        const double ascent = pass == 2 ? smallMetrics.ascent() : normalMetrics.ascent();
        painter.setFont(font);
        painter.setPen(pass == 2 ? style.mutedText() : style.text());
        for (const NetworkLabelItem &label : labels) {
            const int kind = label.node < 0 ? 2 : label.strong ? 1 : 0;
            if (kind != pass)
                continue;
            painter.drawText(QPointF(label.rect.left() + 2.0, label.rect.top() + ascent),
                             label.text);
        }
    }
}

} // namespace entente
