#include "evidencetext.h"

#include "geo/countrycodes.h"
#include "viewpalette.h"

#include <QDate>
#include <QLocale>

namespace entente {

QString EvidenceText::date(const FuzzyDate &date, Length length)
{
    if (!date.isValid())
        return tr("unknown date");
    const QLocale locale;
    const bool longForm = length == Length::Long;
    switch (date.precision()) {
    case DatePrecision::Year:
        return QString::number(date.year());
    case DatePrecision::Month:
        return locale.toString(QDate(date.year(), date.month(), 1),
                               longForm ? tr("MMMM yyyy", "date format: a whole month")
                                        : tr("MMM yyyy", "date format: a whole month, short"));
    case DatePrecision::Day:
        break;
    }
    return locale.toString(QDate(date.year(), date.month(), date.day()),
                           longForm ? tr("d MMMM yyyy", "date format: a day")
                                    : tr("d MMM yyyy", "date format: a day, short"));
}

QString EvidenceText::precision(DatePrecision precision)
{
    switch (precision) {
    case DatePrecision::Year:
        return tr("year precision");
    case DatePrecision::Month:
        return tr("month precision");
    case DatePrecision::Day:
        break;
    }
    return tr("day precision");
}

QString EvidenceText::timeSpan(const TimeSpan &span)
{
    if (!span.isValid())
        return tr("undated");
    const auto start = span.start();
    const auto end = span.end();
    if (!span.isInterval() && start) {
        const QString words = date(*start, Length::Long);
        if (start->precision() == DatePrecision::Day)
            return words;
        return tr("%1 (%2)", "date (its precision)").arg(words, precision(start->precision()));
    }
    if (start && end)
        return tr("%1 – %2", "interval")
            .arg(date(*start, Length::Short), date(*end, Length::Short));
    if (start)
        return tr("since %1", "interval with an open end").arg(date(*start, Length::Short));
    if (end)
        return tr("until %1", "interval with an open start").arg(date(*end, Length::Short));
    return tr("at an unknown time");
}

QString EvidenceText::dateText(const QString &written)
{
    const auto span = TimeSpan::parse(written);
    return span ? timeSpan(*span) : written;
}

QString EvidenceText::dayRange(qint64 firstDay, qint64 lastDay)
{
    const bool openStart = firstDay == kOpenPastDay;
    const bool openEnd = lastDay == kOpenFutureDay;
    const QDate first = QDate::fromJulianDay(firstDay);
    const QDate last = QDate::fromJulianDay(lastDay);
    const auto day = [](const QDate &d) {
        return date(FuzzyDate::fromYmd(d.year(), d.month(), d.day()), Length::Short);
    };
    if (openStart && openEnd)
        return tr("at an unknown time");
    if (openEnd)
        return tr("since %1", "interval with an open end").arg(day(first));
    if (openStart)
        return tr("until %1", "interval with an open start").arg(day(last));
    if (first == last)
        return day(first);
    // A whole month or year is how a reduced-precision date arrives as a day range.
    if (first.day() == 1 && last == first.addMonths(1).addDays(-1))
        return date(FuzzyDate::fromYmd(first.year(), first.month()), Length::Long);
    if (first.dayOfYear() == 1 && last == QDate(first.year(), 12, 31))
        return QString::number(first.year());
    return tr("%1 – %2", "interval").arg(day(first), day(last));
}

QString EvidenceText::relationTypeInverse(RelationType type)
{
    switch (type) {
    case RelationType::Supports:
        return tr("supported by");
    case RelationType::Recognises:
        return tr("recognised by");
    case RelationType::Opposes:
        return tr("opposed by");
    case RelationType::Condemns:
        return tr("condemned by");
    case RelationType::Commands:
        return tr("commanded by");
    case RelationType::MemberOf:
        return tr("has as member");
    case RelationType::ActsFor:
        return tr("acted for by");
    case RelationType::AlliedWith:
    case RelationType::CooperatesWith:
    case RelationType::Fights:
        break;
    }
    return relationTypeLabel(type);
}

QString EvidenceText::relationSentence(RelationType type, const QString &source,
                                       const QString &target)
{
    QString pattern;
    switch (type) {
    case RelationType::Supports:
        pattern = tr("%1 supports %2");
        break;
    case RelationType::AlliedWith:
        pattern = tr("%1 is allied with %2");
        break;
    case RelationType::CooperatesWith:
        pattern = tr("%1 cooperates with %2");
        break;
    case RelationType::Recognises:
        pattern = tr("%1 recognises %2");
        break;
    case RelationType::Opposes:
        pattern = tr("%1 opposes %2");
        break;
    case RelationType::Fights:
        pattern = tr("%1 fights %2");
        break;
    case RelationType::Condemns:
        pattern = tr("%1 condemns %2");
        break;
    case RelationType::Commands:
        pattern = tr("%1 commands %2");
        break;
    case RelationType::MemberOf:
        pattern = tr("%1 is a member of %2");
        break;
    case RelationType::ActsFor:
        pattern = tr("%1 acts for %2");
        break;
    }
    // Single-pass arg() so a name containing "%2" is not substituted again.
    return pattern.arg(source, target);
}

QString EvidenceText::sign(int sign)
{
    if (sign > 0)
        return tr("+ friendly");
    if (sign < 0)
        return tr("− hostile");
    return tr("hierarchy");
}

QString EvidenceText::actorKind(ActorKind kind)
{
    switch (kind) {
    case ActorKind::State:
        return tr("state");
    case ActorKind::Government:
        return tr("government");
    case ActorKind::ArmedGroup:
        return tr("armed group");
    case ActorKind::Organisation:
        return tr("organisation");
    case ActorKind::Intergovernmental:
        return tr("intergovernmental organisation");
    case ActorKind::Person:
        return tr("person");
    case ActorKind::Coalition:
        return tr("coalition");
    case ActorKind::Other:
        break;
    }
    return tr("other");
}

QString EvidenceText::placeKind(PlaceKind kind)
{
    switch (kind) {
    case PlaceKind::City:
        return tr("city");
    case PlaceKind::Region:
        return tr("region");
    case PlaceKind::Country:
        return tr("country");
    case PlaceKind::Site:
        return tr("site");
    case PlaceKind::Other:
        return tr("other");
    case PlaceKind::Unspecified:
        break;
    }
    return {};
}

QString EvidenceText::country(const QString &alpha3)
{
    const QString name = CountryCodes::nameFromAlpha3(alpha3);
    return name.isEmpty() ? alpha3 : name;
}

QString EvidenceText::confidence(double confidence)
{
    return tr("%1 %", "confidence in percent").arg(QLocale().toString(confidence * 100.0, 'f', 0));
}

} // namespace entente
