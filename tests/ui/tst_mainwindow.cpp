#include "demoproject.h"
#include "evidence/evidencepanel.h"
#include "mainwindow.h"
#include "projectcontroller.h"
#include "session/session.h"
#include "timeline/timelineview.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

using namespace entente;
using namespace Qt::StringLiterals;

// The analyst's first minute: open the demo, click an event on the timeline, read its
// evidence - across the real main window, not a test host.
class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Axis labels are checked in English.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }
    void clickOnTimelineShowsEvidence();
    void historyGoesBack();
    void timelineZoomLevels_data();
    void timelineZoomLevels();
};

namespace {

// The first evidence quote of an event, read straight from the demo file.
QString firstQuoteOf(const QString &eventId)
{
    QFile f(test::demoCorpusPath());
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QJsonArray events = QJsonDocument::fromJson(f.readAll()).object().value(u"events").toArray();
    for (const QJsonValue &e : events) {
        if (e[u"id"].toString() == eventId)
            return e[u"evidence"][0][u"quote"].toString();
    }
    return {};
}

QString allLabelText(const QWidget *root)
{
    QString text;
    for (const QLabel *label : root->findChildren<QLabel *>())
        text += label->text() + u'\n';
    return text;
}

} // namespace

void TestMainWindow::clickOnTimelineShowsEvidence()
{
    MainWindow window;
    window.resize(1600, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.projects()->openCorpus(test::demoCorpusPath()));
    QCOMPARE(window.session()->snapshot().events.size(), 37);

    auto *timeline = window.findChild<TimelineView *>();
    QVERIFY(timeline);
    // An event with a day date and one participant lane near the top: the first one
    // whose mark is on screen.
    QString eventId;
    QPointF at;
    for (const SnapshotEvent &e : window.session()->snapshot().events) {
        const auto pos = timeline->eventPosition(e.id);
        if (pos && timeline->rect().contains(pos->toPoint()) && e.evidenceCount > 0) {
            eventId = e.id;
            at = *pos;
            break;
        }
    }
    QVERIFY2(!eventId.isEmpty(), "no event mark visible on the timeline");
    QTest::mouseClick(timeline, Qt::LeftButton, {}, at.toPoint());
    QVERIFY(window.session()->selection().events.contains(eventId));

    auto *panel = window.findChild<EvidencePanel *>();
    QVERIFY(panel);
    const QString quote = firstQuoteOf(eventId);
    QVERIFY(!quote.isEmpty());
    QTRY_VERIFY2(allLabelText(panel).contains(quote), qPrintable(eventId));

    // The status bar counts what the filter leaves visible.
    const auto *counts = window.statusBar()->findChild<QLabel *>(QStringLiteral("statusCounts"));
    QVERIFY(counts);
    QVERIFY2(counts->text().contains(QStringLiteral("37 of 37 events")), qPrintable(counts->text()));
}

void TestMainWindow::historyGoesBack()
{
    MainWindow window;
    window.show();
    QVERIFY(window.projects()->openCorpus(test::demoCorpusPath()));
    Session *session = window.session();
    session->select(Selection::actor(QStringLiteral("TUR")));
    session->select(Selection::actor(QStringLiteral("GNA")));
    QTest::keySequence(&window, QKeySequence::Back);
    QCOMPARE(session->selection(), Selection::actor(QStringLiteral("TUR")));
}

void TestMainWindow::timelineZoomLevels_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QString>("tick"); // a label the axis must show at this zoom
    QTest::addColumn<QString>("shot");
    QTest::newRow("years") << QDate(2018, 10, 1) << QDate(2021, 6, 1) << u"2020"_s
                           << u"timeline-years.png"_s;
    QTest::newRow("months") << QDate(2019, 10, 15) << QDate(2020, 3, 15) << u"December 2019"_s
                            << u"timeline-months.png"_s;
    QTest::newRow("days") << QDate(2020, 1, 8) << QDate(2020, 1, 24) << u"Sun 19"_s
                          << u"timeline-days.png"_s;
}

// The demo at three zooms. With ENTENTE_DOC_SHOTS set to a folder, the window is saved
// there for docs/ (docs/images/timeline-*.png come from this).
void TestMainWindow::timelineZoomLevels()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QString, tick);
    QFETCH(QString, shot);
    MainWindow window;
    window.resize(1600, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.projects()->openCorpus(test::demoCorpusPath()));
    auto *timeline = window.findChild<TimelineView *>();
    QVERIFY(timeline);
    timeline->setVisibleDays(double(from.toJulianDay()), double(to.toJulianDay()) + 1);
    QCOMPARE(timeline->visibleFirstDay(), double(from.toJulianDay()));
    // The axis labels at this zoom include the expected kind of tick.
    const QStringList labels = timeline->axisLabels();
    QVERIFY2(labels.contains(tick), qPrintable(labels.join(u", "_s)));
    // Some event of the window is on screen and can be clicked.
    bool anyShown = false;
    for (const SnapshotEvent &e : window.session()->snapshot().events) {
        const auto pos = timeline->eventPosition(e.id);
        anyShown = anyShown || (pos && timeline->rect().contains(pos->toPoint()));
    }
    QVERIFY(anyShown);
    if (const QByteArray dir = qgetenv("ENTENTE_DOC_SHOTS"); !dir.isEmpty()) {
        // Select an event of the window so the evidence panel has something to show.
        for (const SnapshotEvent &e : window.session()->snapshot().events) {
            if (e.firstDay >= from.toJulianDay() && e.lastDay <= to.toJulianDay() &&
                e.evidenceCount > 0) {
                window.session()->select(Selection::event(e.id));
                break;
            }
        }
        QTest::qWait(300);
        QVERIFY(window.grab().save(QString::fromLocal8Bit(dir) + u'/' + shot));
    }
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
