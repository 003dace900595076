#include "overviewstrip.h"

#include "session/session.h"
#include "timelinemodel.h"

#include <QApplication>
#include <QAreaSeries>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QLegend>
#include <QLineSeries>
#include <QMouseEvent>
#include <QPainter>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace entente {

namespace {

constexpr qint64 kUnixEpochDay = 2440588; // QDate(1970, 1, 1).toJulianDay()
constexpr int kMaxMonthBins = 480;        // 40 years; past that, years

// QDateTimeAxis labels in local time: shift so a bin edge lands on local midnight.
double localOffsetMs()
{
    return QDateTime::currentDateTime().offsetFromUtc() * 1000.0;
}

double msOf(double day)
{
    return (day - double(kUnixEpochDay)) * 86400000.0 - localOffsetMs();
}

} // namespace

OverviewStrip::OverviewStrip(Session *session, QWidget *parent)
    : QChartView(new QChart, parent), m_session(session)
{
    QChart *c = chart();
    c->setMargins(QMargins(2, 2, 2, 2));
    c->layout()->setContentsMargins(0, 0, 0, 0);
    c->setBackgroundRoundness(0);
    // The event-type colours are the timeline's, explained by its legend right above:
    // a second legend row would take most of a strip this short.
    c->legend()->hide();
    m_axisX = new QDateTimeAxis;
    m_axisY = new QValueAxis;
    m_axisY->setLabelFormat(QStringLiteral("%d"));
    m_axisY->setTickCount(3);
    c->addAxis(m_axisX, Qt::AlignBottom);
    c->addAxis(m_axisY, Qt::AlignLeft);
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::NoRubberBand);
    setFrameShape(QFrame::NoFrame);
    setToolTip(
        tr("Events per period, stacked by type (colours as in the timeline legend). Drag to set "
           "the time window, drag inside it to move it, double-click to clear it, click to show "
           "that date in the timeline."));
    connect(m_session, &Session::projectChanged, this, [this] {
        m_counted = false;
        rebuild();
    });
    connect(m_session, &Session::filterChanged, this, [this] {
        if (!m_counted || !(TimelineModel::withoutWindow(m_session->filter()) == m_filter))
            rebuild();
        viewport()->update();
    });
    connect(scene(), &QGraphicsScene::changed, this, [this] {
        m_chartPictureStale = true;
        viewport()->update();
    });
    applyPalette();
    rebuild();
}

OverviewStrip::~OverviewStrip() = default;

QSize OverviewStrip::sizeHint() const
{
    return {600, 150};
}

QSize OverviewStrip::minimumSizeHint() const
{
    // Date labels and a plot tall enough to read stacks in.
    return {200, 110};
}

int OverviewStrip::stackedSeriesCount() const
{
    return int(chart()->series().size());
}

void OverviewStrip::setViewRange(double firstDay, double endDay)
{
    m_viewFirst = firstDay;
    m_viewEnd = endDay;
    viewport()->update();
}

void OverviewStrip::applyPalette()
{
    m_style = TimelineStyle(palette(), font());
    m_style.setEventTypes(m_session->snapshot().eventTypes);
    QChart *c = chart();
    c->setBackgroundBrush(m_style.background());
    c->setBackgroundPen(Qt::NoPen);
    c->legend()->setLabelColor(m_style.text());
    c->legend()->setFont(m_style.smallFont());
    for (QAbstractAxis *axis :
         {static_cast<QAbstractAxis *>(m_axisX), static_cast<QAbstractAxis *>(m_axisY)}) {
        axis->setLabelsBrush(m_style.text());
        axis->setLabelsFont(m_style.smallFont());
        axis->setGridLineColor(m_style.grid(false));
        axis->setLinePenColor(m_style.grid(true));
    }
}

