#include "maprenderer.h"

#include "directpixels.h"
#include "maparrowoutline.h"
#include "mapbasemaps.h"
#include "mapbaserenderer.h"
#include "maplegend.h"
#include "mapmodel.h"
#include "mapsprites.h"
#include "mapstyle.h"
#include "mapuserlayer.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QHash>
#include <QPaintEngine>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <optional>

namespace entente {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Entente::MapRenderer", text);
}

QString countText(int n)
{
    if (n < 1000)
        return QString::number(n);
    if (n < 10000)
        return QString::number(n / 1000.0, 'f', 1) + u'k';
    return QString::number(n / 1000) + u'k';
}

void drawActorShape(QPainter &p, ActorKind kind, QPointF c, double r)
{
    switch (kind) {
    case ActorKind::State:
        p.drawRect(QRectF(c.x() - r * 0.9, c.y() - r * 0.9, r * 1.8, r * 1.8));
        return;
    case ActorKind::ArmedGroup:
        p.drawPolygon(QPolygonF{
            {c.x(), c.y() - r * 1.1}, {c.x() + r, c.y() + r * 0.8}, {c.x() - r, c.y() + r * 0.8}});
        return;
    case ActorKind::Organisation:
    case ActorKind::Intergovernmental:
    case ActorKind::Coalition:
        p.drawPolygon(QPolygonF{{c.x(), c.y() - r * 1.15},
                                {c.x() + r * 1.05, c.y()},
                                {c.x(), c.y() + r * 1.15},
                                {c.x() - r * 1.05, c.y()}});
        return;
    case ActorKind::Person:
        p.drawEllipse(c, r * 0.75, r * 0.75);
        return;
    case ActorKind::Government:
    case ActorKind::Other:
        p.drawEllipse(c, r, r);
        return;
    }
}

} // namespace

MapRenderer::MapRenderer(const MapModel &model, const MapLayout &layout, const MapStyle &style,
                         const MapLayerOptions &layers)
    : m_model(model), m_layout(layout), m_viewport(layout.viewport()), m_style(style),
      m_layers(layers)
{
}

void MapRenderer::renderBase(QPainter &p, const MapViewport &viewport, const MapModel &model,
                             const MapStyle &style, const MapLayerOptions &layers,
                             const QVector<MapUserLayer> *userLayers)
{
    MapBaseRenderer::render(p, viewport, model, style, layers, userLayers);
}

void MapRenderer::render(QPainter &p, const MapRenderOptions &options) const
{
    renderBase(p, m_viewport, m_model, m_style, m_layers, m_userLayers);
    p.save();
    p.setClipRect(m_viewport.target(), Qt::IntersectClip);
    renderScene(p);
    if (!options.exporting)
        renderHighlights(p);
    if (options.decorations)
        renderDecorations(p, m_viewport);
    p.restore();
}

QRectF MapRenderer::drawnArea(const QPainter &p) const
{
    const QRectF view = m_viewport.target();
    const bool raster = p.paintEngine() && p.paintEngine()->type() == QPaintEngine::Raster;
    return raster && p.hasClipping() ? view.intersected(p.clipBoundingRect()) : view;
}

void MapRenderer::renderScene(QPainter &p) const
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    drawLeaders(p);
    drawArrows(p);
    drawEvents(p);
    drawActors(p);
    p.restore();
}

void MapRenderer::renderDecorations(QPainter &p, const MapViewport &view) const
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    QRectF rest = view.target();
    if (m_layers.legend) {
        const QRectF band = MapLegend::draw(p, rest, m_model, m_layout, m_style);
        if (!band.isEmpty())
            rest.setBottom(band.top());
    }
    // The scale bar and attribution sit on the legend.
    drawScaleBar(p, view.kilometresPerPixel(), rest);
    drawAttribution(p, rest);
    p.restore();
}

