#pragma once

#include <QColor>
#include <QFont>
#include <QPalette>
#include <QStringList>

class QPainter;
class QPointF;

namespace entente {

// Colours, mark shapes and sizes shared by the timeline, its overview strip and legend.
// Everything is derived from the widget palette (light or dark base), so marks stay
// readable on both, and from the project's sorted event types, so a type keeps its
// colour and shape in every view of the same project.
class TimelineStyle
{
public:
    enum class Shape { Circle, Square, Diamond, TriangleUp, TriangleDown, Star, Plus };

    explicit TimelineStyle(const QPalette &palette = QPalette(), const QFont &font = QFont());

    void setEventTypes(const QStringList &types) { m_types = types; }
    const QStringList &eventTypes() const { return m_types; }
    int typeIndex(const QString &type) const { return m_types.indexOf(type); }

    bool isDark() const { return m_dark; }
    const QPalette &palette() const { return m_palette; }
    const QFont &font() const { return m_font; }
    QFont smallFont() const;

    QColor typeColor(int typeIndex) const;
    Shape typeShape(int typeIndex) const;
    QColor typeColor(const QString &type) const { return typeColor(typeIndex(type)); }
    Shape typeShape(const QString &type) const { return typeShape(typeIndex(type)); }
    // +1 friendly, -1 hostile, 0 hierarchy (relationSign()).
    QColor signColor(int sign) const;

    QColor background() const { return m_palette.color(QPalette::Base); }
    QColor laneStripe() const;
    QColor text() const { return m_palette.color(QPalette::Text); }
    QColor mutedText() const;
    QColor grid(bool major) const;
    QColor headerBackground() const;
    QColor highlight() const { return m_palette.color(QPalette::Highlight); }
    QColor outsideWindowShade() const;
    QColor densityColor() const;

    static constexpr double kMarkSize = 9.0;

    // Draws a filled mark centred on `centre`; the caller sets pen and brush.
    static void drawMark(QPainter &painter, Shape shape, const QPointF &centre, double size);

private:
    QPalette m_palette;
    QFont m_font;
    QStringList m_types;
    bool m_dark = false;
};

} // namespace entente
