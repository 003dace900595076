// Marks copied from pre-drawn images must look like the marks drawn directly, and only
// be used where they can (pixels, no scaling).
#include "map/mapsprites.h"
#include "testimages.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>
#include <QTest>

using namespace entente;
using entente::test::maxDifference;
using namespace Qt::StringLiterals;

namespace {

void mark(QPainter &p, QPointF c)
{
    p.setPen(QPen(Qt::darkBlue, 1.1));
    p.setBrush(QColor(70, 130, 200));
    p.drawEllipse(c, 5.5, 5.5);
}

QImage blank()
{
    QImage image(60, 40, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    return image;
}

} // namespace

class TestMapSprites : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void usableOnlyForUnscaledPixels();
    void copiesLookLikeDrawnMarks_data();
    void copiesLookLikeDrawnMarks();
    void oneImagePerVariant();
};

void TestMapSprites::usableOnlyForUnscaledPixels()
{
    QImage image = blank();
    QPainter p(&image);
    QVERIFY(MapSprites::usable(p));
    p.translate(3.5, 2);
    QVERIFY(MapSprites::usable(p));
    p.scale(2, 2);
    QVERIFY(!MapSprites::usable(p));
    p.end();

    QBuffer svg;
    QSvgGenerator generator;
    generator.setOutputDevice(&svg);
    QPainter vector(&generator);
    QVERIFY(!MapSprites::usable(vector));
}

void TestMapSprites::copiesLookLikeDrawnMarks_data()
{
    QTest::addColumn<QPointF>("at");
    QTest::newRow("whole pixel") << QPointF(20, 20);
    QTest::newRow("half pixel") << QPointF(20.5, 19.5);
    QTest::newRow("quarter pixel") << QPointF(31.25, 12.75);
}

void TestMapSprites::copiesLookLikeDrawnMarks()
{
    QFETCH(QPointF, at);
    QImage drawn = blank();
    {
        QPainter p(&drawn);
        p.setRenderHint(QPainter::Antialiasing);
        mark(p, at);
    }
    QImage copied = blank();
    {
        QPainter p(&copied);
        p.setRenderHint(QPainter::Antialiasing);
        MapSprites::draw(p, u"test-mark"_s, QRectF(-8, -8, 16, 16), at,
                         [](QPainter &ip) { mark(ip, QPointF(0, 0)); });
    }
    QVERIFY(drawn != blank());
    QVERIFY2(maxDifference(drawn, copied) <= 8,
             qPrintable(QString::number(maxDifference(drawn, copied))));
}

void TestMapSprites::oneImagePerVariant()
{
    QImage image = blank();
    QPainter p(&image);
    const int before = MapSprites::cachedCount();
    int made = 0;
    const auto draw = [&](QPointF at) {
        MapSprites::draw(p, u"variant-mark"_s, QRectF(-8, -8, 16, 16), at, [&](QPainter &ip) {
            ++made;
            mark(ip, QPointF(0, 0));
        });
    };
    draw(QPointF(10, 10));
    draw(QPointF(30, 20)); // another place, same fraction of a pixel: the same image
    QCOMPARE(made, 1);
    draw(QPointF(30.5, 20)); // half a pixel over: its own image
    QCOMPARE(made, 2);
    QCOMPARE(MapSprites::cachedCount(), before + 2);
}

QTEST_MAIN(TestMapSprites)
#include "tst_mapsprites.moc"
