// Text widths measured once per thread and font must be the font's own, font by font.
#include "textwidths.h"

#include <QFont>
#include <QFontMetricsF>
#include <QTest>

using namespace entente;

class TestTextWidths : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void widthsAreTheFontsOwn();
};

void TestTextWidths::widthsAreTheFontsOwn()
{
    QFont small;
    small.setPixelSize(10);
    QFont large = small;
    large.setPixelSize(30);
    const QString name = QStringLiteral("Government of National Accord");
    TextWidths smallWidths(small);
    QCOMPARE(smallWidths.advance(name), QFontMetricsF(small).horizontalAdvance(name));
    QCOMPARE(smallWidths.advance(name), QFontMetricsF(small).horizontalAdvance(name)); // kept
    // Another font has its own table, though the text is the same; the first one stays.
    TextWidths largeWidths(large);
    QCOMPARE(largeWidths.advance(name), QFontMetricsF(large).horizontalAdvance(name));
    QVERIFY(largeWidths.advance(name) > 2 * smallWidths.advance(name));
    QCOMPARE(TextWidths(small).advance(name), QFontMetricsF(small).horizontalAdvance(name));
}

QTEST_MAIN(TestTextWidths)
#include "tst_textwidths.moc"
