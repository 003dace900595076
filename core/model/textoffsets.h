#pragma once

#include <QString>
#include <QStringView>

#include <vector>

namespace entente {

// Converts offsets between Unicode code points (how the native format, brat and the W3C
// TextPositionSelector count) and UTF-16 code units (how QString counts). A character
// outside the Basic Multilingual Plane (most emoji) is one code point but two UTF-16
// units, so the two counts drift apart after each one. Built once per text, then every
// conversion is a binary search over the text's surrogate pairs (O(1) for BMP-only text).
class TextOffsets
{
public:
    TextOffsets() = default;
    explicit TextOffsets(QStringView text);

    qsizetype codePointCount() const { return m_utf16Count - qsizetype(m_pairs.size()); }
    qsizetype utf16Count() const { return m_utf16Count; }
    bool isBmpOnly() const { return m_pairs.empty(); }

    // UTF-16 offset of code point offset `codePoint` (0..codePointCount(), the end is a
    // valid offset), or -1 when out of range.
    qsizetype toUtf16(qsizetype codePoint) const;

    // Code point offset of UTF-16 offset `utf16` (0..utf16Count()), or -1 when out of
    // range. An offset between the two halves of a surrogate pair rounds down to the
    // start of the pair, so a caret never splits a character.
    qsizetype toCodePoint(qsizetype utf16) const;

    // The text between code point offsets [start, end); a null QString when the range is
    // out of bounds or reversed. `text` must be the text the offsets were built from.
    QString slice(QStringView text, qsizetype start, qsizetype end) const;

    // One-off helpers for a single conversion (each scans the text).
    static qsizetype codePointCount(QStringView text);
    static qsizetype utf16ToCodePoint(QStringView text, qsizetype utf16);
    static qsizetype codePointToUtf16(QStringView text, qsizetype codePoint);

private:
    // UTF-16 offsets of the high surrogates that open a valid pair, ascending. A lone
    // surrogate is not a pair: it counts as one code point, as a decoder would see it.
    std::vector<qsizetype> m_pairs;
    qsizetype m_utf16Count = 0;
};

} // namespace entente
