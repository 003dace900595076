#include "timelinerenderer.h"

#include "timeaxispainter.h"
#include "timelinestyle.h"
#include "viewpalette.h"

#include <QCoreApplication>
#include <QPainter>

#include <algorithm>
#include <array>
#include <cmath>

namespace entente {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Entente::Timeline", text);
}

QColor withAlpha(QColor c, double alpha)
{
    c.setAlphaF(float(alpha));
    return c;
}

} // namespace

TimelineRenderer::TimelineRenderer(const TimelineGeometry &geometry, const TimelineStyle &style)
    : m_geo(geometry), m_model(geometry.model()), m_style(style)
{
}

QString TimelineRenderer::relationRowLabel(const Snapshot &s, int relation, int actor)
{
    const SnapshotRelation &r = s.relations[relation];
    const auto name = [&](int a) { return a >= 0 ? s.actors[a].name : QString(); };
    const QString type = relationTypeLabel(r.type);
    if (!relationIsDirected(r.type))
        return QCoreApplication::translate("Entente::Timeline", "↔ %1 %2",
                                           "undirected relation: type, other actor")
            .arg(type, name(r.source == actor ? r.target : r.source));
    if (r.source == actor)
        return QCoreApplication::translate("Entente::Timeline", "→ %1 %2",
                                           "outgoing relation: type, target")
            .arg(type, name(r.target));
    return QCoreApplication::translate("Entente::Timeline", "← %1 %2",
                                       "incoming relation: source, type")
        .arg(name(r.source), type);
}

QString TimelineRenderer::laneLabel(const TimelineModel &model, int lane)
{
    const auto &l = model.lanes()[lane];
    const Snapshot &s = model.snapshot();
    switch (l.kind) {
    case TimelineModel::LaneKind::Actor: {
        const SnapshotActor &a = s.actors[l.key];
        return a.name.isEmpty() ? a.id : a.name;
    }
    case TimelineModel::LaneKind::NoActor:
        return tr("(no actor)");
    case TimelineModel::LaneKind::EventType: {
        const QString type = s.eventTypes.value(l.key);
        return type.isEmpty() ? tr("(no type)") : type;
    }
    }
    return {};
}

void TimelineRenderer::render(QPainter &p, const TimelineRenderOptions &options) const
{
    p.save();
    p.setFont(m_style.font());
    p.fillRect(m_geo.target(), m_style.background());
    const auto [first, last] = m_geo.visibleLanes();
    const QRectF plot = m_geo.plotRect();

    p.save();
    p.setClipRect(plot);
    drawLaneBackgrounds(p, first, last, options.exporting);
    drawGrid(p);
    // Densities share one scale across the visible lanes so they compare.
    QVector<QVector<double>> bins(std::max(0, last - first + 1));
    double maxBin = 1;
    for (int lane = first; lane <= last; ++lane) {
        if (m_geo.isAggregated(lane)) {
            bins[lane - first] = binsFor(lane);
            for (double c : bins[lane - first])
                maxBin = std::max(maxBin, c);
        }
    }
    for (int lane = first; lane <= last; ++lane) {
        drawRelations(p, lane, options.exporting);
        const auto &b = bins[lane - first];
        drawLaneEvents(p, lane, b.isEmpty() ? nullptr : &b, maxBin);
    }
    if (!options.exporting)
        drawHighlights(p, first, last);
    drawWindow(p);
    p.restore();

    if (options.headers && m_geo.headerRect().width() > 0)
        drawHeaders(p, first, last, options.exporting);
    TimeAxisPainter::paint(p, m_geo, m_style);
    if (m_model.lanes().isEmpty()) {
        p.setPen(m_style.mutedText());
        p.drawText(plot, Qt::AlignCenter, tr("No events to show"));
    }
    p.restore();
}

