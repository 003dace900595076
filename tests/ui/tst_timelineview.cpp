#include "timeline/overviewstrip.h"
#include "timeline/timelinepanel.h"
#include "timeline/timelineview.h"

#include "session/session.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>

using namespace entente;

namespace {

qint64 dayOf(const char *date)
{
    return TimeSpan::parse(QString::fromLatin1(date))->firstDay();
}

SnapshotEvent makeEvent(const char *id, const char *type, const char *date,
                        QVector<SnapshotParticipant> who)
{
    SnapshotEvent e;
    e.id = QString::fromLatin1(id);
    e.type = QString::fromLatin1(type);
    e.title = QStringLiteral("Event ") + e.id;
    e.dateText = QString::fromLatin1(date);
    const auto span = TimeSpan::parse(e.dateText);
    e.firstDay = span->firstDay();
    e.lastDay = span->lastDay();
    e.isInterval = span->isInterval();
    e.precision = span->start()->precision();
    e.participants = who;
    return e;
}

// Turkey, the GNA and the LNA with five events over 2019-2020 (one month-precision,
// one without participants), a support relation and, with `fillers`, extra actors with
// one event each so the lanes overflow the view.
std::shared_ptr<Snapshot> makeSnapshot(int fillers = 0)
{
    auto s = std::make_shared<Snapshot>();
    s->actors = {
        {QStringLiteral("TUR"), QStringLiteral("Turkey"), ActorKind::State},
        {QStringLiteral("GNA"), QStringLiteral("Government of National Accord"),
         ActorKind::Government},
        {QStringLiteral("LNA"), QStringLiteral("Libyan National Army"), ActorKind::ArmedGroup}};
    s->events = {makeEvent("e3", "meeting", "2020-08-17", {{0, {}}, {1, {}}}),
                 makeEvent("e1", "offensive", "2019-04-04", {{2, {}}}),
                 makeEvent("e2", "agreement", "2019-11", {{0, {}}, {1, {}}}),
                 makeEvent("e4", "ceasefire", "2020-10-23", {{1, {}}, {2, {}}}),
                 makeEvent("e5", "protest", "2020-02-10", {})};
    for (int i = 0; i < fillers; ++i) {
        const QString id = QStringLiteral("F%1").arg(i, 2, 10, QLatin1Char('0'));
        s->actors.push_back({id, QStringLiteral("Filler %1").arg(i), ActorKind::Other});
        SnapshotEvent e =
            makeEvent("f", "meeting", "2020-01-15", {{int(s->actors.size()) - 1, {}}});
        e.id = QStringLiteral("f%1").arg(i);
        s->events.push_back(e);
    }
    SnapshotRelation support;
    support.id = QStringLiteral("r1");
    support.source = 0;
    support.target = 1;
    support.basis = ValidityBasis::Explicit;
    support.validText = QStringLiteral("2019-11-27/..");
    const auto valid = TimeSpan::parse(support.validText);
    support.periods = {{valid->firstDay(), valid->lastDay()}};
    s->relations = {support};
    s->finalize();
    return s;
}

// A Libya-like sample (2019-2021) to look at: camps, spans, relations of every basis.
std::shared_ptr<Snapshot> makeSample()
{
    auto s = std::make_shared<Snapshot>();
    const char *actors[][2] = {{"TUR", "Turkey"},
                               {"QAT", "Qatar"},
                               {"GNA", "Government of National Accord"},
                               {"LNA", "Libyan National Army"},
                               {"UAE", "United Arab Emirates"},
                               {"EGY", "Egypt"},
                               {"FRA", "France"},
                               {"RUS", "Russia"},
                               {"WAG", "Wagner Group"},
                               {"UN", "United Nations"}};
    for (const auto &a : actors)
        s->actors.push_back(
            {QString::fromLatin1(a[0]), QString::fromLatin1(a[1]), ActorKind::State});
    const auto who = [&](std::initializer_list<const char *> ids) {
        QVector<SnapshotParticipant> out;
        for (const char *id : ids) {
            for (int i = 0; i < int(std::size(actors)); ++i) {
                if (qstrcmp(actors[i][0], id) == 0)
                    out.push_back({i, {}});
            }
        }
        return out;
    };
    const auto add = [&](const char *id, const char *type, const char *date, const char *title,
                         QVector<SnapshotParticipant> p) {
        SnapshotEvent e = makeEvent(id, type, date, std::move(p));
        e.title = QString::fromLatin1(title);
        s->events.push_back(e);
    };
    add("s1", "offensive", "2019-04-04", "LNA offensive on Tripoli", who({"LNA", "GNA"}));
    add("s2", "arms_delivery", "2019-06", "Drones delivered", who({"TUR", "GNA"}));
    add("s3", "agreement", "2019-11-27", "Security memorandum", who({"TUR", "GNA"}));
    add("s4", "deployment", "2019-09", "Contractors arrive", who({"WAG", "LNA"}));
    add("s5", "deployment", "2020-01-05", "Troops deployed", who({"TUR", "GNA"}));
    add("s6", "meeting", "2020-01-19", "Berlin conference",
        who({"TUR", "RUS", "FRA", "EGY", "UAE", "GNA", "LNA"}));
    add("s7", "offensive", "2020-06-05", "Tarhuna retaken", who({"GNA", "LNA"}));
    add("s8", "agreement", "2020-08-17", "Army to be rebuilt", who({"TUR", "QAT", "GNA"}));
    add("s9", "ceasefire", "2020-10-23", "Permanent ceasefire", who({"GNA", "LNA", "UN"}));
    add("s10", "airstrike", "2020", "Airstrikes reported", who({"UAE", "GNA"}));
    add("s11", "offensive", "2019-04-04/2020-06-05", "Siege of Tripoli", who({"LNA", "GNA"}));
    add("s12", "protest", "2020-03", "Protests over power cuts", {});
    add("s13", "meeting", "2021-03-10", "Unity government sworn in", who({"GNA", "UN"}));
    add("s14", "airstrike", "2019-07-04", "Detention centre hit", who({"LNA"}));
    add("s15", "statement", "2020-07-20", "Parliament authorises intervention", who({"EGY"}));
    const auto rel = [&](const char *id, int source, int target, RelationType type,
                         ValidityBasis basis, QVector<DayRange> periods, const char *validText) {
        SnapshotRelation r;
        r.id = QString::fromLatin1(id);
        r.source = source;
        r.target = target;
        r.type = type;
        r.basis = basis;
        r.periods = std::move(periods);
        r.validText = QString::fromLatin1(validText);
        r.evidenceCount = 2;
        s->relations.push_back(r);
    };
    const auto range = [](const char *text) {
        const auto span = TimeSpan::parse(QString::fromLatin1(text));
        return DayRange{span->firstDay(), span->lastDay()};
    };
    rel("t1", 0, 2, RelationType::Supports, ValidityBasis::Explicit, {range("2019-11-27/..")},
        "2019-11-27/..");
    rel("t2", 1, 2, RelationType::Supports, ValidityBasis::AsReported, {range("2020-08-17")}, "");
    rel("t3", 7, 3, RelationType::Supports, ValidityBasis::Explicit, {range("2019-09/..")},
        "2019-09/..");
    rel("t4", 4, 3, RelationType::Supports, ValidityBasis::Explicit, {range("2019-04/2020-10")},
        "2019-04/2020-10");
    rel("t5", 5, 3, RelationType::Supports, ValidityBasis::Undated, {}, "");
    rel("t6", 6, 3, RelationType::Supports, ValidityBasis::AsReported,
        {range("2019-07-10"), range("2020-01-19"), range("2020-06-20")}, "");
    rel("t7", 2, 3, RelationType::Fights, ValidityBasis::Explicit, {range("2019-04-04/2020-10-23")},
        "2019-04-04/2020-10-23");
    rel("t8", 8, 7, RelationType::ActsFor, ValidityBasis::Undated, {}, "");
    rel("t9", 0, 3, RelationType::Opposes, ValidityBasis::AsReported,
        {range("2020-01-05"), range("2020-06-05")}, "");
    s->finalize();
    return s;
}

void sendMouse(QWidget *w, QEvent::Type type, QPointF pos, Qt::MouseButton button,
               Qt::MouseButtons buttons, Qt::KeyboardModifiers modifiers)
{
    QMouseEvent event(type, pos, w->mapToGlobal(pos), button, buttons, modifiers);
    QApplication::sendEvent(w, &event);
}

struct Fixture
{
    explicit Fixture(int fillers = 0, QSize size = {1000, 400})
    {
        session.setProject(nullptr, makeSnapshot(fillers));
        view = std::make_unique<TimelineView>(&session);
        view->resize(size);
        view->show();
    }
    Session session;
    std::unique_ptr<TimelineView> view;
};

} // namespace

