#include "networkrenderer.h"

#include "directpixels.h"
#include "networkhairlines.h"

#include <QFontMetricsF>
#include <QImage>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>

#include <cmath>
#include <map>
#include <optional>
#include <tuple>

namespace entente {

namespace {

// Edges that share a stroke are drawn together.
struct StrokeBatch
{
    QPen pen;
    bool antialias = true;
    QVector<QLineF> lines;
    QVector<const NetworkEdgeItem *> curves;
    QVector<QPointF> arrows; // three corners per head
};

void addArrow(QVector<QPointF> &corners, QPointF tip, QPointF base, double width)
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
    corners << tip << back + n * half << back - n * half;
}

void fillArrows(QPainter &painter, const QVector<QPointF> &corners, const QColor &colour)
{
    // Aliased heads by the thousand go straight into the image; else one path.
    if (!painter.testRenderHint(QPainter::Antialiasing) &&
        NetworkHairlines::fillTriangles(painter, corners, colour))
        return;
    QPainterPath path;
    for (qsizetype i = 0; i + 2 < corners.size(); i += 3) {
        path.moveTo(corners[i]);
        path.lineTo(corners[i + 1]);
        path.lineTo(corners[i + 2]);
        path.closeSubpath();
    }
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawPath(path);
}

// Dense raster pictures: a wide stroke without antialiasing goes through the stroker and
// a polygon fill per line, some microseconds each; drawn as round(width) one-pixel lines
// side by side (shifted across the line's major axis) it takes the hairline fast path
// and looks the same.
void addBundle(QVector<QLineF> &out, QPointF a, QPointF b, double width)
{
    const int n = std::max(1, int(std::lround(width)));
    const QPointF d = b - a;
    const QPointF across = std::abs(d.y()) > std::abs(d.x()) ? QPointF(1, 0) : QPointF(0, 1);
    for (int k = 0; k < n; ++k) {
        const QPointF shift = across * (k - (n - 1) / 2.0);
        out.push_back(QLineF(a + shift, b + shift));
    }
}

// A curve as a few straight pieces, for the bundles.
void addCurveBundle(QVector<QLineF> &out, const NetworkEdgeItem &item, double width)
{
    constexpr int kPieces = 6;
    QPointF previous = item.from;
    for (int k = 1; k <= kPieces; ++k) {
        const double t = double(k) / kPieces;
        const double u = 1.0 - t;
        const QPointF next = item.from * (u * u) + item.control * (2.0 * u * t) + item.to * (t * t);
        addBundle(out, previous, next, width);
        previous = next;
    }
}

// A small antialiased mark drawn once, centred in a square image, to be copied wherever
// a dense picture has one like it: thousands of antialiased outlines cost several times
// as much as the copies.
template <typename PaintMark> QImage markSprite(int side, qreal ratio, const PaintMark &paintMark)
{
    QImage sprite(QSize(side, side) * ratio, QImage::Format_ARGB32_Premultiplied);
    sprite.setDevicePixelRatio(ratio);
    sprite.fill(Qt::transparent);
    QPainter p(&sprite);
    p.setRenderHint(QPainter::Antialiasing, true);
    p.translate(side / 2.0, side / 2.0);
    paintMark(p);
    return sprite;
}

// At whole pixels: a copy at a fraction of a pixel would be resampled. Straight into the
// image where it can (`direct`, made once for a batch): two thousand painter calls cost
// more than the pixels they copy.
void drawCentred(QPainter &painter, const QImage &sprite, QPointF centre,
                 const std::optional<DirectPixels> &direct)
{
    const double half = sprite.width() / sprite.devicePixelRatio() / 2.0;
    const QPointF at(std::round(centre.x() - half), std::round(centre.y() - half));
    if (!direct || !direct->blend(at, sprite))
        painter.drawImage(at, sprite);
}

// Node images outlive a picture: the next window's picture needs mostly the same ones, and
// making a hundred and fifty of them took a picture's milliseconds. Per thread (pictures
// are drawn on workers); past the cap the cache starts again.
struct NodeSpriteKey
{
    QRgb fill = 0;
    int kind = 0;
    int halfPixels = 0; // the radius to half a pixel
    bool dark = false;  // outlines differ on a dark palette
    qreal ratio = 1.0;
    friend bool operator==(const NodeSpriteKey &, const NodeSpriteKey &) = default;
};

size_t qHash(const NodeSpriteKey &k, size_t seed = 0)
{
    return qHashMulti(seed, k.fill, k.kind, k.halfPixels, k.dark, k.ratio);
}

constexpr qsizetype kMaxNodeSprites = 4000;
thread_local QHash<NodeSpriteKey, QImage> t_nodeSprites;

bool isRaster(const QPainter &painter)
{
    return painter.paintEngine() && painter.paintEngine()->type() == QPaintEngine::Raster;
}

// A pin head above the node's top-right, its needle towards the centre.
QPointF pinHead(const NetworkNodeItem &node)
{
    return node.centre + QPointF(node.radius * 0.75 + 3, -node.radius * 0.75 - 3);
}

} // namespace

