#include "networkpicture.h"

#include <QElapsedTimer>
#include <QPainter>
#include <QTimer>

#include <algorithm>

namespace entente {

namespace {

constexpr double kCheapRedrawMs = 8.0;
constexpr int kInteractionPauseMs = 150;

} // namespace

NetworkPicture::NetworkPicture(QObject *parent) : QObject(parent), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &NetworkPicture::due);
}

void NetworkPicture::invalidate(Redraw when)
{
    m_valid = false;
    const bool costly = m_costMs > kCheapRedrawMs;
    if (when == Redraw::Now || !costly) {
        m_timer->stop();
    } else if (when == Redraw::Interaction) {
        m_timer->start(kInteractionPauseMs); // restarted by every move
    } else if (!m_timer->isActive()) {
        m_timer->start(int(std::max(30.0, 2.0 * m_costMs)));
    }
}

bool NetworkPicture::isDue() const
{
    return !m_valid && (!m_timer->isActive() || m_image.isNull());
}

void NetworkPicture::redraw(QSize size, qreal ratio, double scale, QPointF offset, quint64 serial,
                            const std::function<void(QPainter &)> &draw)
{
    QElapsedTimer timer;
    timer.start();
    if (m_image.size() != size * ratio)
        m_image = QImage(size * ratio, QImage::Format_ARGB32_Premultiplied);
    m_image.setDevicePixelRatio(ratio);
    {
        QPainter painter(&m_image);
        draw(painter);
    }
    m_valid = true;
    m_scale = scale;
    m_offset = offset;
    m_serial = serial;
    m_costMs = double(timer.nsecsElapsed()) / 1e6;
}

void NetworkPicture::show(QPainter &painter, QRectF area, double scale, QPointF offset,
                          quint64 serial, const QColor &background) const
{
    if (m_valid || m_serial != serial || m_image.isNull()) {
        painter.drawImage(area.topLeft(), m_image);
        return;
    }
    // Panned or zoomed since it was drawn: shown moved until the pause.
    painter.fillRect(area, background);
    painter.save();
    const double k = scale / m_scale;
    painter.translate(offset);
    painter.scale(k, k);
    painter.translate(-m_offset);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
    painter.drawImage(QPointF(0, 0), m_image);
    painter.restore();
}

} // namespace entente