class TestTimelineView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void clickSelectsEvent_data();
    void clickSelectsEvent();
    void clickOnEmptySpaceClearsSelection();
    void laneHeaderSelectsActorAndShowsRelations();
    void toggleFoldsLane();
    void shiftDragBrushesTimeWindow();
    void wheelZoomKeepsDayUnderCursor_data();
    void wheelZoomKeepsDayUnderCursor();
    void keyboardZoomAndFit();
    void selectingOffscreenEventPansToIt();
    void selectingEventOnHiddenLaneScrollsToIt();
    void filterHidesEvents();
    void laneModeByEventType();
    void denseLanesAggregate();
    void renderDrawsIntoImage();
    void panelHostsViewAndOverview();
    void renderSample_data();
    void renderSample();
};

void TestTimelineView::clickSelectsEvent_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("day mark") << QStringLiteral("e1");
    QTest::newRow("month span") << QStringLiteral("e2");
    QTest::newRow("shared event") << QStringLiteral("e3");
    QTest::newRow("no actor") << QStringLiteral("e5");
}

void TestTimelineView::clickSelectsEvent()
{
    QFETCH(QString, id);
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(f.view.get()));
    const auto pos = f.view->eventPosition(id);
    QVERIFY(pos);
    QTest::mouseClick(f.view.get(), Qt::LeftButton, {}, pos->toPoint());
    QCOMPARE(f.session.selection(), Selection::event(id));
}

