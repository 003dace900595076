#pragma once

#include "model/fuzzydate.h"
#include "model/vocabulary.h"

#include <QCoreApplication>
#include <QString>

namespace entente {

// Turns the model's codes into the words the evidence panel shows: dates with their
// precision, relation types as sentences, actor kinds, validity. Plain text, translated;
// callers escape before putting any of it into rich text.
class EvidenceText
{
    Q_DECLARE_TR_FUNCTIONS(Entente::EvidenceText)

public:
    enum class Length { Short, Long };

    // "2020", "August 2020" / "Aug 2020", "17 August 2020" / "17 Aug 2020".
    static QString date(const FuzzyDate &date, Length length = Length::Long);
    // A single date with its precision in words when coarser than a day ("August 2020
    // (month precision)"), an interval "4 Apr 2019 – 5 Jun 2020", open ends "since
    // 27 Nov 2019" / "until 5 Jun 2020".
    static QString timeSpan(const TimeSpan &span);
    // A span as written in the format ("2019-04-04/..."), or the text itself when it
    // does not parse.
    static QString dateText(const QString &written);
    // Inclusive Julian days, shown as a day, a whole month, a whole year or a range.
    static QString dayRange(qint64 firstDay, qint64 lastDay);

    static QString precision(DatePrecision precision);
    // The same seen from the target: "supported by", "commanded by"; undirected types
    // read the same both ways.
    static QString relationTypeInverse(RelationType type);
    // The relation as a sentence with %1 = source and %2 = target already substituted
    // ("Turkey supports Government of National Accord"); the names are inserted as
    // given, so rich-text callers pass escaped names (or links).
    static QString relationSentence(RelationType type, const QString &source,
                                    const QString &target);
    // "+ friendly", "− hostile", "hierarchy".
    static QString sign(int sign);
    static QString actorKind(ActorKind kind);
    static QString placeKind(PlaceKind kind);
    // "Libya" for "LBY"; the code itself when unknown.
    static QString country(const QString &alpha3);
    static QString confidence(double confidence);
};

} // namespace entente
