#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace entente {

// Day numbers are Julian days (QDate::toJulianDay). Open interval ends use these
// sentinels; both fit a float32 exactly, so they survive an SQLite R*Tree.
inline constexpr qint64 kOpenPastDay = 0;
inline constexpr qint64 kOpenFutureDay = 9'999'999;

enum class DatePrecision { Year, Month, Day };

// A calendar date known to year, month or day precision (EDTF level 0 without times):
// "2020", "2020-08", "2020-08-17". The precision is kept: a month-precision date covers
// every day of its month.
class FuzzyDate
{
public:
    FuzzyDate() = default;
    static FuzzyDate fromYmd(int year, int month = 0, int day = 0);
    static std::optional<FuzzyDate> parse(QStringView text);

    bool isValid() const { return m_year != 0; }
    int year() const { return m_year; }
    int month() const { return m_month; }
    int day() const { return m_day; }
    DatePrecision precision() const;

    qint64 firstDay() const;
    qint64 lastDay() const;
    QString toString() const;

    friend bool operator==(const FuzzyDate &, const FuzzyDate &) = default;

private:
    int m_year = 0;
    int m_month = 0; // 0 = unknown (year precision)
    int m_day = 0;   // 0 = unknown (month or year precision)
};

// A single fuzzy date or an interval "start/end" where either end may be open ("..").
class TimeSpan
{
public:
    TimeSpan() = default;
    explicit TimeSpan(FuzzyDate date)
        : m_start(date), m_end(date), m_valid(date.isValid())
    {
    }
    static TimeSpan interval(std::optional<FuzzyDate> start, std::optional<FuzzyDate> end);

    // Parses a date or an interval; returns nullopt for anything else. With
    // allowSingleDate false only an interval is accepted.
    static std::optional<TimeSpan> parse(QStringView text, bool allowSingleDate = true);

    bool isValid() const { return m_valid; }
    bool isInterval() const { return m_interval; }
    bool isOpenStart() const { return m_valid && !m_start; }
    bool isOpenEnd() const { return m_valid && !m_end; }
    std::optional<FuzzyDate> start() const { return m_start; }
    std::optional<FuzzyDate> end() const { return m_end; }

    qint64 firstDay() const;
    qint64 lastDay() const;
    QString toString() const;

    friend bool operator==(const TimeSpan &, const TimeSpan &) = default;

private:
    std::optional<FuzzyDate> m_start;
    std::optional<FuzzyDate> m_end;
    bool m_interval = false;
    bool m_valid = false;
};

} // namespace entente
