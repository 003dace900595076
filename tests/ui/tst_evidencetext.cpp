#include "evidence/evidencetext.h"

#include <QDate>
#include <QTest>

using namespace entente;
using namespace Qt::StringLiterals;

class TestEvidenceText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    void dateText_data();
    void dateText();
    void dayRange_data();
    void dayRange();
    void relationSentence_data();
    void relationSentence();
    void sentenceDoesNotSubstituteTwice();
};

void TestEvidenceText::dateText_data()
{
    QTest::addColumn<QString>("written");
    QTest::addColumn<QString>("words");
    QTest::newRow("day") << u"2020-08-17"_s << u"17 August 2020"_s;
    QTest::newRow("month") << u"2020-08"_s << u"August 2020 (month precision)"_s;
    QTest::newRow("year") << u"2020"_s << u"2020 (year precision)"_s;
    QTest::newRow("interval") << u"2019-04-04/2020-06-05"_s << u"4 Apr 2019 – 5 Jun 2020"_s;
    QTest::newRow("mixed precision") << u"2019-04/2020"_s << u"Apr 2019 – 2020"_s;
    QTest::newRow("open end") << u"2019-11-27/.."_s << u"since 27 Nov 2019"_s;
    QTest::newRow("open start") << u"../2020-06-05"_s << u"until 5 Jun 2020"_s;
    QTest::newRow("not a date") << u"soon"_s << u"soon"_s;
}

void TestEvidenceText::dateText()
{
    QFETCH(QString, written);
    QFETCH(QString, words);
    QCOMPARE(EvidenceText::dateText(written), words);
}

void TestEvidenceText::dayRange_data()
{
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::addColumn<QString>("words");
    QTest::newRow("day") << QDate(2019, 11, 28) << QDate(2019, 11, 28) << u"28 Nov 2019"_s;
    QTest::newRow("month") << QDate(2019, 12, 1) << QDate(2019, 12, 31) << u"December 2019"_s;
    QTest::newRow("february") << QDate(2020, 2, 1) << QDate(2020, 2, 29) << u"February 2020"_s;
    QTest::newRow("year") << QDate(2020, 1, 1) << QDate(2020, 12, 31) << u"2020"_s;
    QTest::newRow("range") << QDate(2020, 1, 3) << QDate(2020, 2, 4)
                           << u"3 Jan 2020 – 4 Feb 2020"_s;
}

void TestEvidenceText::dayRange()
{
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    QFETCH(QString, words);
    QCOMPARE(EvidenceText::dayRange(first.toJulianDay(), last.toJulianDay()), words);
}

void TestEvidenceText::relationSentence_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("supports") << int(RelationType::Supports) << u"A supports B"_s;
    QTest::newRow("allied_with") << int(RelationType::AlliedWith) << u"A is allied with B"_s;
    QTest::newRow("fights") << int(RelationType::Fights) << u"A fights B"_s;
    QTest::newRow("member_of") << int(RelationType::MemberOf) << u"A is a member of B"_s;
    QTest::newRow("acts_for") << int(RelationType::ActsFor) << u"A acts for B"_s;
}

void TestEvidenceText::relationSentence()
{
    QFETCH(int, type);
    QFETCH(QString, sentence);
    QCOMPARE(EvidenceText::relationSentence(RelationType(type), u"A"_s, u"B"_s), sentence);
}

void TestEvidenceText::sentenceDoesNotSubstituteTwice()
{
    QCOMPARE(EvidenceText::relationSentence(RelationType::Opposes, u"100%2"_s, u"X"_s),
             u"100%2 opposes X"_s);
}

QTEST_MAIN(TestEvidenceText)
#include "tst_evidencetext.moc"
