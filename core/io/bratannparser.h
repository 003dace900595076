#pragma once

#include "model/diagnostic.h"

#include <QString>
#include <QStringView>
#include <QVector>

namespace entente {

// One line of a brat standoff .ann file, as written: ids are the file's own (T1, E2...),
// offsets are code points as in the file. What the ids point at is checked later.
struct BratLine
{
    enum class Kind { TextBound, Relation, Event, Attribute, Normalization, Note, Equiv };

    struct Fragment
    {
        qint64 start = 0;
        qint64 end = 0;
    };
    struct Argument
    {
        QString role; // as written, e.g. "Participant2"; empty for Equiv members
        QString id;
        int column = 0;
    };

    Kind kind = Kind::TextBound;
    int line = 0;
    QString id;   // empty for Equiv
    QString type; // T/R/E/A type, N's resource ("Reference"), # kind ("AnnotatorNotes")
    QVector<Fragment> fragments; // T
    int spanColumn = 0;          // T: where the offsets start
    int textColumn = 0;          // T: where the quote starts
    QString text;                // T quote, # note text, N name
    QVector<Argument> arguments; // R (two), E (trigger first), * (members)
    QString target;              // A, N, #: the annotation they apply to
    int targetColumn = 0;
    QString value; // A value (empty when binary), N "db:id"
};

// Splits a .ann file into BratLine records, checking the syntax of every line (fields,
// offsets, argument pairs, duplicate ids). Errors name the file, line and column.
class BratAnnParser final
{
public:
    explicit BratAnnParser(QString fileName) : m_file(std::move(fileName)) {}

    QVector<BratLine> parse(QStringView ann);
    const Diagnostics &errors() const { return m_errors; }

private:
    bool parseLine(QStringView line, int number, BratLine &out);
    bool parseTextBound(QStringView rest, int number, int column, BratLine &out);
    bool parseArguments(QStringView rest, int number, int column, BratLine &out, bool roles);
    void error(int line, int column, const QString &message);

    QString m_file;
    Diagnostics m_errors;
};

} // namespace entente