void OverviewStrip::rebuild()
{
    const Snapshot &s = m_session->snapshot();
    m_filter = TimelineModel::withoutWindow(m_session->filter());
    m_counted = true;
    m_style.setEventTypes(s.eventTypes);
    chart()->removeAllSeries();
    delete m_lines;
    m_lines = new QObject(this);
    m_totals.clear();
    m_binCount = 0;

    const DayRange extent = s.extent();
    if (extent.first > extent.last) {
        const QDateTime now = QDateTime::currentDateTime();
        m_axisX->setRange(now.addYears(-1), now);
        m_axisY->setRange(0, 1);
        viewport()->update();
        return;
    }
    const QDate d0 = QDate::fromJulianDay(extent.first), d1 = QDate::fromJulianDay(extent.last);
    const int months = (d1.year() - d0.year()) * 12 + d1.month() - d0.month() + 1;
    m_binning = months <= kMaxMonthBins ? Binning::Month : Binning::Year;
    m_binCount = m_binning == Binning::Month ? months : d1.year() - d0.year() + 1;
    QVector<qint64> starts(m_binCount + 1);
    for (int b = 0; b <= m_binCount; ++b) {
        starts[b] = m_binning == Binning::Month
                        ? QDate(d0.year(), d0.month(), 1).addMonths(b).toJulianDay()
                        : QDate(d0.year() + b, 1, 1).toJulianDay();
    }

    // Count each event once, in the bin of its first day.
    const VisibleSet visible = applyFilter(s, m_filter);
    QVector<int> typeTotals(s.eventTypes.size() + 1, 0);
    QVector<int> typeOf(s.events.size(), -1);
    QHash<QString, int> typeIndex;
    for (int t = 0; t < s.eventTypes.size(); ++t)
        typeIndex.insert(s.eventTypes[t], t);
    for (int e : visible.events) {
        typeOf[e] = typeIndex.value(s.events[e].type, -1);
        ++typeTotals[typeOf[e] + 1];
    }
    QVector<int> order; // the biggest types, stacked from the bottom
    for (int t = 0; t < s.eventTypes.size(); ++t) {
        if (typeTotals[t + 1] > 0)
            order << t;
    }
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return typeTotals[a + 1] > typeTotals[b + 1]; });
    const bool hasOther = order.size() > kMaxStackedTypes || typeTotals[0] > 0;
    order.resize(std::min<int>(order.size(), kMaxStackedTypes));
    QVector<int> slotOfType(s.eventTypes.size() + 1, int(order.size())); // default: "other"
    for (int k = 0; k < order.size(); ++k)
        slotOfType[order[k] + 1] = k;
    const int slots = int(order.size()) + (hasOther ? 1 : 0);
    QVector<QVector<int>> counts(slots, QVector<int>(m_binCount, 0));
    for (int e : visible.events) {
        const QDate d = QDate::fromJulianDay(s.events[e].firstDay);
        const int b = m_binning == Binning::Month
                          ? (d.year() - d0.year()) * 12 + d.month() - d0.month()
                          : d.year() - d0.year();
        if (b >= 0 && b < m_binCount)
            ++counts[slotOfType[typeOf[e] + 1]][b];
    }

    m_totals.fill(0, m_binCount);
    QLineSeries *lower = nullptr;
    for (int k = 0; k < slots; ++k) {
        QList<QPointF> points;
        points.reserve(2 * m_binCount);
        for (int b = 0; b < m_binCount; ++b) {
            m_totals[b] += counts[k][b];
            points << QPointF(msOf(double(starts[b])), m_totals[b])
                   << QPointF(msOf(double(starts[b + 1])), m_totals[b]);
        }
        // Filled before the series reaches the chart: one replace(), no per-point redraws.
        auto *upper = new QLineSeries(m_lines);
        upper->replace(points);
        auto *area = new QAreaSeries(upper, lower);
        const bool other = k >= order.size();
        const QColor colour = other ? m_style.mutedText() : m_style.typeColor(order[k]);
        area->setName(
            other ? tr("other")
                  : (s.eventTypes[order[k]].isEmpty() ? tr("(no type)") : s.eventTypes[order[k]]));
        QColor fill = colour;
        fill.setAlphaF(0.8f);
        area->setBrush(fill);
        area->setPen(QPen(colour, 1));
        chart()->addSeries(area);
        area->attachAxis(m_axisX);
        area->attachAxis(m_axisY);
        lower = upper;
    }
    const int maxTotal =
        m_totals.isEmpty() ? 1 : *std::max_element(m_totals.cbegin(), m_totals.cend());
    m_axisX->setRange(QDateTime::fromMSecsSinceEpoch(qint64(msOf(double(starts.first())))),
                      QDateTime::fromMSecsSinceEpoch(qint64(msOf(double(starts.last())))));
    m_axisX->setFormat(months <= 36 ? QStringLiteral("MMM yyyy") : QStringLiteral("yyyy"));
    m_axisX->setTickCount(std::clamp(width() / 110, 3, 9));
    // An even, whole maximum so the three ticks (0, half, max) are whole numbers.
    const int top = std::max(2, (int(std::ceil(maxTotal * 1.1)) + 1) / 2 * 2);
    m_axisY->setRange(0, top);
    viewport()->update();
}