void TestTimelineView::clickOnEmptySpaceClearsSelection()
{
    Fixture f;
    f.session.select(Selection::event(QStringLiteral("e1")));
    // Below the last lane there is nothing.
    QTest::mouseClick(f.view.get(), Qt::LeftButton, {}, QPoint(600, 390));
    QVERIFY(f.session.selection().isEmpty());
}

void TestTimelineView::laneHeaderSelectsActorAndShowsRelations()
{
    Fixture f;
    const auto header = f.view->actorHeaderRect(QStringLiteral("TUR"));
    QVERIFY(header);
    const int turLane = f.view->model().laneOfActor(0);
    QVERIFY(f.view->model().lanes()[turLane].relations.isEmpty());
    QTest::mouseClick(f.view.get(), Qt::LeftButton, {},
                      QPoint(int(header->right()) - 20, int(header->center().y())));
    QCOMPARE(f.session.selection(), Selection::actor(QStringLiteral("TUR")));
    // Turkey's relations hang under its lane now: click its support bar.
    const auto &lane = f.view->model().lanes()[turLane];
    QCOMPARE(lane.relations, QVector<int>{0});
    const auto header2 = f.view->actorHeaderRect(QStringLiteral("TUR"));
    const double y = header2->top() + lane.bodyHeight + f.view->model().metrics().relationRow / 2;
    const double x = f.view->xForDay(double(dayOf("2020-03-01")));
    QTest::mouseClick(f.view.get(), Qt::LeftButton, {}, QPointF(x, y).toPoint());
    QCOMPARE(f.session.selection(), Selection::relation(QStringLiteral("r1")));
    // Before the support began there is no bar to hit.
    f.session.select(Selection::actor(QStringLiteral("TUR")));
    QTest::mouseClick(f.view.get(), Qt::LeftButton, {},
                      QPointF(f.view->xForDay(double(dayOf("2019-05-01"))), y).toPoint());
    QVERIFY(f.session.selection().isEmpty());
}

void TestTimelineView::toggleFoldsLane()
{
    Fixture f;
    const auto header = f.view->actorHeaderRect(QStringLiteral("GNA"));
    QVERIFY(header);
    const int lane = f.view->model().laneOfActor(1);
    const double before = f.view->model().lanes()[lane].height;
    QTest::mouseClick(f.view.get(), Qt::LeftButton, {},
                      QPoint(int(header->left()) + 8, int(header->center().y())));
    QVERIFY(f.view->model().lanes()[lane].collapsed);
    QVERIFY(f.view->model().lanes()[lane].height < before);
    QVERIFY(f.session.selection().isEmpty()); // folding does not select
    // A folded lane still answers clicks on its events (as a density bin).
    const auto pos = f.view->eventPosition(QStringLiteral("e4"));
    QVERIFY(pos);
}

