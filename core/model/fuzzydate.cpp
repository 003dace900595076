#include "fuzzydate.h"

#include <QDate>

namespace entente {

namespace {

// Reads exactly `digits` ASCII digits; returns -1 otherwise.
int readDigits(QStringView text, qsizetype from, int digits)
{
    if (from + digits > text.size())
        return -1;
    int value = 0;
    for (int i = 0; i < digits; ++i) {
        const QChar c = text.at(from + i);
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

} // namespace

FuzzyDate FuzzyDate::fromYmd(int year, int month, int day)
{
    FuzzyDate d;
    d.m_year = year;
    d.m_month = month;
    d.m_day = month == 0 ? 0 : day;
    return d;
}

std::optional<FuzzyDate> FuzzyDate::parse(QStringView text)
{
    // Accepted shapes: YYYY, YYYY-MM, YYYY-MM-DD (years 0001..9999).
    const qsizetype n = text.size();
    if (n != 4 && n != 7 && n != 10)
        return std::nullopt;
    const int year = readDigits(text, 0, 4);
    if (year < 1)
        return std::nullopt;
    if (n == 4)
        return fromYmd(year);
    if (text.at(4) != u'-')
        return std::nullopt;
    const int month = readDigits(text, 5, 2);
    if (month < 1 || month > 12)
        return std::nullopt;
    if (n == 7)
        return fromYmd(year, month);
    if (text.at(7) != u'-')
        return std::nullopt;
    const int day = readDigits(text, 8, 2);
    if (day < 1 || !QDate::isValid(year, month, day))
        return std::nullopt;
    return fromYmd(year, month, day);
}

DatePrecision FuzzyDate::precision() const
{
    if (m_month == 0)
        return DatePrecision::Year;
    if (m_day == 0)
        return DatePrecision::Month;
    return DatePrecision::Day;
}

qint64 FuzzyDate::firstDay() const
{
    return QDate(m_year, m_month ? m_month : 1, m_day ? m_day : 1).toJulianDay();
}

qint64 FuzzyDate::lastDay() const
{
    if (m_month == 0)
        return QDate(m_year, 12, 31).toJulianDay();
    if (m_day == 0)
        return QDate(m_year, m_month, 1).addMonths(1).toJulianDay() - 1;
    return QDate(m_year, m_month, m_day).toJulianDay();
}

QString FuzzyDate::toString() const
{
    if (!isValid())
        return {};
    QString s = QStringLiteral("%1").arg(m_year, 4, 10, QLatin1Char('0'));
    if (m_month)
        s += QStringLiteral("-%1").arg(m_month, 2, 10, QLatin1Char('0'));
    if (m_day)
        s += QStringLiteral("-%1").arg(m_day, 2, 10, QLatin1Char('0'));
    return s;
}

TimeSpan TimeSpan::interval(std::optional<FuzzyDate> start, std::optional<FuzzyDate> end)
{
    TimeSpan s;
    s.m_start = start;
    s.m_end = end;
    s.m_interval = true;
    s.m_valid = true;
    return s;
}

std::optional<TimeSpan> TimeSpan::parse(QStringView text, bool allowSingleDate)
{
    const qsizetype slash = text.indexOf(u'/');
    if (slash < 0) {
        if (!allowSingleDate)
            return std::nullopt;
        const auto d = FuzzyDate::parse(text);
        if (!d)
            return std::nullopt;
        TimeSpan s(*d);
        s.m_valid = true;
        return s;
    }
    const QStringView left = text.left(slash);
    const QStringView right = text.mid(slash + 1);
    const auto readEnd = [](QStringView part, std::optional<FuzzyDate> &out) {
        if (part == u"..")
            return true; // open end
        out = FuzzyDate::parse(part);
        return out.has_value();
    };
    std::optional<FuzzyDate> start, end;
    if (!readEnd(left, start) || !readEnd(right, end))
        return std::nullopt;
    if (start && end && start->firstDay() > end->lastDay())
        return std::nullopt; // reversed interval
    return interval(start, end);
}

qint64 TimeSpan::firstDay() const
{
    return m_start ? m_start->firstDay() : kOpenPastDay;
}

qint64 TimeSpan::lastDay() const
{
    return m_end ? m_end->lastDay() : kOpenFutureDay;
}

QString TimeSpan::toString() const
{
    if (!m_valid)
        return {};
    if (!m_interval)
        return m_start->toString();
    const QString a = m_start ? m_start->toString() : QStringLiteral("..");
    const QString b = m_end ? m_end->toString() : QStringLiteral("..");
    return a + u'/' + b;
}

} // namespace entente