void TimelineRenderer::drawLaneBackgrounds(QPainter &p, int first, int last, bool exporting) const
{
    const auto &sel = m_geo.state().selectedActors;
    for (int lane = first; lane <= last; ++lane) {
        const auto &l = m_model.lanes()[lane];
        const QRectF r = m_geo.laneRect(lane);
        if (lane % 2 == 1)
            p.fillRect(r, m_style.laneStripe());
        if (!exporting && l.kind == TimelineModel::LaneKind::Actor && sel.contains(l.key))
            p.fillRect(r, withAlpha(m_style.highlight(), 0.10));
        if (!l.relations.isEmpty()) {
            const QRectF rel(r.left(), r.top() + l.bodyHeight, r.width(),
                             r.height() - l.bodyHeight);
            p.fillRect(rel, withAlpha(m_style.text(), 0.03));
        }
        p.setPen(QPen(m_style.grid(false), 0));
        p.drawLine(QPointF(r.left(), r.bottom()), QPointF(r.right(), r.bottom()));
    }
}

void TimelineRenderer::drawGrid(QPainter &p) const
{
    const QRectF plot = m_geo.plotRect();
    const QPen minor(m_style.grid(false), 0), major(m_style.grid(true), 0);
    for (const auto &t : m_geo.axis().ticks()) {
        p.setPen(t.major ? major : minor);
        p.drawLine(QPointF(t.x, plot.top()), QPointF(t.x, plot.bottom()));
    }
}

QVector<double> TimelineRenderer::binsFor(int lane) const
{
    const auto &l = m_model.lanes()[lane];
    const QRectF plot = m_geo.plotRect();
    const TimeAxis &axis = m_geo.axis();
    const int n = std::max(1, int(std::ceil(plot.width() / TimelineGeometry::kBinWidth)));
    // Each item spreads a weight of one over the columns it covers, so a bar shows how
    // much happens there: a year-precision event does not fill a year as a day fills a day.
    QVector<double> diff(n + 1, 0.0);
    const double from = axis.first(), to = axis.end();
    const auto [lo, hi] = m_model.slice(l, from, to);
    // Bin of a day boundary, straight from days (the hot loop of a zoomed-out paint).
    const double binsPerDay = axis.pixelsPerDay() / TimelineGeometry::kBinWidth;
    const auto binOf = [&](double day) {
        const double b = (std::max(day, from) - from) * binsPerDay;
        return b >= n - 1 ? n - 1 : int(b);
    };
    for (int i = lo; i < hi; ++i) {
        const double last = double(l.lasts[i] + 1);
        if (last <= from)
            continue;
        const int b0 = binOf(double(l.firsts[i]));
        const int b1 = std::max(b0, binOf(last - 0.01 / binsPerDay));
        const double weight = 1.0 / (b1 - b0 + 1);
        diff[b0] += weight;
        diff[b1 + 1] -= weight;
    }
    QVector<double> counts(n);
    double run = 0;
    for (int b = 0; b < n; ++b)
        counts[b] = run += diff[b];
    return counts;
}

void TimelineRenderer::drawSpan(QPainter &p, const QRectF &r, const SnapshotEvent &e,
                                const QColor &c) const
{
    // Known to the month or year only: a light hatched bar. A dated interval: a solid
    // lighter bar. Both get end caps so adjacent spans read as separate.
    const bool fuzzy = e.precision != DatePrecision::Day;
    p.setPen(Qt::NoPen);
    p.setBrush(withAlpha(c, fuzzy ? 0.22 : 0.55));
    p.drawRect(r);
    if (fuzzy && r.width() > 4) {
        p.setBrush(QBrush(c, Qt::BDiagPattern));
        p.drawRect(r);
    }
    p.setPen(QPen(c, 1.5));
    const QRectF plot = m_geo.plotRect();
    if (e.firstDay != kOpenPastDay && r.left() >= plot.left())
        p.drawLine(QPointF(r.left(), r.top() - 2), QPointF(r.left(), r.bottom() + 2));
    if (e.lastDay != kOpenFutureDay && r.right() <= plot.right())
        p.drawLine(QPointF(r.right(), r.top() - 2), QPointF(r.right(), r.bottom() + 2));
}

