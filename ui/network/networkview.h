#pragma once

#include "networkgeometry.h"
#include "networklegend.h"
#include "networkpicture.h"
#include "networkrenderer.h"
#include "networkstyle.h"

#include <QWidget>

#include <memory>
#include <optional>

namespace entente {

class LayoutJob;
class Session;

// The support network: actors as nodes (size by evidence or betweenness, colour by bloc,
// shape by kind), relations as edges (colour and dash by type, width by evidence, arrows
// for direction, curved apart when several join two actors, `via` named at the middle).
// It reads the session's NetworkAnalysisCache and lays the network out with a LayoutJob
// off the GUI thread, warm-started so a filter change moves nodes instead of reshuffling.
// Clicks select through the session; a double-click focuses an actor's neighbourhood.
class NetworkView final : public QWidget
{
    Q_OBJECT

public:
    explicit NetworkView(Session *session, QWidget *parent = nullptr);
    ~NetworkView() override;

    LayoutJob *layout() const { return m_layout; }
    // The analysis on show (matching the positions drawn), or null before the first one.
    const NetworkAnalysis *analysis() const { return m_analysis.get(); }

    const NetworkViewOptions &options() const { return m_options; }
    void setNodeSize(NetworkViewOptions::NodeSize size);
    void setShowHierarchy(bool show);
    void setShowLegend(bool show);

    // Cold start of the layout with its seed (pins stay).
    void relayout();
    // Shows the whole network, and keeps doing so while the layout moves, until the
    // analyst zooms or pans.
    void fitAll();
    void zoomBy(double factor, QPointF anchor);

    // Widget coordinates of an actor's node and of the middle of an edge, as drawn.
    std::optional<QPointF> nodePosition(const QString &actorId) const;
    std::optional<QPointF> edgeMidpoint(const QString &sourceId, const QString &targetId,
                                        RelationType type) const;
    QVector<NetworkLegendEntry> legendEntries() const;
    QString summary() const;
    // The node positions of the analysis on show, by node index (layout coordinates).
    const QVector<QPointF> &positions() const { return m_positions; }
    // What the last full redraw of the picture cost (the cached layer under hover and
    // selection), in milliseconds, on whichever thread it ran.
    double lastPictureCostMs() const { return m_picture->costMs(); }
    // A costly picture is redrawn on a worker while the old one is shown; this waits for
    // it (tests, benchmarks, screenshots).
    void waitForPicture() { m_picture->waitForDrawing(); }
    // The analysis whose own picture the last paint showed (perhaps at an earlier frame
    // of its layout); null when it showed the picture of the analysis before, moved and
    // scaled while the new one was drawn (benchmarks).
    const NetworkAnalysis *lastPaintedAnalysis() const { return m_lastPainted; }

    // The one paint routine, for the screen and for export (PDF/SVG/PNG): the part of the
    // network in view, scaled to fit `target`; exports leave out hover, selection and pins.
    using QWidget::render;
    void render(QPainter &painter, const QRectF &target,
                const NetworkRenderOptions &options = {}) const;

Q_SIGNALS:
    // A new analysis is on show (blocs, summary and legend may have changed).
    void analysisShown();
    void optionsChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool event(QEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    enum class Drag { None, PendingNode, Node, PendingPan, Pan };
    using Redraw = NetworkPicture::Redraw;

    void onProjectChanged();
    void onAnalysisUpdated();
    void onFrameChanged();
    void onSelectionChanged();
    void updateEmphasis();
    void ensureSelectionVisible();
    void invalidatePicture(Redraw when);
    void redrawPictureInBackground();
    void invalidateOverlay();
    void ensureGeometry() const;
    void fitTransform(const QRectF &area, double &scale, QPointF &offset) const;
    QRectF fitArea() const;
    // The legend as the view draws it, worked out once per analysis and options.
    const QVector<NetworkLegendEntry> &screenLegend() const;
    QPointF toWorld(QPointF screen) const { return (screen - m_offset) / m_scale; }
    void setHover(int node, int edge);
    bool onPinMarker(int node, QPointF pos) const;
    void focusNeighbourhood(int node);
    void selectEdge(int ref);
    void pinChanged();

    Session *m_session;
    LayoutJob *m_layout;
    NetworkStyle m_style;
    NetworkViewOptions m_options;
    std::shared_ptr<const NetworkAnalysis> m_analysis; // on show
    std::shared_ptr<const NetworkAnalysis> m_pending;  // waiting for its first layout frame
    // The one shown before m_analysis: freed, off the GUI thread, once the new one's
    // picture is on screen (until then its few milliseconds are better spent drawing).
    std::shared_ptr<const NetworkAnalysis> m_retired;
    QVector<QPointF> m_positions;
    quint64 m_positionsSerial = 0;
    NetworkEmphasis m_emphasis;
    mutable NetworkGeometry m_geometry;
    mutable bool m_geometryDirty = true;
    mutable NetworkOverlay m_overlay;
    mutable bool m_overlayDirty = true;
    const NetworkAnalysis *m_lastPainted = nullptr; // see lastPaintedAnalysis()
    mutable std::optional<QVector<NetworkLegendEntry>> m_legend; // see screenLegend()
    quint64 m_analysisSerial = 0; // positions serial of the analysis's first frame

    // The picture without hover, selection and legend, cached.
    NetworkPicture *m_picture;

    double m_scale = 1.0;
    QPointF m_offset;
    bool m_autoFit = true;
    Drag m_drag = Drag::None;
    QPointF m_pressPos;
    QPointF m_lastPos;
    int m_pressNode = -1;
    int m_pressEdge = -1;
    QPointF m_grabOffset; // node centre minus cursor, in layout coordinates
};

} // namespace entente
