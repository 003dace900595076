// Arrow strokes filled as polygons must cover what Qt's pen covers: the same dashes, the
// same width, round ends.
#include "map/maparrowoutline.h"

#include <QImage>
#include <QPainter>
#include <QTest>

#include <numbers>

using namespace entente;

namespace {

QImage drawn(const std::function<void(QPainter &)> &draw)
{
    QImage image(420, 220, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    draw(p);
    return image;
}

double ink(const QImage &image)
{
    double sum = 0;
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            sum += (255 - qGray(line[x])) / 255.0;
    }
    return sum;
}

// Pixels whose grey differs by more than a quarter of the range.
int differing(const QImage &a, const QImage &b)
{
    int n = 0;
    for (int y = 0; y < a.height(); ++y) {
        const auto *la = reinterpret_cast<const QRgb *>(a.constScanLine(y));
        const auto *lb = reinterpret_cast<const QRgb *>(b.constScanLine(y));
        for (int x = 0; x < a.width(); ++x)
            n += std::abs(qGray(la[x]) - qGray(lb[x])) > 64;
    }
    return n;
}

} // namespace

class TestMapArrowOutline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesThePen_data()
    {
        QTest::addColumn<int>("style");
        QTest::addColumn<double>("width");
        QTest::addColumn<bool>("tight"); // a short, strongly bowed arrow
        for (const auto style : {Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine}) {
            for (const double width : {1.2, 2.5, 4.0, 6.0}) {
                for (const bool tight : {false, true}) {
                    QTest::addRow("style %d, width %.1f%s", int(style), width,
                                  tight ? ", tight" : "")
                        << int(style) << width << tight;
                }
            }
        }
    }
    void matchesThePen()
    {
        QFETCH(int, style);
        QFETCH(double, width);
        QFETCH(bool, tight);
        QPainterPath curve;
        if (tight) {
            curve.moveTo(180.3, 120.6);
            curve.quadTo(205.2, 70.1, 232.7, 119.4);
        } else {
            curve.moveTo(12.4, 180.7);
            curve.quadTo(150.2, 10.3, 405.8, 150.1);
        }
        QPen pen(Qt::black, width, Qt::PenStyle(style), Qt::RoundCap);
        const QImage byPen = drawn([&](QPainter &p) {
            p.setPen(pen);
            p.drawPath(curve);
        });
        const QPainterPath outline = MapArrowOutline::of(curve, pen);
        QCOMPARE(outline.fillRule(), Qt::WindingFill);
        const QImage byOutline = drawn([&](QPainter &p) {
            p.setPen(Qt::NoPen);
            p.setBrush(Qt::black);
            p.drawPath(outline);
        });
        double expected = ink(byPen);
        QVERIFY(expected > 10);
        if (style == Qt::SolidLine) {
            // Qt's stroker thins a tight bend by some 6 %: measure solid strokes against
            // their true area, length times width plus the two round ends.
            double length = 0;
            const QPolygonF line = curve.toSubpathPolygons().first();
            for (qsizetype i = 1; i < line.size(); ++i)
                length += QLineF(line[i - 1], line[i]).length();
            expected = length * width + std::numbers::pi * width * width / 4;
        }
        // Within 4 % of the ink, and hardly a pixel visibly different from the pen's.
        QVERIFY2(std::abs(ink(byOutline) - expected) < 0.04 * expected,
                 qPrintable(QStringLiteral("ink %1, pen %2").arg(ink(byOutline)).arg(expected)));
        const int differ = differing(byPen, byOutline);
        const double share = style == Qt::SolidLine && tight ? 0.08 : 0.03; // thinned bend
        QVERIFY2(differ < share * ink(byPen) + 3, qPrintable(QString::number(differ)));
    }

    void dashesFollowThePattern_data()
    {
        QTest::addColumn<int>("style");
        QTest::addColumn<int>("dashes");
        // 100 px at width 4: dots every 12 px, dashes every 24, dash-dots every 36 (two).
        QTest::newRow("solid") << int(Qt::SolidLine) << 1;
        QTest::newRow("dot") << int(Qt::DotLine) << 9;
        QTest::newRow("dash") << int(Qt::DashLine) << 5;
        QTest::newRow("dash-dot") << int(Qt::DashDotLine) << 6;
    }
    void dashesFollowThePattern()
    {
        QFETCH(int, style);
        QFETCH(int, dashes);
        QPainterPath line;
        line.moveTo(10, 50);
        line.lineTo(110, 50);
        const QPen pen(Qt::black, 4, Qt::PenStyle(style), Qt::RoundCap);
        const QPainterPath outline = MapArrowOutline::of(line, pen);
        QCOMPARE(outline.toSubpathPolygons().size(), dashes);
        QCOMPARE(MapArrowOutline::dashes(line, pen).size(), dashes);
        // Round ends reach half the width past both ends, and the sides half the width out.
        const QRectF bounds = outline.boundingRect();
        // (the round ends' polygons bulge a little, to keep the area of a half circle).
        QVERIFY(std::abs(bounds.left() - 8) < 0.2);
        QVERIFY(bounds.right() <= 112.2);
        QVERIFY(std::abs(bounds.top() - 48) < 0.01);
        QVERIFY(std::abs(bounds.bottom() - 52) < 0.01);
    }

    void nothingForNothing()
    {
        const QPen pen(Qt::black, 3);
        QVERIFY(MapArrowOutline::of(QPainterPath(), pen).isEmpty());
        QPainterPath point;
        point.moveTo(5, 5);
        QVERIFY(MapArrowOutline::of(point, pen).isEmpty());
    }
};

QTEST_MAIN(TestMapArrowOutline)
#include "tst_maparrowoutline.moc"
