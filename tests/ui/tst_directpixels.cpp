// Images copied straight into the painter's image must look as the painter's own copies,
// and only be copied so where they can be (whole pixels, the device's pixel ratio, a
// premultiplied target).
#include "directpixels.h"
#include "testimages.h"

#include <QPainter>
#include <QTest>

#include <cmath>

using namespace entente;
using entente::test::maxDifference;

namespace {

// A translucent, antialiased mark: every alpha from 0 to 255 occurs.
QImage mark(qreal ratio = 1.0)
{
    QImage sprite(QSize(14, 14) * ratio, QImage::Format_ARGB32_Premultiplied);
    sprite.setDevicePixelRatio(ratio);
    sprite.fill(Qt::transparent);
    QPainter p(&sprite);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(20, 60, 140), 1.5));
    p.setBrush(QColor(200, 80, 40, 160));
    p.drawEllipse(QPointF(7, 7), 5.3, 5.3);
    return sprite;
}

QImage background(QImage::Format format)
{
    QImage image(60, 40, format);
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            image.setPixel(x, y, qRgb(x * 4, y * 6, 128));
    return image;
}

} // namespace

class TestDirectPixels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void blendsAsThePainterDraws_data();
    void blendsAsThePainterDraws();
    void refusesWhatItCannotCopyExactly();
};

void TestDirectPixels::blendsAsThePainterDraws_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("opaque image") << int(QImage::Format_RGB32);
    QTest::newRow("premultiplied image") << int(QImage::Format_ARGB32_Premultiplied);
}

void TestDirectPixels::blendsAsThePainterDraws()
{
    QFETCH(int, format);
    const QImage sprite = mark();
    QImage drawn = background(QImage::Format(format));
    QImage copied = drawn;
    // Inside, across the clip's edge and past the image's.
    const QPointF places[] = {{5, 5}, {30, 18}, {50, 33}, {-4, 10}};
    {
        QPainter p(&drawn);
        p.setClipRect(QRect(0, 0, 56, 40));
        p.translate(2, 1);
        for (QPointF at : places)
            p.drawImage(at, sprite);
    }
    {
        QPainter p(&copied);
        p.setClipRect(QRect(0, 0, 56, 40));
        p.translate(2, 1);
        const auto direct = DirectPixels::of(p);
        QVERIFY(direct);
        for (QPointF at : places)
            QVERIFY(direct->blend(at, sprite));
    }
    // Rounding of the blend only.
    QVERIFY2(maxDifference(drawn, copied) <= 2,
             qPrintable(QString::number(maxDifference(drawn, copied))));
    QVERIFY(maxDifference(drawn, background(QImage::Format(format))) > 50); // something drawn
}

void TestDirectPixels::refusesWhatItCannotCopyExactly()
{
    QImage image = background(QImage::Format_ARGB32_Premultiplied);
    QPainter p(&image);
    const auto direct = DirectPixels::of(p);
    QVERIFY(direct);
    QVERIFY(!direct->blend(QPointF(3.5, 4), mark()));  // between pixels: would resample
    QVERIFY(!direct->blend(QPointF(3, 4), mark(2.0))); // drawn for another pixel ratio
    QVERIFY(!direct->blend(QPointF(3, 4), mark().convertToFormat(QImage::Format_ARGB32)));
    p.setOpacity(0.5);
    QVERIFY(!DirectPixels::of(p)); // the painter would fade it
    p.setOpacity(1.0);
    p.rotate(10);
    QVERIFY(!DirectPixels::of(p));
    p.end();
    QCOMPARE(image, background(QImage::Format_ARGB32_Premultiplied)); // nothing written
}

QTEST_MAIN(TestDirectPixels)
#include "tst_directpixels.moc"
