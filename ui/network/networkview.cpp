#include "networkview.h"

#include "networkselection.h"
#include "networktooltip.h"

#include "analysis/layoutjob.h"
#include "session/networkanalysis.h"
#include "session/session.h"
#include "util/backgroundpool.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <utility>

namespace entente {

namespace {

constexpr double kFitMargin = 36.0;
constexpr double kPinMarkerRadius = 6.0;

} // namespace

NetworkView::NetworkView(Session *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_layout(new LayoutJob(this)),
      m_style(palette(), font()), m_picture(new NetworkPicture(this))
{
    setObjectName(QStringLiteral("networkView"));
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(200, 150);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setToolTip(tr("Support network: wheel to zoom, drag the background to pan, drag an actor "
                  "to pin it"));
    connect(m_picture, &NetworkPicture::due, this, qOverload<>(&QWidget::update));

    LayoutJobSettings settings;
    // Gravity growing with distance keeps small stray parts (two actors tied only to each
    // other) near the rest, so fitting the view does not shrink the main picture to a
    // corner; measured on the demo corpus it also spaces nodes more evenly.
    settings.layout.strongGravity = true;
    // A new network's picture takes a worker's time; the layout waits for it to be shown.
    settings.holdFirstFrameMs = 100;
    settings.awaitFirstFrameMs = 20;
    m_layout->setSettings(settings);

    connect(m_session, &Session::projectChanged, this, &NetworkView::onProjectChanged);
    connect(m_session, &Session::selectionChanged, this, &NetworkView::onSelectionChanged);
    connect(m_session->network(), &NetworkAnalysisCache::updated, this,
            &NetworkView::onAnalysisUpdated);
    connect(m_session->network(), &NetworkAnalysisCache::betweennessReady, this, [this] {
        // Sizes change (the geometry notices betweenness has come); so may the legend.
        if (m_options.nodeSize == NetworkViewOptions::NodeSize::Betweenness) {
            m_legend.reset();
            invalidatePicture(Redraw::Now);
            Q_EMIT analysisShown();
        }
    });
    connect(m_layout, &LayoutJob::frameChanged, this, &NetworkView::onFrameChanged);
    if (m_session->network()->current()->network.nodeCount() > 0)
        onAnalysisUpdated();
}

NetworkView::~NetworkView() = default;

void NetworkView::setNodeSize(NetworkViewOptions::NodeSize size)
{
    if (m_options.nodeSize == size)
        return;
    m_options.nodeSize = size;
    m_legend.reset();
    m_session->network()->setBetweennessWanted(size == NetworkViewOptions::NodeSize::Betweenness);
    invalidatePicture(Redraw::Now);
    Q_EMIT optionsChanged();
}

void NetworkView::setShowHierarchy(bool show)
{
    if (m_options.showHierarchy == show)
        return;
    m_options.showHierarchy = show;
    m_legend.reset();
    m_geometry = {}; // edge refs change meaning
    updateEmphasis();
    invalidatePicture(Redraw::Now);
    Q_EMIT optionsChanged();
}

void NetworkView::setShowLegend(bool show)
{
    if (m_options.showLegend == show)
        return;
    m_options.showLegend = show;
    m_legend.reset();
    if (m_autoFit)
        fitTransform(fitArea(), m_scale, m_offset);
    invalidatePicture(Redraw::Now);
    Q_EMIT optionsChanged();
}

void NetworkView::relayout()
{
    m_autoFit = true;
    m_layout->relayout();
}

void NetworkView::fitAll()
{
    m_autoFit = true;
    fitTransform(fitArea(), m_scale, m_offset);
    invalidatePicture(Redraw::Now);
}

void NetworkView::zoomBy(double factor, QPointF anchor)
{
    const double scale = std::clamp(m_scale * factor, 1e-4, 1e4);
    factor = scale / m_scale;
    m_scale = scale;
    m_offset = anchor - (anchor - m_offset) * factor;
    m_autoFit = false;
    invalidatePicture(Redraw::Interaction);
}

std::optional<QPointF> NetworkView::nodePosition(const QString &actorId) const
{
    ensureGeometry();
    if (!m_analysis)
        return std::nullopt;
    const int i = m_analysis->network.nodeIndex(actorId);
    if (i < 0 || i >= m_geometry.nodes().size())
        return std::nullopt;
    return m_geometry.nodes()[i].centre;
}

std::optional<QPointF> NetworkView::edgeMidpoint(const QString &sourceId, const QString &targetId,
                                                 RelationType type) const
{
    ensureGeometry();
    if (!m_analysis)
        return std::nullopt;
    const Network &net = m_analysis->network;
    const int s = net.nodeIndex(sourceId);
    const int t = net.nodeIndex(targetId);
    const int count = NetworkGeometry::edgeCount(net, m_options.showHierarchy);
    for (int ref = 0; ref < count; ++ref) {
        const NetworkEdge &e = NetworkGeometry::edge(net, ref);
        const bool ends =
            (e.source == s && e.target == t) || (!e.directed && e.source == t && e.target == s);
        if (ends && e.type == type) {
            const int item = m_geometry.edgeItem(ref);
            if (item >= 0)
                return m_geometry.edges()[item].mid;
        }
    }
    return std::nullopt;
}

QVector<NetworkLegendEntry> NetworkView::legendEntries() const
{
    return m_analysis ? NetworkLegend::entries(*m_analysis, m_options)
                      : QVector<NetworkLegendEntry>{};
}

QString NetworkView::summary() const
{
    return m_analysis ? NetworkLegend::summary(*m_analysis) : QString();
}

void NetworkView::render(QPainter &painter, const QRectF &target,
                         const NetworkRenderOptions &options) const
{
    const NetworkStyle style = options.palette ? NetworkStyle(*options.palette, font()) : m_style;
    // The part of the network in view, scaled to fit the target.
    const double fit =
        std::min(target.width() / std::max(1, width()), target.height() / std::max(1, height()));
    const QPointF shift = target.center() - QPointF(width(), height()) * fit / 2.0;
    NetworkGeometry geometry;
    if (m_analysis) {
        geometry.build(*m_analysis, m_positions, m_scale * fit, m_offset * fit + shift, target,
                       m_options, style);
    }
    NetworkRenderOptions picture = options;
    picture.legend = false;
    NetworkRenderer::paint(painter, target, geometry, style, m_options, picture);
    QVector<NetworkLegendEntry> legend;
    if (m_analysis && m_options.showLegend && m_analysis->network.nodeCount() > 0)
        legend = NetworkRenderer::legendEntries(*m_analysis, m_options, options.exporting);
    const QRectF band = NetworkRenderer::legendRect(target, legend, style);
    if (!options.exporting) {
        NetworkRenderer::paintOverlay(painter, target, geometry,
                                      geometry.overlay(m_emphasis, target, style), style, band);
    }
    // The legend last, over whatever lies under it.
    if (options.legend && !legend.isEmpty())
        NetworkLegend::paint(painter, band, legend, style);
}

void NetworkView::paintEvent(QPaintEvent *)
{
    if (m_picture->isDue()) {
        if (m_picture->isCostly() && !m_picture->isNull()) {
            redrawPictureInBackground();
        } else {
            ensureGeometry();
            m_picture->redraw(size(), devicePixelRatioF(), m_scale, m_offset, m_positionsSerial,
                              [this](QPainter &painter) {
                                  NetworkRenderOptions options;
                                  options.legend = false;
                                  NetworkRenderer::paint(painter, QRectF(rect()), m_geometry,
                                                         m_style, m_options, options);
                              });
        }
    }
    QPainter painter(this);
    m_picture->show(painter, QRectF(rect()), m_scale, m_offset, m_positionsSerial,
                    m_style.background());
    m_lastPainted = m_picture->serial() >= m_analysisSerial ? m_analysis.get() : nullptr;
    if (m_lastPainted && m_layout->frame().network.get() == &m_lastPainted->network)
        m_layout->firstFrameShown();
    if (m_lastPainted)
        releaseInBackground(std::move(m_retired));
    if (m_overlayDirty || m_geometryDirty) {
        // Nothing hovered, selected or pinned: no overlay, and no geometry needed for it.
        const NetworkEmphasis &e = m_emphasis;
        const bool none = e.hoverNode < 0 && e.hoverEdge < 0 && e.selectedNodes.isEmpty() &&
                          e.selectedEdges.isEmpty() && e.pinnedNodes.isEmpty();
        if (!none)
            ensureGeometry();
        m_overlay = none ? NetworkOverlay{} : m_geometry.overlay(m_emphasis, QRectF(rect()), m_style);
        m_overlayDirty = false;
    }
    const QRectF band = NetworkRenderer::legendRect(QRectF(rect()), screenLegend(), m_style);
    NetworkRenderer::paintOverlay(painter, QRectF(rect()), m_geometry, m_overlay, m_style, band);
    if (!band.isEmpty())
        NetworkLegend::paint(painter, band, screenLegend(), m_style);
    if (hasFocus()) {
        painter.setPen(QPen(m_style.highlight(), 1.0));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5));
    }
}