void MapRenderer::renderHighlights(QPainter &p) const
{
    if (!m_highlights)
        return;
    const MapHighlights &h = *m_highlights;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    drawCountryOutlines(p);

    // Lit arrows on top, with a glow; a selected tie the layout left out is drawn too.
    QSet<int> arrows = h.arrows;
    if (h.hover.kind == MapHit::Kind::Arrow)
        arrows.insert(h.hover.arrow);
    QColor glow = m_style.highlight();
    glow.setAlphaF(0.45f);
    for (int a : std::as_const(arrows)) {
        const auto shape = m_layout.shapeOf(a);
        if (!shape)
            continue;
        const QPen pen = m_style.blocs().relationPen(m_model.arrows()[a].type, shape->width);
        p.setPen(QPen(glow, pen.widthF() + 6, Qt::SolidLine, Qt::RoundCap));
        p.setBrush(Qt::NoBrush);
        p.drawPath(shape->path);
        drawArrow(p, *shape, false);
    }

    // Rings around lit event clusters.
    QSet<int> clusters;
    for (int e : h.events) {
        const int c = m_layout.clusterOfSite(m_model.siteOfEvent(e));
        if (c >= 0)
            clusters.insert(c);
    }
    if (h.hover.cluster >= 0 && h.hover.cluster < m_layout.clusters().size())
        clusters.insert(h.hover.cluster);
    for (int c : std::as_const(clusters)) {
        const MapCluster &cluster = m_layout.clusters()[c];
        const bool selected = std::any_of(cluster.sites.cbegin(), cluster.sites.cend(), [&](int s) {
            const auto &events = m_model.sites()[s].events;
            return std::any_of(events.cbegin(), events.cend(),
                               [&](int e) { return h.events.contains(e); });
        });
        const double r = std::max(cluster.radius, 5.0) + 3.5;
        p.setPen(QPen(selected ? m_style.highlight() : m_style.hover(), 2.5));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(cluster.pos, r, r);
    }

    // Rings around lit actors, and their labels when the layout had no room for them.
    if (m_layers.actors) {
        QSet<int> actors = h.actors;
        if (h.hover.kind == MapHit::Kind::Actor)
            actors.insert(h.hover.actor);
        QSet<int> labelled;
        for (const MapLabel &label : m_layout.labels())
            labelled.insert(label.marker);
        const QFont font = m_style.labelFont();
        const QFontMetricsF fm(font);
        p.setFont(font);
        for (int a : std::as_const(actors)) {
            const int m = m_layout.markerOfActor(a);
            if (m < 0)
                continue;
            const MapMarker &marker = m_layout.markers()[m];
            const double r = MapLayout::kMarkerRadius + 4;
            p.setPen(QPen(h.actors.contains(a) ? m_style.highlight() : m_style.hover(), 2.5));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(marker.pos, r, r);
            if (!labelled.contains(m)) {
                const QString &text = m_model.actors()[marker.item].label;
                const double w = fm.horizontalAdvance(text) + 4;
                drawLabel(
                    p,
                    QRectF(marker.pos + QPointF(r + 2, -fm.height() / 2), QSizeF(w, fm.height())),
                    text, true);
            }
        }
    }
    p.restore();
}

void MapRenderer::drawCountryOutlines(QPainter &p) const
{
    QStringList keys(m_highlights->countries.cbegin(), m_highlights->countries.cend());
    const QString hover = m_highlights->hoverCountry;
    if (!hover.isEmpty() && !m_highlights->countries.contains(hover))
        keys.append(hover);
    if (keys.isEmpty())
        return;
    const auto basemap = MapBasemaps::get(MapBasemaps::resolutionFor(m_viewport.pixelsPerDegree()));
    const double px = 1.0 / m_viewport.scale();
    p.save();
    p.setTransform(m_viewport.transform(), true);
    p.setBrush(Qt::NoBrush);
    for (const QString &key : std::as_const(keys)) {
        const qsizetype index = basemap->indexOf(key);
        if (index < 0)
            continue;
        const bool selected = m_highlights->countries.contains(key);
        QPen pen(selected ? m_style.highlight() : m_style.hover(), (selected ? 2.5 : 1.5) * px);
        pen.setJoinStyle(Qt::RoundJoin);
        p.setPen(pen);
        p.drawPath(basemap->projectedPath(index, m_viewport.projection()));
    }
    p.restore();
}

void MapRenderer::drawArrow(QPainter &p, const MapArrowShape &shape, bool casing) const
{
    const MapArrow &arrow = m_model.arrows()[shape.arrow];
    const QPen pen = m_style.blocs().relationPen(arrow.type, shape.width);
    const QColor base = m_style.palette().color(QPalette::Base);
    // On pixels the stroke is filled as polygons (MapArrowOutline, several times faster
    // than the pen's dashes with their round caps); vector output keeps the pen.
    const bool raster = p.paintEngine() && p.paintEngine()->type() == QPaintEngine::Raster;
    const auto stroke = [&](const QPen &strokePen) {
        if (raster) {
            // Dashes outside this painter's band (MapBands) are left to the other bands.
            const QRectF area = drawnArea(p).adjusted(-2, -2, 2, 2);
            p.setPen(Qt::NoPen);
            p.setBrush(strokePen.color());
            MapArrowOutline::forEachDash(shape.path, strokePen, [&](const QPolygonF &dash) {
                if (dash.boundingRect().intersects(area))
                    p.drawPolygon(dash, Qt::WindingFill);
            });
        } else {
            p.setPen(strokePen);
            p.setBrush(Qt::NoBrush);
            p.drawPath(shape.path);
        }
    };
    if (casing) {
        // A thin rim in the background colour keeps an arrow legible over any fill.
        stroke(QPen(base, pen.widthF() + 2, Qt::SolidLine, Qt::RoundCap));
    }
    stroke(pen);
    p.setPen(QPen(base, 0.8));
    p.setBrush(pen.color());
    for (const QPolygonF *head : {&shape.headTo, &shape.headFrom}) {
        if (!head->isEmpty())
            p.drawPolygon(*head);
    }
    p.setPen(QPen(pen.color(), std::max(2.0, pen.widthF()), Qt::SolidLine, Qt::FlatCap));
    for (const QLineF *bar : {&shape.barTo, &shape.barFrom}) {
        if (!bar->isNull())
            p.drawLine(*bar);
    }
}

