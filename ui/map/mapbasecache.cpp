#include "mapbasecache.h"

#include "maplayout.h"
#include "mapmodel.h"
#include "maprenderer.h"
#include "mapstyle.h"

#include <QPainter>

#include <cmath>

namespace entente {

const QImage &MapBaseCache::image(const MapViewport &viewport, const MapModel &model,
                                  const MapStyle &style, const MapLayerOptions &layers,
                                  const QVector<MapUserLayer> &userLayers, int userLayersGeneration,
                                  qreal devicePixelRatio, QPointF *topLeft)
{
    const QString key = QStringLiteral("%1|%2|%3|%4%5|%6|%7|%8|%9x%10")
                            .arg(viewport.projection().key())
                            .arg(viewport.scale(), 0, 'g', 17)
                            .arg(model.fillGeneration())
                            .arg(int(layers.countries))
                            .arg(int(layers.userLayers))
                            .arg(userLayersGeneration)
                            .arg(style.palette().color(QPalette::Base).name())
                            .arg(devicePixelRatio)
                            .arg(viewport.target().width())
                            .arg(viewport.target().height());
    const QRectF cached(m_viewport.toPlane(m_viewport.target().topLeft()),
                        m_viewport.toPlane(m_viewport.target().bottomRight()));
    if (key != m_key || m_image.isNull() || !cached.contains(viewport.visiblePlaneRect())) {
        const QRectF view = viewport.target();
        const double mx = std::ceil(view.width() * kMargin), my = std::ceil(view.height() * kMargin);
        MapViewport v = viewport;
        v.setTarget(view.adjusted(-mx, -my, mx, my));
        v.setScale(viewport.scale());
        v.setCentre(viewport.centre());
        const QSize size = (v.target().size() * devicePixelRatio).toSize();
        if (m_image.size() != size)
            m_image = QImage(size, QImage::Format_ARGB32_Premultiplied);
        m_image.setDevicePixelRatio(devicePixelRatio);
        QPainter p(&m_image);
        p.translate(-v.target().topLeft());
        MapRenderer::renderBase(p, v, model, style, layers, &userLayers);
        m_viewport = v;
        m_key = key;
        ++m_rebuilds;
    }
    *topLeft = viewport.toScreen(m_viewport.toPlane(m_viewport.target().topLeft()));
    return m_image;
}

void MapBaseCache::clear()
{
    m_image = QImage();
    m_key.clear();
}

} // namespace entente