void NetworkView::redrawPictureInBackground()
{
    // The worker draws from copies (implicitly shared, so copying is cheap), keeps the
    // analysis the geometry points into alive, and lays the geometry out itself: a few
    // milliseconds per layout frame the GUI thread does not spend. The view's own
    // geometry is built when hover, selection or a click need it.
    m_picture->redrawInBackground(
        size(), devicePixelRatioF(), m_scale, m_offset, m_positionsSerial,
        [analysis = m_analysis, geometry = m_geometry, positions = m_positions, scale = m_scale,
         offset = m_offset, style = m_style, options = m_options,
         area = QRectF(rect())](QPainter &painter) mutable {
            if (analysis)
                geometry.build(*analysis, positions, scale, offset, area, options, style);
            NetworkRenderOptions render;
            render.legend = false;
            NetworkRenderer::paint(painter, area, geometry, style, options, render);
        });
}

void NetworkView::resizeEvent(QResizeEvent *)
{
    if (m_autoFit)
        fitTransform(fitArea(), m_scale, m_offset);
    m_picture->clear();
    invalidatePicture(Redraw::Now);
}

void NetworkView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        m_style = NetworkStyle(palette(), font());
        m_geometry = {};
        invalidatePicture(Redraw::Now);
    }
    if (event->type() == QEvent::LanguageChange) {
        m_legend.reset(); // its words
        update();
    }
    QWidget::changeEvent(event);
}