void TimelineRenderer::drawLaneEvents(QPainter &p, int lane, const QVector<double> *bins,
                                      double maxBin) const
{
    const auto &l = m_model.lanes()[lane];
    const Snapshot &s = m_model.snapshot();
    const TimeAxis &axis = m_geo.axis();
    const QRectF plot = m_geo.plotRect();
    const auto &metrics = m_model.metrics();
    const auto colourOf = [&](int e) { return m_style.typeColor(m_model.typeOf(e)); };

    if (bins) {
        const double top = m_geo.laneTop(lane) + (l.collapsed ? 1 : metrics.padding);
        const double bottom =
            m_geo.laneTop(lane) + l.bodyHeight - (l.collapsed ? 1 : metrics.padding);
        const double room = bottom - top;
        const QColor c = l.kind == TimelineModel::LaneKind::EventType
                             ? withAlpha(m_style.typeColor(l.key), 0.8)
                             : m_style.densityColor();
        const double scale = std::log1p(maxBin);
        for (int b = 0; b < bins->size(); ++b) {
            const double count = (*bins)[b];
            if (count < 1e-6) // float noise of the running sum
                continue;
            const double h = room * (0.12 + 0.88 * std::log1p(count) / scale);
            p.fillRect(QRectF(plot.left() + b * TimelineGeometry::kBinWidth, bottom - h,
                              TimelineGeometry::kBinWidth - 0.5, h),
                       c);
        }
        return;
    }

    const double slack = m_geo.markSlackDays();
    const double from = axis.first() - slack;
    const auto [lo, hi] = m_model.slice(l, from, axis.end() + slack);
    p.setRenderHint(QPainter::Antialiasing, true);
    // A span hidden under an identical-looking one drawn just before in its row (same
    // type and precision, e.g. many "2019" events) adds nothing but paint time: skip it.
    struct Drawn
    {
        double x0 = 0, x1 = -1;
        int type = -2;
        bool fuzzy = false;
    };
    std::array<Drawn, TimelineModel::kMaxSpanRows + 1> drawn{};
    for (int i = lo; i < hi; ++i) {
        if (l.rows[i] == 0 || double(l.lasts[i] + 1) <= from)
            continue;
        const int e = l.events[i];
        const SnapshotEvent &ev = s.events[e];
        const QRectF r = m_geo.spanRect(lane, l.rows[i], l.firsts[i], l.lasts[i]);
        Drawn &last = drawn[l.rows[i]];
        const bool fuzzy = ev.precision != DatePrecision::Day;
        if (last.type == m_model.typeOf(e) && last.fuzzy == fuzzy && r.left() >= last.x0 &&
            r.right() <= last.x1)
            continue;
        drawSpan(p, r, ev, colourOf(e));
        last = {r.left(), r.right(), m_model.typeOf(e), fuzzy};
    }
    // Marks go over spans; each gets a background-coloured rim so overlapping marks stay apart.
    struct Placed
    {
        double x;
        int event;
    };
    QVector<Placed> placed;
    const double y = m_geo.markY(lane);
    p.setPen(QPen(m_style.background(), 1));
    for (int i = lo; i < hi; ++i) {
        if (l.rows[i] != 0 || double(l.lasts[i] + 1) <= from)
            continue;
        const int e = l.events[i];
        const double x = axis.dayToX(double(l.firsts[i]) + 0.5);
        p.setBrush(colourOf(e));
        TimelineStyle::drawMark(p, m_style.typeShape(m_model.typeOf(e)), QPointF(x, y),
                                TimelineStyle::kMarkSize);
        placed.push_back({x, e});
    }
    p.setRenderHint(QPainter::Antialiasing, false);

    // Titles beside marks when zoomed in far enough that there is room before the next.
    const QFont small = m_style.smallFont();
    const QFontMetricsF fm(small);
    p.setFont(small);
    p.setPen(m_style.mutedText());
    for (int k = 0; k < placed.size(); ++k) {
        if (placed[k].x < plot.left())
            continue; // its mark is off-screen: a title cut at the edge reads as another event
        const double x0 =
            placed[k].x + TimelineStyle::kMarkSize / 2 + 6; // clear of a selection ring
        const double x1 = std::min(
            k + 1 < placed.size() ? placed[k + 1].x - TimelineStyle::kMarkSize : plot.right(),
            x0 + 240);
        if (x1 - x0 < 40)
            continue;
        const QString title =
            fm.elidedText(s.events[placed[k].event].title, Qt::ElideRight, x1 - x0);
        p.drawText(QRectF(x0, y - fm.height() / 2, x1 - x0, fm.height()),
                   Qt::AlignLeft | Qt::AlignVCenter, title);
    }
    p.setFont(m_style.font());
}

