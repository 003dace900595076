#include "timelinelegend.h"

#include "model/vocabulary.h"

#include <QEvent>
#include <QPainter>

#include <functional>

namespace entente {

namespace {

struct Item
{
    QString label;
    std::function<void(QPainter &, const QRectF &)> swatch; // empty: a section title
};

QColor faded(QColor c, double alpha)
{
    c.setAlphaF(float(alpha));
    return c;
}

QVector<Item> itemsFor(const TimelineStyle &style)
{
    QVector<Item> items;
    const auto title = [&](const QString &text) { items.push_back({text, {}}); };
    const auto bar = [&](const QString &label, QColor colour, Qt::PenStyle pen, double alpha,
                         bool hatch, bool caps) {
        items.push_back({label, [=](QPainter &p, const QRectF &r) {
                             const QRectF b(r.left(), r.center().y() - 3, r.width(), 6);
                             p.setPen(pen == Qt::SolidLine ? Qt::NoPen : QPen(colour, 1.2, pen));
                             p.setBrush(faded(colour, alpha));
                             p.drawRect(b);
                             if (hatch) {
                                 p.setBrush(QBrush(colour, Qt::BDiagPattern));
                                 p.drawRect(b);
                             }
                             if (caps) {
                                 p.setPen(QPen(colour, 1.5));
                                 p.drawLine(QPointF(b.left(), b.top() - 2),
                                            QPointF(b.left(), b.bottom() + 2));
                                 p.drawLine(QPointF(b.right(), b.top() - 2),
                                            QPointF(b.right(), b.bottom() + 2));
                             }
                         }});
    };

    title(TimelineLegend::tr("Event types"));
    const QStringList &types = style.eventTypes();
    for (int t = 0; t < std::min<int>(types.size(), TimelineLegend::kMaxTypes); ++t) {
        items.push_back({types[t].isEmpty() ? TimelineLegend::tr("(no type)") : types[t],
                         [&style, t](QPainter &p, const QRectF &r) {
                             p.setPen(QPen(style.background(), 1));
                             p.setBrush(style.typeColor(t));
                             TimelineStyle::drawMark(p, style.typeShape(t), r.center(),
                                                     TimelineStyle::kMarkSize);
                         }});
    }
    if (types.size() > TimelineLegend::kMaxTypes)
        title(
            TimelineLegend::tr("+%n more", nullptr, int(types.size()) - TimelineLegend::kMaxTypes));

    const QColor neutral = style.mutedText();
    title(TimelineLegend::tr("Dates"));
    items.push_back({TimelineLegend::tr("day"), [neutral, &style](QPainter &p, const QRectF &r) {
                         p.setPen(QPen(style.background(), 1));
                         p.setBrush(neutral);
                         TimelineStyle::drawMark(p, TimelineStyle::Shape::Circle, r.center(),
                                                 TimelineStyle::kMarkSize);
                     }});
    bar(TimelineLegend::tr("interval"), neutral, Qt::SolidLine, 0.55, false, true);
    bar(TimelineLegend::tr("month or year only"), neutral, Qt::SolidLine, 0.22, true, true);
    items.push_back(
        {TimelineLegend::tr("many events (density)"), [&style](QPainter &p, const QRectF &r) {
             const double heights[] = {3, 7, 11, 5, 9};
             for (int i = 0; i < 5; ++i)
                 p.fillRect(QRectF(r.left() + i * 3.5, r.bottom() - heights[i], 2.5, heights[i]),
                            style.densityColor());
         }});

    title(TimelineLegend::tr("Relations"));
    bar(TimelineLegend::tr("friendly"), style.signColor(+1), Qt::SolidLine, 0.75, false, false);
    bar(TimelineLegend::tr("hostile"), style.signColor(-1), Qt::SolidLine, 0.75, false, false);
    bar(TimelineLegend::tr("hierarchy"), style.signColor(0), Qt::SolidLine, 0.75, false, false);
    bar(TimelineLegend::tr("as reported"), neutral, Qt::DashLine, 0.35, false, false);
    items.push_back({TimelineLegend::tr("undated"), [neutral](QPainter &p, const QRectF &r) {
                         p.setPen(QPen(neutral, 1.5, Qt::DotLine));
                         p.drawLine(QPointF(r.left() + 8, r.center().y()),
                                    QPointF(r.right(), r.center().y()));
                         p.setPen(neutral);
                         p.drawText(QRectF(r.left(), r.top(), 8, r.height()), Qt::AlignCenter,
                                    QStringLiteral("?"));
                     }});
    return items;
}

} // namespace

TimelineLegend::TimelineLegend(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void TimelineLegend::setEventTypes(const QStringList &types)
{
    // Called on every filter change: a layout pass for nothing costs the whole panel.
    if (types == m_types)
        return;
    m_types = types;
    updateGeometry();
    update();
}

TimelineStyle TimelineLegend::currentStyle() const
{
    TimelineStyle style(palette(), font());
    style.setEventTypes(m_types);
    return style;
}

double TimelineLegend::paint(QPainter *p, const QRectF &rect, const TimelineStyle &style)
{
    const QFont font = style.smallFont();
    QFont bold = font;
    bold.setBold(true);
    const QFontMetricsF fm(font), fmBold(bold);
    const double lineH = std::max(fm.height(), 14.0) + 4;
    const double swatchW = 22;
    double x = rect.left(), y = rect.top();
    if (p) {
        p->save();
        p->setRenderHint(QPainter::Antialiasing, true);
    }
    for (const Item &item : itemsFor(style)) {
        const bool isTitle = !item.swatch;
        const double textW = (isTitle ? fmBold : fm).horizontalAdvance(item.label);
        const double w = (isTitle ? 0 : swatchW + 4) + textW + (isTitle ? 8 : 14);
        if (x > rect.left() && x + w > rect.right()) {
            x = rect.left();
            y += lineH;
        }
        if (p) {
            double tx = x;
            if (!isTitle) {
                p->save();
                item.swatch(*p, QRectF(x, y + 2, swatchW, lineH - 4));
                p->restore();
                tx += swatchW + 4;
            }
            p->setFont(isTitle ? bold : font);
            p->setPen(style.text());
            p->drawText(QRectF(tx, y, textW + 2, lineH), Qt::AlignLeft | Qt::AlignVCenter,
                        item.label);
        }
        x += w;
    }
    if (p)
        p->restore();
    return y + lineH - rect.top();
}

int TimelineLegend::heightForWidth(int width) const
{
    return int(std::ceil(paint(nullptr, QRectF(4, 2, width - 8, 1e6), currentStyle()))) + 4;
}

QSize TimelineLegend::sizeHint() const
{
    const int w = std::max(width(), 400);
    return {w, heightForWidth(w)};
}

void TimelineLegend::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    paint(&p, QRectF(rect()).adjusted(4, 2, -4, -2), currentStyle());
}

void TimelineLegend::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        updateGeometry();
}

} // namespace entente