QRectF OverviewStrip::plotInViewport() const
{
    const QRectF scenePlot = chart()->mapToScene(chart()->plotArea()).boundingRect();
    return mapFromScene(scenePlot).boundingRect();
}

double OverviewStrip::xForDay(double day) const
{
    const QRectF plot = plotInViewport();
    const double min = double(m_axisX->min().toMSecsSinceEpoch()),
                 max = double(m_axisX->max().toMSecsSinceEpoch());
    return plot.left() + (msOf(day) - min) / std::max(1.0, max - min) * plot.width();
}

double OverviewStrip::dayAtX(double x) const
{
    const QRectF plot = plotInViewport();
    const double min = double(m_axisX->min().toMSecsSinceEpoch()),
                 max = double(m_axisX->max().toMSecsSinceEpoch());
    const double ms = min + (x - plot.left()) / std::max(1.0, plot.width()) * (max - min);
    return (ms + localOffsetMs()) / 86400000.0 + double(kUnixEpochDay);
}

void OverviewStrip::paintEvent(QPaintEvent *)
{
    // Redrawing the chart costs about 10 ms; a window change or a drag moves only the
    // band drawn over it. The chart's items tell the scene when they change.
    const qreal ratio = viewport()->devicePixelRatioF();
    const QRect area = viewport()->rect();
    if (m_chartPictureStale || m_chartPicture.size() != area.size() * ratio) {
        m_chartPicture = QPixmap(area.size() * ratio);
        m_chartPicture.setDevicePixelRatio(ratio);
        m_chartPicture.fill(Qt::transparent);
        QPainter picture(&m_chartPicture);
        picture.setRenderHints(renderHints());
        scene()->render(&picture, QRectF(area), mapToScene(area).boundingRect());
        m_chartPictureStale = false;
    }
    QPainter painter(viewport());
    painter.drawPixmap(0, 0, m_chartPicture);
    painter.setRenderHints(renderHints());
    painter.setTransform(viewportTransform());
    drawForeground(&painter, mapToScene(area).boundingRect());
}

void OverviewStrip::drawForeground(QPainter *painter, const QRectF &rect)
{
    QChartView::drawForeground(painter, rect);
    // The painter works in scene coordinates here; map from the viewport ones we use.
    const QRectF plotScene = chart()->mapToScene(chart()->plotArea()).boundingRect();
    const QRectF plotView = plotInViewport();
    const auto sceneX = [&](double day) {
        return plotScene.left() + (xForDay(day) - plotView.left()) /
                                      std::max(1.0, plotView.width()) * plotScene.width();
    };
    painter->save();
    painter->setClipRect(plotScene);
    if (const auto &window = m_session->filter().window) {
        const double xa =
            window->first == kOpenPastDay ? plotScene.left() : sceneX(double(window->first));
        const double xb =
            window->last == kOpenFutureDay ? plotScene.right() : sceneX(double(window->last + 1));
        const QColor shade = m_style.outsideWindowShade();
        painter->fillRect(
            QRectF(plotScene.left(), plotScene.top(), xa - plotScene.left(), plotScene.height()),
            shade);
        painter->fillRect(QRectF(xb, plotScene.top(), plotScene.right() - xb, plotScene.height()),
                          shade);
        QColor band = m_style.highlight();
        band.setAlphaF(0.18f);
        painter->fillRect(QRectF(xa, plotScene.top(), xb - xa, plotScene.height()), band);
        painter->setPen(QPen(m_style.highlight(), 1.5));
        painter->drawLine(QPointF(xa, plotScene.top()), QPointF(xa, plotScene.bottom()));
        painter->drawLine(QPointF(xb, plotScene.top()), QPointF(xb, plotScene.bottom()));
    }
    if (m_viewEnd > m_viewFirst) {
        QColor c = m_style.text();
        c.setAlphaF(0.6f);
        painter->setPen(QPen(c, 1, Qt::DashLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(QRectF(QPointF(sceneX(m_viewFirst), plotScene.top() + 1),
                                 QPointF(sceneX(m_viewEnd), plotScene.bottom() - 1)));
    }
    painter->restore();
}

void OverviewStrip::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_binCount == 0) {
        QChartView::mousePressEvent(event);
        return;
    }
    m_pressX = event->position().x();
    m_pressDay = dayAtX(m_pressX);
    m_pressWindow = m_session->filter().window;
    m_drag = m_pressWindow && m_pressWindow->contains(qint64(std::floor(m_pressDay)))
                 ? Drag::Move
                 : Drag::Pending;
    event->accept();
}

