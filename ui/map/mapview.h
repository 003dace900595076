#pragma once

#include "mapimagecache.h"
#include "maplayout.h"
#include "mapmodel.h"
#include "maprenderer.h"
#include "mapstyle.h"
#include "mapuserlayer.h"
#include "mapviewport.h"

#include <QTimer>
#include <QWidget>

namespace entente {

class Session;

// The actor map: the world with countries filled by the bloc their state backs, actors as
// markers at their bases, events at their places (clustered when dense), and support and
// opposition arrows weighted by evidence; user GeoJSON layers on top of the basemap.
// Wheel zooms around the cursor, dragging pans, a click selects through the Session (a
// country selects its state, a cluster zooms in, an arrow selects its relations), and the
// session's selection is highlighted and brought into view. Painting, export and
// hit-testing share MapLayout and MapRenderer.
class MapView final : public QWidget
{
    Q_OBJECT

public:
    explicit MapView(Session *session, QWidget *parent = nullptr);
    ~MapView() override;

    const MapModel &model() const { return m_model; }
    const MapViewport &viewport() const { return m_viewport; }
    // The layout behind the picture, for hit-testing and tests. Its coordinates are those
    // of the scene image (the view as it was when last laid out, plus a margin): map them
    // with layoutToView() after a pan.
    const MapLayout &layout() const;
    QTransform layoutToView() const;
    const MapStyle &style() const { return m_style; }

    // Shows every place with coordinates and the involved countries, leaving out far-off
    // places that hold little of the data (MapModel::fitExtent); Home key.
    void fitToData();
    void zoomBy(double factor); // around the centre; > 1 zooms in
    void zoomBy(double factor, QPointF anchor);
    void panByPixels(QPointF delta);
    // Centres on a longitude/latitude, keeping the zoom.
    void centreOn(QPointF lonLat);

    Projection::Kind projectionKind() const { return m_viewport.projection().kind(); }
    void setProjection(Projection::Kind kind);

    MapLayerOptions layers() const { return m_layers; }
    void setLayers(const MapLayerOptions &layers);

    // Loads a GeoJSON file as a layer over the basemap; false (with diagnostics naming the
    // file, JSON path and problem) when it cannot be drawn.
    bool loadUserLayer(const QString &fileName, Diagnostics *diagnostics = nullptr);
    void clearUserLayers();
    const QVector<MapUserLayer> &userLayers() const { return m_userLayers; }

    // Widget positions, for tests and callers that place popups.
    QPointF lonLatToWidget(QPointF lonLat) const { return m_viewport.lonLatToScreen(lonLat); }
    std::optional<QPointF> actorPosition(const QString &actorId) const;
    MapHit hitTest(QPointF pos) const;
    // How often the basemap and scene images were drawn afresh (tests, benchmarks).
    int basemapRenders() const { return m_baseCache.rebuildCount(); }
    int sceneRenders() const { return m_sceneRenders; }
    int layoutsMade() const { return m_layoutsMade; }

    // The one paint routine, also used for export (PDF/SVG/PNG): draws the current view
    // into `target` of any painter (the same area, scaled to fit).
    using QWidget::render;
    void render(QPainter &painter, const QRectF &target,
                const MapRenderOptions &options = {}) const;

Q_SIGNALS:
    void viewportChanged();
    void projectionChanged(Projection::Kind kind);
    void layersChanged(const MapLayerOptions &layers);
    void userLayersChanged();

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
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    enum class Drag { None, Pending, Pan };

    void onProjectChanged();
    void onFilterChanged();
    void onBlocsChanged();
    void onSelectionChanged(bool bringIntoView);
    void updateHighlights(bool bringIntoView);
    void setViewport(const MapViewport &viewport, bool fitted = false);
    void modelChanged();
    void showLonLats(const QVector<QPointF> &points, bool allowZoomIn);
    void click(const MapHit &hit, Qt::KeyboardModifiers modifiers);
    void updateHover(QPointF pos);
    QString baseKey() const;
    QString sceneKey() const;
    // What a layout depends on besides its viewport (not the blocs: they only colour).
    QString layoutKey() const;
    // Lays the new window's map out while its blocs are computed, so that their arrival
    // leaves only painting to do.
    void layOutAhead();
    // Brings the cached image and its layout up to date; while a zoom settles an image
    // drawn at another scale may stand in (allowStale).
    void ensureImage(bool allowStale) const;

    Session *m_session;
    MapModel m_model;
    MapStyle m_style;
    MapViewport m_viewport;
    MapLayerOptions m_layers;
    QVector<MapUserLayer> m_userLayers;
    int m_userLayersGeneration = 0;
    MapHighlights m_highlights;
    bool m_fitted = true; // the viewport is the fit to the data

    Drag m_drag = Drag::None;
    QPointF m_pressPos;
    MapViewport m_pressViewport;

    // The basemap in an image; the same with the scene (arrows, events, actors) drawn on
    // it, and the scene's layout, in the coordinates of that image.
    mutable MapImageCache m_baseCache;
    mutable QImage m_image;
    mutable QString m_sceneKey;
    mutable int m_sceneRenders = 0;
    mutable int m_layoutsMade = 0;
    mutable std::optional<MapLayout> m_layout;
    mutable QString m_layoutKey; // layoutKey() when m_layout was made
    QTimer *m_settle; // runs while a zoom settles: images are shown scaled meanwhile
    // Runs while a filter change waits for the new window's blocs (see onFilterChanged).
    QTimer *m_blocsDue;
};

} // namespace entente