void TestTimelineView::shiftDragBrushesTimeWindow()
{
    Fixture f;
    QWidget *w = f.view.get();
    const double x0 = f.view->xForDay(double(dayOf("2019-06-01")) + 0.5);
    const double x1 = f.view->xForDay(double(dayOf("2020-03-01")) + 0.5);
    const double y = 200;
    QSignalSpy history(&f.session, &Session::historyChanged);
    sendMouse(w, QEvent::MouseButtonPress, {x0, y}, Qt::LeftButton, Qt::LeftButton,
              Qt::ShiftModifier);
    sendMouse(w, QEvent::MouseMove, {(x0 + x1) / 2, y}, Qt::NoButton, Qt::LeftButton,
              Qt::ShiftModifier);
    QVERIFY(f.session.filter().window); // previewed while dragging
    QVERIFY(!f.session.canGoBack());    // ... without a history step per move
    sendMouse(w, QEvent::MouseMove, {x1, y}, Qt::NoButton, Qt::LeftButton, Qt::ShiftModifier);
    sendMouse(w, QEvent::MouseButtonRelease, {x1, y}, Qt::LeftButton, Qt::NoButton,
              Qt::ShiftModifier);
    const auto window = f.session.filter().window;
    QVERIFY(window);
    QCOMPARE(window->first, dayOf("2019-06-01"));
    QCOMPARE(window->last, dayOf("2020-03-01"));
    QVERIFY(f.session.canGoBack());
    // Only e2 (2019-11) and e5 (2020-02-10) fall inside.
    QCOMPARE(f.session.visible().events.size(), 2);
    // Events outside the window stay on the timeline (shaded), still clickable.
    QVERIFY(f.view->eventPosition(QStringLiteral("e4")));
    QTest::keyClick(w, Qt::Key_Escape);
    QVERIFY(!f.session.filter().window);
}

void TestTimelineView::wheelZoomKeepsDayUnderCursor_data()
{
    QTest::addColumn<double>("x");
    QTest::addColumn<int>("delta");
    QTest::newRow("in, left") << 260.0 << 120;
    QTest::newRow("in, right") << 950.0 << 360;
    QTest::newRow("out, middle") << 600.0 << -240;
}

