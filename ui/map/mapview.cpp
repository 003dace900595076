#include "mapview.h"

#include "geo/basemap.h"
#include "mapbasemaps.h"
#include "mapframepainter.h"
#include "mapselection.h"
#include "maptooltip.h"

#include "session/networkanalysis.h"
#include "session/session.h"

#include <QApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace entente {

namespace {

constexpr double kWheelStep = 1.25; // zoom factor per wheel notch
constexpr double kKeyZoom = 1.5;
constexpr double kKeyPan = 0.15; // of the view per arrow press
constexpr int kSettleMs = 160;   // after the last wheel step, draw the zoomed map afresh
// How long a filter change waits for its blocs before painting with the old ones.
constexpr int kBlocsWaitMs = 150;
// Posted below the priority of paint requests: the other views repaint for a filter
// change first, then the map lays itself out (layOutAhead) while the blocs are awaited.
const QEvent::Type kLayOutAhead = QEvent::Type(QEvent::registerEventType());
constexpr int kLayOutAheadPriority = Qt::LowEventPriority - 1;

} // namespace

MapView::MapView(Session *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_style(palette(), font()), m_settle(new QTimer(this))
{
    m_settle->setSingleShot(true);
    m_settle->setInterval(kSettleMs);
    connect(m_settle, &QTimer::timeout, this, qOverload<>(&QWidget::update));
    m_blocsDue = new QTimer(this);
    m_blocsDue->setSingleShot(true);
    m_blocsDue->setInterval(kBlocsWaitMs);
    connect(m_blocsDue, &QTimer::timeout, this, qOverload<>(&QWidget::update));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(240, 160);
    setWhatsThis(tr("Actor map: wheel to zoom, drag to pan, Home to fit the data. Click a "
                    "country, an actor, an event or an arrow to select it everywhere."));
    m_model.setBasemap(MapBasemaps::get(BasemapResolution::Medium50m));
    m_viewport.setTarget(QRectF(rect()));
    connect(m_session, &Session::projectChanged, this, &MapView::onProjectChanged);
    connect(m_session, &Session::filterChanged, this, &MapView::onFilterChanged);
    connect(m_session, &Session::selectionChanged, this, [this] { onSelectionChanged(true); });
    connect(m_session->network(), &NetworkAnalysisCache::updated, this, &MapView::onBlocsChanged);
    onProjectChanged();
}

MapView::~MapView() = default;

void MapView::onProjectChanged()
{
    m_model.setSnapshot(m_session->sharedSnapshot());
    m_model.setVisible(m_session->visible());
    m_model.setBlocs(m_session->network()->current()->blocOfActor);
    m_style.setEventTypes(m_session->snapshot().eventTypes);
    m_highlights = {};
    modelChanged();
    fitToData();
    onSelectionChanged(true);
}

void MapView::onFilterChanged()
{
    m_model.setVisible(m_session->visible());
    // The blocs of the new window follow from the network cache (onBlocsChanged); until
    // then the old ones stand in, for actors that are still there.
    m_model.setBlocs(m_session->network()->current()->blocOfActor);
    // The arrows were rebuilt: find the selected ones again, but leave the view where the
    // analyst put it.
    updateHighlights(false);
    // The blocs are computed on a worker as the filter changes, in about the time a frame
    // takes: painting now and again when they come would draw two frames, one of them
    // with the old window's colours. Wait for them, unless they are slow to come.
    if (m_session->network()->isComputing()) {
        m_blocsDue->start();
        QCoreApplication::postEvent(this, new QEvent(kLayOutAhead), kLayOutAheadPriority);
        return;
    }
    update();
}

void MapView::layOutAhead()
{
    if (!m_blocsDue->isActive() || !isVisible())
        return; // the blocs came first, and the paint for them lays out
    // For the image the paint will draw: this one, unless it must start again (then
    // about the view as it is now).
    const MapViewport v = m_baseCache.fits(m_viewport, baseKey())
                              ? m_baseCache.viewport()
                              : MapImageCache::enlarged(m_viewport);
    if (m_layout && m_layoutKey == layoutKey() && m_layout->viewport() == v)
        return;
    m_layout.emplace(m_model, v, m_layers, m_style.labelFont());
    m_layoutKey = layoutKey();
    m_sceneKey.clear(); // the scene image no longer goes with m_layout
    ++m_layoutsMade;
    // Hover indices belong to the old layout; the next mouse move renews them.
    m_highlights.hover = {};
    m_highlights.hoverCountry.clear();
}

void MapView::onBlocsChanged()
{
    m_blocsDue->stop();
    m_model.setBlocs(m_session->network()->current()->blocOfActor);
    modelChanged();
}

void MapView::modelChanged()
{
    m_highlights.hover = {};
    m_highlights.hoverCountry.clear();
    update();
}

void MapView::onSelectionChanged(bool bringIntoView)
{
    updateHighlights(bringIntoView);
    update();
}

void MapView::updateHighlights(bool bringIntoView)
{
    MapHighlights h = MapSelection::highlightsFor(m_model, m_session->selection());
    h.hover = m_highlights.hover;
    h.hoverCountry = m_highlights.hoverCountry;
    m_highlights = h;
    if (bringIntoView)
        showLonLats(MapSelection::locationsOf(m_model, m_highlights), false);
}

QString MapView::baseKey() const
{
    return QStringLiteral("%1|%2|%3%4|%5|%6|%7")
        .arg(m_viewport.projection().key())
        .arg(m_model.fillGeneration())
        .arg(int(m_layers.countries))
        .arg(int(m_layers.userLayers))
        .arg(m_userLayersGeneration)
        .arg(m_style.palette().color(QPalette::Base).name())
        .arg(devicePixelRatioF());
}

QString MapView::layoutKey() const
{
    return QStringLiteral("%1|%2|%3%4%5%6|%7")
        .arg(m_viewport.projection().key())
        .arg(m_model.layoutGeneration())
        .arg(int(m_layers.actors))
        .arg(int(m_layers.events))
        .arg(int(m_layers.arrows))
        .arg(int(m_layers.hierarchy))
        .arg(m_style.labelFont().key());
}

QString MapView::sceneKey() const
{
    // The layout's, and what colours the scene: the blocs (in the model's generation),
    // the palette, the font, the pixel ratio.
    return QStringLiteral("%1|%2|%3|%4")
        .arg(layoutKey())
        .arg(m_model.generation())
        .arg(m_style.palette().color(QPalette::Base).name() + m_style.font().key())
        .arg(devicePixelRatioF());
}

void MapView::ensureImage(bool allowStale) const
{
    const QString base = baseKey();
    const bool newBase =
        !m_baseCache.fits(m_viewport, base) &&
        !(allowStale && m_settle->isActive() && m_baseCache.standsIn(m_viewport, base));
    if (newBase)
        m_baseCache.reset(m_viewport, base, devicePixelRatioF());
    // The scene is drawn onto a copy of the basemap image, for its viewport: one opaque
    // image to show per frame, and a filter change redraws only the scene.
    const QString scene = sceneKey() + u'|' + QString::number(m_baseCache.rebuildCount());
    if (m_layout && scene == m_sceneKey)
        return;
    const bool laidOut =
        m_layout && m_layoutKey == layoutKey() && m_layout->viewport() == m_baseCache.viewport();
    MapFramePainter(m_model, m_style, m_layers, m_userLayers)
        .paint(m_baseCache.viewport(), m_baseCache.image(), newBase, m_image, m_layout, laidOut);
    m_layoutKey = layoutKey();
    m_sceneKey = scene;
    m_layoutsMade += laidOut ? 0 : 1;
    ++m_sceneRenders;
}

const MapLayout &MapView::layout() const
{
    ensureImage(false);
    return *m_layout;
}

QTransform MapView::layoutToView() const
{
    ensureImage(false);
    return m_baseCache.toView(m_viewport);
}

void MapView::setViewport(const MapViewport &viewport, bool fitted)
{
    m_fitted = fitted;
    if (viewport == m_viewport)
        return;
    m_viewport = viewport;
    // Hover indices belong to the layout of the old view; the next mouse move renews them.
    m_highlights.hover = {};
    m_highlights.hoverCountry.clear();
    update();
    Q_EMIT viewportChanged();
}

void MapView::fitToData()
{
    const QVector<MapModel::FitPoint> points = m_model.fitPoints();
    QVector<QPointF> plane;
    for (const MapModel::FitPoint &p : points)
        plane.append(m_viewport.projection().project(p.lonLat));
    MapViewport v = m_viewport;
    v.setTarget(QRectF(rect()));
    if (plane.isEmpty())
        v.fit(v.projection().worldBounds(), 0.02);
    else
        v.fit(MapModel::fitExtent(points, plane));
    // Until the analyst moves the map, resizing the dock fits again.
    setViewport(v, true);
}

void MapView::zoomBy(double factor)
{
    zoomBy(factor, m_viewport.target().center());
}

void MapView::zoomBy(double factor, QPointF anchor)
{
    MapViewport v = m_viewport;
    v.zoomAt(factor, anchor);
    m_settle->start();
    setViewport(v);
}

void MapView::panByPixels(QPointF delta)
{
    MapViewport v = m_viewport;
    v.panBy(delta);
    setViewport(v);
}

void MapView::centreOn(QPointF lonLat)
{
    MapViewport v = m_viewport;
    v.setCentre(v.projection().project(lonLat));
    setViewport(v);
}

void MapView::setProjection(Projection::Kind kind)
{
    if (kind == projectionKind())
        return;
    const bool fitted = m_fitted;
    MapViewport v = m_viewport;
    if (kind == Projection::Kind::NaturalEarth)
        v.setProjection(std::make_shared<NaturalEarthProjection>());
    else
        v.setProjection(std::make_shared<EquirectangularProjection>());
    setViewport(v, fitted);
    if (fitted)
        fitToData();
    Q_EMIT projectionChanged(kind);
}

void MapView::setLayers(const MapLayerOptions &layers)
{
    if (layers == m_layers)
        return;
    m_layers = layers;
    modelChanged();
    Q_EMIT layersChanged(m_layers);
}

bool MapView::loadUserLayer(const QString &fileName, Diagnostics *diagnostics)
{
    auto layer = MapUserLayer::load(fileName, MapUserLayer::colourFor(int(m_userLayers.size())),
                                    diagnostics);
    if (!layer)
        return false;
    m_userLayers.append(std::move(*layer));
    ++m_userLayersGeneration;
    if (!m_layers.userLayers) {
        MapLayerOptions l = m_layers;
        l.userLayers = true;
        setLayers(l);
    }
    update();
    Q_EMIT userLayersChanged();
    return true;
}

void MapView::clearUserLayers()
{
    if (m_userLayers.isEmpty())
        return;
    m_userLayers.clear();
    ++m_userLayersGeneration;
    update();
    Q_EMIT userLayersChanged();
}

std::optional<QPointF> MapView::actorPosition(const QString &actorId) const
{
    const int marker = layout().markerOfActor(m_model.snapshot().actorIndex(actorId));
    if (marker < 0)
        return std::nullopt;
    return layoutToView().map(layout().markers()[marker].pos);
}

MapHit MapView::hitTest(QPointF pos) const
{
    const auto basemap = MapBasemaps::get(BasemapResolution::Medium50m);
    return layout().hitTest(layoutToView().inverted().map(pos), basemap.get());
}

void MapView::render(QPainter &painter, const QRectF &target, const MapRenderOptions &options) const
{
    std::optional<MapStyle> printStyle;
    if (options.palette) {
        printStyle.emplace(*options.palette, font());
        printStyle->setEventTypes(m_session->snapshot().eventTypes);
    }
    const MapStyle &style = printStyle ? *printStyle : m_style;
    const MapLayout layout(m_model, m_viewport.retargeted(target), m_layers, style.labelFont());
    MapRenderer renderer(m_model, layout, style, m_layers);
    renderer.setUserLayers(&m_userLayers);
    // The selection, but not the hover (its indices belong to the view's own layout).
    MapHighlights selection = m_highlights;
    selection.hover = {};
    selection.hoverCountry.clear();
    if (!options.exporting)
        renderer.setHighlights(&selection);
    renderer.render(painter, options);
}

void MapView::paintEvent(QPaintEvent *)
{
    ensureImage(true);
    QPainter p(this);
    const QTransform toView = m_baseCache.toView(m_viewport);
    if (toView.isScaling())
        p.fillRect(rect(), m_style.outsideWorld()); // a zoomed-out stand-in leaves edges
    p.setTransform(toView);
    p.drawImage(m_baseCache.viewport().target().topLeft(), m_image);
    MapRenderer renderer(m_model, *m_layout, m_style, m_layers);
    renderer.setHighlights(&m_highlights);
    renderer.renderHighlights(p);
    p.resetTransform();
    renderer.renderDecorations(p, m_viewport);
    if (hasFocus()) {
        p.setPen(QPen(m_style.highlight(), 1));
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5));
    }
}

