#include "networkstyle.h"

#include <QPainter>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace entente {

NetworkStyle::NetworkStyle(const QPalette &palette, const QFont &font)
    : m_palette(palette), m_font(font), m_colours(palette)
{
}

QFont NetworkStyle::labelFont(bool strong) const
{
    QFont f = m_font;
    f.setPointSizeF(std::max(7.0, m_font.pointSizeF() * 0.9));
    if (strong)
        f.setWeight(QFont::DemiBold);
    return f;
}

QFont NetworkStyle::smallFont() const
{
    QFont f = m_font;
    f.setPointSizeF(std::max(6.5, m_font.pointSizeF() * 0.8));
    return f;
}

QColor NetworkStyle::mutedText() const
{
    QColor c = text();
    c.setAlphaF(0.65f);
    return c;
}

QColor NetworkStyle::labelHalo() const
{
    QColor c = background();
    c.setAlphaF(0.78f);
    return c;
}

QColor NetworkStyle::nodeOutline(const QColor &fill) const
{
    return m_colours.isDark() ? fill.lighter(150) : fill.darker(165);
}

QColor NetworkStyle::legendBackground() const
{
    QColor c = m_palette.color(QPalette::Window);
    c.setAlphaF(0.9f);
    return c;
}

double NetworkStyle::nodeRadius(double normalised, ActorKind kind, int nodeCount) const
{
    // Big graphs get smaller marks so the picture is not a carpet of discs.
    const double maxR = nodeCount > 500 ? 14.0 : nodeCount > 100 ? 18.0 : 22.0;
    const double minR = nodeCount > 500 ? 2.5 : 6.0;
    double r = minR + (maxR - minR) * std::sqrt(std::clamp(normalised, 0.0, 1.0));
    if (kind == ActorKind::Person)
        r = std::max(minR * 0.8, r * 0.7);
    return r;
}

double NetworkStyle::edgeWidth(int evidence)
{
    return std::min(7.0, 1.0 + 1.6 * std::log2(double(std::max(1, evidence))));
}

void NetworkStyle::drawAgainstSplitMark(QPainter &painter, QPointF c, const QColor &colour)
{
    constexpr double d = 3.5;
    painter.setPen(QPen(colour, 1.8, Qt::SolidLine, Qt::RoundCap));
    painter.drawLine(c + QPointF(-d, -d), c + QPointF(d, d));
    painter.drawLine(c + QPointF(-d, d), c + QPointF(d, -d));
}

QPainterPath NetworkStyle::nodeShape(ActorKind kind, double r)
{
    QPainterPath path;
    const auto polygon = [&](int corners, double rotation) {
        QPolygonF poly;
        for (int i = 0; i < corners; ++i) {
            const double a = rotation + 2.0 * std::numbers::pi * i / corners;
            poly << QPointF(r * std::cos(a), r * std::sin(a));
        }
        poly << poly.first();
        path.addPolygon(poly);
        path.closeSubpath();
    };
    switch (kind) {
    case ActorKind::State:
    case ActorKind::Person:
        path.addEllipse(QPointF(), r, r);
        break;
    case ActorKind::Government: {
        const double s = r * 0.9;
        path.addRoundedRect(QRectF(-s, -s, 2 * s, 2 * s), s * 0.35, s * 0.35);
        break;
    }
    case ActorKind::ArmedGroup: {
        // Same area as the circle, the centroid on the centre.
        const double s = r * 1.3;
        QPolygonF tri{QPointF(0, -s), QPointF(s * 0.866, s * 0.5), QPointF(-s * 0.866, s * 0.5),
                      QPointF(0, -s)};
        path.addPolygon(tri);
        path.closeSubpath();
        break;
    }
    case ActorKind::Organisation: {
        const double s = r * 1.2;
        QPolygonF diamond{QPointF(0, -s), QPointF(s, 0), QPointF(0, s), QPointF(-s, 0),
                          QPointF(0, -s)};
        path.addPolygon(diamond);
        path.closeSubpath();
        break;
    }
    case ActorKind::Intergovernmental:
        polygon(6, 0.0);
        break;
    case ActorKind::Coalition:
        polygon(5, -std::numbers::pi / 2);
        break;
    case ActorKind::Other: {
        const double s = r * 0.85;
        path.addRect(QRectF(-s, -s, 2 * s, 2 * s));
        break;
    }
    }
    return path;
}

QString NetworkStyle::actorKindName(ActorKind kind)
{
    switch (kind) {
    case ActorKind::State:
        return tr("state");
    case ActorKind::Government:
        return tr("government");
    case ActorKind::ArmedGroup:
        return tr("armed group");
    case ActorKind::Organisation:
        return tr("organisation");
    case ActorKind::Intergovernmental:
        return tr("intergovernmental body");
    case ActorKind::Person:
        return tr("person");
    case ActorKind::Coalition:
        return tr("coalition");
    case ActorKind::Other:
        return tr("other");
    }
    return {};
}

} // namespace entente
