#include "timeaxis.h"

#include <QCoreApplication>
#include <QDate>
#include <QFontMetricsF>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace entente {

namespace {

// The shortest unit of each level, so that a label that fits it fits every unit.
double minUnitDays(TimeAxis::Level level)
{
    switch (level) {
    case TimeAxis::Level::Day:
        return 1;
    case TimeAxis::Level::Week:
        return 7;
    case TimeAxis::Level::Month:
        return 28;
    case TimeAxis::Level::Quarter:
        return 90;
    case TimeAxis::Level::Year:
    case TimeAxis::Level::Decade:
        return 365;
    }
    return 1;
}

QString tr(const char *text, const char *comment = nullptr)
{
    return QCoreApplication::translate("Entente::TimeAxis", text, comment);
}

// Years are written without group separators ("2020", not "2,020").
QLocale plainNumbers(QLocale locale)
{
    locale.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    return locale;
}

// Context formats, longest first: "August 2020", "Aug 2020", "2020-08".
constexpr int kContextFormats = 3;

} // namespace

void TimeAxis::setDayRange(double first, double end)
{
    if (!(end > first)) // also catches NaN
        end = first + kMinSpanDays;
    m_first = first;
    m_end = end;
}

void TimeAxis::setPixelRange(double left, double width)
{
    m_left = left;
    m_width = std::max(1.0, width);
}

QString TimeAxis::levelName(Level level)
{
    switch (level) {
    case Level::Day:
        return tr("days");
    case Level::Week:
        return tr("weeks");
    case Level::Month:
        return tr("months");
    case Level::Quarter:
        return tr("quarters");
    case Level::Year:
        return tr("years");
    case Level::Decade:
        return tr("decades");
    }
    return {};
}

QString TimeAxis::unitLabel(qint64 day, Format format, const QLocale &locale) const
{
    const QDate date = QDate::fromJulianDay(day);
    const QLocale plain = plainNumbers(locale);
    switch (format) {
    case Format::DayWeekday:
        return tr("%1 %2", "short weekday, day of month")
            .arg(locale.dayName(date.dayOfWeek(), QLocale::ShortFormat),
                 plain.toString(date.day()));
    case Format::DayNumber:
        return plain.toString(date.day());
    case Format::MonthLong:
        return locale.standaloneMonthName(date.month(), QLocale::LongFormat);
    case Format::MonthShort:
        return locale.standaloneMonthName(date.month(), QLocale::ShortFormat);
    case Format::Quarter:
        return tr("Q%1", "quarter of a year").arg(plain.toString((date.month() - 1) / 3 + 1));
    case Format::Year:
        return plain.toString(date.year());
    }
    return {};
}

double TimeAxis::widestLabel(Format format, const QFontMetricsF &metrics,
                             const QLocale &locale) const
{
    double widest = 0;
    const auto measure = [&](qint64 day) {
        widest = std::max(widest, metrics.horizontalAdvance(unitLabel(day, format, locale)));
    };
    switch (format) {
    case Format::DayWeekday:
        // A week of two-digit days: every weekday name with the widest numbers.
        for (int d = 22; d <= 28; ++d)
            measure(QDate(2024, 1, d).toJulianDay());
        break;
    case Format::DayNumber:
        for (int d = 1; d <= 31; ++d)
            measure(QDate(2024, 1, d).toJulianDay());
        break;
    case Format::MonthLong:
    case Format::MonthShort:
        for (int m = 1; m <= 12; ++m)
            measure(QDate(2024, m, 1).toJulianDay());
        break;
    case Format::Quarter:
        for (int m = 1; m <= 12; m += 3)
            measure(QDate(2024, m, 1).toJulianDay());
        break;
    case Format::Year:
        measure(qint64(std::floor(m_first)));
        measure(qint64(std::floor(m_end)));
        break;
    }
    return widest;
}

QString TimeAxis::contextLabel(qint64 day, const QLocale &locale) const
{
    const QDate date = QDate::fromJulianDay(day);
    const QLocale plain = plainNumbers(locale);
    if (m_level == Level::Month || m_level == Level::Quarter)
        return plain.toString(date.year());
    switch (m_contextFormat) {
    case 0:
        return tr("%1 %2", "month name, year")
            .arg(locale.standaloneMonthName(date.month(), QLocale::LongFormat),
                 plain.toString(date.year()));
    case 1:
        return tr("%1 %2", "month name, year")
            .arg(locale.standaloneMonthName(date.month(), QLocale::ShortFormat),
                 plain.toString(date.year()));
    default:
        return QStringLiteral("%1-%2").arg(date.year()).arg(date.month(), 2, 10, QLatin1Char('0'));
    }
}

void TimeAxis::chooseContextFormat(const QFontMetricsF &metrics, const QLocale &locale)
{
    m_contextFormat = kContextFormats - 1;
    if (m_level != Level::Day && m_level != Level::Week)
        return;
    const double room = 28 * pixelsPerDay() - kLabelPadding - kLabelGap;
    for (int f = 0; f < kContextFormats; ++f) {
        m_contextFormat = f;
        double widest = 0;
        for (int m = 1; m <= 12; ++m)
            widest = std::max(widest, metrics.horizontalAdvance(
                                          contextLabel(QDate(2024, m, 1).toJulianDay(), locale)));
        if (widest <= room)
            return;
    }
}