void TestTimelineView::wheelZoomKeepsDayUnderCursor()
{
    QFETCH(double, x);
    QFETCH(int, delta);
    Fixture f;
    const double day = f.view->dayAtX(x);
    const double span = f.view->visibleEndDay() - f.view->visibleFirstDay();
    const QPointF pos(x, 200);
    QWheelEvent wheel(pos, f.view->mapToGlobal(pos), QPoint(), QPoint(0, delta), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(f.view.get(), &wheel);
    const double newSpan = f.view->visibleEndDay() - f.view->visibleFirstDay();
    QVERIFY(delta > 0 ? newSpan < span : newSpan > span);
    QVERIFY2(std::abs(f.view->xForDay(day) - x) < 1.0,
             qPrintable(QString::number(f.view->xForDay(day) - x)));
}

void TestTimelineView::keyboardZoomAndFit()
{
    Fixture f;
    const double span = f.view->visibleEndDay() - f.view->visibleFirstDay();
    const double first = f.view->visibleFirstDay();
    QTest::keyClick(f.view.get(), Qt::Key_Plus);
    QVERIFY(f.view->visibleEndDay() - f.view->visibleFirstDay() < span);
    const double zoomedFirst = f.view->visibleFirstDay();
    QTest::keyClick(f.view.get(), Qt::Key_Right);
    QVERIFY(f.view->visibleFirstDay() > zoomedFirst);
    QTest::keyClick(f.view.get(), Qt::Key_Home);
    QCOMPARE(f.view->visibleFirstDay(), first);
    QCOMPARE(f.view->visibleEndDay() - f.view->visibleFirstDay(), span);
}

void TestTimelineView::selectingOffscreenEventPansToIt()
{
    Fixture f;
    const double start = double(dayOf("2019-03-20"));
    f.view->setVisibleDays(start, start + 40);
    QVERIFY(!f.view->eventPosition(QStringLiteral("e4")));
    f.session.select(Selection::event(QStringLiteral("e4")));
    QVERIFY(f.view->eventPosition(QStringLiteral("e4")));
    QCOMPARE(f.view->visibleEndDay() - f.view->visibleFirstDay(), 40.0); // panned, not zoomed
    // An event already in view does not move the view.
    const double before = f.view->visibleFirstDay();
    f.session.select(Selection::event(QStringLiteral("e4")));
    QCOMPARE(f.view->visibleFirstDay(), before);
}

void TestTimelineView::selectingEventOnHiddenLaneScrollsToIt()
{
    Fixture f(40);
    QVERIFY(f.view->model().contentHeight() > 400);
    QCOMPARE(f.view->scrollY(), 0.0);
    QVERIFY(!f.view->eventPosition(QStringLiteral("f39")));
    f.session.select(Selection::event(QStringLiteral("f39")));
    QVERIFY(f.view->scrollY() > 0);
    const auto pos = f.view->eventPosition(QStringLiteral("f39"));
    QVERIFY(pos);
    QTest::mouseClick(f.view.get(), Qt::LeftButton, {}, pos->toPoint());
    QCOMPARE(f.session.selection(), Selection::event(QStringLiteral("f39")));
}

void TestTimelineView::filterHidesEvents()
{
    Fixture f;
    Filter filter;
    filter.eventTypes = {QStringLiteral("meeting"), QStringLiteral("ceasefire")};
    f.session.setFilter(filter);
    QVERIFY(!f.view->eventPosition(QStringLiteral("e1")));
    QVERIFY(f.view->eventPosition(QStringLiteral("e3")));
    // The LNA keeps a lane (the ceasefire), the no-actor lane goes (its protest is filtered).
    QVERIFY(f.view->model().laneOfActor(2) >= 0);
    QVERIFY(f.view->model().lanes().last().kind != TimelineModel::LaneKind::NoActor);
}

void TestTimelineView::laneModeByEventType()
{
    Fixture f;
    f.view->setLaneMode(TimelineModel::LaneMode::EventTypes);
    QCOMPARE(f.view->model().lanes().size(), 5);
    const auto pos = f.view->eventPosition(QStringLiteral("e5"));
    QVERIFY(pos);
    QTest::mouseClick(f.view.get(), Qt::LeftButton, {}, pos->toPoint());
    QCOMPARE(f.session.selection(), Selection::event(QStringLiteral("e5")));
}

void TestTimelineView::denseLanesAggregate()
{
    // 3,000 daily events of one actor: drawn as densities at full extent, as marks
    // once zoomed to a fortnight.
    auto s = std::make_shared<Snapshot>();
    s->actors = {{QStringLiteral("A"), QStringLiteral("Busy"), ActorKind::Other}};
    const qint64 start = dayOf("2015-01-01");
    for (int i = 0; i < 3000; ++i) {
        SnapshotEvent e;
        e.id = QStringLiteral("d%1").arg(i);
        e.type = QStringLiteral("shelling");
        e.firstDay = e.lastDay = start + i;
        e.participants = {{0, {}}};
        s->events.push_back(e);
    }
    s->finalize();
    Session session;
    session.setProject(nullptr, s);
    TimelineView view(&session);
    view.resize(1000, 300);
    view.show();
    const QPointF pos(view.xForDay(double(start + 1500) + 0.5), 0);
    const auto header = view.actorHeaderRect(QStringLiteral("A"));
    QVERIFY(header);
    const double laneY = header->center().y();
    QTest::mouseClick(&view, Qt::LeftButton, {}, QPointF(pos.x(), laneY).toPoint());
    // A bin holds several days' events: all of them are selected.
    QVERIFY(session.selection().events.size() > 1);
    QVERIFY(session.selection().events.contains(QStringLiteral("d1500")));

    view.setVisibleDays(double(start + 1500) - 7, double(start + 1500) + 7);
    const auto mark = view.eventPosition(QStringLiteral("d1500"));
    QVERIFY(mark);
    QTest::mouseClick(&view, Qt::LeftButton, {}, mark->toPoint());
    QCOMPARE(session.selection(), Selection::event(QStringLiteral("d1500")));
}

void TestTimelineView::renderDrawsIntoImage()
{
    Fixture f;
    f.session.select(Selection::event(QStringLiteral("e3")));
    QImage image(1200, 500, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter p(&image);
        TimelineRenderOptions options;
        options.exporting = true;
        QPalette light;
        light.setColor(QPalette::Base, Qt::white);
        light.setColor(QPalette::Text, Qt::black);
        options.palette = light;
        f.view->render(p, QRectF(0, 0, 1200, 500), options);
    }
    // Fully painted (the background), and some pixels carry the meeting colour.
    QCOMPARE(image.pixelColor(5, 495).alpha(), 255);
    int coloured = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            const QColor c = image.pixelColor(x, y);
            if (c.hslSaturationF() > 0.4)
                ++coloured;
        }
    }
    QVERIFY(coloured > 20);
}

