#include "evidencestyle.h"

namespace entente {

namespace {

QColor mix(const QColor &a, const QColor &b, double t)
{
    const auto lerp = [t](double x, double y) { return x + (y - x) * t; };
    return QColor::fromRgbF(float(lerp(a.redF(), b.redF())), float(lerp(a.greenF(), b.greenF())),
                            float(lerp(a.blueF(), b.blueF())));
}

double luminance(const QColor &c)
{
    return 0.2126 * c.redF() + 0.7152 * c.greenF() + 0.0722 * c.blueF();
}

QColor hsl(int hue, double saturation, double lightness)
{
    return QColor::fromHslF(float(hue / 360.0), float(saturation), float(lightness));
}

} // namespace

EvidenceStyle::EvidenceStyle(const QPalette &palette)
    : m_palette(palette), m_dark(luminance(palette.color(QPalette::Base)) < 0.5)
{
}

QColor EvidenceStyle::mixWithBase(const QColor &color, double amount) const
{
    return mix(m_palette.color(QPalette::Base), color, amount);
}

QColor EvidenceStyle::signColor(int sign) const
{
    if (sign > 0)
        return hsl(205, 0.75, m_dark ? 0.62 : 0.40);
    if (sign < 0)
        return hsl(8, 0.78, m_dark ? 0.62 : 0.46);
    return hsl(0, 0.0, m_dark ? 0.66 : 0.45);
}

QColor EvidenceStyle::mutedText() const
{
    return mix(m_palette.color(QPalette::Base), m_palette.color(QPalette::Text), 0.62);
}

QColor EvidenceStyle::link() const
{
    // Judged by luminance, not HSL lightness: pure blue is "half light" in HSL yet
    // nearly black to the eye.
    QColor link = m_palette.color(QPalette::Link);
    const double base = luminance(m_palette.color(QPalette::Base));
    const float hue = link.hslHueF() < 0 ? 0.58f : link.hslHueF();
    if (m_dark && luminance(link) < base + 0.25)
        link = QColor::fromHslF(hue, 0.9f, 0.72f);
    else if (!m_dark && luminance(link) > base - 0.35)
        link = QColor::fromHslF(hue, 0.9f, 0.35f);
    return link;
}

// Mention tints are light enough behind dark text and dark enough behind light text;
// the underline carries the hue when the tint alone is too faint to tell apart.
QColor EvidenceStyle::actorMentionBackground() const
{
    return mixWithBase(hsl(205, 0.80, 0.55), m_dark ? 0.30 : 0.20);
}

QColor EvidenceStyle::actorMentionLine() const
{
    return hsl(205, 0.80, m_dark ? 0.65 : 0.42);
}

QColor EvidenceStyle::placeMentionBackground() const
{
    return mixWithBase(hsl(140, 0.55, 0.45), m_dark ? 0.30 : 0.20);
}

QColor EvidenceStyle::placeMentionLine() const
{
    return hsl(140, 0.60, m_dark ? 0.58 : 0.33);
}

QColor EvidenceStyle::evidenceBackground() const
{
    return m_dark ? hsl(42, 0.85, 0.34) : hsl(45, 1.0, 0.72);
}

QColor EvidenceStyle::evidenceText() const
{
    return m_dark ? QColor(Qt::white) : QColor(Qt::black);
}

QColor EvidenceStyle::cardBackground(bool hovered) const
{
    const QColor base = m_palette.color(QPalette::Base);
    return hovered ? mix(base, m_palette.color(QPalette::Highlight), m_dark ? 0.22 : 0.10) : base;
}

QColor EvidenceStyle::cardBorder(bool focused) const
{
    if (focused)
        return m_palette.color(QPalette::Highlight);
    return mix(m_palette.color(QPalette::Base), m_palette.color(QPalette::Text), 0.22);
}

QColor EvidenceStyle::quoteBar() const
{
    return evidenceBackground();
}

} // namespace entente