void TimelineRenderer::drawRelations(QPainter &p, int lane, bool exporting) const
{
    const auto &l = m_model.lanes()[lane];
    const Snapshot &s = m_model.snapshot();
    const TimeAxis &axis = m_geo.axis();
    const QRectF plot = m_geo.plotRect();
    const auto &state = m_geo.state();
    p.setRenderHint(QPainter::Antialiasing, true);
    for (int row = 0; row < l.relations.size(); ++row) {
        const int r = l.relations[row];
        const SnapshotRelation &rel = s.relations[r];
        const QRectF rowRect = m_geo.relationRowRect(lane, row);
        const QColor c = m_style.signColor(relationSign(rel.type));
        const double top = rowRect.top() + 3, h = rowRect.height() - 6;
        const auto xOf = [&](qint64 day, bool end) {
            if (day == kOpenPastDay)
                return plot.left() - 4;
            if (day == kOpenFutureDay)
                return plot.right() + 4;
            return std::clamp(axis.dayToX(double(end ? day + 1 : day)), plot.left() - 4,
                              plot.right() + 4);
        };
        QRectF outline;
        if (rel.basis == ValidityBasis::Undated) {
            // No date known: a dotted line across the row with question marks at the ends.
            p.setPen(QPen(c, 1.5, Qt::DotLine));
            p.drawLine(QPointF(plot.left() + 14, top + h / 2),
                       QPointF(plot.right() - 14, top + h / 2));
            p.setPen(c);
            p.drawText(QRectF(plot.left() + 2, rowRect.top(), 12, rowRect.height()),
                       Qt::AlignCenter, QStringLiteral("?"));
            p.drawText(QRectF(plot.right() - 14, rowRect.top(), 12, rowRect.height()),
                       Qt::AlignCenter, QStringLiteral("?"));
            outline = QRectF(plot.left() + 1, top, plot.width() - 2, h);
        } else if (rel.basis == ValidityBasis::AsReported) {
            // Only known to hold on the dates it was reported: dashed, lighter boxes, joined.
            if (rel.periods.size() > 1) {
                p.setPen(QPen(c, 1.2, Qt::DashLine));
                p.drawLine(QPointF(xOf(rel.periods.first().first, false), top + h / 2),
                           QPointF(xOf(rel.periods.last().last, true), top + h / 2));
            }
            for (const DayRange &d : rel.periods) {
                QRectF box(xOf(d.first, false), top, xOf(d.last, true) - xOf(d.first, false), h);
                if (box.width() < 4)
                    box.adjust(-(4 - box.width()) / 2, 0, (4 - box.width()) / 2, 0);
                p.setBrush(withAlpha(c, 0.35));
                p.setPen(QPen(c, 1.2, Qt::DashLine));
                p.drawRect(box);
                outline = outline.isNull() ? box : outline.united(box);
            }
        } else {
            p.setPen(QPen(c, 1));
            p.setBrush(withAlpha(c, 0.75));
            for (const DayRange &d : rel.periods) {
                const QRectF box(xOf(d.first, false), top,
                                 std::max(3.0, xOf(d.last, true) - xOf(d.first, false)), h);
                p.drawRect(box);
                outline = outline.isNull() ? box : outline.united(box);
            }
        }
        const bool selected = state.selectedRelations.contains(r);
        if (!exporting && (selected || state.hoverRelation == r) && !outline.isNull()) {
            p.setBrush(Qt::NoBrush);
            p.setPen(QPen(m_style.highlight(), selected ? 2.5 : 1.5));
            p.drawRect(outline.adjusted(-2, -2, 2, 2));
        }
    }
    p.setRenderHint(QPainter::Antialiasing, false);
}

