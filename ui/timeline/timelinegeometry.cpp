#include "timelinegeometry.h"

#include "timelinestyle.h"

#include <algorithm>
#include <cmath>

namespace entente {

TimelineGeometry::TimelineGeometry(const TimelineModel &model, const TimelineViewState &state,
                                   const QRectF &target, const QFont &font, bool headers)
    : m_model(model), m_state(state), m_metrics(font), m_target(target)
{
    const double hw = headers ? std::min(headerWidth(m_metrics), target.width() / 3) : 0.0;
    const double ah = axisHeight(m_metrics);
    m_corner = QRectF(target.left(), target.top(), hw, ah);
    m_axisRect = QRectF(target.left() + hw, target.top(), target.width() - hw, ah);
    m_header = QRectF(target.left(), target.top() + ah, hw, std::max(0.0, target.height() - ah));
    m_plot = QRectF(target.left() + hw, target.top() + ah, target.width() - hw,
                    std::max(0.0, target.height() - ah));
    m_axis.setDayRange(state.firstDay, state.endDay);
    m_axis.setPixelRange(m_plot.left(), m_plot.width());
    m_axis.layout(m_metrics);
}

double TimelineGeometry::headerWidth(const QFontMetricsF &metrics)
{
    return std::clamp(metrics.averageCharWidth() * 30, 140.0, 280.0);
}

double TimelineGeometry::axisHeight(const QFontMetricsF &metrics)
{
    return std::ceil(2 * metrics.height() + 8);
}

TimelineModel::Metrics TimelineGeometry::laneMetrics(const QFontMetricsF &metrics)
{
    TimelineModel::Metrics m;
    m.markRow = std::max(20.0, std::ceil(metrics.height() + 6));
    m.spanRow = 8;
    m.relationRow = std::ceil(metrics.height() + 3);
    m.collapsed = std::ceil(metrics.height() * 0.85);
    m.padding = 3;
    return m;
}

std::pair<int, int> TimelineGeometry::visibleLanes() const
{
    const auto &lanes = m_model.lanes();
    if (lanes.isEmpty())
        return {0, -1};
    int first = m_model.laneAt(m_state.scrollY);
    if (first < 0)
        first = m_state.scrollY < 0 ? 0 : int(lanes.size());
    int last = first;
    const double bottom = m_state.scrollY + m_plot.height();
    while (last + 1 < lanes.size() && lanes[last + 1].top < bottom)
        ++last;
    return {first, std::min(last, int(lanes.size()) - 1)};
}

QRectF TimelineGeometry::laneRect(int lane) const
{
    return QRectF(m_plot.left(), laneTop(lane), m_plot.width(), m_model.lanes()[lane].height);
}

QRectF TimelineGeometry::laneHeaderRect(int lane) const
{
    return QRectF(m_header.left(), laneTop(lane), m_header.width(),
                  m_model.lanes()[lane].bodyHeight);
}

QRectF TimelineGeometry::toggleRect(int lane) const
{
    const QRectF h = laneHeaderRect(lane);
    const double size = std::min(14.0, h.height());
    return QRectF(h.left() + 2,
                  h.top() + (std::min(h.height(), m_model.metrics().markRow + 6) - size) / 2, size,
                  size);
}

QRectF TimelineGeometry::relationRowRect(int lane, int row) const
{
    const auto &l = m_model.lanes()[lane];
    const double rh = m_model.metrics().relationRow;
    return QRectF(m_plot.left(), laneTop(lane) + l.bodyHeight + row * rh, m_plot.width(), rh);
}

double TimelineGeometry::markY(int lane) const
{
    const auto &l = m_model.lanes()[lane];
    if (l.collapsed)
        return laneTop(lane) + l.bodyHeight / 2;
    return laneTop(lane) + m_model.metrics().padding + m_model.metrics().markRow / 2;
}

QRectF TimelineGeometry::spanRect(int lane, int row, qint64 first, qint64 last) const
{
    const auto &m = m_model.metrics();
    double x0 = m_axis.dayToX(double(first));
    double x1 = m_axis.dayToX(double(last + 1));
    // Keep very long or open spans within a few pixels of the plot so they stay drawable.
    x0 = std::max(x0, m_plot.left() - 4);
    x1 = std::min(x1, m_plot.right() + 4);
    if (x1 - x0 < 3) {
        const double c = (x0 + x1) / 2;
        x0 = c - 1.5;
        x1 = c + 1.5;
    }
    const double y = laneTop(lane) + m.padding + m.markRow + (row - 1) * m.spanRow + 1;
    return QRectF(x0, y, x1 - x0, m.spanRow - 2);
}

double TimelineGeometry::markSlackDays() const
{
    return (TimelineStyle::kMarkSize / 2 + 2) / m_axis.pixelsPerDay();
}

bool TimelineGeometry::isAggregated(int lane) const
{
    const auto &l = m_model.lanes()[lane];
    if (l.collapsed)
        return true;
    // Count what really overlaps the view: a slice also holds short items that ended
    // before it, kept in by a long span (a year-precision event) that started earlier.
    const double slack = markSlackDays();
    const double from = std::floor(m_state.firstDay - slack);
    const auto [lo, hi] = m_model.slice(l, m_state.firstDay - slack, m_state.endDay + slack);
    const int limit = int(m_plot.width() * kAggregateItemsPerPixel);
    if (hi - lo <= limit)
        return false;
    int count = 0;
    for (int i = lo; i < hi && count <= limit; ++i)
        count += double(l.lasts[i]) >= from ? 1 : 0;
    return count > limit;
}

std::optional<QPointF> TimelineGeometry::eventPositionOn(int lane, int event) const
{
    const int row = m_model.rowOf(lane, event);
    if (row < 0)
        return std::nullopt;
    const SnapshotEvent &e = m_model.snapshot().events[event];
    QPointF p;
    if (row == 0 || m_model.lanes()[lane].collapsed) {
        p = QPointF(m_axis.dayToX((double(e.firstDay) + double(e.lastDay) + 1) / 2), markY(lane));
    } else {
        const QRectF r = spanRect(lane, row, e.firstDay, e.lastDay).intersected(m_plot);
        if (r.isEmpty())
            return std::nullopt;
        p = r.center();
    }
    if (!m_plot.contains(p))
        return std::nullopt;
    return p;
}

std::optional<QPointF> TimelineGeometry::eventPosition(int event) const
{
    const auto [first, last] = visibleLanes();
    for (int lane : m_model.lanesOfEvent(event)) {
        if (lane < first || lane > last)
            continue;
        if (auto p = eventPositionOn(lane, event))
            return p;
    }
    return std::nullopt;
}

TimelineGeometry::Hit TimelineGeometry::hitTest(const QPointF &pos) const
{
    Hit hit;
    if (m_corner.contains(pos) || m_axisRect.contains(pos)) {
        hit.kind = HitKind::Axis;
        hit.day = m_axis.xToDay(pos.x());
        return hit;
    }
    const bool inHeader = m_header.contains(pos);
    const bool inPlot = m_plot.contains(pos);
    if (!inHeader && !inPlot)
        return hit;
    hit.day = m_axis.xToDay(pos.x());
    const int lane = m_model.laneAt(pos.y() - m_plot.top() + m_state.scrollY);
    hit.kind = inHeader ? HitKind::None : HitKind::Plot;
    hit.lane = lane;
    if (lane < 0)
        return hit;
    const auto &l = m_model.lanes()[lane];
    const double inLane = pos.y() - laneTop(lane);

    // Relation rows under the lane.
    if (inLane >= l.bodyHeight) {
        const int row = int((inLane - l.bodyHeight) / m_model.metrics().relationRow);
        if (row < 0 || row >= l.relations.size())
            return hit;
        const int r = l.relations[row];
        const SnapshotRelation &rel = m_model.snapshot().relations[r];
        bool onBar = inHeader || rel.basis == ValidityBasis::Undated;
        for (const DayRange &p : rel.periods) {
            const double x0 = m_axis.dayToX(double(p.first)) - 3;
            const double x1 = m_axis.dayToX(double(p.last + 1)) + 3;
            onBar = onBar || (pos.x() >= x0 && pos.x() <= x1);
        }
        if (onBar) {
            hit.kind = HitKind::Relation;
            hit.relation = r;
        }
        return hit;
    }
    if (inHeader) {
        hit.kind = toggleRect(lane).adjusted(-2, -2, 2, 2).contains(pos) ? HitKind::LaneToggle
                                                                         : HitKind::LaneHeader;
        return hit;
    }

    if (isAggregated(lane)) {
        const double b0 =
            m_plot.left() + std::floor((pos.x() - m_plot.left()) / kBinWidth) * kBinWidth;
        const double d0 = m_axis.xToDay(b0), d1 = m_axis.xToDay(b0 + kBinWidth);
        const auto [lo, hi] = m_model.slice(l, d0, d1);
        for (int i = lo; i < hi; ++i) {
            if (l.lasts[i] + 1 > d0 && double(l.firsts[i]) < d1)
                hit.events << l.events[i];
        }
        if (!hit.events.isEmpty())
            hit.kind = HitKind::Bin;
        return hit;
    }

    // Marks are drawn over spans, so they win; among marks the nearest.
    const double slack = markSlackDays();
    const auto [lo, hi] = m_model.slice(l, hit.day - slack, hit.day + slack);
    const double reach = TimelineStyle::kMarkSize / 2 + 2;
    double best = std::numeric_limits<double>::max();
    int bestSpan = -1;
    for (int i = lo; i < hi; ++i) {
        const int e = l.events[i];
        if (l.rows[i] == 0) {
            const double x = m_axis.dayToX(double(l.firsts[i]) + 0.5);
            const double dx = std::abs(x - pos.x()), dy = std::abs(markY(lane) - pos.y());
            if (dx <= reach && dy <= reach && dx + dy < best) {
                best = dx + dy;
                hit.event = e;
            }
        } else if (bestSpan < 0 && spanRect(lane, l.rows[i], l.firsts[i], l.lasts[i])
                                       .adjusted(-1, -1, 1, 1)
                                       .contains(pos)) {
            bestSpan = e;
        }
    }
    if (hit.event < 0)
        hit.event = bestSpan;
    if (hit.event >= 0)
        hit.kind = HitKind::Event;
    return hit;
}

} // namespace entente
