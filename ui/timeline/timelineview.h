#pragma once

#include "timelinegeometry.h"
#include "timelinemodel.h"
#include "timelinerenderer.h"
#include "timelinestyle.h"

#include <QWidget>

class QScrollBar;

namespace entente {

class Session;

// The interactive timeline: one lane per actor (or per event type), events as marks or
// spans, relation validity bars under selected actors, densities when zoomed out. It
// reads and writes only the Session (selection, time window); the main window docks it.
// Painting, export and hit-testing share TimelineGeometry + TimelineRenderer.
class TimelineView final : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineView(Session *session, QWidget *parent = nullptr);
    ~TimelineView() override;

    // Lane order hook (e.g. by bloc, once blocs exist): these actors first, in this
    // order; the rest by activity.
    void setLaneOrder(const QVector<int> &actorOrder);
    void setLaneMode(TimelineModel::LaneMode mode);
    void setAllLanesCollapsed(bool collapsed);
    TimelineModel::LaneMode laneMode() const { return m_model.laneMode(); }
    const TimelineModel &model() const { return m_model; }
    const TimelineStyle &timelineStyle() const { return m_style; } // not style(): QWidget has one

    // The visible days [first, end), fractional Julian days.
    // Where the events are drawn, in widget coordinates (right of the lane headers).
    QRectF plotRect() const;
    // The axis's labels as drawn now, unit row and context row, left to right.
    QStringList axisLabels() const;
    void setVisibleDays(double first, double end);
    double visibleFirstDay() const { return m_state.firstDay; }
    double visibleEndDay() const { return m_state.endDay; }
    void fitAll();
    void zoomBy(double factor); // around the centre; < 1 zooms in
    void zoomBy(double factor, double anchorX);
    void panByPixels(double dx);
    void setScrollY(double y);
    double scrollY() const { return m_state.scrollY; }

    // Positions in widget coordinates, for tests and callers that place popups.
    double xForDay(double day) const;
    double dayAtX(double x) const;
    std::optional<QPointF> eventPosition(const QString &eventId) const;
    std::optional<QRectF> actorHeaderRect(const QString &actorId) const;

    // The one paint routine, also used for export (PDF/SVG/PNG): draws the current
    // visible days and lanes into `target` of any painter.
    using QWidget::render;
    void render(QPainter &painter, const QRectF &target,
                const TimelineRenderOptions &options = {}) const;

Q_SIGNALS:
    void visibleDaysChanged(double first, double end);
    // The plot moved inside the widget (resize, font, scroll bar): x of its left edge and
    // the distance from its right edge to the widget's.
    void plotMarginsChanged(double left, double right);
    void laneModeChanged(TimelineModel::LaneMode mode);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool event(QEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    enum class Drag { None, Pending, Pan, Brush };

    void onProjectChanged();
    void onFilterChanged();
    void onSelectionChanged();
    void updateStyle();
    void updateScrollBar();
    void updatePlotMargins(); // emits plotMarginsChanged when they moved
    void ensureSelectionVisible();
    void centreOnDays(double first, double end);
    void scrollLaneIntoView(int lane);
    void click(const TimelineGeometry::Hit &hit, Qt::KeyboardModifiers modifiers);
    void updateHover(const QPointF &pos);
    std::optional<DayRange> brushWindow(double x) const;
    QRectF viewTarget() const;
    TimelineGeometry geometry() const;
    QString toolTipFor(const TimelineGeometry::Hit &hit) const;

    Session *m_session;
    TimelineModel m_model;
    TimelineStyle m_style;
    TimelineViewState m_state;
    QScrollBar *m_scrollBar;
    Drag m_drag = Drag::None;
    QPointF m_pressPos;
    TimelineViewState m_pressState;
    TimelineGeometry::Hit m_pressHit;
    double m_brushAnchor = 0;
    QPointF m_plotMargins{-1, -1}; // last sent by plotMarginsChanged
};

} // namespace entente
