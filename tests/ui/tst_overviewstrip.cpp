#include "timeline/overviewstrip.h"

#include "session/session.h"

#include <QApplication>
#include <QDate>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTest>

using namespace entente;

namespace {

// `count` day events spread evenly over `years` years from 2000, cycling through `types`.
std::shared_ptr<Snapshot> makeSnapshot(int count, int years, int types)
{
    auto s = std::make_shared<Snapshot>();
    s->actors = {{QStringLiteral("A"), QStringLiteral("A"), ActorKind::Other}};
    const qint64 start = QDate(2000, 1, 1).toJulianDay();
    const qint64 span = QDate(2000 + years, 1, 1).toJulianDay() - start;
    for (int i = 0; i < count; ++i) {
        SnapshotEvent e;
        e.id = QStringLiteral("e%1").arg(i);
        e.type = QStringLiteral("type%1").arg(i % types, 2, 10, QLatin1Char('0'));
        e.firstDay = e.lastDay = start + qint64(i) * (span - 1) / std::max(1, count - 1);
        e.participants = {{0, {}}};
        s->events.push_back(e);
    }
    s->finalize();
    return s;
}

void sendMouse(QWidget *w, QEvent::Type type, QPointF pos, Qt::MouseButton button,
               Qt::MouseButtons buttons)
{
    QMouseEvent event(type, pos, w->mapToGlobal(pos), button, buttons, Qt::NoModifier);
    QApplication::sendEvent(w, &event);
}

} // namespace

class TestOverviewStrip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void binsByExtent_data();
    void binsByExtent();
    void smallTypesGoToOther();
    void followsTheFilterButNotTheWindow();
    void dragSetsAndMovesTheWindow();
};

void TestOverviewStrip::binsByExtent_data()
{
    QTest::addColumn<int>("years");
    QTest::addColumn<int>("binning");
    QTest::addColumn<int>("bins");
    QTest::newRow("2 years by month") << 2 << int(OverviewStrip::Binning::Month) << 24;
    QTest::newRow("20 years by month") << 20 << int(OverviewStrip::Binning::Month) << 240;
    QTest::newRow("60 years by year") << 60 << int(OverviewStrip::Binning::Year) << 60;
}

void TestOverviewStrip::binsByExtent()
{
    QFETCH(int, years);
    QFETCH(int, binning);
    QFETCH(int, bins);
    Session session;
    session.setProject(nullptr, makeSnapshot(1000, years, 3));
    OverviewStrip strip(&session);
    QCOMPARE(int(strip.binning()), binning);
    QCOMPARE(strip.binCount(), bins);
    QCOMPARE(strip.stackedSeriesCount(), 3);
    const auto &totals = strip.totals();
    QCOMPARE(std::accumulate(totals.cbegin(), totals.cend(), 0), 1000);
}

void TestOverviewStrip::smallTypesGoToOther()
{
    Session session;
    session.setProject(nullptr, makeSnapshot(500, 2, 12));
    OverviewStrip strip(&session);
    QCOMPARE(strip.stackedSeriesCount(), OverviewStrip::kMaxStackedTypes + 1);
}

void TestOverviewStrip::followsTheFilterButNotTheWindow()
{
    Session session;
    session.setProject(nullptr, makeSnapshot(900, 3, 3));
    OverviewStrip strip(&session);
    const auto sum = [&] {
        return std::accumulate(strip.totals().cbegin(), strip.totals().cend(), 0);
    };
    session.setTimeWindow(
        DayRange{QDate(2001, 1, 1).toJulianDay(), QDate(2001, 12, 31).toJulianDay()});
    QCOMPARE(sum(), 900); // the window is shown shaded, not cut out
    Filter f = session.filter();
    f.eventTypes = {QStringLiteral("type01")};
    session.setFilter(f);
    QCOMPARE(sum(), 300);
    QCOMPARE(strip.stackedSeriesCount(), 1);
}

void TestOverviewStrip::dragSetsAndMovesTheWindow()
{
    Session session;
    session.setProject(nullptr, makeSnapshot(1000, 10, 3));
    OverviewStrip strip(&session);
    strip.resize(1000, 140);
    strip.show();
    QVERIFY(QTest::qWaitForWindowExposed(&strip));
    const double d0 = double(QDate(2002, 1, 1).toJulianDay()) + 0.5;
    const double d1 = double(QDate(2004, 1, 1).toJulianDay()) + 0.5;
    QVERIFY(std::abs(strip.dayAtX(strip.xForDay(d0)) - d0) < 1e-3);
    const double x0 = strip.xForDay(d0), x1 = strip.xForDay(d1), y = 70;
    QWidget *vp = strip.viewport();
    sendMouse(vp, QEvent::MouseButtonPress, {x0, y}, Qt::LeftButton, Qt::LeftButton);
    sendMouse(vp, QEvent::MouseMove, {(x0 + x1) / 2, y}, Qt::NoButton, Qt::LeftButton);
    QVERIFY(session.filter().window);
    QVERIFY(!session.canGoBack());
    sendMouse(vp, QEvent::MouseMove, {x1, y}, Qt::NoButton, Qt::LeftButton);
    sendMouse(vp, QEvent::MouseButtonRelease, {x1, y}, Qt::LeftButton, Qt::NoButton);
    QVERIFY(session.canGoBack());
    auto w = session.filter().window;
    QVERIFY(w);
    // Within a pixel's worth of days of where the drag started and ended.
    const double dayPerPixel = 1.0 / (strip.xForDay(d0 + 1) - strip.xForDay(d0));
    QVERIFY(std::abs(double(w->first) - d0) <= dayPerPixel + 1);
    QVERIFY(std::abs(double(w->last) - d1) <= dayPerPixel + 1);
    const qint64 length = w->last - w->first;

    // Dragging inside the window moves it, keeping its length.
    const double xm = (x0 + x1) / 2, shift = 100;
    sendMouse(vp, QEvent::MouseButtonPress, {xm, y}, Qt::LeftButton, Qt::LeftButton);
    sendMouse(vp, QEvent::MouseMove, {xm + shift, y}, Qt::NoButton, Qt::LeftButton);
    sendMouse(vp, QEvent::MouseButtonRelease, {xm + shift, y}, Qt::LeftButton, Qt::NoButton);
    const auto moved = session.filter().window;
    QVERIFY(moved);
    QCOMPARE(moved->last - moved->first, length);
    QVERIFY(moved->first > w->first);

    // A click without a drag asks the timeline to go there; a double-click clears.
    QSignalSpy activated(&strip, &OverviewStrip::dayActivated);
    QTest::mouseClick(vp, Qt::LeftButton, {}, QPoint(int(x0) - 50, int(y)));
    QCOMPARE(activated.count(), 1);
    QTest::mouseDClick(vp, Qt::LeftButton, {}, QPoint(int(x0) - 50, int(y)));
    QVERIFY(!session.filter().window);
}

QTEST_MAIN(TestOverviewStrip)
#include "tst_overviewstrip.moc"