QVector<NetworkLegendEntry> NetworkRenderer::legendEntries(const NetworkAnalysis &analysis,
                                                           const NetworkViewOptions &viewOptions,
                                                           bool exporting)
{
    QVector<NetworkLegendEntry> entries = NetworkLegend::entries(analysis, viewOptions);
    if (!exporting) {
        entries.removeIf([](const NetworkLegendEntry &e) {
            return e.kind == NetworkLegendEntry::Kind::Summary;
        });
    }
    return entries;
}

QRectF NetworkRenderer::legendRect(const QRectF &area, const NetworkAnalysis &analysis,
                                   const NetworkViewOptions &viewOptions, const NetworkStyle &style,
                                   bool exporting)
{
    if (!viewOptions.showLegend || analysis.network.nodeCount() == 0)
        return {};
    return legendRect(area, legendEntries(analysis, viewOptions, exporting), style);
}

QRectF NetworkRenderer::legendRect(const QRectF &area, const QVector<NetworkLegendEntry> &entries,
                                   const NetworkStyle &style)
{
    if (entries.isEmpty())
        return {};
    const double h = NetworkLegend::height(entries, style, area.width());
    return {area.left(), area.bottom() - h, area.width(), h};
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
    paintEdges(painter, geometry, nullptr, style, geometry.edges().size() > kDenseEdges);
    const bool dense = geometry.edges().size() > kDenseEdges;
    paintNodes(painter, geometry, nullptr, style, dense && isRaster(painter));
    paintLabels(painter, geometry.labels(), style);
    if (options.legend && viewOptions.showLegend) {
        const QRectF band = legendRect(area, *analysis, viewOptions, style, options.exporting);
        NetworkLegend::paint(painter, band,
                             legendEntries(*analysis, viewOptions, options.exporting), style);
    }
    painter.restore();
}

