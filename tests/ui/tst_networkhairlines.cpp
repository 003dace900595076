#include "network/networkhairlines.h"

#include <QImage>
#include <QPainter>
#include <QPen>
#include <QTest>

#include <cmath>

using namespace entente;

// The direct hairline writer against Qt's own aliased hairlines: the same pixels give or
// take rounding, dashes with gaps, and a refusal where it cannot match what Qt draws.
class TestNetworkHairlines : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesQtHairlines_data();
    void matchesQtHairlines();
    void refusesTranslucentColours();
    void trianglesMatchQtAliasedFill();
};

namespace {

QVector<QLineF> fan()
{
    QVector<QLineF> lines;
    for (int k = 0; k < 24; ++k) {
        const double a = k * 3.14159265 / 12.0;
        lines << QLineF(QPointF(100.3, 80.6),
                        QPointF(100.3 + 90 * std::cos(a), 80.6 + 70 * std::sin(a)));
    }
    lines << QLineF(-50, 10, 300, 150); // runs off the image both ends
    return lines;
}

int inked(const QImage &image)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            n += image.pixel(x, y) != qRgb(255, 255, 255) ? 1 : 0;
    return n;
}

} // namespace

void TestNetworkHairlines::matchesQtHairlines_data()
{
    QTest::addColumn<int>("style");
    QTest::newRow("solid") << int(Qt::SolidLine);
    QTest::newRow("dash") << int(Qt::DashLine);
    QTest::newRow("dot") << int(Qt::DotLine);
}

void TestNetworkHairlines::matchesQtHairlines()
{
    QFETCH(int, style);
    QPen pen(QColor(200, 40, 30), 1.0, Qt::PenStyle(style));
    pen.setCosmetic(true);
    QImage qt(200, 160, QImage::Format_ARGB32_Premultiplied);
    qt.fill(Qt::white);
    QImage ours = qt;
    {
        QPainter p(&qt);
        p.setClipRect(QRect(0, 0, 200, 160));
        p.setPen(pen);
        p.drawLines(fan());
    }
    {
        QPainter p(&ours);
        p.setClipRect(QRect(0, 0, 200, 160));
        QVERIFY(NetworkHairlines::draw(p, fan(), pen));
    }
    const int a = inked(qt);
    const int b = inked(ours);
    QVERIFY(a > 500);
    // Within a tenth: the same lines, rounded a little differently.
    QVERIFY2(std::abs(a - b) < a / 10, qPrintable(QStringLiteral("%1 vs %2").arg(a).arg(b)));
    int near = 0;
    for (int y = 1; y < ours.height() - 1; ++y) {
        for (int x = 1; x < ours.width() - 1; ++x) {
            if (ours.pixel(x, y) == qRgb(255, 255, 255))
                continue;
            bool found = false;
            for (int dy = -1; dy <= 1 && !found; ++dy)
                for (int dx = -1; dx <= 1 && !found; ++dx)
                    found = qt.pixel(x + dx, y + dy) != qRgb(255, 255, 255);
            near += found ? 1 : 0;
        }
    }
    QVERIFY2(near > b * 95 / 100, qPrintable(QStringLiteral("%1 of %2").arg(near).arg(b)));
}

void TestNetworkHairlines::refusesTranslucentColours()
{
    QImage image(50, 50, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    QPen pen(QColor(0, 0, 0, 100), 1.0);
    pen.setCosmetic(true);
    QVERIFY(!NetworkHairlines::draw(p, {QLineF(0, 0, 40, 40)}, pen));
    p.end();
    QCOMPARE(inked(image), 0);
}

void TestNetworkHairlines::trianglesMatchQtAliasedFill()
{
    // Arrow-head sized triangles at every angle and fraction of a pixel, and one past the
    // image's edge.
    QVector<QPointF> corners;
    for (int k = 0; k < 40; ++k) {
        const double a = k * 0.37;
        const QPointF tip(12.3 + (k % 8) * 22.7, 14.6 + (k / 8) * 27.1);
        const QPointF u(std::cos(a), std::sin(a));
        const QPointF n(-u.y(), u.x());
        const QPointF back = tip - u * (6.0 + k % 5);
        corners << tip << back + n * 2.6 << back - n * 2.6;
    }
    corners << QPointF(190, 120) << QPointF(230, 150) << QPointF(170, 170);
    const QColor colour(30, 90, 160);
    QImage qt(200, 160, QImage::Format_ARGB32_Premultiplied);
    qt.fill(Qt::white);
    QImage ours = qt;
    {
        QPainter p(&qt);
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        for (qsizetype i = 0; i < corners.size(); i += 3)
            p.drawPolygon(corners.constData() + i, 3);
    }
    {
        QPainter p(&ours);
        QVERIFY(NetworkHairlines::fillTriangles(p, corners, colour));
    }
    const int a = inked(qt);
    QVERIFY(a > 800);
    int differing = 0;
    for (int y = 0; y < qt.height(); ++y)
        for (int x = 0; x < qt.width(); ++x)
            differing += qt.pixel(x, y) != ours.pixel(x, y) ? 1 : 0;
    // The same rule (pixel centres inside); only rounding on the edges may differ.
    QVERIFY2(differing < a / 50, qPrintable(QStringLiteral("%1 of %2").arg(differing).arg(a)));
}

QTEST_MAIN(TestNetworkHairlines)
#include "tst_networkhairlines.moc"
