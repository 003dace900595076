#include "mapstyle.h"

namespace entente {

namespace {

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

QFont scaled(const QFont &font, double factor)
{
    QFont f = font;
    if (f.pointSizeF() > 0)
        f.setPointSizeF(std::max(6.0, f.pointSizeF() * factor));
    else if (f.pixelSize() > 0)
        f.setPixelSize(std::max(8, int(f.pixelSize() * factor)));
    return f;
}

} // namespace

MapStyle::MapStyle(const QPalette &palette, const QFont &font)
    : m_palette(palette), m_font(font), m_view(palette), m_events(palette, font)
{
}

QFont MapStyle::labelFont() const
{
    return scaled(m_font, 0.9);
}

QFont MapStyle::smallFont() const
{
    return scaled(m_font, 0.8);
}

QColor MapStyle::ocean() const
{
    return isDark() ? QColor::fromHslF(0.58f, 0.25f, 0.16f) : QColor::fromHslF(0.57f, 0.35f, 0.90f);
}

QColor MapStyle::outsideWorld() const
{
    return m_palette.color(QPalette::Window);
}

QColor MapStyle::land() const
{
    // Lighter than neutralFill(), so "a state of the project with no side" stays visible.
    return isDark() ? QColor::fromHslF(0.1f, 0.06f, 0.21f) : QColor::fromHslF(0.11f, 0.18f, 0.96f);
}

QColor MapStyle::border() const
{
    return isDark() ? QColor::fromHslF(0.0f, 0.0f, 0.42f) : QColor::fromHslF(0.0f, 0.0f, 0.62f);
}

QColor MapStyle::graticule() const
{
    return mix(ocean(), text(), 0.08);
}

QColor MapStyle::mutedText() const
{
    return mix(m_palette.color(QPalette::Base), text(), 0.6);
}

QColor MapStyle::labelBackground() const
{
    QColor c = m_palette.color(QPalette::Base);
    c.setAlphaF(0.78f);
    return c;
}

QColor MapStyle::hover() const
{
    QColor c = highlight();
    c.setAlphaF(0.55f);
    return c;
}

QColor MapStyle::markerOutline() const
{
    return isDark() ? QColor::fromHslF(0.0f, 0.0f, 0.9f) : QColor::fromHslF(0.0f, 0.0f, 0.15f);
}

QColor MapStyle::panelBackground() const
{
    QColor c = m_palette.color(QPalette::Base);
    c.setAlphaF(0.88f);
    return c;
}

QColor MapStyle::countryFill(int bloc, bool hasState) const
{
    if (!hasState)
        return land();
    return m_view.blocFill(bloc); // neutralFill() for bloc -1
}

} // namespace entente
