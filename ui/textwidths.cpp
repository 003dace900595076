#include "textwidths.h"

#include <QFont>

#include <unordered_map>

namespace entente {

namespace {

constexpr qsizetype kMaxWidthsPerFont = 20000; // past it (names of old projects): start again

} // namespace

TextWidths::TextWidths(const QFont &font) : m_metrics(font)
{
    // A node-based map: a font's table stays where it is when another font's is added.
    thread_local std::unordered_map<QString, QHash<QString, double>> byFont;
    m_widths = &byFont[font.key()];
}

double TextWidths::advance(const QString &text)
{
    const auto it = m_widths->constFind(text);
    if (it != m_widths->cend())
        return it.value();
    if (m_widths->size() >= kMaxWidthsPerFont)
        m_widths->clear();
    return m_widths->insert(text, m_metrics.horizontalAdvance(text)).value();
}

} // namespace entente
