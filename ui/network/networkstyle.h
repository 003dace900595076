#pragma once

#include "viewpalette.h"

#include "model/vocabulary.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QPainterPath>
#include <QPalette>

class QPainter;

#include <algorithm>

namespace entente {

// How the support network looks: node shapes by actor kind, sizes, edge widths by
// evidence, fonts and the few colours that are not a bloc or a relation (those come from
// the shared ViewPalette so the network matches the map and the timeline).
class NetworkStyle
{
    Q_DECLARE_TR_FUNCTIONS(Entente::NetworkStyle)

public:
    explicit NetworkStyle(const QPalette &palette = QPalette(), const QFont &font = QFont());

    const ViewPalette &colours() const { return m_colours; }
    const QPalette &palette() const { return m_palette; }
    const QFont &font() const { return m_font; }
    QFont labelFont(bool strong) const;
    QFont smallFont() const;

    QColor background() const { return m_palette.color(QPalette::Base); }
    QColor text() const { return m_palette.color(QPalette::Text); }
    QColor mutedText() const;
    QColor highlight() const { return m_palette.color(QPalette::Highlight); }
    QColor labelHalo() const;
    QColor nodeOutline(const QColor &fill) const;
    QColor legendBackground() const;

    // Node radius in pixels from a size value normalised to [0, 1]; people are drawn
    // smaller than the bodies they belong to.
    double nodeRadius(double normalised, ActorKind kind, int nodeCount) const;
    // Stroke width of an edge carrying `evidence` evidence spans.
    static double edgeWidth(int evidence);
    // Length of the arrowhead of an edge of that width.
    static double arrowLength(double width) { return std::min(16.0, 6.0 + 1.6 * width); }

    // The mark on a tie that goes against the split into blocs: a small cross.
    static void drawAgainstSplitMark(QPainter &painter, QPointF centre, const QColor &colour);

    // The outline of a node of this kind centred on the origin, `radius` across.
    static QPainterPath nodeShape(ActorKind kind, double radius);

    static QString actorKindName(ActorKind kind);

    static constexpr double kDimAlpha = 0.14;
    static constexpr double kUndatedAlpha = 0.45;

private:
    QPalette m_palette;
    QFont m_font;
    ViewPalette m_colours;
};

} // namespace entente
