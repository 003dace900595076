#include "timelineview.h"

#include "timelinetooltip.h"

#include "session/session.h"

#include <QApplication>
#include <QDate>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

// Design note: an event with several participants is drawn on the lane of EACH of them
// (not only the first), because the analyst reads a lane as "everything this actor
// did"; hiding Turkey's part in a Turkey-GNA agreement from Turkey's lane would lie by
// omission. The copies are tied together by a faint vertical connector when the event is
// hovered or selected, so it still reads as one event.

namespace entente {

namespace {

constexpr double kWheelStep = 1.25; // zoom factor per wheel notch
constexpr double kKeyZoom = 1.5;
constexpr double kKeyPan = 0.15; // of the plot width per arrow press
constexpr int kMaxBinSelection = 1000;
const double kFirstDay = double(QDate(1, 1, 1).toJulianDay());
const double kLastDay = double(QDate(9999, 12, 31).toJulianDay());

} // namespace

TimelineView::TimelineView(Session *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_scrollBar(new QScrollBar(Qt::Vertical, this))
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(320, 160);
    setWhatsThis(tr("Timeline: wheel to zoom, drag to pan, Shift+drag to set the time window, "
                    "Esc to clear it, double-click to fit everything."));
    connect(m_scrollBar, &QScrollBar::valueChanged, this, [this](int v) {
        m_state.scrollY = v;
        update();
    });
    connect(m_session, &Session::projectChanged, this, &TimelineView::onProjectChanged);
    connect(m_session, &Session::filterChanged, this, &TimelineView::onFilterChanged);
    connect(m_session, &Session::selectionChanged, this, &TimelineView::onSelectionChanged);
    updateStyle();
    onProjectChanged();
}

TimelineView::~TimelineView() = default;

void TimelineView::setLaneOrder(const QVector<int> &actorOrder)
{
    m_model.setLaneOrder(actorOrder);
    updateScrollBar();
    update();
}

void TimelineView::setLaneMode(TimelineModel::LaneMode mode)
{
    if (mode == m_model.laneMode())
        return;
    m_model.setLaneMode(mode);
    m_state.hoverLane = m_state.hoverEvent = m_state.hoverRelation = -1;
    setScrollY(0);
    updateScrollBar();
    update();
    Q_EMIT laneModeChanged(mode);
}

void TimelineView::setAllLanesCollapsed(bool collapsed)
{
    m_model.setAllCollapsed(collapsed);
    updateScrollBar();
    update();
}

void TimelineView::onProjectChanged()
{
    m_model.setSnapshot(m_session->sharedSnapshot());
    m_model.setFilter(m_session->filter());
    m_style.setEventTypes(m_session->snapshot().eventTypes);
    m_state = TimelineViewState{};
    m_state.window = m_session->filter().window;
    updateScrollBar();
    fitAll();
    onSelectionChanged();
}

void TimelineView::onFilterChanged()
{
    m_state.window = m_session->filter().window;
    if (m_model.setFilter(m_session->filter())) {
        m_state.hoverLane = m_state.hoverEvent = m_state.hoverRelation = -1;
        updateScrollBar();
    }
    update();
}

void TimelineView::onSelectionChanged()
{
    const Snapshot &s = m_model.snapshot();
    const Selection &sel = m_session->selection();
    const auto resolve = [](const QSet<QString> &ids, auto indexOf) {
        QSet<int> out;
        for (const QString &id : ids) {
            const int i = indexOf(id);
            if (i >= 0)
                out.insert(i);
        }
        return out;
    };
    m_state.selectedEvents =
        resolve(sel.events, [&](const QString &id) { return s.eventIndex(id); });
    m_state.selectedActors =
        resolve(sel.actors, [&](const QString &id) { return s.actorIndex(id); });
    m_state.selectedRelations =
        resolve(sel.relations, [&](const QString &id) { return s.relationIndex(id); });
    m_model.setRelationFocus(m_state.selectedActors, m_state.selectedRelations);
    updateScrollBar();
    ensureSelectionVisible();
    update();
}

void TimelineView::updateStyle()
{
    const QStringList types = m_style.eventTypes();
    m_style = TimelineStyle(palette(), font());
    m_style.setEventTypes(types);
    m_model.setMetrics(TimelineGeometry::laneMetrics(QFontMetricsF(font())));
    updateScrollBar();
}

QRectF TimelineView::viewTarget() const
{
    const double w = m_scrollBar->isVisible() ? m_scrollBar->width() : 0;
    return QRectF(0, 0, width() - w, height());
}

QRectF TimelineView::plotRect() const
{
    return geometry().plotRect();
}

QStringList TimelineView::axisLabels() const
{
    QStringList labels;
    const TimelineGeometry g = geometry();
    if (!g.axis().leadingContextLabel().isEmpty())
        labels << g.axis().leadingContextLabel();
    for (const TimeAxis::Tick &tick : g.axis().ticks()) {
        if (!tick.majorLabel.isEmpty())
            labels << tick.majorLabel;
        if (!tick.label.isEmpty())
            labels << tick.label;
    }
    return labels;
}

TimelineGeometry TimelineView::geometry() const
{
    return TimelineGeometry(m_model, m_state, viewTarget(), font());
}

void TimelineView::updateScrollBar()
{
    const QFontMetricsF fm(font());
    const double plotHeight = height() - TimelineGeometry::axisHeight(fm);
    const int maxScroll = std::max(0, int(std::ceil(m_model.contentHeight() - plotHeight)));
    const bool scrollBarWasVisible = m_scrollBar->isVisibleTo(this);
    const int w = m_scrollBar->sizeHint().width();
    m_scrollBar->setGeometry(width() - w, int(TimelineGeometry::axisHeight(fm)), w,
                             std::max(0, int(plotHeight)));
    m_scrollBar->setVisible(maxScroll > 0);
    m_scrollBar->setRange(0, maxScroll);
    m_scrollBar->setPageStep(std::max(1, int(plotHeight)));
    m_scrollBar->setSingleStep(int(m_model.metrics().markRow));
    m_state.scrollY = std::clamp(m_state.scrollY, 0.0, double(maxScroll));
    if (m_scrollBar->value() != int(m_state.scrollY))
        m_scrollBar->setValue(int(m_state.scrollY));
    // The plot's edges move only with the size, the font or the scroll bar coming and
    // going: not worth a geometry on every scroll step.
    if (m_scrollBar->isVisibleTo(this) != scrollBarWasVisible)
        updatePlotMargins();
}

void TimelineView::updatePlotMargins()
{
    const QRectF plot = geometry().plotRect();
    const QPointF margins(plot.left(), width() - plot.right());
    if (margins != m_plotMargins) {
        m_plotMargins = margins;
        Q_EMIT plotMarginsChanged(margins.x(), margins.y());
    }
}

void TimelineView::setScrollY(double y)
{
    m_state.scrollY = std::clamp(y, 0.0, double(m_scrollBar->maximum()));
    m_scrollBar->setValue(int(std::lround(m_state.scrollY)));
    update();
}

void TimelineView::setVisibleDays(double first, double end)
{
    double span = std::clamp(end - first, TimeAxis::kMinSpanDays, TimeAxis::kMaxSpanDays);
    if (!std::isfinite(first) || !std::isfinite(span))
        return;
    first = std::clamp(first, kFirstDay, kLastDay - span);
    if (first == m_state.firstDay && first + span == m_state.endDay)
        return;
    m_state.firstDay = first;
    m_state.endDay = first + span;
    update();
    Q_EMIT visibleDaysChanged(m_state.firstDay, m_state.endDay);
}

void TimelineView::fitAll()
{
    const DayRange extent = m_model.snapshot().extent();
    if (extent.first > extent.last) {
        const double today = double(QDate::currentDate().toJulianDay());
        setVisibleDays(today - 365, today + 1);
        return;
    }
    const double span = std::max(double(extent.last + 1 - extent.first), 10.0);
    const double margin = span * 0.03;
    setVisibleDays(double(extent.first) - margin, double(extent.first) + span + margin);
}

void TimelineView::zoomBy(double factor)
{
    const QRectF plot = geometry().plotRect();
    zoomBy(factor, plot.center().x());
}

void TimelineView::zoomBy(double factor, double anchorX)
{
    // The day under the anchor stays under it: first' = anchor - (anchor - first) * f.
    const double anchor = dayAtX(anchorX);
    const double span = m_state.endDay - m_state.firstDay;
    const double newSpan =
        std::clamp(span * factor, TimeAxis::kMinSpanDays, TimeAxis::kMaxSpanDays);
    const double first = anchor - (anchor - m_state.firstDay) * (newSpan / span);
    setVisibleDays(first, first + newSpan);
}

void TimelineView::panByPixels(double dx)
{
    const double days = dx / geometry().axis().pixelsPerDay();
    setVisibleDays(m_state.firstDay - days, m_state.endDay - days);
}

double TimelineView::xForDay(double day) const
{
    return geometry().axis().dayToX(day);
}

double TimelineView::dayAtX(double x) const
{
    return geometry().axis().xToDay(x);
}

std::optional<QPointF> TimelineView::eventPosition(const QString &eventId) const
{
    const int e = m_model.snapshot().eventIndex(eventId);
    return e < 0 ? std::nullopt : geometry().eventPosition(e);
}

std::optional<QRectF> TimelineView::actorHeaderRect(const QString &actorId) const
{
    const int lane = m_model.laneOfActor(m_model.snapshot().actorIndex(actorId));
    if (lane < 0)
        return std::nullopt;
    const TimelineGeometry geo = geometry();
    const QRectF r = geo.laneHeaderRect(lane).intersected(geo.headerRect());
    return r.isEmpty() ? std::nullopt : std::optional<QRectF>(r);
}

void TimelineView::render(QPainter &painter, const QRectF &target,
                          const TimelineRenderOptions &options) const
{
    const TimelineGeometry geo(m_model, m_state, target, font(), options.headers);
    if (options.palette) {
        TimelineStyle style(*options.palette, font());
        style.setEventTypes(m_style.eventTypes());
        TimelineRenderer(geo, style).render(painter, options);
    } else {
        TimelineRenderer(geo, m_style).render(painter, options);
    }
}

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    render(p, viewTarget());
    if (hasFocus()) {
        p.setPen(QPen(m_style.highlight(), 1));
        p.drawRect(viewTarget().adjusted(0, 0, -1, -1));
    }
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateScrollBar();
    updatePlotMargins();
}

