#pragma once

#include "session/filter.h"
#include "timelinestyle.h"

#include <QChartView>
#include <QPixmap>

#include <optional>

class QAreaSeries;
class QDateTimeAxis;
class QValueAxis;

namespace entente {

class Session;

// The strip under the timeline: events per month or year (chosen by the project's
// extent), stacked by event type, with the session's time window shaded. Dragging on
// it sets or moves the window through the session. Qt Charts is fine here: a few
// hundred bins, filled with replace() into series not yet on the chart.
class OverviewStrip final : public QChartView
{
    Q_OBJECT

public:
    enum class Binning { Month, Year };
    static constexpr int kMaxStackedTypes = 8; // the rest goes into "other"

    explicit OverviewStrip(Session *session, QWidget *parent = nullptr);
    ~OverviewStrip() override;

    // The timeline's visible days, outlined so the analyst sees where the view is.
    void setViewRange(double firstDay, double endDay);
    // Lines the plot up under the timeline's: `left` px from the left edge (the lane
    // headers' width) and `right` px from the right edge (its scroll bar).
    void alignPlot(double left, double right);
    Binning binning() const { return m_binning; }
    int binCount() const { return m_binCount; }
    int stackedSeriesCount() const;
    // Totals per bin, oldest first (for tests and summaries).
    const QVector<int> &totals() const { return m_totals; }

    // Widget x (viewport coordinates) <-> Julian day, through the chart's plot area.
    double xForDay(double day) const;
    double dayAtX(double x) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    // A click (no drag) on a day: the panel centres the timeline there.
    void dayActivated(double day);

protected:
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    enum class Drag { None, Pending, New, Move };

    void rebuild();
    void applyPalette();
    QRectF plotInViewport() const;
    void layoutPlot();

    Session *m_session;
    TimelineStyle m_style;
    Filter m_filter; // the window-less filter the bins were counted for
    bool m_counted = false;
    QDateTimeAxis *m_axisX = nullptr;
    QValueAxis *m_axisY = nullptr;
    QObject *m_lines = nullptr; // owns the line series the areas are built on
    Binning m_binning = Binning::Month;
    int m_binCount = 0;
    QVector<int> m_totals;
    double m_viewFirst = 0;
    double m_viewEnd = 0;
    Drag m_drag = Drag::None;
    double m_pressX = 0;
    double m_pressDay = 0;
    std::optional<DayRange> m_pressWindow;
    double m_alignLeft = -1; // < 0: Qt Charts lays the plot out itself
    // The chart as last drawn: a window change moves only the band over it (see paintEvent).
    QPixmap m_chartPicture;
    bool m_chartPictureStale = true;
    double m_alignRight = 0;
};

} // namespace entente
