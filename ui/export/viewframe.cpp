#include "viewframe.h"

#include "exportstyle.h"
#include "timeline/timelinegeometry.h"
#include "timeline/timelinelegend.h"
#include "timeline/timelinemodel.h"
#include "timeline/timelinerenderer.h"
#include "timeline/timelinestyle.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

namespace entente {

namespace {

QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("Entente::Export", text, comment, n);
}

constexpr double kGap = 4.0;
// Below this scale timeline labels would be unreadable; lanes past it are left out.
constexpr double kMinTimelineScale = 0.45;

double titleLine(QPainter &p, const QRectF &rect, const QString &title, const QString &right)
{
    const QFont bold = ExportStyle::font(10, true);
    const QFont small = ExportStyle::smallFont();
    const double h = QFontMetricsF(bold).height();
    p.setPen(ExportStyle::text());
    p.setFont(bold);
    const QRectF line(rect.left(), rect.top(), rect.width(), h);
    const double rightWidth =
        std::min(rect.width() * 0.55, QFontMetricsF(small).horizontalAdvance(right) + 2);
    p.drawText(
        line.adjusted(0, 0, -rightWidth - kGap, 0), Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetricsF(bold).elidedText(title, Qt::ElideRight, rect.width() - rightWidth - kGap));
    p.setFont(small);
    p.setPen(ExportStyle::muted());
    p.drawText(line, Qt::AlignRight | Qt::AlignVCenter,
               QFontMetricsF(small).elidedText(right, Qt::ElideLeft, rightWidth));
    p.setPen(QPen(ExportStyle::rule(), 0.5));
    p.drawLine(QPointF(rect.left(), line.bottom() + 1.5),
               QPointF(rect.right(), line.bottom() + 1.5));
    return h + 4;
}

// Height of a footnote wrapped to the frame's width, so the view above leaves it room
// (a narrow frame of the three-up page wraps it to two lines).
double footnoteHeight(const QRectF &rect, const QString &text)
{
    const QFontMetricsF fm(ExportStyle::smallFont());
    return fm.boundingRect(QRectF(0, 0, rect.width(), 1e6), Qt::AlignLeft | Qt::TextWordWrap, text)
               .height() +
           2;
}

void footnote(QPainter &p, const QRectF &rect, const QString &text)
{
    p.setFont(ExportStyle::smallFont());
    p.setPen(ExportStyle::muted());
    p.drawText(rect, Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap, text);
}

} // namespace

void ViewFrame::paint(QPainter &painter, const QRectF &rect, ExportOptions::What view,
                      ExportSource &source)
{
    painter.save();
    const double top =
        titleLine(painter, rect, ExportOptions::whatLabel(view), source.windowText());
    QRectF body = rect.adjusted(0, top, 0, 0);
    switch (view) {
    case ExportOptions::What::Timeline:
        if (source.timeline) {
            painter.save();
            painter.setClipRect(body);
            source.timeline(painter, body);
            painter.restore();
        } else {
            paintTimeline(painter, body, source);
        }
        break;
    case ExportOptions::What::Map:
        if (source.map) {
            const QString note = tr("Basemap: Natural Earth (public domain). Arrows: support "
                                    "and opposition, weighted by evidence.");
            body.setBottom(body.bottom() - footnoteHeight(rect, note));
            painter.save();
            painter.setClipRect(body);
            source.map(painter, body);
            painter.restore();
            footnote(painter, rect, note);
        } else {
            paintUnavailable(painter, body, ExportOptions::whatLabel(view));
        }
        break;
    case ExportOptions::What::Network:
        if (source.network) {
            const NetworkAnalysis &a = source.ensureAnalysis();
            const QString note =
                tr("%n actor(s) in the network, %1 bloc(s); node colour is the bloc.", nullptr,
                   int(a.network.nodes().size()))
                    .arg(a.blocs.blocCount());
            body.setBottom(body.bottom() - footnoteHeight(rect, note));
            painter.save();
            painter.setClipRect(body);
            source.network(painter, body);
            painter.restore();
            footnote(painter, rect, note);
        } else {
            paintUnavailable(painter, body, ExportOptions::whatLabel(view));
        }
        break;
    case ExportOptions::What::All:
    case ExportOptions::What::Report:
        paintAll(painter, rect, source);
        break;
    }
    painter.restore();
}

void ViewFrame::paintAll(QPainter &painter, const QRectF &rect, ExportSource &source)
{
    painter.save();
    const QString title = source.projectName.isEmpty() ? tr("Entente") : source.projectName;
    const double top = titleLine(painter, rect, title, source.filterText());
    const QRectF body = rect.adjusted(0, top + kGap, 0, 0);
    const double w = (body.width() - 2 * 3 * kGap) / 3;
    const ExportOptions::What views[] = {ExportOptions::What::Timeline, ExportOptions::What::Map,
                                         ExportOptions::What::Network};
    for (int i = 0; i < 3; ++i) {
        const QRectF cell(body.left() + i * (w + 3 * kGap), body.top(), w, body.height());
        paint(painter, cell, views[i], source);
    }
    painter.restore();
}