void TimelineView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updatePlotMargins(); // the scroll bar counts only once the view is shown
}

void TimelineView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange ||
        event->type() == QEvent::StyleChange) {
        updateStyle();
        updatePlotMargins();
        update();
    }
}

void TimelineView::centreOnDays(double first, double end)
{
    const double span = m_state.endDay - m_state.firstDay;
    if (first == kOpenPastDay || end > kOpenFutureDay)
        return;
    if (end - first > span * 0.8) {
        const double margin = (end - first) * 0.15;
        setVisibleDays(first - margin, end + margin);
        return;
    }
    const double mid = (first + end) / 2;
    setVisibleDays(mid - span / 2, mid + span / 2);
}

void TimelineView::scrollLaneIntoView(int lane)
{
    if (lane < 0 || lane >= m_model.lanes().size())
        return;
    const auto &l = m_model.lanes()[lane];
    const double plotHeight = geometry().plotRect().height();
    if (l.top >= m_state.scrollY &&
        l.top + std::min(l.height, plotHeight) <= m_state.scrollY + plotHeight)
        return;
    setScrollY(l.top - std::max(0.0, (plotHeight - l.height) / 3));
}

void TimelineView::ensureSelectionVisible()
{
    const Snapshot &s = m_model.snapshot();
    const auto overlapsView = [&](double first, double end) {
        return first < m_state.endDay && end > m_state.firstDay;
    };
    QVector<int> events(m_state.selectedEvents.cbegin(), m_state.selectedEvents.cend());
    std::sort(events.begin(), events.end());
    for (int e : events) {
        if (!m_model.isEventVisible(e))
            continue;
        if (geometry().eventPosition(e))
            return; // already on screen
        const SnapshotEvent &ev = s.events[e];
        if (!overlapsView(double(ev.firstDay), double(ev.lastDay + 1)))
            centreOnDays(double(ev.firstDay), double(ev.lastDay + 1));
        const QVector<int> lanes = m_model.lanesOfEvent(e);
        const auto [first, last] = geometry().visibleLanes();
        if (!lanes.isEmpty() && std::none_of(lanes.cbegin(), lanes.cend(), [&](int l) {
                return l >= first && l <= last && geometry().eventPosition(e);
            }))
            scrollLaneIntoView(lanes.first());
        return;
    }
    for (int r : m_state.selectedRelations) {
        const SnapshotRelation &rel = s.relations[r];
        scrollLaneIntoView(m_model.laneOfActor(rel.source));
        if (rel.basis != ValidityBasis::Undated && !rel.periods.isEmpty() &&
            std::none_of(rel.periods.cbegin(), rel.periods.cend(), [&](const DayRange &p) {
                return overlapsView(double(p.first), double(p.last + 1));
            }))
            centreOnDays(double(rel.periods.first().first), double(rel.periods.last().last + 1));
        return;
    }
    if (!m_state.selectedActors.isEmpty()) {
        QVector<int> lanes;
        for (int a : m_state.selectedActors)
            lanes << m_model.laneOfActor(a);
        std::sort(lanes.begin(), lanes.end());
        lanes.removeAll(-1);
        if (!lanes.isEmpty())
            scrollLaneIntoView(lanes.first());
    }
}

