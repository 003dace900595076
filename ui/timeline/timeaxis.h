#pragma once

#include <QLocale>
#include <QString>
#include <QVector>

class QFontMetricsF;

namespace entente {

// Maps Julian days to pixels for the timeline's visible range and picks calendar ticks
// (decades down to days) whose labels fit at the current zoom. Pure logic, no widgets,
// so the choice can be tested at fixed widths; the renderer only draws what it returns.
class TimeAxis
{
public:
    enum class Level { Day, Week, Month, Quarter, Year, Decade };

    struct Tick
    {
        qint64 day = 0;     // the Julian day whose start the tick marks
        double x = 0;       // pixel position of that start
        bool major = false; // also starts a context period (month, year, decade, century)
        QString label;      // unit row (may be empty when there is no room)
        QString majorLabel; // context row (month or year), empty when none
    };

    // Labels start this far right of their tick and keep this much space between them.
    static constexpr double kLabelPadding = 3.0;
    static constexpr double kLabelGap = 6.0;
    // The visible span is kept between these many days so the mapping stays sane.
    static constexpr double kMinSpanDays = 2.0;
    static constexpr double kMaxSpanDays = 365.25 * 600;

    // [first, end) in fractional Julian days; day d covers [dayToX(d), dayToX(d + 1)).
    void setDayRange(double first, double end);
    void setPixelRange(double left, double width);
    double first() const { return m_first; }
    double end() const { return m_end; }
    double left() const { return m_left; }
    double width() const { return m_width; }
    double pixelsPerDay() const { return m_width / (m_end - m_first); }
    double dayToX(double day) const { return m_left + (day - m_first) * pixelsPerDay(); }
    double xToDay(double x) const { return m_first + (x - m_left) / pixelsPerDay(); }

    // Chooses the finest level whose widest label fits one unit, then builds the ticks.
    // Call after changing a range, the font or the locale.
    void layout(const QFontMetricsF &metrics, const QLocale &locale = QLocale());

    Level level() const { return m_level; }
    int step() const { return m_step; } // units per tick: years for Year and Decade
    const QVector<Tick> &ticks() const { return m_ticks; }
    bool hasContextRow() const { return m_level <= Level::Quarter; }
    // The context (month or year) already under way at the left edge, when it fits
    // before the first context label; empty otherwise.
    QString leadingContextLabel() const { return m_leading; }

    static QString levelName(Level level);

private:
    enum class Format { DayWeekday, DayNumber, MonthLong, MonthShort, Quarter, Year };
    struct Candidate
    {
        Level level;
        int step;
        Format format;
    };

    QString unitLabel(qint64 day, Format format, const QLocale &locale) const;
    double widestLabel(Format format, const QFontMetricsF &metrics, const QLocale &locale) const;
    void buildTicks(const Candidate &c, const QLocale &locale);
    void chooseContextFormat(const QFontMetricsF &metrics, const QLocale &locale);
    QString contextLabel(qint64 day, const QLocale &locale) const;
    void dropCrowdedLabels(const QFontMetricsF &metrics);

    double m_first = 0;
    double m_end = 1;
    double m_left = 0;
    double m_width = 1;
    Level m_level = Level::Year;
    int m_step = 1;
    int m_contextFormat = 0;
    QVector<Tick> m_ticks;
    QString m_leading;
};

} // namespace entente
