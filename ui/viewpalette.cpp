#include "viewpalette.h"

#include <QCoreApplication>

#include <array>

namespace entente {

namespace {

// Eight hues far apart and safe for the common colour-vision deficiencies (after the
// Okabe-Ito set), GNA-side blue first and the other large camp orange.
constexpr std::array<int, 8> kBlocHues{205, 28, 150, 285, 50, 340, 185, 95};

} // namespace

ViewPalette::ViewPalette(const QPalette &palette)
    : m_dark(palette.color(QPalette::Base).lightnessF() < 0.5)
{
}

QColor ViewPalette::blocColor(int bloc) const
{
    if (bloc < 0)
        return QColor::fromHslF(0, 0, m_dark ? 0.6f : 0.55f);
    const int hue = kBlocHues[size_t(bloc) % kBlocHues.size()];
    // Past the eighth bloc, vary lightness so neighbours still differ.
    const float shift = float((bloc / int(kBlocHues.size())) % 2) * 0.12f;
    return QColor::fromHslF(hue / 360.0f, 0.70f, (m_dark ? 0.62f : 0.45f) + shift);
}

QColor ViewPalette::blocFill(int bloc) const
{
    if (bloc < 0)
        return neutralFill();
    QColor c = blocColor(bloc);
    return QColor::fromHslF(c.hslHueF(), 0.55f, m_dark ? 0.36f : 0.76f);
}

QColor ViewPalette::neutralFill() const
{
    return QColor::fromHslF(0, 0, m_dark ? 0.26f : 0.88f);
}

QColor ViewPalette::signColor(int sign) const
{
    // Friendly blue, hostile vermilion, hierarchy grey: apart in lightness and hue.
    if (sign > 0)
        return QColor::fromHslF(205 / 360.0f, 0.75f, m_dark ? 0.62f : 0.40f);
    if (sign < 0)
        return QColor::fromHslF(8 / 360.0f, 0.78f, m_dark ? 0.62f : 0.46f);
    return QColor::fromHslF(0.0f, 0.0f, m_dark ? 0.66f : 0.45f);
}

QPen ViewPalette::relationPen(RelationType type, double width) const
{
    QPen pen(signColor(relationSign(type)), width);
    pen.setCapStyle(Qt::RoundCap);
    switch (type) {
    case RelationType::Supports:
    case RelationType::Opposes:
        pen.setStyle(Qt::SolidLine);
        break;
    case RelationType::Fights:
        pen.setWidthF(width * 1.5);
        break;
    case RelationType::AlliedWith:
        pen.setStyle(Qt::DashDotLine);
        break;
    case RelationType::CooperatesWith:
        pen.setStyle(Qt::DotLine);
        break;
    case RelationType::Recognises:
    case RelationType::Condemns:
        pen.setStyle(Qt::DashLine);
        break;
    case RelationType::Commands:
    case RelationType::MemberOf:
    case RelationType::ActsFor:
        pen.setStyle(Qt::DotLine);
        pen.setWidthF(std::max(1.0, width * 0.6));
        break;
    }
    return pen;
}

QString relationTypeLabel(RelationType type)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("Entente::Relation", text);
    };
    switch (type) {
    case RelationType::Supports:
        return tr("supports");
    case RelationType::AlliedWith:
        return tr("allied with");
    case RelationType::CooperatesWith:
        return tr("cooperates with");
    case RelationType::Recognises:
        return tr("recognises");
    case RelationType::Opposes:
        return tr("opposes");
    case RelationType::Fights:
        return tr("fights");
    case RelationType::Condemns:
        return tr("condemns");
    case RelationType::Commands:
        return tr("commands");
    case RelationType::MemberOf:
        return tr("member of");
    case RelationType::ActsFor:
        return tr("acts for");
    }
    return toString(type);
}

} // namespace entente
