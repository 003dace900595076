#pragma once

#include <QFutureWatcher>
#include <QImage>
#include <QObject>
#include <QPointF>

#include <functional>

class QPainter;
class QTimer;

namespace entente {

// The network picture cached as an image, and when to redraw it. Hover, selection and
// the legend are drawn over it on every paint, so hovering a 2,000-actor network does not
// redraw 2,000 actors. A picture that is cheap to draw is redrawn on every change, on the
// GUI thread. A costly one (thousands of edges crossing the view) is redrawn on a worker
// thread while the old one is shown, moved and scaled to match, so no repaint waits for
// it; it waits for a pause in panning and zooming, and follows a moving layout only as
// often as leaves the worker half its time.
class NetworkPicture final : public QObject
{
    Q_OBJECT

public:
    enum class Redraw { Now, Interaction, Animation };
    using Draw = std::function<void(QPainter &)>;

    explicit NetworkPicture(QObject *parent = nullptr);
    ~NetworkPicture() override;

    // The picture no longer matches the view; `when` says how soon it must be redrawn.
    void invalidate(Redraw when);
    void clear() { m_image = QImage(); }
    bool isNull() const { return m_image.isNull(); }
    // The positions serial the picture was drawn for (0: none yet).
    quint64 serial() const { return isNull() ? 0 : m_serial; }
    // True when paint() should redraw (or start redrawing) before showing it.
    bool isDue() const;
    // True when the last redraw cost too much for the GUI thread: the next one should
    // go through redrawInBackground().
    bool isCostly() const;
    // Redraws with `draw` at this view transform and positions (`serial` changes whenever
    // the positions do).
    void redraw(QSize size, qreal ratio, double scale, QPointF offset, quint64 serial,
                const Draw &draw);
    // The same on a worker thread: `draw` must own copies of all it reads. due() is
    // emitted when the new picture is in; the old one is shown until then.
    void redrawInBackground(QSize size, qreal ratio, double scale, QPointF offset, quint64 serial,
                            Draw draw);
    // A background redraw is under way, or done but its picture not yet taken in.
    bool isDrawing() const { return m_jobs > m_installed; }
    // Blocks until a background redraw is in (tests, benchmarks).
    void waitForDrawing();
    // Draws the picture; when only the transform changed since it was drawn, moved and
    // scaled to match, over `background`.
    void show(QPainter &painter, QRectF area, double scale, QPointF offset, quint64 serial,
              const QColor &background) const;
    // What the last redraw cost, on whichever thread it ran, in milliseconds.
    double costMs() const { return m_costMs; }

Q_SIGNALS:
    // A deferred redraw is due, or a background one is in: the view should repaint.
    void due();

private:
    struct Result
    {
        QImage image;
        double scale = 1.0;
        QPointF offset;
        quint64 serial = 0;
        double costMs = 0.0;
        quint64 job = 0;
    };
    void install(Result result);

    QImage m_image;
    bool m_valid = false;
    double m_scale = 1.0;
    QPointF m_offset;
    quint64 m_serial = 0;
    double m_costMs = 0.0;
    // Set when the picture was invalidated while a background redraw ran: its result is
    // already out of date.
    bool m_staleWhileDrawing = false;
    quint64 m_jobs = 0;      // background redraws started
    quint64 m_installed = 0; // the last one whose picture came in
    QTimer *m_timer;
    QFutureWatcher<Result> m_watcher;
};

} // namespace entente
