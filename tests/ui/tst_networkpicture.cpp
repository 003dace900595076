#include "network/networkpicture.h"

#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace entente;

// The cached network picture redrawn on a worker: the old picture stays on show until
// the new one is in, and a change made meanwhile makes the new one due again at once.
class TestNetworkPicture : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backgroundRedrawReplacesThePicture();
    void changeWhileDrawingKeepsItDue();
};

namespace {

NetworkPicture::Draw fill(QColor colour)
{
    return [colour](QPainter &painter) { painter.fillRect(QRect(0, 0, 40, 30), colour); };
}

QRgb shown(const NetworkPicture &picture)
{
    QImage out(40, 30, QImage::Format_ARGB32_Premultiplied);
    out.fill(Qt::black);
    QPainter painter(&out);
    picture.show(painter, QRectF(0, 0, 40, 30), 1.0, QPointF(), 1, Qt::white);
    painter.end();
    return out.pixel(20, 15);
}

} // namespace

void TestNetworkPicture::backgroundRedrawReplacesThePicture()
{
    NetworkPicture picture;
    QVERIFY(picture.isDue());
    picture.redraw(QSize(40, 30), 1.0, 1.0, QPointF(), 1, fill(Qt::red));
    QVERIFY(!picture.isDue());
    QCOMPARE(shown(picture), QColor(Qt::red).rgb());

    picture.invalidate(NetworkPicture::Redraw::Now);
    QSignalSpy due(&picture, &NetworkPicture::due);
    picture.redrawInBackground(QSize(40, 30), 1.0, 1.0, QPointF(), 1, fill(Qt::blue));
    QVERIFY(!picture.isDue()); // no second redraw while one is under way
    QVERIFY(due.wait(5000));
    QCOMPARE(shown(picture), QColor(Qt::blue).rgb());
    QVERIFY(!picture.isDue());
    QVERIFY(!picture.isDrawing());
}

void TestNetworkPicture::changeWhileDrawingKeepsItDue()
{
    NetworkPicture picture;
    picture.redraw(QSize(40, 30), 1.0, 1.0, QPointF(), 1, fill(Qt::red));
    picture.invalidate(NetworkPicture::Redraw::Now);
    picture.redrawInBackground(QSize(40, 30), 1.0, 1.0, QPointF(), 1, [](QPainter &painter) {
        QThread::msleep(100);
        painter.fillRect(QRect(0, 0, 40, 30), Qt::green);
    });
    picture.invalidate(NetworkPicture::Redraw::Now); // e.g. the layout moved meanwhile
    picture.waitForDrawing();
    QCOMPARE(shown(picture), QColor(Qt::green).rgb()); // shown, but out of date...
    QVERIFY(picture.isDue());                          // ...so redrawn on the next paint
    // The queued signal of the finished run does not install the same picture again.
    picture.redraw(QSize(40, 30), 1.0, 1.0, QPointF(), 1, fill(Qt::red));
    QTest::qWait(50);
    QCOMPARE(shown(picture), QColor(Qt::red).rgb());
}

QTEST_MAIN(TestNetworkPicture)
#include "tst_networkpicture.moc"