void TimeAxis::buildTicks(const Candidate &c, const QLocale &locale)
{
    m_ticks.clear();
    const qint64 from = qint64(std::ceil(m_first));
    const auto inside = [&](qint64 day) { return day >= from && double(day) < m_end; };
    const auto add = [&](qint64 day, bool major, bool unit) {
        Tick t;
        t.day = day;
        t.x = dayToX(double(day));
        t.major = major;
        if (unit)
            t.label = unitLabel(day, c.format, locale);
        if (major && hasContextRow())
            t.majorLabel = contextLabel(day, locale);
        m_ticks.push_back(t);
    };
    const QDate start = QDate::fromJulianDay(from);
    if (!start.isValid())
        return;

    switch (c.level) {
    case Level::Day:
        for (qint64 d = from; inside(d); ++d)
            add(d, QDate::fromJulianDay(d).day() == 1, true);
        break;
    case Level::Week: {
        // Mondays carry the unit labels; month starts are context ticks in between.
        qint64 monday = from + (8 - start.dayOfWeek()) % 7;
        QDate month(start.year(), start.month(), 1);
        if (month.toJulianDay() < from)
            month = month.addMonths(1);
        while (inside(monday) || inside(month.toJulianDay())) {
            const qint64 m = month.toJulianDay();
            if (inside(m) && (m <= monday || !inside(monday))) {
                add(m, true, m == monday);
                if (m == monday)
                    monday += 7;
                month = month.addMonths(1);
            } else {
                add(monday, false, true);
                monday += 7;
            }
        }
        break;
    }
    case Level::Month:
    case Level::Quarter: {
        const int every = c.level == Level::Month ? 1 : 3;
        QDate d(start.year(), start.month(), 1);
        while (d.toJulianDay() < from || (d.month() - 1) % every != 0)
            d = d.addMonths(1);
        for (; inside(d.toJulianDay()); d = d.addMonths(every))
            add(d.toJulianDay(), d.month() == 1, true);
        break;
    }
    case Level::Year:
    case Level::Decade: {
        const int majorEvery = c.step < 10 ? 10 : (c.step < 100 ? 100 : 1000);
        int y = start.year();
        if (QDate(y, 1, 1).toJulianDay() < from)
            ++y;
        y = (y + c.step - 1) / c.step * c.step;
        for (; QDate(y, 1, 1).isValid() && inside(QDate(y, 1, 1).toJulianDay()); y += c.step)
            add(QDate(y, 1, 1).toJulianDay(), y % majorEvery == 0, true);
        break;
    }
    }
}

void TimeAxis::dropCrowdedLabels(const QFontMetricsF &metrics)
{
    const double right = m_left + m_width;
    const auto thin = [&](QString Tick::*label) {
        double prevRight = -std::numeric_limits<double>::infinity();
        for (Tick &t : m_ticks) {
            if ((t.*label).isEmpty())
                continue;
            const double l = t.x + kLabelPadding;
            const double r = l + metrics.horizontalAdvance(t.*label);
            if (l < prevRight + kLabelGap || r > right)
                (t.*label).clear();
            else
                prevRight = r;
        }
    };
    thin(&Tick::label);
    thin(&Tick::majorLabel);
}

void TimeAxis::layout(const QFontMetricsF &metrics, const QLocale &locale)
{
    static constexpr std::array kCandidates{
        Candidate{Level::Day, 1, Format::DayWeekday},
        Candidate{Level::Day, 1, Format::DayNumber},
        Candidate{Level::Week, 1, Format::DayNumber},
        Candidate{Level::Month, 1, Format::MonthLong},
        Candidate{Level::Month, 1, Format::MonthShort},
        Candidate{Level::Quarter, 1, Format::Quarter},
        Candidate{Level::Year, 1, Format::Year},
        Candidate{Level::Year, 2, Format::Year},
        Candidate{Level::Year, 5, Format::Year},
        Candidate{Level::Decade, 10, Format::Year},
        Candidate{Level::Decade, 20, Format::Year},
        Candidate{Level::Decade, 50, Format::Year},
        Candidate{Level::Decade, 100, Format::Year},
        Candidate{Level::Decade, 200, Format::Year},
        Candidate{Level::Decade, 500, Format::Year},
        Candidate{Level::Decade, 1000, Format::Year},
    };
    Candidate chosen = kCandidates.back();
    for (const Candidate &c : kCandidates) {
        const double room = minUnitDays(c.level) * c.step * pixelsPerDay();
        if (widestLabel(c.format, metrics, locale) + kLabelPadding + kLabelGap <= room) {
            chosen = c;
            break;
        }
    }
    m_level = chosen.level;
    m_step = chosen.step;
    chooseContextFormat(metrics, locale);
    buildTicks(chosen, locale);
    dropCrowdedLabels(metrics);

    // Name the month or year under way at the left edge unless a context tick sits there.
    m_leading.clear();
    if (!hasContextRow())
        return;
    const qint64 firstDay = qint64(std::floor(m_first));
    const auto firstMajor = std::find_if(m_ticks.cbegin(), m_ticks.cend(),
                                         [](const Tick &t) { return !t.majorLabel.isEmpty(); });
    if (firstMajor != m_ticks.cend() && firstMajor->x - m_left < 0.5)
        return;
    const QString lead = contextLabel(firstDay, locale);
    const double leadRight = m_left + kLabelPadding + metrics.horizontalAdvance(lead);
    const double limit =
        firstMajor != m_ticks.cend() ? firstMajor->x + kLabelPadding - kLabelGap : m_left + m_width;
    if (leadRight <= limit)
        m_leading = lead;
}

} // namespace entente
