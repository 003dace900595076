// Bands of a map image painted at the same time must cover every row once, start on whole
// logical pixels, and paint into the image itself; no more of them than there are idle
// cores.
#include "map/mapbands.h"
#include "util/backgroundpool.h"

#include <QAtomicInt>
#include <QImage>
#include <QPainter>
#include <QSemaphore>
#include <QTest>
#include <QThreadPool>

using namespace entente;

class TestMapBands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void coverEveryRowOnce_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<double>("dpr");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("expected");
        QTest::newRow("two halves") << 1500 << 1.0 << 2 << 2;
        QTest::newRow("odd rows") << 1501 << 1.0 << 2 << 2;
        QTest::newRow("four") << 1000 << 1.0 << 4 << 4;
        QTest::newRow("at most four") << 4000 << 1.0 << 9 << 4;
        QTest::newRow("hidpi 2") << 3001 << 2.0 << 2 << 2;
        QTest::newRow("hidpi 1.25") << 1875 << 1.25 << 2 << 2;
        QTest::newRow("hidpi 1.5, three") << 2250 << 1.5 << 3 << 3;
        QTest::newRow("too low for two") << 100 << 1.0 << 2 << 1;
        QTest::newRow("one") << 800 << 1.0 << 1 << 1;
    }
    void coverEveryRowOnce()
    {
        QFETCH(int, rows);
        QFETCH(double, dpr);
        QFETCH(int, count);
        QFETCH(int, expected);
        const auto bands = MapBands::split(rows, dpr, count);
        QCOMPARE(bands.size(), expected);
        QCOMPARE(bands.first().first, 0);
        QCOMPARE(bands.last().second, rows);
        for (qsizetype i = 0; i < bands.size(); ++i) {
            QVERIFY(bands[i].first < bands[i].second);
            if (i > 0)
                QCOMPARE(bands[i].first, bands[i - 1].second);
            const double logical = bands[i].first / dpr;
            QVERIFY2(std::abs(logical - std::round(logical)) < 1e-6,
                     qPrintable(QString::number(bands[i].first)));
            // About equal heights: within a few rows of the even share.
            QVERIFY(std::abs((bands[i].second - bands[i].first) - rows / double(expected)) < 6);
        }
    }

    void nothingToSplit() { QVERIFY(MapBands::split(0, 1.0, 2).isEmpty()); }

    void equalCostNotEqualRows()
    {
        // The top 200 rows cost three times as much as the 800 below.
        QVector<double> costs(1000, 1.0);
        for (int r = 0; r < 200; ++r)
            costs[r] = 3.0;
        const auto bands = MapBands::split(costs, 1.0, 2);
        QCOMPARE(bands.size(), 2);
        // Half of 1400 is 700: 600 in the first 200 rows, then 100 more rows.
        QCOMPARE(bands[0], std::make_pair(0, 300));
        QCOMPARE(bands[1], std::make_pair(300, 1000));
        // On a 2x screen the split moves down to a whole logical pixel (an even row).
        costs[0] = 4.0; // 701 units before row 300 now; the share is reached at row 299
        const auto hidpi = MapBands::split(costs, 2.0, 2);
        QCOMPARE(hidpi[0].second % 2, 0);
        QVERIFY(hidpi[0].second >= 299 && hidpi[0].second <= 300);
    }

    void bandsPaintIntoTheImage()
    {
        QImage image(50, 300, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        const auto bands = MapBands::split(image.height(), 1.0, 3);
        QCOMPARE(bands.size(), 3);
        QVector<QImage> parts;
        for (const auto &[first, end] : bands)
            parts.append(MapBands::band(image, first, end));
        QAtomicInt calls;
        MapBands::run(parts.size(), [&](qsizetype i) {
            calls.fetchAndAddRelaxed(1);
            QPainter p(&parts[i]);
            // Painted as on the whole image, clipped to the band: one rectangle across all.
            p.translate(0, -bands[i].first);
            p.fillRect(QRect(10, 50, 20, 200), Qt::red);
        });
        QCOMPARE(calls.loadRelaxed(), 3);
        for (int y = 0; y < image.height(); ++y) {
            const bool inside = y >= 50 && y < 250;
            QCOMPARE(image.pixel(20, y), inside ? qRgb(255, 0, 0) : qRgb(255, 255, 255));
            QCOMPARE(image.pixel(5, y), qRgb(255, 255, 255));
        }
    }

    void fewerBandsWhileTheBackgroundWorks()
    {
        // Idle: a band per core. With every background worker busy (a network picture
        // being drawn, say): one, on the calling thread, so as not to share their cores.
        backgroundPool().waitForDone();
        QCOMPARE(MapBands::countNow(), MapBands::preferredCount());
        QSemaphore release;
        const int workers = backgroundPool().maxThreadCount();
        for (int i = 0; i < workers; ++i)
            backgroundPool().start([&release] { release.acquire(); });
        QTRY_COMPARE(backgroundPool().activeThreadCount(), workers);
        QCOMPARE(MapBands::countNow(), 1);
        release.release(workers);
        backgroundPool().waitForDone();
        QCOMPARE(MapBands::countNow(), MapBands::preferredCount());
    }
};

QTEST_MAIN(TestMapBands)
#include "tst_mapbands.moc"