void OverviewStrip::mouseMoveEvent(QMouseEvent *event)
{
    const double x = event->position().x();
    if (m_drag == Drag::Pending && std::abs(x - m_pressX) >= QApplication::startDragDistance())
        m_drag = Drag::New;
    const double day = dayAtX(x);
    if (m_drag == Drag::New) {
        const double a = std::min(day, m_pressDay), b = std::max(day, m_pressDay);
        m_session->previewTimeWindow(DayRange{qint64(std::floor(a)), qint64(std::ceil(b)) - 1});
    } else if (m_drag == Drag::Move && std::abs(x - m_pressX) >= 1) {
        const qint64 shift = qint64(std::llround(day - m_pressDay));
        DayRange w = *m_pressWindow;
        if (w.first != kOpenPastDay)
            w.first += shift;
        if (w.last != kOpenFutureDay)
            w.last += shift;
        m_session->previewTimeWindow(w);
    } else {
        QChartView::mouseMoveEvent(event);
        return;
    }
    event->accept();
}

void OverviewStrip::mouseReleaseEvent(QMouseEvent *event)
{
    const Drag drag = m_drag;
    m_drag = Drag::None;
    if (event->button() != Qt::LeftButton) {
        QChartView::mouseReleaseEvent(event);
        return;
    }
    const bool moved = std::abs(event->position().x() - m_pressX) >= 1;
    if (drag == Drag::New || (drag == Drag::Move && moved))
        m_session->commitPreview();
    else if (drag == Drag::Pending || drag == Drag::Move)
        Q_EMIT dayActivated(m_pressDay);
    event->accept();
}

void OverviewStrip::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_session->setTimeWindow(std::nullopt);
        event->accept();
        return;
    }
    QChartView::mouseDoubleClickEvent(event);
}

void OverviewStrip::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    m_axisX->setTickCount(std::clamp(width() / 110, 3, 9));
    layoutPlot();
}

void OverviewStrip::alignPlot(double left, double right)
{
    m_alignLeft = left;
    m_alignRight = right;
    layoutPlot();
}

void OverviewStrip::layoutPlot()
{
    if (m_alignLeft < 0)
        return;
    // The date labels underneath keep their room; the counts axis sits in the lane-header
    // column, left of the plot, like the lane names above.
    const QFontMetricsF small(m_style.smallFont());
    const double top = 6; // room for the top tick label of the counts
    const double axisHeight = small.height() * 1.6 + 4;
    // A date label centred on the last tick must not be cut by the edge.
    const double right = std::max(m_alignRight, small.horizontalAdvance(QStringLiteral("Sep 2020")) / 2 + 2);
    const double width = std::max(40.0, double(viewport()->width()) - m_alignLeft - right);
    const double height = std::max(12.0, double(viewport()->height()) - top - axisHeight);
    chart()->setPlotArea(QRectF(m_alignLeft, top, width, height));
    viewport()->update();
}

void OverviewStrip::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        applyPalette();
        rebuild();
    }
}

} // namespace entente
