#include "brattext.h"

namespace entente {

namespace {

bool isSentenceEnd(QChar c)
{
    return c == u'.' || c == u'!' || c == u'?' || c == u'\u061F' || c == u'\u3002' ||
           c == u'\u2026';
}

} // namespace

QString BratText::slug(const QString &name)
{
    QString out;
    bool gap = false;
    for (QChar c : name.toLower()) {
        if (c.isLetterOrNumber() || c.isMark() || c.isSurrogate()) {
            if (gap && !out.isEmpty())
                out += u'_';
            gap = false;
            out += c;
        } else {
            gap = true;
        }
    }
    return out;
}

QString BratText::flattened(QString text)
{
    for (QChar &c : text) {
        if (c == u'\n' || c == u'\r' || c == u'\t')
            c = u' ';
    }
    return text;
}

QString BratText::shown(const QString &text)
{
    qsizetype cut = 60;
    if (text.size() > cut && text.at(cut - 1).isHighSurrogate())
        --cut; // never split a character
    return u'"' + flattened(text.size() > cut ? text.left(cut) + u'…' : text) + u'"';
}

QString BratText::attributeKey(const QString &name)
{
    QString out;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (c.isUpper() && i > 0 && name.at(i - 1).isLower())
            out += u'_';
        out += c.isLetterOrNumber() ? c.toLower() : QChar(u'_');
    }
    return out;
}

QString BratText::roleName(QString role)
{
    while (!role.isEmpty() && role.back().isDigit())
        role.chop(1);
    return role.toLower();
}

QString BratText::typeName(QString word)
{
    for (QChar &c : word) {
        if (c.isSpace() || c == u':')
            c = u'_';
    }
    return word;
}

std::pair<qsizetype, qsizetype> BratText::sentenceAround(const QString &text, qsizetype at)
{
    qsizetype start = 0;
    for (qsizetype k = at - 1; k >= 0; --k) {
        if (text.at(k) == u'\n' ||
            (isSentenceEnd(text.at(k)) && k + 1 < at && text.at(k + 1).isSpace())) {
            start = k + 1;
            break;
        }
    }
    while (start < at && text.at(start).isSpace())
        ++start;
    qsizetype end = at;
    while (end < text.size()) {
        const QChar c = text.at(end);
        if (c == u'\n')
            break;
        ++end;
        if (isSentenceEnd(c) && (end == text.size() || text.at(end).isSpace()))
            break;
    }
    return {start, end};
}

} // namespace entente