void MapView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_fitted) {
        fitToData();
        return;
    }
    MapViewport v = m_viewport;
    v.setTarget(QRectF(rect()));
    setViewport(v);
}

void MapView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange ||
        event->type() == QEvent::StyleChange) {
        m_style = MapStyle(palette(), font());
        m_style.setEventTypes(m_session->snapshot().eventTypes);
        m_baseCache.clear();
        m_sceneKey.clear();
        modelChanged();
    }
}

void MapView::showLonLats(const QVector<QPointF> &points, bool allowZoomIn)
{
    if (!points.isEmpty())
        setViewport(m_viewport.showing(points, allowZoomIn));
}

void MapView::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    if (delta.y() != 0)
        zoomBy(std::pow(kWheelStep, delta.y() / 120.0), event->position());
    else if (delta.x() != 0)
        panByPixels(QPointF(delta.x() / 120.0 * 40, 0));
    event->accept();
}

void MapView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_pressPos = event->position();
    m_pressViewport = m_viewport;
    m_drag = Drag::Pending;
    event->accept();
}

void MapView::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    switch (m_drag) {
    case Drag::None:
        updateHover(pos);
        break;
    case Drag::Pending:
        if ((pos - m_pressPos).manhattanLength() < QApplication::startDragDistance())
            break;
        m_drag = Drag::Pan;
        setCursor(Qt::ClosedHandCursor);
        [[fallthrough]];
    case Drag::Pan: {
        MapViewport v = m_pressViewport;
        v.panBy(pos - m_pressPos);
        setViewport(v);
        break;
    }
    }
    event->accept();
}

