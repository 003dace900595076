#include "model/fuzzydate.h"

#include <QDate>
#include <QTest>

using namespace entente;

class TestFuzzyDate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesDates_data();
    void parsesDates();
    void rejectsBadDates_data();
    void rejectsBadDates();
    void parsesIntervals_data();
    void parsesIntervals();
};

void TestFuzzyDate::parsesDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("precision");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::newRow("year") << "2020" << int(DatePrecision::Year) << QDate(2020, 1, 1)
                          << QDate(2020, 12, 31);
    QTest::newRow("month") << "2020-02" << int(DatePrecision::Month) << QDate(2020, 2, 1)
                           << QDate(2020, 2, 29);
    QTest::newRow("day") << "2019-11-27" << int(DatePrecision::Day) << QDate(2019, 11, 27)
                         << QDate(2019, 11, 27);
    QTest::newRow("december") << "2021-12" << int(DatePrecision::Month) << QDate(2021, 12, 1)
                              << QDate(2021, 12, 31);
}

void TestFuzzyDate::parsesDates()
{
    QFETCH(QString, text);
    QFETCH(int, precision);
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    const auto date = FuzzyDate::parse(text);
    QVERIFY(date.has_value());
    QCOMPARE(int(date->precision()), precision);
    QCOMPARE(date->firstDay(), first.toJulianDay());
    QCOMPARE(date->lastDay(), last.toJulianDay());
    QCOMPARE(date->toString(), text);
}

void TestFuzzyDate::rejectsBadDates_data()
{
    QTest::addColumn<QString>("text");
    for (const char *bad : {"", "20", "2020-13", "2020-00", "2019-02-29", "2020-1-5", "2020/08",
                            "2020-08-17T10:00", "0000", "abcd", "2020-08-32", " 2020"})
        QTest::newRow(bad) << QString::fromLatin1(bad);
}

void TestFuzzyDate::rejectsBadDates()
{
    QFETCH(QString, text);
    QVERIFY(!FuzzyDate::parse(text).has_value());
    QVERIFY(!TimeSpan::parse(text).has_value());
}

void TestFuzzyDate::parsesIntervals_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<bool>("openStart");
    QTest::addColumn<bool>("openEnd");
    QTest::newRow("closed") << "2019-04-04/2020-06-05" << true << false << false;
    QTest::newRow("open end") << "2019-11-27/.." << true << false << true;
    QTest::newRow("open start") << "../2020" << true << true << false;
    QTest::newRow("mixed precision") << "2019-04/2020" << true << false << false;
    QTest::newRow("reversed") << "2020-06-05/2019-04-04" << false << false << false;
    QTest::newRow("bad end") << "2019/20x0" << false << false << false;
    QTest::newRow("two slashes") << "2019/2020/2021" << false << false << false;
}

void TestFuzzyDate::parsesIntervals()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(bool, openStart);
    QFETCH(bool, openEnd);
    const auto span = TimeSpan::parse(text);
    QCOMPARE(span.has_value(), ok);
    if (!ok)
        return;
    QVERIFY(span->isInterval());
    QCOMPARE(span->isOpenStart(), openStart);
    QCOMPARE(span->isOpenEnd(), openEnd);
    QCOMPARE(span->toString(), text);
    QVERIFY(span->firstDay() <= span->lastDay());
    if (openEnd)
        QCOMPARE(span->lastDay(), kOpenFutureDay);
}

QTEST_GUILESS_MAIN(TestFuzzyDate)
#include "tst_fuzzydate.moc"