void MapRenderer::drawArrows(QPainter &p) const
{
    const auto &arrows = m_model.arrows();
    const auto &shapes = m_layout.arrows();
    // Rims cost a second stroke per arrow: worth it while arrows are few enough to read.
    const bool casing = shapes.size() <= 80;
    const QRectF area = drawnArea(p);
    const auto inArea = [&](const MapArrowShape &shape) {
        // The curve's hull and heads, widened by the pen (one and a half for fights) and rim.
        const double margin = 1.5 * shape.width + 14;
        return shape.path.controlPointRect()
            .united(shape.headTo.boundingRect())
            .united(shape.headFrom.boundingRect())
            .adjusted(-margin, -margin, margin, margin)
            .intersects(area);
    };
    // Hierarchy underneath, then friendly, hostile on top.
    for (int sign : {0, 1, -1}) {
        for (const MapArrowShape &shape : shapes) {
            if (arrows[shape.arrow].sign == sign && inArea(shape))
                drawArrow(p, shape, casing);
        }
    }
}

void MapRenderer::drawEvents(QPainter &p) const
{
    const auto &clusters = m_layout.clusters();
    if (clusters.isEmpty())
        return;
    const QColor base = m_style.palette().color(QPalette::Base);
    QFont badgeFont = m_style.smallFont();
    badgeFont.setBold(true);
    p.setFont(badgeFont);
    const QFontMetricsF fm(badgeFont);
    const QRectF visible = drawnArea(p).adjusted(-30, -30, 30, 30);
    const TimelineStyle &types = m_style.events();
    const QColor countColour = m_style.isDark() ? QColor(Qt::black) : QColor(Qt::white);
    // On screen each mark and badge is copied from a pre-drawn image (MapSprites): an
    // outlined ellipse and a bold count cost more than the copy, badge by badge.
    const bool sprites = MapSprites::usable(p);
    const QString keyBase =
        QStringLiteral("|%1|%2|%3").arg(base.rgba()).arg(countColour.rgba()).arg(badgeFont.key());
    for (const MapCluster &cluster : clusters) {
        if (!visible.contains(cluster.pos))
            continue;
        const QColor colour = types.typeColor(cluster.dominantType);
        if (cluster.isSingle()) {
            const TimelineStyle::Shape shape = types.typeShape(cluster.dominantType);
            const auto mark = [&](QPainter &q, QPointF at) {
                q.setPen(QPen(base, 1.2));
                q.setBrush(colour);
                TimelineStyle::drawMark(q, shape, at, MapStyle::kEventMarkSize);
            };
            if (!sprites) {
                mark(p, cluster.pos);
                continue;
            }
            const double extent = MapStyle::kEventMarkSize + 2;
            MapSprites::draw(
                p, QStringLiteral("event|%1|%2").arg(int(shape)).arg(colour.rgba()) + keyBase,
                QRectF(-extent, -extent, 2 * extent, 2 * extent), cluster.pos,
                [&](QPainter &q) { mark(q, QPointF(0, 0)); });
            continue;
        }
        const QString text = countText(cluster.count);
        const auto badge = [&](QPainter &q, QPointF at) {
            q.setPen(QPen(base, 1.5));
            q.setBrush(colour);
            q.drawEllipse(at, cluster.radius, cluster.radius);
            q.setPen(countColour);
            q.setFont(badgeFont);
            q.drawText(
                at + QPointF(-fm.horizontalAdvance(text) / 2, (fm.ascent() - fm.descent()) / 2),
                text);
        };
        if (!sprites) {
            badge(p, cluster.pos);
            continue;
        }
        const double extent = cluster.radius + 2;
        MapSprites::draw(
            p,
            QStringLiteral("badge|%1|%2|%3").arg(cluster.radius).arg(colour.rgba()).arg(text) +
                keyBase,
            QRectF(-extent, -extent, 2 * extent, 2 * extent), cluster.pos,
            [&](QPainter &q) { badge(q, QPointF(0, 0)); });
    }
}

