#include "timeline/timeaxis.h"

#include <QDate>
#include <QFont>
#include <QFontMetricsF>
#include <QTest>

using namespace entente;

Q_DECLARE_METATYPE(entente::TimeAxis::Level)

namespace {

double jd(int y, int m, int d)
{
    return double(QDate(y, m, d).toJulianDay());
}

QFont testFont()
{
    QFont f;
    f.setPixelSize(12);
    return f;
}

} // namespace

class TestTimeAxis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mapsDaysAndPixels();
    void ticks_data();
    void ticks();
    void labelsNeverOverlapWhileZooming();
    void monthNamesAreLocalised();
};

void TestTimeAxis::mapsDaysAndPixels()
{
    TimeAxis axis;
    axis.setDayRange(jd(2020, 1, 1), jd(2020, 1, 11));
    axis.setPixelRange(100, 1000);
    QCOMPARE(axis.pixelsPerDay(), 100.0);
    QCOMPARE(axis.dayToX(jd(2020, 1, 1)), 100.0);
    QCOMPARE(axis.dayToX(jd(2020, 1, 6)), 600.0);
    QCOMPARE(axis.xToDay(axis.dayToX(jd(2020, 1, 3) + 0.25)), jd(2020, 1, 3) + 0.25);
    // A degenerate range is widened rather than dividing by zero.
    axis.setDayRange(jd(2020, 1, 1), jd(2020, 1, 1));
    QVERIFY(axis.end() > axis.first());
}

void TestTimeAxis::ticks_data()
{
    QTest::addColumn<double>("first");
    QTest::addColumn<double>("end");
    QTest::addColumn<QVector<TimeAxis::Level>>("levels"); // acceptable levels (font-dependent)
    QTest::addColumn<int>("minTicks");
    QTest::addColumn<int>("maxTicks");
    using L = TimeAxis::Level;
    QTest::newRow("30 years") << jd(1995, 1, 1) << jd(2025, 1, 1) << QVector<L>{L::Year} << 30
                              << 31;
    QTest::newRow("2 years") << jd(2019, 3, 15) << jd(2021, 3, 15) << QVector<L>{L::Month} << 24
                             << 25;
    QTest::newRow("3 months") << jd(2020, 6, 1) << jd(2020, 9, 1) << QVector<L>{L::Week, L::Day}
                              << 13 << 95;
    QTest::newRow("10 days") << jd(2020, 8, 10) << jd(2020, 8, 20) << QVector<L>{L::Day} << 10
                             << 10;
    QTest::newRow("300 years") << jd(1800, 1, 1) << jd(2100, 1, 1) << QVector<L>{L::Decade} << 6
                               << 31;
    QTest::newRow("across a month end")
        << jd(2020, 1, 25) << jd(2020, 2, 4) << QVector<L>{L::Day} << 10 << 10;
}

void TestTimeAxis::ticks()
{
    QFETCH(double, first);
    QFETCH(double, end);
    QFETCH(QVector<TimeAxis::Level>, levels);
    QFETCH(int, minTicks);
    QFETCH(int, maxTicks);

    const QFont font = testFont();
    const QFontMetricsF fm(font);
    TimeAxis axis;
    axis.setDayRange(first, end);
    axis.setPixelRange(0, 1600);
    axis.layout(fm, QLocale(QLocale::English, QLocale::UnitedKingdom));
    QVERIFY2(levels.contains(axis.level()), qPrintable(TimeAxis::levelName(axis.level())));

    // Count the ticks that carry a unit label slot (minor ticks); context-only ticks
    // (month starts between Mondays) come on top.
    const auto &ticks = axis.ticks();
    const int unitTicks = int(std::count_if(ticks.cbegin(), ticks.cend(), [&](const auto &t) {
        return axis.level() != TimeAxis::Level::Week ||
               QDate::fromJulianDay(t.day).dayOfWeek() == 1;
    }));
    QVERIFY2(unitTicks >= minTicks && unitTicks <= maxTicks,
             qPrintable(QString::number(unitTicks)));

    // Sorted, inside the range, positioned where the mapping says.
    for (int i = 0; i < ticks.size(); ++i) {
        QVERIFY(double(ticks[i].day) >= first && double(ticks[i].day) < end);
        QVERIFY(ticks[i].x >= 0 && ticks[i].x < 1600);
        QCOMPARE(ticks[i].x, axis.dayToX(double(ticks[i].day)));
        if (i > 0)
            QVERIFY(ticks[i].day > ticks[i - 1].day);
    }
    // Labels in each row keep apart and stay inside the axis.
    const auto checkRow = [&](QString TimeAxis::Tick::*label) {
        double prevRight = -1e9;
        for (const auto &t : ticks) {
            if ((t.*label).isEmpty())
                continue;
            const double l = t.x + TimeAxis::kLabelPadding;
            const double r = l + fm.horizontalAdvance(t.*label);
            if (l < prevRight + TimeAxis::kLabelGap)
                return false;
            if (r > 1600)
                return false;
            prevRight = r;
        }
        return true;
    };
    QVERIFY(checkRow(&TimeAxis::Tick::label));
    QVERIFY(checkRow(&TimeAxis::Tick::majorLabel));
    // Every unit tick of a level that fits gets a label (none are dropped for room).
    const int labelled = int(std::count_if(ticks.cbegin(), ticks.cend(),
                                           [](const auto &t) { return !t.label.isEmpty(); }));
    QVERIFY(labelled >= unitTicks - 1); // the last may be cut at the right edge
}

