#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <vector>

namespace entente {

// Builds a UTF-8 article text piece by piece while counting Unicode code points, so the
// generator knows the format's offsets of every sentence and every name it writes.
class TextBuilder
{
public:
    // A name written into the text: an actor or a place, with code-point offsets.
    struct Mark
    {
        qint64 start = 0;
        qint64 end = 0;
        int entity = 0;
        bool place = false;
    };

    void clear();
    void append(QByteArrayView utf8);
    void appendEntity(QByteArrayView utf8, bool place, int entity);

    qint64 codePoints() const { return m_codePoints; }
    const QByteArray &text() const { return m_text; }
    const std::vector<Mark> &marks() const { return m_marks; }

    static qint64 countCodePoints(QByteArrayView utf8);

private:
    QByteArray m_text;
    qint64 m_codePoints = 0;
    std::vector<Mark> m_marks;
};

} // namespace entente