void MapView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    const Drag drag = m_drag;
    m_drag = Drag::None;
    unsetCursor();
    if (drag == Drag::Pending)
        click(hitTest(event->position()), event->modifiers());
    updateHover(event->position());
    event->accept();
}

void MapView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton &&
        hitTest(event->position()).kind == MapHit::Kind::None) {
        zoomBy(2.0, event->position());
        event->accept();
        return;
    }
    QWidget::mouseDoubleClickEvent(event);
}

void MapView::keyPressEvent(QKeyEvent *event)
{
    const QSizeF size = m_viewport.target().size();
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(kKeyZoom);
        break;
    case Qt::Key_Minus:
        zoomBy(1 / kKeyZoom);
        break;
    case Qt::Key_Left:
        panByPixels(QPointF(size.width() * kKeyPan, 0));
        break;
    case Qt::Key_Right:
        panByPixels(QPointF(-size.width() * kKeyPan, 0));
        break;
    case Qt::Key_Up:
        panByPixels(QPointF(0, size.height() * kKeyPan));
        break;
    case Qt::Key_Down:
        panByPixels(QPointF(0, -size.height() * kKeyPan));
        break;
    case Qt::Key_Home:
        fitToData();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void MapView::click(const MapHit &hit, Qt::KeyboardModifiers modifiers)
{
    std::optional<MapCluster> cluster;
    if (hit.kind == MapHit::Kind::Cluster) {
        cluster = layout().clusters()[hit.cluster]; // a copy: zooming lays out afresh
        if (!cluster->isOnePlace()) {
            // Zoom until the places come apart (at least twice as close).
            const QRectF box = cluster->lonLatBounds;
            const double before = m_viewport.scale();
            showLonLats({box.topLeft(), box.bottomRight()}, true);
            if (m_viewport.scale() < before * 2)
                zoomBy(before * 2 / m_viewport.scale(), lonLatToWidget(box.center()));
            return;
        }
    }
    const auto selection =
        MapSelection::afterClick(m_model, hit, cluster ? &*cluster : nullptr,
                                 m_session->selection(), modifiers & Qt::ControlModifier);
    if (selection)
        m_session->select(*selection);
}

void MapView::updateHover(QPointF pos)
{
    const MapHit hit = hitTest(pos);
    QString country;
    if (hit.kind == MapHit::Kind::Country)
        country = MapBasemaps::get(BasemapResolution::Medium50m)->country(hit.country).key();
    const bool clickable =
        hit.kind != MapHit::Kind::None &&
        (hit.kind != MapHit::Kind::Country || !m_model.statesOfCountry(country).isEmpty());
    setCursor(clickable ? Qt::PointingHandCursor : Qt::ArrowCursor);
    if (hit == m_highlights.hover && country == m_highlights.hoverCountry)
        return;
    m_highlights.hover = hit;
    m_highlights.hoverCountry = country;
    update();
}

void MapView::leaveEvent(QEvent *event)
{
    QWidget::leaveEvent(event);
    if (m_highlights.hover.kind != MapHit::Kind::None) {
        m_highlights.hover = {};
        m_highlights.hoverCountry.clear();
        update();
    }
}

bool MapView::event(QEvent *event)
{
    if (event->type() == kLayOutAhead) {
        layOutAhead();
        return true;
    }
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = MapToolTip::forHit(m_model, layout(), hitTest(help->pos()));
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace entente
