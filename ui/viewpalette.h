#pragma once

#include "model/vocabulary.h"

#include <QColor>
#include <QPalette>
#include <QPen>

namespace entente {

// Colours and strokes that mean the same thing in every view: a bloc is the same colour
// on the map, in the network and in the timeline's lane headers; a relation type keeps
// its colour and dash on the map's arrows and the network's edges. Derived from the
// widget palette so they stay readable on light and dark backgrounds.
class ViewPalette
{
public:
    explicit ViewPalette(const QPalette &palette = QPalette());

    bool isDark() const { return m_dark; }

    // Bloc 0, 1, ... (as Blocs numbers them); -1 (no side) is neutral grey.
    QColor blocColor(int bloc) const;
    // A lighter tint of the bloc colour for large areas (country fills).
    QColor blocFill(int bloc) const;
    QColor neutralFill() const;

    // +1 friendly, -1 hostile, 0 hierarchy (relationSign()).
    QColor signColor(int sign) const;
    // Colour by sign, dash by type within the sign: supports solid, allied dotted-dash,
    // cooperates dotted, recognises long dash; opposes solid, fights thick, condemns dash;
    // hierarchy thin dotted.
    QPen relationPen(RelationType type, double width) const;

private:
    bool m_dark = false;
};

// The relation type as words for a user ("allied with"), translated; the same in every
// view's tooltip, legend and table.
QString relationTypeLabel(RelationType type);

} // namespace entente