void MapRenderer::drawLabel(QPainter &p, const QRectF &rect, const QString &text, bool strong) const
{
    if (strong) {
        // A highlighted actor's label: boxed, on top of everything.
        p.setPen(Qt::NoPen);
        p.setBrush(m_style.palette().color(QPalette::Base));
        p.drawRoundedRect(rect, 3, 3);
        p.setPen(m_style.text());
        p.drawText(rect, Qt::AlignCenter, text);
        return;
    }
    // A halo rather than a box, so the arrows and borders under a label still show.
    const QFont font = p.font();
    const auto haloed = [&](QPainter &ip, QPointF topLeft) {
        const QFontMetricsF fm(font);
        QPainterPath path;
        path.addText(QPointF(topLeft.x() + 2,
                             topLeft.y() + (rect.height() + fm.ascent() - fm.descent()) / 2),
                     font, text);
        ip.setPen(QPen(m_style.labelBackground(), 3.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        ip.setBrush(Qt::NoBrush);
        ip.drawPath(path);
        ip.setPen(Qt::NoPen);
        ip.setBrush(m_style.text());
        ip.drawPath(path);
    };
    if (!MapSprites::usable(p)) {
        haloed(p, rect.topLeft());
        return;
    }
    const QString key = QStringLiteral("label|%1|%2|%3|%4|%5")
                            .arg(font.key())
                            .arg(m_style.labelBackground().rgba())
                            .arg(m_style.text().rgba())
                            .arg(rect.height())
                            .arg(text);
    // At whole pixels, so a label's text is one image wherever the layout of a window
    // puts it (text is snapped to pixels on screen anyway).
    const QPointF at = p.transform().map(rect.topLeft());
    const QPointF snapped =
        p.transform().inverted().map(QPointF(std::round(at.x()), std::round(at.y())));
    MapSprites::draw(p, key, QRectF(QPointF(-4, -4), rect.size() + QSizeF(8, 8)), snapped,
                     [&](QPainter &ip) { haloed(ip, QPointF(0, 0)); });
}

void MapRenderer::drawLeaders(QPainter &p) const
{
    if (!m_layers.actors)
        return;
    // Leader lines from fanned actors to their place, and the place itself, under the rest.
    const QRectF visible = m_viewport.target().adjusted(-10, -10, 10, 10);
    const QRectF area = drawnArea(p);
    const auto &markers = m_layout.markers();
    const auto drawn = [&](const MapMarker &m) {
        // (widened: a vertical or level leader's rectangle has no area, and never meets)
        return m.fanned && visible.contains(m.anchorPos) &&
               QRectF(m.anchorPos, m.pos).normalized().adjusted(-3, -3, 3, 3).intersects(area);
    };
    // Thousands of leaders at a wide view: one call draws them all, and each place's dot
    // is drawn once, not once per actor fanned around it.
    QVector<QLineF> lines;
    std::vector<std::pair<double, double>> anchors;
    for (const MapMarker &m : markers) {
        if (drawn(m)) {
            lines.append(QLineF(m.anchorPos, m.pos));
            anchors.emplace_back(m.anchorPos.x(), m.anchorPos.y());
        }
    }
    if (lines.isEmpty())
        return;
    QPen leader(m_style.mutedText(), 1);
    // On pixels a one-pixel line is the same drawn as a hairline, which Qt draws without
    // the stroker; vector output keeps its scalable pen.
    leader.setCosmetic(MapSprites::usable(p));
    p.setPen(leader);
    p.drawLines(lines);
    std::sort(anchors.begin(), anchors.end());
    anchors.erase(std::unique(anchors.begin(), anchors.end()), anchors.end());
    p.setBrush(m_style.markerOutline());
    p.setPen(Qt::NoPen);
    const auto dot = [](QPainter &q, QPointF at) { q.drawEllipse(at, 2.0, 2.0); };
    const bool sprites = MapSprites::usable(p);
    const std::optional<DirectPixels> direct =
        sprites ? DirectPixels::of(p) : std::optional<DirectPixels>();
    const QString key = QStringLiteral("anchor|%1").arg(m_style.markerOutline().rgba());
    for (const auto &[x, y] : anchors) {
        if (!sprites) {
            dot(p, QPointF(x, y));
            continue;
        }
        MapSprites::draw(
            p, key, QRectF(-3, -3, 6, 6), QPointF(x, y),
            [&](QPainter &q) {
                q.setBrush(m_style.markerOutline());
                q.setPen(Qt::NoPen);
                dot(q, QPointF(0, 0));
            },
            direct ? &*direct : nullptr);
    }
}

void MapRenderer::drawActors(QPainter &p) const
{
    if (!m_layers.actors)
        return;
    const auto &items = m_model.actors();
    const auto &markers = m_layout.markers();
    const Snapshot &s = m_model.snapshot();
    const QRectF area = drawnArea(p);
    const QRectF visible = area.adjusted(-10, -10, 10, 10);
    const QPen outline(m_style.markerOutline(), 1.1);
    p.setPen(outline);
    const bool sprites = MapSprites::usable(p);
    const std::optional<DirectPixels> direct =
        sprites ? DirectPixels::of(p) : std::optional<DirectPixels>();
    QHash<quint64, QString> keys;
    for (const MapMarker &m : markers) {
        if (!visible.contains(m.pos))
            continue;
        const MapActorItem &item = items[m.item];
        const ActorKind kind = s.actors[item.actor].kind;
        const double r =
            kind == ActorKind::State ? MapLayout::kStateMarkerRadius : MapLayout::kMarkerRadius;
        const QColor fill = m_style.blocs().blocColor(item.bloc);
        if (!sprites) {
            p.setBrush(fill);
            drawActorShape(p, kind, m.pos, r);
            continue;
        }
        // A few kinds and blocs among thousands of markers: each key is made once.
        QString &key = keys[(quint64(kind) << 32) | fill.rgba()];
        if (key.isEmpty()) {
            key = QStringLiteral("marker|%1|%2|%3|%4")
                      .arg(int(kind))
                      .arg(r)
                      .arg(fill.rgba())
                      .arg(outline.color().rgba());
        }
        const double extent = r * 1.3 + 2;
        MapSprites::draw(
            p, key, QRectF(-extent, -extent, 2 * extent, 2 * extent), m.pos,
            [&](QPainter &ip) {
                ip.setPen(outline);
                ip.setBrush(fill);
                drawActorShape(ip, kind, QPointF(0, 0), r);
            },
            direct ? &*direct : nullptr);
    }
    p.setFont(m_style.labelFont());
    for (const MapLabel &label : m_layout.labels()) {
        if (label.rect.adjusted(-4, -4, 4, 4).intersects(area))
            drawLabel(p, label.rect, label.text, false);
    }
}

void MapRenderer::drawScaleBar(QPainter &p, double kmPerPixel, const QRectF &target) const
{
    if (!(kmPerPixel > 0))
        return;
    const double maxKm = kmPerPixel * 120.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(maxKm)));
    double km = magnitude;
    for (double m : {5.0, 2.0, 1.0}) {
        if (m * magnitude <= maxKm) {
            km = m * magnitude;
            break;
        }
    }
    const double length = km / kmPerPixel;
    const QFont font = m_style.smallFont();
    const QFontMetricsF fm(font);
    const QString text = tr("%1 km").arg(km, 0, 'f', 0);
    const QRectF box(target.left() + 8, target.bottom() - 8 - fm.height() - 12,
                     std::max(length, fm.horizontalAdvance(text)) + 12, fm.height() + 12);
    p.setPen(Qt::NoPen);
    p.setBrush(m_style.panelBackground());
    p.drawRoundedRect(box, 3, 3);
    const double y = box.bottom() - 5;
    const double x0 = box.left() + 6;
    p.setPen(QPen(m_style.text(), 1.5, Qt::SolidLine, Qt::FlatCap));
    p.drawLine(QPointF(x0, y), QPointF(x0 + length, y));
    p.drawLine(QPointF(x0, y - 4), QPointF(x0, y));
    p.drawLine(QPointF(x0 + length, y - 4), QPointF(x0 + length, y));
    p.setFont(font);
    p.drawText(QPointF(x0, y - 5 - fm.descent()), text);
}

void MapRenderer::drawAttribution(QPainter &p, const QRectF &target) const
{
    const QFont font = m_style.smallFont();
    const QFontMetricsF fm(font);
    const QString text = tr("Made with Natural Earth");
    const double w = fm.horizontalAdvance(text) + 8;
    const QRectF box(target.right() - w - 4, target.bottom() - fm.height() - 6, w, fm.height() + 2);
    p.setPen(Qt::NoPen);
    p.setBrush(m_style.panelBackground());
    p.drawRect(box);
    p.setFont(font);
    p.setPen(m_style.mutedText());
    p.drawText(box, Qt::AlignCenter, text);
}

} // namespace entente