void TestTimeAxis::labelsNeverOverlapWhileZooming()
{
    // Sweep from 600 years down to 2 days at two widths: whatever level is chosen, the
    // labels of both rows never overlap and the ticks never explode in number.
    const QFontMetricsF fm(testFont());
    const double centre = jd(2020, 6, 15);
    for (double width : {1600.0, 230.0}) {
        for (double span = TimeAxis::kMaxSpanDays; span >= TimeAxis::kMinSpanDays; span /= 1.37) {
            TimeAxis axis;
            axis.setDayRange(centre - span / 2, centre + span / 2);
            axis.setPixelRange(0, width);
            axis.layout(fm);
            QVERIFY(axis.ticks().size() <= width / 4 + 2);
            for (QString TimeAxis::Tick::*label :
                 {&TimeAxis::Tick::label, &TimeAxis::Tick::majorLabel}) {
                double prevRight = -1e9;
                for (const auto &t : axis.ticks()) {
                    if ((t.*label).isEmpty())
                        continue;
                    const double l = t.x + TimeAxis::kLabelPadding;
                    QVERIFY2(l >= prevRight + TimeAxis::kLabelGap - 1e-9,
                             qPrintable(QStringLiteral("span %1 width %2 label %3")
                                            .arg(span)
                                            .arg(width)
                                            .arg(t.*label)));
                    prevRight = l + fm.horizontalAdvance(t.*label);
                }
            }
            if (!axis.leadingContextLabel().isEmpty()) {
                const double leadRight =
                    TimeAxis::kLabelPadding + fm.horizontalAdvance(axis.leadingContextLabel());
                for (const auto &t : axis.ticks()) {
                    if (!t.majorLabel.isEmpty()) {
                        QVERIFY(leadRight + TimeAxis::kLabelGap <=
                                t.x + TimeAxis::kLabelPadding + 1e-9);
                        break;
                    }
                }
            }
        }
    }
}

void TestTimeAxis::monthNamesAreLocalised()
{
    const QFontMetricsF fm(testFont());
    TimeAxis axis;
    axis.setDayRange(jd(2019, 9, 20), jd(2021, 9, 20));
    axis.setPixelRange(0, 1600);
    axis.layout(fm, QLocale(QLocale::French, QLocale::France));
    QCOMPARE(axis.level(), TimeAxis::Level::Month);
    QStringList labels;
    for (const auto &t : axis.ticks())
        labels << t.label;
    const QLocale fr(QLocale::French, QLocale::France);
    QVERIFY(labels.contains(fr.standaloneMonthName(8, QLocale::ShortFormat)) ||
            labels.contains(fr.standaloneMonthName(8, QLocale::LongFormat)));
    // January starts a year: a context label with the year.
    const auto jan = std::find_if(axis.ticks().cbegin(), axis.ticks().cend(), [](const auto &t) {
        return t.day == QDate(2021, 1, 1).toJulianDay();
    });
    QVERIFY(jan != axis.ticks().cend());
    QVERIFY(jan->major);
    QCOMPARE(jan->majorLabel, QStringLiteral("2021"));
    // The year already under way at the left edge is named too.
    QCOMPARE(axis.leadingContextLabel(), QStringLiteral("2019"));
}

QTEST_MAIN(TestTimeAxis)
#include "tst_timeaxis.moc"
