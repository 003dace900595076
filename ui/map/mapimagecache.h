#pragma once

#include "mapviewport.h"

#include <QImage>
#include <QString>
#include <QTransform>

namespace entente {

// The actor map's basemap drawn once into an image with a margin around the view, so that
// panning only moves the image and hovering never redraws it (a cold frame, basemap and
// scene, takes some 15 ms on two cores at 1600x1000, bench_map). While a wheel zoom
// settles the old image can be shown scaled.
class MapImageCache
{
public:
    // True when the image was drawn for `key` (what it shows, projection included) at the
    // viewport's scale, and covers what the viewport shows.
    bool fits(const MapViewport &viewport, const QString &key) const;
    // True when the image shows `key` at some scale and, moved and scaled, still covers most
    // of the view: good enough for the few frames of a zoom.
    bool standsIn(const MapViewport &viewport, const QString &key) const;

    // Starts a new image covering the viewport plus a margin on each side and returns that
    // enlarged viewport (its target in view coordinates). The image is opaque (RGB32, so
    // showing it is a plain copy) and not cleared: the caller paints every pixel of it,
    // e.g. in bands (MapBands).
    const MapViewport &reset(const MapViewport &viewport, const QString &key,
                             qreal devicePixelRatio);
    // The viewport reset() would give the image for `viewport`.
    static MapViewport enlarged(const MapViewport &viewport);
    void clear();

    const QImage &image() const { return m_image; }
    QImage &image() { return m_image; }
    // The viewport the image was drawn for: its target is the image's rectangle.
    const MapViewport &viewport() const { return m_viewport; }
    // Maps the image's coordinates onto the view as it is now (a pan moves it, a zoom
    // scales it).
    QTransform toView(const MapViewport &viewport) const;
    int rebuildCount() const { return m_rebuilds; }

    // Of the view, on each side. Pans within it move the image only; every cold frame
    // paints it too (0.15: 1.7 times the view's pixels; 0.25 was 2.25 times, a third more
    // work per frame for pans of 400 px instead of 240 at 1600 px wide).
    static constexpr double kMargin = 0.15;

private:
    QImage m_image;
    MapViewport m_viewport;
    QString m_key;
    int m_rebuilds = 0;
};

} // namespace entente