void NetworkRenderer::paintOverlay(QPainter &painter, const QRectF &area,
                                   const NetworkGeometry &geometry, const NetworkOverlay &overlay,
                                   const NetworkStyle &style, const QRectF &legend)
{
    const NetworkAnalysis *analysis = geometry.analysis();
    if (!analysis || overlay.isEmpty())
        return;
    painter.save();
    QRectF network = area;
    if (!legend.isEmpty())
        network.setBottom(legend.top());
    painter.setClipRect(network);
    painter.setRenderHint(QPainter::Antialiasing, true);
    if (overlay.wash) {
        QColor wash = style.background();
        wash.setAlphaF(float(1.0 - NetworkStyle::kDimAlpha - 0.1));
        painter.fillRect(network, wash);
    }
    if (!overlay.selectedEdges.isEmpty()) {
        QPainterPath halo;
        for (int i : overlay.selectedEdges) {
            const NetworkEdgeItem &item = geometry.edges()[i];
            halo.moveTo(item.from);
            if (item.curved)
                halo.quadTo(item.control, item.tip);
            else
                halo.lineTo(item.tip);
        }
        QColor c = style.highlight();
        c.setAlphaF(0.35f);
        painter.strokePath(halo, QPen(c, 9.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    }
    // A hub's hundreds of lit ties are drawn the fast way, as the dense picture is.
    const QVector<int> edges = overlay.litEdges + overlay.selectedEdges;
    paintEdges(painter, geometry, &edges, style, edges.size() > kDenseOverlayEdges);
    const QVector<int> nodes = overlay.litNodes + overlay.selectedNodes;
    paintNodes(painter, geometry, &nodes, style, false);
    for (int i : overlay.selectedNodes) {
        const NetworkNodeItem &node = geometry.nodes()[i];
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(style.highlight(), 3.0));
        painter.drawEllipse(node.centre, node.radius + 4.0, node.radius + 4.0);
    }
    for (int i : overlay.pinnedNodes) {
        const NetworkNodeItem &node = geometry.nodes()[i];
        const QPointF head = pinHead(node);
        painter.setPen(QPen(style.text(), 1.2));
        painter.drawLine(head, node.centre + QPointF(node.radius * 0.45, -node.radius * 0.45));
        painter.setBrush(style.text());
        painter.drawEllipse(head, 2.8, 2.8);
    }
    paintLabels(painter, overlay.labels, style);
    painter.restore();
}

void NetworkRenderer::paintEdges(QPainter &painter, const NetworkGeometry &geometry,
                                 const QVector<int> *subset, const NetworkStyle &style, bool dense)
{
    const Network &net = geometry.analysis()->network;
    const ViewPalette &colours = style.colours();
    const QVector<NetworkEdgeItem> &items = geometry.edges();
    // Key: type, width in half pixels, undated.
    std::map<std::tuple<int, int, bool>, StrokeBatch> batches;
    QVector<const NetworkEdgeItem *> viaMarks;
    const bool bundles = dense && isRaster(painter);
    const auto add = [&](const NetworkEdgeItem &item) {
        const NetworkEdge &e = NetworkGeometry::edge(net, item.ref);
        const int widthKey = int(std::lround(item.width * 2.0));
        const auto key = std::make_tuple(int(e.type), widthKey, item.undated);
        auto it = batches.find(key);
        if (it == batches.end()) {
            StrokeBatch batch;
            batch.pen = colours.relationPen(e.type, widthKey / 2.0);
            if (item.undated) {
                QColor c = batch.pen.color();
                c.setAlphaF(float(NetworkStyle::kUndatedAlpha));
                batch.pen.setColor(c);
            }
            // Dense pictures: no antialiasing, several times faster; hairlines take the
            // cosmetic fast path.
            batch.antialias = !dense;
            if (bundles) {
                batch.pen.setCosmetic(true);
                batch.pen.setWidthF(1.0);
                batch.pen.setCapStyle(Qt::FlatCap);
            } else if (dense && batch.pen.widthF() <= 1.5) {
                batch.pen.setCosmetic(true);
                batch.pen.setWidthF(1.0);
                batch.pen.setCapStyle(Qt::FlatCap);
            }
            it = batches.emplace(key, batch).first;
        }
        StrokeBatch &batch = it->second;
        if (bundles && item.curved)
            addCurveBundle(batch.lines, item, widthKey / 2.0);
        else if (bundles)
            addBundle(batch.lines, item.from, item.to, widthKey / 2.0);
        else if (item.curved)
            batch.curves.push_back(&item);
        else
            batch.lines.push_back(QLineF(item.from, item.to));
        if (item.arrow)
            addArrow(batch.arrows, item.tip, item.to, item.width);
        if (!e.via.isEmpty())
            viaMarks.push_back(&item);
    };
    if (subset) {
        for (int i : *subset)
            add(items[i]);
    } else {
        for (const NetworkEdgeItem &item : items)
            add(item);
    }

    for (auto &[key, batch] : batches) {
        painter.setRenderHint(QPainter::Antialiasing, batch.antialias);
        painter.setPen(batch.pen);
        painter.setBrush(Qt::NoBrush);
        // A wide pen strokes a many-line call as one path, which costs far more than
        // line by line; hairlines take the batched fast path.
        if (bundles && NetworkHairlines::draw(painter, batch.lines, batch.pen)) {
            // drawn straight into the image
        } else if (batch.pen.isCosmetic()) {
            painter.drawLines(batch.lines);
        } else {
            for (const QLineF &line : std::as_const(batch.lines))
                painter.drawLine(line);
        }
        for (const NetworkEdgeItem *item : std::as_const(batch.curves)) {
            QPainterPath curve(item->from);
            curve.quadTo(item->control, item->to);
            painter.drawPath(curve);
        }
        if (!batch.arrows.isEmpty())
            fillArrows(painter, batch.arrows, batch.pen.color());
    }
    painter.setRenderHint(QPainter::Antialiasing, true);
    // Ties that no split into blocs satisfies are crossed at their middle (beside the
    // `via` ring when there is one).
    const Blocs &blocs = geometry.analysis()->blocs;
    const int signedCount = int(net.edges().size());
    QVector<QLineF> crosses; // dense raster pictures: all crosses in one hairline batch
    const auto mark = [&](const NetworkEdgeItem &item) {
        if (item.ref >= signedCount || !blocs.isFrustrated(item.ref))
            return;
        QPointF at = item.mid;
        if (!net.edges()[item.ref].via.isEmpty()) {
            const QPointF d = item.tip - item.from;
            const double len = std::sqrt(d.x() * d.x() + d.y() * d.y());
            if (len > 0.0)
                at += d / len * 10.0;
        }
        if (!bundles) {
            NetworkStyle::drawAgainstSplitMark(painter, at, style.text());
            return;
        }
        constexpr double d = 3.5;
        addBundle(crosses, at + QPointF(-d, -d), at + QPointF(d, d), 2.0);
        addBundle(crosses, at + QPointF(-d, d), at + QPointF(d, -d), 2.0);
    };
    if (subset) {
        for (int i : *subset)
            mark(items[i]);
    } else {
        for (const NetworkEdgeItem &item : items)
            mark(item);
    }
    if (!crosses.isEmpty()) {
        painter.setRenderHint(QPainter::Antialiasing, false);
        QPen pen(style.text(), 1.0);
        pen.setCosmetic(true);
        painter.setPen(pen);
        if (!NetworkHairlines::draw(painter, crosses, pen))
            painter.drawLines(crosses);
        painter.setRenderHint(QPainter::Antialiasing, true);
    }
    // An intermediary is marked by a small ring at the middle of the edge it carries.
    const qreal ratio = painter.device() ? painter.device()->devicePixelRatioF() : 1.0;
    QHash<int, QImage> ringOf; // by sign, for dense raster pictures
    const std::optional<DirectPixels> direct =
        bundles ? DirectPixels::of(painter) : std::optional<DirectPixels>();
    for (const NetworkEdgeItem *item : std::as_const(viaMarks)) {
        const NetworkEdge &e = NetworkGeometry::edge(net, item->ref);
        const auto ring = [&](QPainter &p, QPointF at) {
            p.setPen(QPen(colours.signColor(e.sign), 1.5));
            p.setBrush(style.background());
            p.drawEllipse(at, 3.5, 3.5);
        };
        if (!bundles) {
            ring(painter, item->mid);
            continue;
        }
        auto it = ringOf.find(e.sign);
        if (it == ringOf.end())
            it = ringOf.insert(e.sign, markSprite(12, ratio, [&](QPainter &p) { ring(p, {}); }));
        drawCentred(painter, *it, item->mid, direct);
    }
}

void NetworkRenderer::paintNodes(QPainter &painter, const NetworkGeometry &geometry,
                                 const QVector<int> *subset, const NetworkStyle &style,
                                 bool sprites)
{
    const NetworkAnalysis &analysis = *geometry.analysis();
    const Network &net = analysis.network;
    const ViewPalette &colours = style.colours();
    const QVector<NetworkNodeItem> &nodes = geometry.nodes();
    QHash<quint64, QPainterPath> shapes; // (kind, radius in quarter pixels)
    // Dense raster pictures: each (kind, radius to half a pixel, bloc) is drawn once,
    // antialiased, into a small image that is then copied for every node that looks so;
    // two thousand antialiased outlines cost several times as much.
    QHash<quint64, QImage> spriteOf;
    const qreal ratio = painter.device() ? painter.device()->devicePixelRatioF() : 1.0;
    const std::optional<DirectPixels> direct =
        sprites ? DirectPixels::of(painter) : std::optional<DirectPixels>();
    const auto blit = [&](int i) {
        const NetworkNodeItem &node = nodes[i];
        const ActorKind kind = net.nodes()[i].kind;
        const int bloc = analysis.blocs.blocOf(i);
        const int halfPixels = int(std::lround(node.radius * 2.0));
        const quint64 key =
            (quint64(kind) << 48) | (quint64(quint32(bloc + 1)) << 16) | quint64(halfPixels);
        auto it = spriteOf.find(key);
        if (it == spriteOf.end()) {
            const double r = halfPixels / 2.0;
            const int side = int(std::ceil(2.0 * r * 1.35 + 4.0)); // the triangle reaches 1.3 r
            const QColor fill = colours.blocColor(bloc);
            const NodeSpriteKey kept{fill.rgba(), int(kind), halfPixels, colours.isDark(), ratio};
            auto known = t_nodeSprites.constFind(kept);
            if (known == t_nodeSprites.cend()) {
                if (t_nodeSprites.size() >= kMaxNodeSprites)
                    t_nodeSprites.clear();
                known = t_nodeSprites.insert(kept, markSprite(side, ratio, [&](QPainter &p) {
                                                 p.setPen(QPen(style.nodeOutline(fill), 1.0));
                                                 p.setBrush(fill);
                                                 if (kind == ActorKind::State ||
                                                     kind == ActorKind::Person)
                                                     p.drawEllipse(QPointF(), r, r);
                                                 else
                                                     p.drawPath(NetworkStyle::nodeShape(kind, r));
                                             }));
            }
            it = spriteOf.insert(key, *known);
        }
        drawCentred(painter, *it, node.centre, direct);
    };
    const auto draw = [&](int i) {
        const NetworkNodeItem &node = nodes[i];
        if (!node.inView)
            return;
        if (sprites) {
            blit(i);
            return;
        }
        const ActorKind kind = net.nodes()[i].kind;
        const QColor fill = colours.blocColor(analysis.blocs.blocOf(i));
        painter.setPen(QPen(style.nodeOutline(fill), 1.0));
        painter.setBrush(fill);
        if (kind == ActorKind::State || kind == ActorKind::Person) {
            painter.drawEllipse(node.centre, node.radius, node.radius);
            return;
        }
        const quint64 key = (quint64(kind) << 32) | quint32(std::lround(node.radius * 4.0));
        auto it = shapes.find(key);
        if (it == shapes.end())
            it = shapes.insert(key, NetworkStyle::nodeShape(kind, node.radius));
        painter.translate(node.centre);
        painter.drawPath(*it);
        painter.translate(-node.centre);
    };
    if (subset) {
        for (int i : *subset)
            draw(i);
    } else {
        for (int i = 0; i < nodes.size(); ++i)
            draw(i);
    }
}

void NetworkRenderer::paintLabels(QPainter &painter, const QVector<NetworkLabelItem> &labels,
                                  const NetworkStyle &style)
{
    if (labels.isEmpty())
        return;
    QVector<QRectF> halos;
    halos.reserve(labels.size());
    for (const NetworkLabelItem &label : labels)
        halos.push_back(label.rect);
    painter.setPen(Qt::NoPen);
    painter.setBrush(style.labelHalo());
    painter.drawRects(halos);

    const QFont fonts[] = {style.labelFont(false), style.labelFont(true), style.smallFont()};
    for (int pass = 0; pass < 3; ++pass) {
        // One font per pass: node labels, strong node labels, via labels.
        const QFontMetricsF metrics(fonts[pass]);
        painter.setFont(fonts[pass]);
        painter.setPen(pass == 2 ? style.mutedText() : style.text());
        for (const NetworkLabelItem &label : labels) {
            const int kind = label.node < 0 ? 2 : label.strong ? 1 : 0;
            if (kind != pass)
                continue;
            const double top = label.rect.top() + (label.rect.height() - metrics.height()) / 2;
            painter.drawText(QPointF(label.rect.left() + 2.0, top + metrics.ascent()), label.text);
        }
    }
}

} // namespace entente