void TimelineRenderer::drawHighlights(QPainter &p, int first, int last) const
{
    const auto &state = m_geo.state();
    const Snapshot &s = m_model.snapshot();
    const TimeAxis &axis = m_geo.axis();
    QVector<int> events(state.selectedEvents.cbegin(), state.selectedEvents.cend());
    std::sort(events.begin(), events.end());
    if (state.hoverEvent >= 0 && !state.selectedEvents.contains(state.hoverEvent))
        events << state.hoverEvent;
    p.setRenderHint(QPainter::Antialiasing, true);
    for (int e : events) {
        const bool selected = state.selectedEvents.contains(e);
        const SnapshotEvent &ev = s.events[e];
        const QColor hl = m_style.highlight();
        const QVector<int> lanes = m_model.lanesOfEvent(e);
        const double x = std::clamp(axis.dayToX((double(ev.firstDay) + double(ev.lastDay) + 1) / 2),
                                    m_geo.plotRect().left(), m_geo.plotRect().right());
        // The same event on several participant lanes: a faint connector ties them.
        if (lanes.size() > 1) {
            double y0 = std::numeric_limits<double>::max(), y1 = -y0;
            for (int lane : lanes) {
                y0 = std::min(y0, m_geo.markY(lane));
                y1 = std::max(y1, m_geo.markY(lane));
            }
            p.setPen(QPen(withAlpha(hl, selected ? 0.7 : 0.45), 1.5, Qt::DashLine));
            p.drawLine(QPointF(x, y0), QPointF(x, y1));
        }
        for (int lane : lanes) {
            if (lane < first || lane > last)
                continue;
            const int row = m_model.rowOf(lane, e);
            const QColor c = m_style.typeColor(m_model.typeOf(e));
            if (row > 0 && !m_model.lanes()[lane].collapsed) {
                const QRectF r = m_geo.spanRect(lane, row, ev.firstDay, ev.lastDay);
                drawSpan(p, r, ev, c);
                p.setBrush(Qt::NoBrush);
                p.setPen(QPen(hl, selected ? 2.5 : 1.5));
                p.drawRect(r.adjusted(-2, -2, 2, 2));
            } else {
                const QPointF centre(row > 0 ? x : axis.dayToX(double(ev.firstDay) + 0.5),
                                     m_geo.markY(lane));
                p.setPen(QPen(hl, selected ? 2.5 : 1.5));
                p.setBrush(m_style.background());
                p.drawEllipse(centre, TimelineStyle::kMarkSize / 2 + 3,
                              TimelineStyle::kMarkSize / 2 + 3);
                p.setPen(QPen(m_style.background(), 1));
                p.setBrush(c);
                TimelineStyle::drawMark(p, m_style.typeShape(m_model.typeOf(e)), centre,
                                        TimelineStyle::kMarkSize);
            }
        }
    }
    p.setRenderHint(QPainter::Antialiasing, false);
}

void TimelineRenderer::drawWindow(QPainter &p) const
{
    const auto &window = m_geo.state().window;
    if (!window)
        return;
    const QRectF plot = m_geo.plotRect();
    const TimeAxis &axis = m_geo.axis();
    const double xa =
        window->first == kOpenPastDay ? plot.left() - 1 : axis.dayToX(double(window->first));
    const double xb =
        window->last == kOpenFutureDay ? plot.right() + 1 : axis.dayToX(double(window->last + 1));
    const QColor shade = m_style.outsideWindowShade();
    if (xa > plot.left())
        p.fillRect(QRectF(plot.left(), plot.top(), std::min(xa, plot.right()) - plot.left(),
                          plot.height()),
                   shade);
    if (xb < plot.right())
        p.fillRect(QRectF(std::max(xb, plot.left()), plot.top(),
                          plot.right() - std::max(xb, plot.left()), plot.height()),
                   shade);
    p.setPen(QPen(m_style.highlight(), 1.5));
    for (double x : {xa, xb}) {
        if (x >= plot.left() && x <= plot.right())
            p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
    }
}

