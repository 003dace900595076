#include "model/textoffsets.h"

#include <QTest>

using namespace entente;
using namespace Qt::StringLiterals;

class TestTextOffsets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void counts_data();
    void counts();
    void convertsBothWays();
    void roundsDownInsidePairs();
    void rejectsOutOfRange();
    void slices_data();
    void slices();
    void loneSurrogatesCountOnce();
    void oneOffHelpers();
};

void TestTextOffsets::counts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qsizetype>("codePoints");
    QTest::addColumn<bool>("bmpOnly");
    QTest::newRow("empty") << QString() << qsizetype(0) << true;
    QTest::newRow("ascii") << u"Tripoli"_s << qsizetype(7) << true;
    QTest::newRow("arabic") << u"طرابلس"_s << qsizetype(6) << true;
    QTest::newRow("one emoji") << u"a😀b"_s << qsizetype(3) << false;
    QTest::newRow("emoji only") << u"😀🇱🇾"_s << qsizetype(3) << false; // flag = 2 code points
    QTest::newRow("mixed") << u"GNA 🤝 حكومة"_s << qsizetype(11) << false;
}

void TestTextOffsets::counts()
{
    QFETCH(QString, text);
    QFETCH(qsizetype, codePoints);
    QFETCH(bool, bmpOnly);
    const TextOffsets offsets(text);
    QCOMPARE(offsets.codePointCount(), codePoints);
    QCOMPARE(offsets.codePointCount(), text.toUcs4().size());
    QCOMPARE(offsets.utf16Count(), text.size());
    QCOMPARE(offsets.isBmpOnly(), bmpOnly);
}

void TestTextOffsets::convertsBothWays()
{
    // Check every offset against a conversion done the slow way, via UCS-4.
    const QString text = u"😀 Haftar 🇱🇾 قوات 𝔸x"_s;
    const QList<uint> ucs4 = text.toUcs4();
    const TextOffsets offsets(text);
    qsizetype utf16 = 0;
    for (qsizetype cp = 0; cp <= ucs4.size(); ++cp) {
        QCOMPARE(offsets.toUtf16(cp), utf16);
        QCOMPARE(offsets.toCodePoint(utf16), cp);
        if (cp < ucs4.size())
            utf16 += QChar::requiresSurrogates(ucs4[cp]) ? 2 : 1;
    }
    QCOMPARE(utf16, text.size());
}

void TestTextOffsets::roundsDownInsidePairs()
{
    const QString text = u"a😀b"_s; // UTF-16: a, high, low, b
    const TextOffsets offsets(text);
    QCOMPARE(offsets.toCodePoint(1), 1);
    QCOMPARE(offsets.toCodePoint(2), 1); // between the halves: the emoji's start
    QCOMPARE(offsets.toCodePoint(3), 2);
    QCOMPARE(offsets.toCodePoint(4), 3);
}

void TestTextOffsets::rejectsOutOfRange()
{
    const TextOffsets offsets(u"a😀"_s);
    QCOMPARE(offsets.toUtf16(-1), -1);
    QCOMPARE(offsets.toUtf16(2), 3);
    QCOMPARE(offsets.toUtf16(3), -1);
    QCOMPARE(offsets.toCodePoint(-1), -1);
    QCOMPARE(offsets.toCodePoint(3), 2);
    QCOMPARE(offsets.toCodePoint(4), -1);
}

void TestTextOffsets::slices_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qsizetype>("start");
    QTest::addColumn<qsizetype>("end");
    QTest::addColumn<QString>("expected");
    const QString mixed = u"😀 Erdoğan met السراج in 🇹🇷."_s;
    QTest::newRow("after emoji") << mixed << qsizetype(2) << qsizetype(9) << u"Erdoğan"_s;
    QTest::newRow("arabic") << mixed << qsizetype(14) << qsizetype(20) << u"السراج"_s;
    QTest::newRow("flag") << mixed << qsizetype(24) << qsizetype(26) << u"🇹🇷"_s;
    QTest::newRow("emoji itself") << mixed << qsizetype(0) << qsizetype(1) << u"😀"_s;
    QTest::newRow("to the end") << mixed << qsizetype(26) << qsizetype(27) << u"."_s;
    QTest::newRow("empty range") << mixed << qsizetype(3) << qsizetype(3) << u""_s;
    QTest::newRow("past end") << mixed << qsizetype(26) << qsizetype(28) << QString();
    QTest::newRow("reversed") << mixed << qsizetype(5) << qsizetype(4) << QString();
    QTest::newRow("negative") << mixed << qsizetype(-1) << qsizetype(4) << QString();
}

void TestTextOffsets::slices()
{
    QFETCH(QString, text);
    QFETCH(qsizetype, start);
    QFETCH(qsizetype, end);
    QFETCH(QString, expected);
    const QString slice = TextOffsets(text).slice(text, start, end);
    QCOMPARE(slice, expected);
    QCOMPARE(slice.isNull(), expected.isNull());
}

void TestTextOffsets::loneSurrogatesCountOnce()
{
    QString text = u"ab"_s;
    text.insert(1, QChar(0xD83D)); // a high surrogate with no low half
    const TextOffsets offsets(text);
    QCOMPARE(offsets.codePointCount(), 3);
    QVERIFY(offsets.isBmpOnly());
    QCOMPARE(offsets.toUtf16(2), 2);
}

void TestTextOffsets::oneOffHelpers()
{
    const QString text = u"🇱🇾 Libya"_s;
    QCOMPARE(TextOffsets::codePointCount(text), 8);
    QCOMPARE(TextOffsets::codePointToUtf16(text, 3), 5);
    QCOMPARE(TextOffsets::utf16ToCodePoint(text, 5), 3);
}

QTEST_GUILESS_MAIN(TestTextOffsets)
#include "tst_textoffsets.moc"