std::optional<DayRange> TimelineView::brushWindow(double x) const
{
    const double d = dayAtX(x);
    const double a = std::min(d, m_brushAnchor), b = std::max(d, m_brushAnchor);
    return DayRange{qint64(std::floor(a)),
                    std::max(qint64(std::floor(a)), qint64(std::ceil(b)) - 1)};
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    if (event->modifiers() & Qt::ShiftModifier) {
        setScrollY(m_state.scrollY -
                   (delta.y() ? delta.y() : delta.x()) / 120.0 * 3 * m_model.metrics().markRow);
    } else if (delta.y() != 0) {
        zoomBy(std::pow(kWheelStep, -delta.y() / 120.0), event->position().x());
    } else if (delta.x() != 0) {
        panByPixels(delta.x() / 120.0 * 40);
    }
    event->accept();
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    const TimelineGeometry geo = geometry();
    m_pressPos = event->position();
    m_pressState = m_state;
    m_pressHit = geo.hitTest(m_pressPos);
    const bool inTime = geo.plotRect().contains(m_pressPos) || geo.axisRect().contains(m_pressPos);
    if ((event->modifiers() & Qt::ShiftModifier) && inTime) {
        m_drag = Drag::Brush;
        m_brushAnchor = geo.axis().xToDay(m_pressPos.x());
        setCursor(Qt::SizeHorCursor);
    } else {
        m_drag = Drag::Pending;
    }
    event->accept();
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    switch (m_drag) {
    case Drag::None:
        updateHover(pos);
        break;
    case Drag::Brush:
        if (std::abs(pos.x() - m_pressPos.x()) >= 2)
            m_session->previewTimeWindow(brushWindow(pos.x()));
        break;
    case Drag::Pending:
        if ((pos - m_pressPos).manhattanLength() < QApplication::startDragDistance())
            break;
        m_drag = Drag::Pan;
        setCursor(Qt::ClosedHandCursor);
        [[fallthrough]];
    case Drag::Pan: {
        const double ppd =
            geometry().plotRect().width() / (m_pressState.endDay - m_pressState.firstDay);
        const double days = (pos.x() - m_pressPos.x()) / ppd;
        setVisibleDays(m_pressState.firstDay - days, m_pressState.endDay - days);
        setScrollY(m_pressState.scrollY - (pos.y() - m_pressPos.y()));
        break;
    }
    }
    event->accept();
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    const Drag drag = m_drag;
    m_drag = Drag::None;
    unsetCursor();
    if (drag == Drag::Brush) {
        if (std::abs(event->position().x() - m_pressPos.x()) >= 2) {
            m_session->previewTimeWindow(brushWindow(event->position().x()));
            m_session->commitPreview();
        }
    } else if (drag == Drag::Pending) {
        click(m_pressHit, event->modifiers());
    }
    updateHover(event->position());
    event->accept();
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const TimelineGeometry geo = geometry();
    if (event->button() == Qt::LeftButton && (geo.plotRect().contains(event->position()) ||
                                              geo.axisRect().contains(event->position()))) {
        fitAll();
        event->accept();
        return;
    }
    QWidget::mouseDoubleClickEvent(event);
}