void TimelineRenderer::drawHeaders(QPainter &p, int first, int last, bool exporting) const
{
    const QRectF header = m_geo.headerRect();
    const auto &state = m_geo.state();
    const Snapshot &s = m_model.snapshot();
    p.save();
    p.setClipRect(header);
    p.fillRect(header, m_style.headerBackground());
    const QFont small = m_style.smallFont();
    const QFontMetricsF fm(m_style.font()), fmSmall(small);
    p.setRenderHint(QPainter::Antialiasing, true);
    for (int lane = first; lane <= last; ++lane) {
        const auto &l = m_model.lanes()[lane];
        const QRectF r = m_geo.laneHeaderRect(lane);
        const bool selected =
            l.kind == TimelineModel::LaneKind::Actor && state.selectedActors.contains(l.key);
        if (!exporting && selected)
            p.fillRect(r, withAlpha(m_style.highlight(), 0.28));
        else if (!exporting && state.hoverLane == lane)
            p.fillRect(r, withAlpha(m_style.highlight(), 0.10));
        double x = r.left() + 6;
        if (!exporting) {
            // Disclosure triangle: pointing right when collapsed, down when open.
            const QRectF t = m_geo.toggleRect(lane).adjusted(3, 3, -3, -3);
            p.setPen(Qt::NoPen);
            p.setBrush(m_style.mutedText());
            if (l.collapsed)
                p.drawPolygon(
                    QPolygonF{t.topLeft(), QPointF(t.right(), t.center().y()), t.bottomLeft()});
            else
                p.drawPolygon(
                    QPolygonF{t.topLeft(), t.topRight(), QPointF(t.center().x(), t.bottom())});
            x = m_geo.toggleRect(lane).right() + 4;
        }
        const double lineH =
            l.collapsed ? r.height() : m_model.metrics().markRow + 2 * m_model.metrics().padding;
        const QRectF line(x, r.top(), r.right() - x - 4, lineH);
        if (l.kind == TimelineModel::LaneKind::EventType && !l.collapsed) {
            p.setPen(QPen(m_style.background(), 1));
            p.setBrush(m_style.typeColor(l.key));
            TimelineStyle::drawMark(p, m_style.typeShape(l.key), QPointF(x + 5, line.center().y()),
                                    TimelineStyle::kMarkSize);
            x += 14;
        }
        QString count;
        if (!l.collapsed)
            count = QString::number(l.events.size());
        const double countW = count.isEmpty() ? 0 : fmSmall.horizontalAdvance(count) + 6;
        QFont f = l.collapsed ? small : m_style.font();
        f.setItalic(l.kind == TimelineModel::LaneKind::NoActor);
        f.setBold(!exporting && selected);
        p.setFont(f);
        p.setPen(m_style.text());
        const QFontMetricsF fmLane(f);
        const QRectF nameRect(x, line.top(), line.right() - x - countW, line.height());
        p.drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                   fmLane.elidedText(laneLabel(m_model, lane), Qt::ElideRight, nameRect.width()));
        if (!count.isEmpty()) {
            p.setFont(small);
            p.setPen(m_style.mutedText());
            p.drawText(QRectF(line.right() - countW, line.top(), countW, line.height()),
                       Qt::AlignRight | Qt::AlignVCenter, count);
        }
        // Relation rows: a sign swatch and what the bar means.
        p.setFont(small);
        for (int row = 0; row < l.relations.size(); ++row) {
            const int rel = l.relations[row];
            const QRectF rr(header.left(), m_geo.relationRowRect(lane, row).top(), header.width(),
                            m_model.metrics().relationRow);
            const bool relSelected = !exporting && state.selectedRelations.contains(rel);
            if (relSelected)
                p.fillRect(rr, withAlpha(m_style.highlight(), 0.2));
            p.fillRect(QRectF(rr.left() + 12, rr.center().y() - 3, 6, 6),
                       m_style.signColor(relationSign(s.relations[rel].type)));
            p.setPen(m_style.mutedText());
            const QRectF textRect = rr.adjusted(22, 0, -4, 0);
            p.drawText(
                textRect, Qt::AlignLeft | Qt::AlignVCenter,
                fmSmall.elidedText(
                    relationRowLabel(s, rel, l.kind == TimelineModel::LaneKind::Actor ? l.key : -1),
                    Qt::ElideRight, textRect.width()));
        }
        p.setFont(m_style.font());
        p.setPen(QPen(m_style.grid(false), 0));
        p.drawLine(QPointF(header.left(), r.top() + l.height),
                   QPointF(header.right(), r.top() + l.height));
    }
    p.setPen(QPen(m_style.grid(true), 0));
    p.drawLine(header.topRight(), header.bottomRight());
    p.restore();
}

} // namespace entente
