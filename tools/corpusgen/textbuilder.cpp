#include "textbuilder.h"

namespace entente {

void TextBuilder::clear()
{
    m_text.clear();
    m_codePoints = 0;
    m_marks.clear();
}

void TextBuilder::append(QByteArrayView utf8)
{
    m_text.append(utf8);
    m_codePoints += countCodePoints(utf8);
}

void TextBuilder::appendEntity(QByteArrayView utf8, bool place, int entity)
{
    const qint64 start = m_codePoints;
    append(utf8);
    m_marks.push_back(Mark{start, m_codePoints, entity, place});
}

qint64 TextBuilder::countCodePoints(QByteArrayView utf8)
{
    // Every code point has exactly one byte that is not a continuation byte (10xxxxxx).
    qint64 count = 0;
    for (const char c : utf8)
        count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return count;
}

} // namespace entente
