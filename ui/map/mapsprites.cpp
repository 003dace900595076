#include "mapsprites.h"

#include "directpixels.h"

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

// The caller's key with the variant: the quarter pixel the origin falls on and the pixel
// ratio. Kept apart rather than joined into one string, as a scene looks up thousands.
struct SpriteKey
{
    QString key;
    int quarters = 0; // x quarters + 5 * y quarters (each 0 to 4)
    qreal dpr = 1.0;
    friend bool operator==(const SpriteKey &, const SpriteKey &) = default;
};

size_t qHash(const SpriteKey &k, size_t seed = 0)
{
    return qHashMulti(seed, k.key, k.quarters, k.dpr);
}

// Per thread: an export on a worker must not share the GUI's images unlocked. Past the
// cap the cache starts again (labels of old windows are not worth keeping).
constexpr int kMaxSprites = 6000;
thread_local QHash<SpriteKey, Sprite> t_sprites;

bool isWhole(qreal v)
{
    return v == std::floor(v);
}

} // namespace

bool MapSprites::usable(const QPainter &p)
{
    const QPaintEngine *engine = p.paintEngine();
    return engine && engine->type() == QPaintEngine::Raster &&
           p.transform().type() <= QTransform::TxTranslate;
}

void MapSprites::drawWith(QPainter &p, const QString &key, const QRectF &bounds, QPointF origin,
                          const DirectPixels *direct, const void *callable, MarkPainter paintMark)
{
    const qreal dpr = p.device() ? p.device()->devicePixelRatioF() : 1.0;
    // Where the origin falls within its pixel is part of the image, so that marks keep
    // their exact places; quarter pixels bound the number of variants.
    const QPointF at = p.transform().map(origin);
    const QPointF whole(std::floor(at.x()), std::floor(at.y()));
    const int qx = int(std::round((at.x() - whole.x()) * 4));
    const int qy = int(std::round((at.y() - whole.y()) * 4));
    const QPointF fraction(qx / 4.0, qy / 4.0);
    SpriteKey fullKey{key, qx + 5 * qy, dpr};
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
            paintMark(callable, ip);
        }
        sprite.image.setDevicePixelRatio(dpr);
        sprite.offset = QPointF(pixels.topLeft()) / dpr;
        it = t_sprites.insert(std::move(fullKey), std::move(sprite));
    }
    const QTransform world = p.transform();
    if (isWhole(world.dx()) && isWhole(world.dy())) {
        // The usual case (a band of the image, shifted by whole pixels): no change of the
        // painter's state, which costs more than the copy of a small image; straight into
        // the image where it can be. whole + offset is in the painter's untransformed
        // pixels: hence the shift back.
        const QPointF shifted = whole + it->offset - QPointF(world.dx(), world.dy());
        if (!direct || !direct->blend(shifted, it->image))
            p.drawImage(shifted, it->image);
        return;
    }
    p.resetTransform();
    p.drawImage(whole + it->offset, it->image);
    p.setTransform(world);
}

int MapSprites::cachedCount()
{
    return int(t_sprites.size());
}

} // namespace entente