bool NetworkView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_analysis) {
        auto *help = static_cast<QHelpEvent *>(event);
        ensureGeometry();
        const int node = m_geometry.nodeAt(help->pos());
        const int edge = node < 0 ? m_geometry.edgeAt(help->pos()) : -1;
        const QString text = node >= 0   ? NetworkToolTip::node(*m_analysis, node)
                             : edge >= 0 ? NetworkToolTip::edge(*m_analysis, edge)
                                         : toolTip();
        QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void NetworkView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0.0)
        zoomBy(std::pow(1.2, steps), event->position());
    event->accept();
}

void NetworkView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    ensureGeometry();
    m_pressPos = event->position();
    m_lastPos = m_pressPos;
    m_pressNode = m_geometry.nodeAt(m_pressPos);
    m_pressEdge = m_pressNode < 0 ? m_geometry.edgeAt(m_pressPos) : -1;
    m_drag = m_pressNode >= 0 ? Drag::PendingNode : Drag::PendingPan;
    if (m_pressNode >= 0)
        m_grabOffset = m_positions.value(m_pressNode) - toWorld(m_pressPos);
    event->accept();
}

void NetworkView::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    const bool farEnough =
        (pos - m_pressPos).manhattanLength() >= QApplication::startDragDistance();
    switch (m_drag) {
    case Drag::PendingNode:
        if (!farEnough)
            break;
        m_drag = Drag::Node;
        m_autoFit = false;
        setCursor(Qt::ClosedHandCursor);
        [[fallthrough]];
    case Drag::Node:
        if (m_analysis && m_pressNode >= 0 && m_pressNode < m_analysis->network.nodeCount()) {
            const QPointF world = toWorld(pos) + m_grabOffset;
            m_positions[m_pressNode] = world;
            ++m_positionsSerial;
            m_layout->pin(m_analysis->network.nodes()[m_pressNode].id, world);
            pinChanged();
        }
        break;
    case Drag::PendingPan:
        if (!farEnough)
            break;
        m_drag = Drag::Pan;
        m_autoFit = false;
        setCursor(Qt::ClosedHandCursor);
        [[fallthrough]];
    case Drag::Pan:
        m_offset += pos - m_lastPos;
        m_lastPos = pos;
        invalidatePicture(Redraw::Interaction);
        break;
    case Drag::None: {
        ensureGeometry();
        const int node = m_geometry.nodeAt(pos);
        setHover(node, node < 0 ? m_geometry.edgeAt(pos) : -1);
        break;
    }
    }
    event->accept();
}

