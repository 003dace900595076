#include "textoffsets.h"

#include <algorithm>

namespace entente {

TextOffsets::TextOffsets(QStringView text) : m_utf16Count(text.size())
{
    const char16_t *data = text.utf16();
    const qsizetype n = text.size();
    // Most texts have no surrogate at all: a count the compiler vectorises settles that.
    qsizetype surrogates = 0;
    for (qsizetype i = 0; i < n; ++i)
        surrogates += (data[i] & 0xF800) == 0xD800;
    if (surrogates == 0)
        return;
    m_pairs.reserve(size_t(surrogates / 2));
    for (qsizetype i = 0; i + 1 < n; ++i) {
        if (QChar::isHighSurrogate(data[i]) && QChar::isLowSurrogate(data[i + 1])) {
            m_pairs.push_back(i);
            ++i;
        }
    }
}

qsizetype TextOffsets::toUtf16(qsizetype codePoint) const
{
    if (codePoint < 0 || codePoint > codePointCount())
        return -1;
    // Pair k starts at code point m_pairs[k] - k; that sequence is strictly increasing,
    // so the pairs before `codePoint` are a prefix found by binary search.
    qsizetype lo = 0;
    qsizetype hi = qsizetype(m_pairs.size());
    while (lo < hi) {
        const qsizetype mid = lo + (hi - lo) / 2;
        if (m_pairs[size_t(mid)] - mid < codePoint)
            lo = mid + 1;
        else
            hi = mid;
    }
    return codePoint + lo;
}

qsizetype TextOffsets::toCodePoint(qsizetype utf16) const
{
    if (utf16 < 0 || utf16 > m_utf16Count)
        return -1;
    // Every pair whose high half lies before `utf16` shortens the count by one; that
    // includes a pair split by `utf16`, which is what rounds down to the pair's start.
    const auto before = std::lower_bound(m_pairs.begin(), m_pairs.end(), utf16) - m_pairs.begin();
    return utf16 - before;
}

QString TextOffsets::slice(QStringView text, qsizetype start, qsizetype end) const
{
    if (start > end)
        return {};
    const qsizetype a = toUtf16(start);
    const qsizetype b = toUtf16(end);
    if (a < 0 || b < 0 || b > text.size())
        return {};
    QString out = text.mid(a, b - a).toString();
    if (out.isNull())
        out = QStringLiteral(""); // empty but valid, unlike the null "out of range" answer
    return out;
}

qsizetype TextOffsets::codePointCount(QStringView text)
{
    return TextOffsets(text).codePointCount();
}

qsizetype TextOffsets::utf16ToCodePoint(QStringView text, qsizetype utf16)
{
    return TextOffsets(text).toCodePoint(utf16);
}

qsizetype TextOffsets::codePointToUtf16(QStringView text, qsizetype codePoint)
{
    return TextOffsets(text).toUtf16(codePoint);
}

} // namespace entente
