#pragma once

#include <QString>

#include <utility>

namespace entente {

// Text conventions shared by the brat reader and writer: how names become ids, how brat
// writes a span's text on one line, how brat names become Entente words.
class BratText final
{
public:
    BratText() = delete;

    // A name as an id part: lower case, letters, marks and digits of any script kept,
    // every other run becoming one '_' ("Fayez al-Sarraj" -> "fayez_al_sarraj").
    static QString slug(const QString &name);
    // Line breaks and tabs as spaces, as in the text field of a T line.
    static QString flattened(QString text);
    // A text quoted for a message, cut at 60 characters.
    static QString shown(const QString &text);
    // "TargetType" -> "target_type": the key style of event attributes.
    static QString attributeKey(const QString &name);
    // "Participant2" -> "participant": brat numbers repeated roles.
    static QString roleName(QString role);
    // Makes a word usable as a brat type or attribute name (no spaces, tabs or colons).
    static QString typeName(QString word);
    // UTF-16 bounds [start, end) of the sentence around UTF-16 position `at`: from after
    // the previous line break or sentence end (a stop followed by a space) to the next
    // one, stop included, leading spaces skipped.
    static std::pair<qsizetype, qsizetype> sentenceAround(const QString &text, qsizetype at);
};

} // namespace entente
