#pragma once

#include <QColor>
#include <QPalette>

namespace entente {

// Colours of the evidence panel and the article view, derived from the widget palette so
// they stay readable on light and dark themes. Relation signs use the same hues as the
// other views (friendly blue, hostile vermilion, hierarchy grey).
class EvidenceStyle
{
public:
    explicit EvidenceStyle(const QPalette &palette);

    bool isDark() const { return m_dark; }
    const QPalette &palette() const { return m_palette; }

    // +1 friendly, -1 hostile, 0 hierarchy (relationSign()); a text colour.
    QColor signColor(int sign) const;
    QColor mutedText() const;
    // The palette's link colour, lifted where it would be too dark on a dark base.
    QColor link() const;

    // Backgrounds and underlines of mentions in the article text.
    QColor actorMentionBackground() const;
    QColor actorMentionLine() const;
    QColor placeMentionBackground() const;
    QColor placeMentionLine() const;
    // The clicked evidence span: a strong background that keeps the text readable.
    QColor evidenceBackground() const;
    QColor evidenceText() const;

    QColor cardBackground(bool hovered) const;
    QColor cardBorder(bool focused) const;
    // The bar at the left of a quote card.
    QColor quoteBar() const;

    // "#rrggbb", for rich-text labels.
    static QString css(const QColor &color) { return color.name(QColor::HexRgb); }

private:
    QColor mixWithBase(const QColor &color, double amount) const;

    QPalette m_palette;
    bool m_dark = false;
};

} // namespace entente
