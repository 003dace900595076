#include "mapsprites.h"

#include <QHash>
#include <QPaintEngine>
#include <QPainter>

#include <cmath>

namespace entente {

namespace {

struct Sprite
{
    QImage image;
    QPointF offset; // of the image's top-left from the whole-pixel origin, logical pixels
};

// Per thread: an export on a worker must not share the GUI's images unlocked. Past the
// cap the cache starts again (labels of old windows are not worth keeping).
constexpr int kMaxSprites = 6000;
thread_local QHash<QString, Sprite> t_sprites;

} // namespace

bool MapSprites::usable(const QPainter &p)
{
    const QPaintEngine *engine = p.paintEngine();
    return engine && engine->type() == QPaintEngine::Raster &&
           p.transform().type() <= QTransform::TxTranslate;
}

void MapSprites::draw(QPainter &p, const QString &key, const QRectF &bounds, QPointF origin,
                      const std::function<void(QPainter &)> &drawMark)
{
    const qreal dpr = p.device() ? p.device()->devicePixelRatioF() : 1.0;
    // Where the origin falls within its pixel is part of the image, so that marks keep
    // their exact places; quarter pixels bound the number of variants.
    const QPointF at = p.transform().map(origin);
    const QPointF whole(std::floor(at.x()), std::floor(at.y()));
    const QPointF fraction(std::round((at.x() - whole.x()) * 4) / 4,
                           std::round((at.y() - whole.y()) * 4) / 4);
    const QString fullKey =
        key + QStringLiteral("|%1|%2|%3").arg(dpr).arg(fraction.x()).arg(fraction.y());
    auto it = t_sprites.constFind(fullKey);
    if (it == t_sprites.cend()) {
        if (t_sprites.size() >= kMaxSprites)
            t_sprites.clear();
        const QRectF area = bounds.translated(fraction).adjusted(-1, -1, 1, 1);
        const QRect pixels = QRectF(area.topLeft() * dpr, area.size() * dpr).toAlignedRect();
        Sprite sprite;
        sprite.image = QImage(pixels.size(), QImage::Format_ARGB32_Premultiplied);
        sprite.image.fill(Qt::transparent);
        {
            QPainter ip(&sprite.image);
            ip.setRenderHints(p.renderHints());
            ip.translate(-QPointF(pixels.topLeft()));
            ip.scale(dpr, dpr);
            ip.translate(fraction);
            drawMark(ip);
        }
        sprite.image.setDevicePixelRatio(dpr);
        sprite.offset = QPointF(pixels.topLeft()) / dpr;
        it = t_sprites.insert(fullKey, std::move(sprite));
    }
    const QTransform world = p.transform();
    p.resetTransform();
    p.drawImage(whole + it->offset, it->image);
    p.setTransform(world);
}

int MapSprites::cachedCount()
{
    return int(t_sprites.size());
}

} // namespace entente