void TimelineView::click(const TimelineGeometry::Hit &hit, Qt::KeyboardModifiers modifiers)
{
    using Kind = TimelineGeometry::HitKind;
    const Snapshot &s = m_model.snapshot();
    const bool add = modifiers & Qt::ControlModifier;
    Selection sel = add ? m_session->selection() : Selection{};
    const auto toggle = [&](QSet<QString> &set, const QString &id) {
        if (add && set.contains(id))
            set.remove(id);
        else
            set.insert(id);
    };
    switch (hit.kind) {
    case Kind::Event:
        toggle(sel.events, s.events[hit.event].id);
        break;
    case Kind::Bin:
        for (int i = 0; i < std::min<int>(hit.events.size(), kMaxBinSelection); ++i)
            sel.events.insert(s.events[hit.events[i]].id);
        break;
    case Kind::Relation:
        toggle(sel.relations, s.relations[hit.relation].id);
        break;
    case Kind::LaneHeader:
        if (m_model.lanes()[hit.lane].kind == TimelineModel::LaneKind::Actor) {
            toggle(sel.actors, s.actors[m_model.lanes()[hit.lane].key].id);
            break;
        }
        [[fallthrough]]; // other lanes have nothing to select: the header folds them
    case Kind::LaneToggle:
        m_model.toggleCollapsed(hit.lane);
        updateScrollBar();
        update();
        return;
    case Kind::Plot:
    case Kind::None:
        if (add)
            return; // Ctrl-click on nothing keeps the selection
        break;
    case Kind::Axis:
        return;
    }
    m_session->select(sel);
}

