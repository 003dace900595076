#include "timeaxispainter.h"

#include "timelinegeometry.h"
#include "timelinestyle.h"

#include <QCoreApplication>
#include <QPainter>

namespace entente {

void TimeAxisPainter::paint(QPainter &p, const TimelineGeometry &geo, const TimelineStyle &style)
{
    const QRectF axisRect = geo.axisRect(), corner = geo.cornerRect();
    const TimeAxis &axis = geo.axis();
    const QFontMetricsF &fm = geo.metrics();
    p.save();
    p.fillRect(axisRect.united(corner), style.headerBackground());
    const double row1 = axisRect.top() + 3, row2 = row1 + fm.height() + 2;

    // Corner: what the lanes are and what the ticks count.
    if (corner.width() > 0) {
        p.setPen(style.text());
        const QString mode = geo.model().laneMode() == TimelineModel::LaneMode::Actors
                                 ? QCoreApplication::translate("Entente::Timeline", "Actors")
                                 : QCoreApplication::translate("Entente::Timeline", "Event types");
        p.drawText(QRectF(corner.left() + 6, row1, corner.width() - 8, fm.height()),
                   Qt::AlignLeft | Qt::AlignVCenter, mode);
        p.setPen(style.mutedText());
        p.drawText(QRectF(corner.left() + 6, row2, corner.width() - 8, fm.height()),
                   Qt::AlignLeft | Qt::AlignVCenter, TimeAxis::levelName(axis.level()));
        p.setPen(QPen(style.grid(true), 0));
        p.drawLine(corner.topRight(), corner.bottomRight());
    }

    p.setClipRect(axisRect);
    const QPen minor(style.grid(true), 0), major(style.mutedText(), 0);
    for (const auto &t : axis.ticks()) {
        p.setPen(t.major ? major : minor);
        p.drawLine(QPointF(t.x, t.major ? row1 : row2), QPointF(t.x, axisRect.bottom()));
    }
    // Unit labels sit next to the lanes; the context row (month, year) above them.
    const double pad = TimeAxis::kLabelPadding;
    p.setPen(style.text());
    for (const auto &t : axis.ticks()) {
        if (!t.label.isEmpty())
            p.drawText(QPointF(t.x + pad, row2 + fm.ascent()), t.label);
    }
    if (axis.hasContextRow()) {
        for (const auto &t : axis.ticks()) {
            if (!t.majorLabel.isEmpty())
                p.drawText(QPointF(t.x + pad, row1 + fm.ascent()), t.majorLabel);
        }
        if (!axis.leadingContextLabel().isEmpty()) {
            p.setPen(style.mutedText());
            p.drawText(QPointF(axisRect.left() + pad, row1 + fm.ascent()),
                       axis.leadingContextLabel());
        }
    }

    if (const auto &window = geo.state().window) {
        const double xa =
            window->first == kOpenPastDay ? axisRect.left() : axis.dayToX(double(window->first));
        const double xb = window->last == kOpenFutureDay ? axisRect.right()
                                                         : axis.dayToX(double(window->last + 1));
        p.fillRect(QRectF(xa, axisRect.bottom() - 4, xb - xa, 4), style.highlight());
    }
    p.setClipping(false);
    p.setPen(QPen(style.grid(true), 0));
    p.drawLine(QPointF(corner.left(), axisRect.bottom()), axisRect.bottomRight());
    p.restore();
}

} // namespace entente