void NetworkView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    const Drag drag = m_drag;
    m_drag = Drag::None;
    unsetCursor();
    if (drag == Drag::PendingNode && m_analysis && m_pressNode >= 0 &&
        m_pressNode < m_analysis->network.nodeCount()) {
        m_session->select(Selection::actor(m_analysis->network.nodes()[m_pressNode].id));
    } else if (drag == Drag::PendingPan) {
        if (m_pressEdge >= 0)
            selectEdge(m_pressEdge);
        else
            m_session->clearSelection();
    } else if (drag == Drag::Node || drag == Drag::Pan) {
        invalidatePicture(Redraw::Now);
    }
    event->accept();
}

void NetworkView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_analysis) {
        QWidget::mouseDoubleClickEvent(event);
        return;
    }
    ensureGeometry();
    const int node = m_geometry.nodeAt(event->position());
    int pinned = -1;
    for (int i : std::as_const(m_emphasis.pinnedNodes)) {
        if (onPinMarker(i, event->position()))
            pinned = i;
    }
    m_drag = Drag::None;
    if (pinned >= 0) {
        m_layout->unpin(m_analysis->network.nodes()[pinned].id);
        pinChanged();
    } else if (node >= 0) {
        focusNeighbourhood(node);
    }
    event->accept();
}

void NetworkView::contextMenuEvent(QContextMenuEvent *event)
{
    ensureGeometry();
    QMenu menu(this);
    const int node = m_analysis ? m_geometry.nodeAt(event->pos()) : -1;
    if (node >= 0) {
        const QString id = m_analysis->network.nodes()[node].id;
        menu.addAction(tr("Select"), this, [this, id] { m_session->select(Selection::actor(id)); });
        menu.addAction(tr("Focus on Neighbourhood"), this,
                       [this, node] { focusNeighbourhood(node); });
        if (m_layout->isPinned(id)) {
            menu.addAction(tr("Unpin"), this, [this, id] {
                m_layout->unpin(id);
                pinChanged();
            });
        } else {
            menu.addAction(tr("Pin Here"), this, [this, id, node] {
                m_layout->pin(id, m_positions.value(node));
                pinChanged();
            });
        }
        menu.addSeparator();
    }
    QAction *unpinAll = menu.addAction(tr("Unpin All"), this, [this] {
        m_layout->unpinAll();
        pinChanged();
    });
    unpinAll->setEnabled(!m_layout->pins().isEmpty());
    menu.addAction(tr("Fit"), this, &NetworkView::fitAll);
    menu.addAction(tr("Re-layout"), this, &NetworkView::relayout);
    menu.exec(event->globalPos());
}

void NetworkView::leaveEvent(QEvent *event)
{
    setHover(-1, -1);
    QWidget::leaveEvent(event);
}

