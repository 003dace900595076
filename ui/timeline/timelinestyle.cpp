#include "timelinestyle.h"

#include "viewpalette.h"

#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

#include <array>
#include <cmath>

namespace entente {

namespace {

// Hues far apart on the colour wheel, ordered so neighbouring type indices differ most;
// blue/orange first because they stay distinct for the common colour-vision deficiencies.
constexpr std::array kTypeHues{210, 30, 140, 350, 275, 185, 50, 320, 95, 240};

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

} // namespace

TimelineStyle::TimelineStyle(const QPalette &palette, const QFont &font)
    : m_palette(palette), m_font(font), m_dark(palette.color(QPalette::Base).lightnessF() < 0.5)
{
}

QFont TimelineStyle::smallFont() const
{
    QFont f = m_font;
    if (f.pointSizeF() > 0)
        f.setPointSizeF(std::max(6.0, f.pointSizeF() * 0.85));
    else if (f.pixelSize() > 0)
        f.setPixelSize(std::max(8, int(f.pixelSize() * 0.85)));
    return f;
}

QColor TimelineStyle::typeColor(int typeIndex) const
{
    if (typeIndex < 0)
        return mutedText();
    const int n = int(kTypeHues.size());
    const int hue = kTypeHues[size_t(typeIndex % n)];
    // Past the first round of hues, vary lightness so the pair (colour, shape) stays unique.
    const bool second = (typeIndex / n) % 2 == 1;
    const double lightness = m_dark ? (second ? 0.78 : 0.64) : (second ? 0.30 : 0.44);
    return QColor::fromHslF(float(hue / 360.0), 0.72f, float(lightness));
}

TimelineStyle::Shape TimelineStyle::typeShape(int typeIndex) const
{
    if (typeIndex < 0)
        return Shape::Circle;
    // Seven shapes against ten hues: types that share a shape differ in hue and the
    // reverse, and the first seven types all look different even in greyscale.
    return static_cast<Shape>(typeIndex % 7);
}

QColor TimelineStyle::signColor(int sign) const
{
    return ViewPalette(m_palette).signColor(sign);
}

QColor TimelineStyle::laneStripe() const
{
    return mix(background(), text(), m_dark ? 0.05 : 0.035);
}

QColor TimelineStyle::mutedText() const
{
    return mix(background(), text(), 0.6);
}

QColor TimelineStyle::grid(bool major) const
{
    return mix(background(), text(), major ? 0.22 : 0.09);
}

QColor TimelineStyle::headerBackground() const
{
    return mix(background(), m_palette.color(QPalette::Window), 0.7);
}

QColor TimelineStyle::outsideWindowShade() const
{
    QColor c = m_dark ? QColor(0, 0, 0) : QColor(90, 90, 90);
    c.setAlphaF(m_dark ? 0.40f : 0.20f);
    return c;
}

QColor TimelineStyle::densityColor() const
{
    return mix(background(), text(), 0.55);
}

void TimelineStyle::drawMark(QPainter &painter, Shape shape, const QPointF &c, double size)
{
    const double r = size / 2;
    switch (shape) {
    case Shape::Circle:
        painter.drawEllipse(c, r, r);
        return;
    case Shape::Square:
        painter.drawRect(QRectF(c.x() - r * 0.85, c.y() - r * 0.85, r * 1.7, r * 1.7));
        return;
    case Shape::Diamond:
        painter.drawPolygon(QPolygonF{{c.x(), c.y() - r * 1.1},
                                      {c.x() + r, c.y()},
                                      {c.x(), c.y() + r * 1.1},
                                      {c.x() - r, c.y()}});
        return;
    case Shape::TriangleUp:
        painter.drawPolygon(QPolygonF{
            {c.x(), c.y() - r}, {c.x() + r, c.y() + r * 0.8}, {c.x() - r, c.y() + r * 0.8}});
        return;
    case Shape::TriangleDown:
        painter.drawPolygon(QPolygonF{
            {c.x(), c.y() + r}, {c.x() + r, c.y() - r * 0.8}, {c.x() - r, c.y() - r * 0.8}});
        return;
    case Shape::Star: {
        QPolygonF star;
        for (int i = 0; i < 10; ++i) {
            const double rr = i % 2 == 0 ? r * 1.15 : r * 0.5;
            const double a = -M_PI / 2 + i * M_PI / 5;
            star << QPointF(c.x() + rr * std::cos(a), c.y() + rr * std::sin(a));
        }
        painter.drawPolygon(star);
        return;
    }
    case Shape::Plus: {
        const double a = r * 0.38, b = r * 1.05;
        painter.drawPolygon(QPolygonF{{c.x() - a, c.y() - b},
                                      {c.x() + a, c.y() - b},
                                      {c.x() + a, c.y() - a},
                                      {c.x() + b, c.y() - a},
                                      {c.x() + b, c.y() + a},
                                      {c.x() + a, c.y() + a},
                                      {c.x() + a, c.y() + b},
                                      {c.x() - a, c.y() + b},
                                      {c.x() - a, c.y() + a},
                                      {c.x() - b, c.y() + a},
                                      {c.x() - b, c.y() - a},
                                      {c.x() - a, c.y() - a}});
        return;
    }
    }
}

} // namespace entente