void TestTimelineView::panelHostsViewAndOverview()
{
    Session session;
    session.setProject(nullptr, makeSnapshot());
    TimelinePanel panel(&session);
    panel.resize(1000, 600);
    panel.show();
    QVERIFY(panel.view());
    QVERIFY(panel.overview());
    QVERIFY(panel.legend());
    QVERIFY(panel.view()->eventPosition(QStringLiteral("e3")));
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    // The strip's plot lines up with the timeline's, under the lane headers, on both
    // edges, and a resize keeps them lined up.
    const auto checkAligned = [&] {
        const QRectF strip = panel.overview()->chart()->plotArea();
        const QRectF timeline = panel.view()->plotRect();
        const int stripLeft = panel.overview()->mapTo(&panel, QPoint(int(strip.left()), 0)).x();
        const int timelineLeft = panel.view()->mapTo(&panel, QPoint(int(timeline.left()), 0)).x();
        QVERIFY(timeline.left() > 40); // there is a header column to line up with
        QVERIFY2(std::abs(stripLeft - timelineLeft) <= 1,
                 qPrintable(QStringLiteral("%1 vs %2").arg(stripLeft).arg(timelineLeft)));
        const int stripRight = panel.overview()->mapTo(&panel, QPoint(int(strip.right()), 0)).x();
        const int timelineRight =
            panel.view()->mapTo(&panel, QPoint(int(timeline.right()), 0)).x();
        QVERIFY(stripRight <= timelineRight + 1);
        QVERIFY(stripRight >= timelineRight - 40); // at most room for a date label
    };
    checkAligned();
    panel.resize(1300, 500);
    QTest::qWait(20);
    checkAligned();
    const QByteArray dir = qgetenv("ENTENTE_TIMELINE_SHOT");
    if (!dir.isEmpty()) {
        Session sample;
        sample.setProject(nullptr, makeSample());
        TimelinePanel samplePanel(&sample);
        samplePanel.resize(1400, 700);
        samplePanel.show();
        sample.setTimeWindow(DayRange{dayOf("2019-10-01"), dayOf("2020-09-30")});
        QVERIFY(samplePanel.grab().save(QString::fromLocal8Bit(dir) +
                                        QStringLiteral("/timeline-panel.png")));
    }
}

void TestTimelineView::renderSample_data()
{
    QTest::addColumn<bool>("dark");
    QTest::addColumn<bool>("exporting");
    QTest::addColumn<bool>("byType");
    QTest::newRow("light") << false << false << false;
    QTest::newRow("dark") << true << false << false;
    QTest::newRow("light-export") << false << true << false;
    QTest::newRow("by-type") << false << false << true;
}

// Renders the sample the way an analyst sees it; with ENTENTE_TIMELINE_SHOT=<dir> the
// images are kept there to look at.
void TestTimelineView::renderSample()
{
    QFETCH(bool, dark);
    QFETCH(bool, exporting);
    QFETCH(bool, byType);
    Session session;
    session.setProject(nullptr, makeSample());
    TimelineView view(&session);
    QPalette palette = view.palette();
    if (dark) {
        palette.setColor(QPalette::Base, QColor(30, 31, 34));
        palette.setColor(QPalette::Window, QColor(45, 46, 50));
        palette.setColor(QPalette::Text, QColor(225, 225, 225));
        palette.setColor(QPalette::WindowText, QColor(225, 225, 225));
        palette.setColor(QPalette::Highlight, QColor(70, 140, 230));
    }
    view.setPalette(palette);
    view.resize(1400, 560);
    if (byType)
        view.setLaneMode(TimelineModel::LaneMode::EventTypes);
    session.select(Selection{{QStringLiteral("TUR")}, {QStringLiteral("s6")}, {}});
    session.setTimeWindow(DayRange{dayOf("2019-10-01"), dayOf("2020-09-30")});
    QImage image(1400, 560, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter p(&image);
        TimelineRenderOptions options;
        options.exporting = exporting;
        view.render(p, QRectF(0, 0, 1400, 560), options);
    }
    // The background is opaque everywhere and matches the palette's lightness.
    QCOMPARE(image.pixelColor(1399, 559).alpha(), 255);
    QCOMPARE(image.pixelColor(1390, 550).lightnessF() < 0.5, dark);
    const QByteArray dir = qgetenv("ENTENTE_TIMELINE_SHOT");
    if (!dir.isEmpty())
        QVERIFY(image.save(
            QString::fromLocal8Bit(dir) +
            QStringLiteral("/timeline-%1.png").arg(QString::fromLatin1(QTest::currentDataTag()))));
}

QTEST_MAIN(TestTimelineView)
#include "tst_timelineview.moc"
