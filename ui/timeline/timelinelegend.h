#pragma once

#include "timelinestyle.h"

#include <QWidget>

namespace entente {

// The key to the timeline: event type colours and marks, how date precision is drawn
// (mark, interval bar, hatched month/year span) and what relation bars mean (sign
// colours, dashed "as reported", dotted undated). paint() also serves export.
class TimelineLegend final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kMaxTypes = 12;

    explicit TimelineLegend(QWidget *parent = nullptr);

    void setEventTypes(const QStringList &types);
    // Lays the legend out as a flow inside `rect`, returns the height used; with a null
    // painter it only measures.
    static double paint(QPainter *painter, const QRectF &rect, const TimelineStyle &style);

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    TimelineStyle currentStyle() const;
    QStringList m_types;
};

} // namespace entente