void NetworkView::onProjectChanged()
{
    m_layout->reset();
    m_analysis.reset();
    m_pending.reset();
    m_retired.reset();
    m_legend.reset();
    m_positions.clear();
    ++m_positionsSerial;
    m_geometry = {};
    m_emphasis = {};
    m_autoFit = true;
    invalidatePicture(Redraw::Now);
    Q_EMIT analysisShown();
}

void NetworkView::onAnalysisUpdated()
{
    m_pending = m_session->network()->current();
    // The layout job shares the network with the analysis that owns it.
    m_layout->setNetwork(std::shared_ptr<const Network>(m_pending, &m_pending->network));
}

void NetworkView::onFrameChanged()
{
    const LayoutFrame &frame = m_layout->frame();
    bool fresh = false;
    if (m_pending && frame.network.get() == &m_pending->network) {
        releaseInBackground(std::move(m_retired)); // one not yet shown gives way at once
        m_retired = std::exchange(m_analysis, std::move(m_pending));
        m_pending.reset();
        m_legend.reset();
        m_emphasis.hoverNode = -1;
        m_emphasis.hoverEdge = -1;
        fresh = true;
    }
    if (!m_analysis || frame.network.get() != &m_analysis->network)
        return;
    m_positions = frame.positions;
    ++m_positionsSerial;
    if (fresh)
        m_analysisSerial = m_positionsSerial;
    if (m_drag == Drag::Node && m_pressNode >= 0 && m_pressNode < m_positions.size()) {
        // The dragged node stays under the cursor whatever the worker last saw.
        const auto pinned = m_layout->position(m_analysis->network.nodes()[m_pressNode].id);
        if (pinned)
            m_positions[m_pressNode] = *pinned;
    }
    if (m_autoFit && m_drag != Drag::Node)
        fitTransform(fitArea(), m_scale, m_offset);
    updateEmphasis();
    // A new network is drawn at once; the frames of a layout in motion as often as the
    // picture's cost allows.
    invalidatePicture(fresh || !frame.running ? Redraw::Now : Redraw::Animation);
    if (fresh) {
        // A costly picture starts on its worker now, not at the next paint: the other
        // views repaint for the same change first, and it can be drawn meanwhile.
        if (m_picture->isDue() && m_picture->isCostly() && !m_picture->isNull())
            redrawPictureInBackground();
        Q_EMIT analysisShown();
    }
}

void NetworkView::onSelectionChanged()
{
    updateEmphasis();
    ensureSelectionVisible();
    invalidateOverlay();
}

void NetworkView::updateEmphasis()
{
    m_overlayDirty = true;
    m_emphasis.selectedNodes.clear();
    m_emphasis.selectedEdges.clear();
    m_emphasis.pinnedNodes.clear();
    if (!m_analysis)
        return;
    const NetworkSelection selected = NetworkSelection::resolve(
        *m_analysis, m_session->snapshot(), m_session->selection(), m_options.showHierarchy);
    m_emphasis.selectedNodes = selected.nodes;
    m_emphasis.selectedEdges = selected.edges;
    for (auto it = m_layout->pins().cbegin(); it != m_layout->pins().cend(); ++it) {
        const int i = m_analysis->network.nodeIndex(it.key());
        if (i >= 0)
            m_emphasis.pinnedNodes.insert(i);
    }
}

void NetworkView::ensureSelectionVisible()
{
    if (!m_analysis || m_positions.size() != m_analysis->network.nodeCount())
        return;
    QVector<QPointF> targets;
    for (int i : std::as_const(m_emphasis.selectedNodes))
        targets << m_positions[i] * m_scale + m_offset;
    const Network &net = m_analysis->network;
    for (int ref : std::as_const(m_emphasis.selectedEdges)) {
        const NetworkEdge &e = NetworkGeometry::edge(net, ref);
        targets << (m_positions[e.source] + m_positions[e.target]) / 2.0 * m_scale + m_offset;
    }
    if (targets.isEmpty())
        return;
    const QRectF inner = fitArea().adjusted(kFitMargin, kFitMargin, -kFitMargin, -kFitMargin);
    const bool allIn = std::all_of(targets.cbegin(), targets.cend(),
                                   [&](const QPointF &p) { return inner.contains(p); });
    if (allIn)
        return;
    QPointF centre;
    for (const QPointF &p : std::as_const(targets))
        centre += p;
    centre /= double(targets.size());
    m_offset += inner.center() - centre;
    m_autoFit = false;
    invalidatePicture(Redraw::Now);
}

