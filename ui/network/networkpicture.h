#pragma once

#include <QImage>
#include <QObject>
#include <QPointF>

#include <functional>

class QPainter;
class QTimer;

namespace entente {

// The network picture cached as an image, and when to redraw it. Hover, selection and
// the legend are drawn over it on every paint, so hovering a 2,000-actor network does not
// redraw 2,000 actors. A picture that is cheap to draw is redrawn on every change; a
// costly one waits for a pause in panning and zooming (shown moved and scaled meanwhile)
// and follows a moving layout only as often as leaves the GUI thread half its time.
class NetworkPicture final : public QObject
{
    Q_OBJECT

public:
    enum class Redraw { Now, Interaction, Animation };

    explicit NetworkPicture(QObject *parent = nullptr);

    // The picture no longer matches the view; `when` says how soon it must be redrawn.
    void invalidate(Redraw when);
    void clear() { m_image = QImage(); }
    // True when paint() should redraw before showing it.
    bool isDue() const;
    // Redraws with `draw` at this view transform and positions (`serial` changes whenever
    // the positions do).
    void redraw(QSize size, qreal ratio, double scale, QPointF offset, quint64 serial,
                const std::function<void(QPainter &)> &draw);
    // Draws the picture; when only the transform changed since it was drawn, moved and
    // scaled to match, over `background`.
    void show(QPainter &painter, QRectF area, double scale, QPointF offset, quint64 serial,
              const QColor &background) const;
    double costMs() const { return m_costMs; }

Q_SIGNALS:
    // A deferred redraw is due: the view should repaint.
    void due();

private:
    QImage m_image;
    bool m_valid = false;
    double m_scale = 1.0;
    QPointF m_offset;
    quint64 m_serial = 0;
    double m_costMs = 0.0;
    QTimer *m_timer;
};

} // namespace entente