void ViewFrame::paintTimeline(QPainter &painter, const QRectF &rect, const ExportSource &source)
{
    painter.save();
    painter.setClipRect(rect);
    const QFont font = ExportStyle::font(7);
    TimelineStyle style(ExportStyle::printPalette(), font);
    const Snapshot &snapshot = *source.snapshot;
    style.setEventTypes(snapshot.eventTypes);

    // The legend takes the bottom of the frame.
    const double legendHeight =
        TimelineLegend::paint(nullptr, QRectF(0, 0, rect.width(), 1e6), style);
    // Room for the note below the plot: two lines, as it wraps in a narrow frame.
    const double noteHeight = 2 * QFontMetricsF(ExportStyle::smallFont()).height() + 2;
    QRectF plot = rect.adjusted(0, 0, 0, -legendHeight - noteHeight - kGap);

    TimelineModel model;
    model.setSnapshot(source.snapshot);
    model.setMetrics(TimelineGeometry::laneMetrics(QFontMetricsF(font)));
    model.setFilter(source.filter);
    QVector<int> order;
    for (const QString &id : source.filter.actorIds)
        if (const int a = snapshot.actorIndex(id); a >= 0)
            order << a;
    std::sort(order.begin(), order.end());
    model.setLaneOrder(order);

    TimelineViewState state;
    DayRange days = source.shownDays();
    if (!source.filter.window) {
        // Without a window, the events' own span: relation periods reaching years back
        // would squeeze every mark into a corner.
        DayRange events{kOpenFutureDay, kOpenPastDay};
        for (int e = 0; e < snapshot.events.size(); ++e) {
            if (!model.isEventVisible(e))
                continue;
            events.first = std::min(events.first, snapshot.events[e].firstDay);
            events.last = std::max(events.last, snapshot.events[e].lastDay);
        }
        if (events.first <= events.last)
            days = events;
    }
    if (days.first <= days.last && days.first > kOpenPastDay && days.last < kOpenFutureDay) {
        // A little room either side so marks on the first and last day are whole.
        const double pad = std::max(1.0, (days.last - days.first + 1) * 0.01);
        state.firstDay = days.first - pad;
        state.endDay = days.last + 1 + pad;
    }
    state.window = source.filter.window;

    // Fit every lane by drawing into a taller target scaled down, but not below a
    // readable scale: lanes past that are left out (and counted in the note).
    const double axis = TimelineGeometry::axisHeight(QFontMetricsF(font));
    const double needed = model.contentHeight() + axis;
    const double scale = std::clamp(plot.height() / std::max(1.0, needed), kMinTimelineScale, 1.0);
    const QRectF target(0, 0, plot.width() / scale, plot.height() / scale);
    int shownLanes = 0;
    {
        const TimelineGeometry geo(model, state, target, font, true);
        const auto [first, last] = geo.visibleLanes();
        shownLanes = last >= first ? last - first + 1 : 0;
        painter.save();
        painter.translate(plot.topLeft());
        painter.scale(scale, scale);
        TimelineRenderOptions options;
        options.exporting = true;
        options.palette = style.palette();
        TimelineRenderer(geo, style).render(painter, options);
        painter.restore();
    }
    painter.setPen(QPen(ExportStyle::rule(), 0.5));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(plot);

    const int hidden = int(model.lanes().size()) - shownLanes;
    QString note = tr("%n event(s) on %1 lane(s).", nullptr, model.visibleEventCount())
                       .arg(model.lanes().size());
    if (hidden > 0)
        note += QLatin1Char(' ') +
                tr("%n less active lane(s) did not fit and are left out.", nullptr, hidden);
    painter.setFont(ExportStyle::smallFont());
    painter.setPen(ExportStyle::muted());
    painter.drawText(QRectF(rect.left(), plot.bottom() + 2, rect.width(), noteHeight),
                     Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, note);
    painter.setClipping(false);
    TimelineLegend::paint(
        &painter, QRectF(rect.left(), rect.bottom() - legendHeight, rect.width(), legendHeight),
        style);
    painter.restore();
}

void ViewFrame::paintUnavailable(QPainter &painter, const QRectF &rect, const QString &what)
{
    painter.save();
    painter.setPen(QPen(ExportStyle::rule(), 0.8, Qt::DashLine));
    painter.setBrush(ExportStyle::band());
    painter.drawRect(rect);
    painter.setPen(ExportStyle::muted());
    painter.setFont(ExportStyle::font(10));
    painter.drawText(rect.adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap,
                     tr("%1: not available in this version").arg(what));
    painter.restore();
}

} // namespace entente