void NetworkView::invalidatePicture(Redraw when)
{
    m_geometryDirty = true;
    m_overlayDirty = true;
    m_picture->invalidate(when);
    update();
}

void NetworkView::invalidateOverlay()
{
    m_overlayDirty = true;
    update();
}

void NetworkView::ensureGeometry() const
{
    if (!m_geometryDirty)
        return;
    m_geometryDirty = false;
    m_overlayDirty = true;
    if (!m_analysis) {
        m_geometry = {};
        return;
    }
    m_geometry.build(*m_analysis, m_positions, m_scale, m_offset, QRectF(rect()), m_options,
                     m_style);
}

QRectF NetworkView::fitArea() const
{
    QRectF area = QRectF(rect());
    // Keep the network clear of the legend band.
    const QRectF legend = NetworkRenderer::legendRect(area, screenLegend(), m_style);
    if (!legend.isEmpty() && legend.height() < area.height() * 0.5)
        area.setBottom(legend.top());
    return area;
}

const QVector<NetworkLegendEntry> &NetworkView::screenLegend() const
{
    if (!m_legend) {
        m_legend = m_analysis && m_options.showLegend && m_analysis->network.nodeCount() > 0
                       ? NetworkRenderer::legendEntries(*m_analysis, m_options, false)
                       : QVector<NetworkLegendEntry>{};
    }
    return *m_legend;
}

void NetworkView::fitTransform(const QRectF &area, double &scale, QPointF &offset) const
{
    if (!m_positions.isEmpty())
        NetworkGeometry::fit(m_positions,
                             area.adjusted(kFitMargin, kFitMargin, -kFitMargin, -kFitMargin), scale,
                             offset);
}

void NetworkView::setHover(int node, int edge)
{
    if (m_emphasis.hoverNode == node && m_emphasis.hoverEdge == edge)
        return;
    m_emphasis.hoverNode = node;
    m_emphasis.hoverEdge = edge;
    setCursor(node >= 0   ? Qt::OpenHandCursor
              : edge >= 0 ? Qt::PointingHandCursor
                          : Qt::ArrowCursor);
    invalidateOverlay();
}

bool NetworkView::onPinMarker(int node, QPointF pos) const
{
    if (!m_emphasis.pinnedNodes.contains(node) || node >= m_geometry.nodes().size())
        return false;
    const NetworkNodeItem &item = m_geometry.nodes()[node];
    const QPointF head = item.centre + QPointF(item.radius * 0.75 + 3, -item.radius * 0.75 - 3);
    const QPointF d = pos - head;
    return d.x() * d.x() + d.y() * d.y() <= kPinMarkerRadius * kPinMarkerRadius;
}

void NetworkView::pinChanged()
{
    updateEmphasis();
    invalidatePicture(m_drag == Drag::Node ? Redraw::Interaction : Redraw::Now);
}

void NetworkView::focusNeighbourhood(int node)
{
    if (!m_analysis || node < 0 || node >= m_analysis->network.nodeCount())
        return;
    // The actor filter on one actor shows its ego network: the actor, those it has ties
    // with and the ties among them (see NetworkAnalysis::compute).
    Filter filter = m_session->filter();
    filter.actorIds = {m_analysis->network.nodes()[node].id};
    m_autoFit = true;
    m_session->setFilter(filter);
}

void NetworkView::selectEdge(int ref)
{
    if (!m_analysis)
        return;
    const NetworkEdge &e = NetworkGeometry::edge(m_analysis->network, ref);
    Selection selection;
    for (const QString &id : e.relationIds)
        selection.relations.insert(id);
    m_session->select(selection);
}

} // namespace entente