void TimelineView::updateHover(const QPointF &pos)
{
    const TimelineGeometry::Hit hit = geometry().hitTest(pos);
    using Kind = TimelineGeometry::HitKind;
    const int event = hit.kind == Kind::Event ? hit.event : -1;
    const int relation = hit.kind == Kind::Relation ? hit.relation : -1;
    const int lane = hit.kind == Kind::LaneHeader || hit.kind == Kind::LaneToggle ? hit.lane : -1;
    setCursor(event >= 0 || relation >= 0 || lane >= 0 || hit.kind == Kind::Bin
                  ? Qt::PointingHandCursor
                  : Qt::ArrowCursor);
    if (event == m_state.hoverEvent && relation == m_state.hoverRelation &&
        lane == m_state.hoverLane)
        return;
    m_state.hoverEvent = event;
    m_state.hoverRelation = relation;
    m_state.hoverLane = lane;
    update();
}

void TimelineView::leaveEvent(QEvent *event)
{
    QWidget::leaveEvent(event);
    if (m_state.hoverEvent >= 0 || m_state.hoverRelation >= 0 || m_state.hoverLane >= 0) {
        m_state.hoverEvent = m_state.hoverRelation = m_state.hoverLane = -1;
        update();
    }
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    const double plotWidth = geometry().plotRect().width();
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1 / kKeyZoom);
        break;
    case Qt::Key_Minus:
        zoomBy(kKeyZoom);
        break;
    case Qt::Key_Left:
        panByPixels(plotWidth * kKeyPan);
        break;
    case Qt::Key_Right:
        panByPixels(-plotWidth * kKeyPan);
        break;
    case Qt::Key_Up:
        setScrollY(m_state.scrollY - m_model.metrics().markRow * 2);
        break;
    case Qt::Key_Down:
        setScrollY(m_state.scrollY + m_model.metrics().markRow * 2);
        break;
    case Qt::Key_PageUp:
        setScrollY(m_state.scrollY - geometry().plotRect().height() * 0.9);
        break;
    case Qt::Key_PageDown:
        setScrollY(m_state.scrollY + geometry().plotRect().height() * 0.9);
        break;
    case Qt::Key_Home:
        fitAll();
        break;
    case Qt::Key_Escape:
        if (m_session->filter().window)
            m_session->setTimeWindow(std::nullopt);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

QString TimelineView::toolTipFor(const TimelineGeometry::Hit &hit) const
{
    using Kind = TimelineGeometry::HitKind;
    switch (hit.kind) {
    case Kind::Event:
        return TimelineToolTip::event(m_model.snapshot(), hit.event);
    case Kind::Relation:
        return TimelineToolTip::relation(m_model.snapshot(), hit.relation);
    case Kind::Bin:
        return TimelineToolTip::bin(m_model.snapshot(), hit.events);
    case Kind::LaneHeader:
    case Kind::LaneToggle:
        return TimelineToolTip::lane(m_model, hit.lane);
    default:
        return {};
    }
}

bool TimelineView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipFor(geometry().hitTest(help->pos()));
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace entente
