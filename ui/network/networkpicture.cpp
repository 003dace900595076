#include "networkpicture.h"

#include "util/backgroundpool.h"

#include <QElapsedTimer>
#include <QPainter>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

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
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, [this] {
        install(m_watcher.result());
        Q_EMIT due();
    });
}

NetworkPicture::~NetworkPicture()
{
    m_watcher.waitForFinished();
}

void NetworkPicture::invalidate(Redraw when)
{
    m_valid = false;
    m_staleWhileDrawing = isDrawing();
    if (when == Redraw::Now || !isCostly()) {
        m_timer->stop();
    } else if (when == Redraw::Interaction) {
        m_timer->start(kInteractionPauseMs); // restarted by every move
    } else if (!m_timer->isActive()) {
        m_timer->start(int(std::max(30.0, 2.0 * m_costMs)));
    }
}

bool NetworkPicture::isDue() const
{
    return !m_valid && !isDrawing() && (!m_timer->isActive() || m_image.isNull());
}

bool NetworkPicture::isCostly() const
{
    return m_costMs > kCheapRedrawMs;
}

void NetworkPicture::redraw(QSize size, qreal ratio, double scale, QPointF offset, quint64 serial,
                            const Draw &draw)
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

void NetworkPicture::redrawInBackground(QSize size, qreal ratio, double scale, QPointF offset,
                                        quint64 serial, Draw draw)
{
    m_staleWhileDrawing = false;
    const quint64 job = ++m_jobs;
    m_watcher.setFuture(QtConcurrent::run(&backgroundPool(), [=, draw = std::move(draw)] {
        QElapsedTimer timer;
        timer.start();
        Result result;
        result.image = QImage(size * ratio, QImage::Format_ARGB32_Premultiplied);
        result.image.setDevicePixelRatio(ratio);
        {
            QPainter painter(&result.image);
            draw(painter);
        }
        result.scale = scale;
        result.offset = offset;
        result.serial = serial;
        result.costMs = double(timer.nsecsElapsed()) / 1e6;
        result.job = job;
        return result;
    }));
}

void NetworkPicture::waitForDrawing()
{
    if (!isDrawing())
        return;
    m_watcher.waitForFinished();
    // The finished signal is queued; install now so the caller sees the picture.
    install(m_watcher.result());
}

void NetworkPicture::install(Result result)
{
    if (result.job <= m_installed)
        return; // installed already (waitForDrawing, then the queued signal)
    m_installed = result.job;
    m_image = std::move(result.image);
    m_scale = result.scale;
    m_offset = result.offset;
    m_serial = result.serial;
    m_costMs = result.costMs;
    m_valid = !m_staleWhileDrawing;
    m_staleWhileDrawing = false;
}

void NetworkPicture::show(QPainter &painter, QRectF area, double scale, QPointF offset,
                          quint64 serial, const QColor &background) const
{
    if (m_image.isNull()) {
        painter.fillRect(area, background);
        return;
    }
    if (m_valid || m_serial != serial) {
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
