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

// The analyst's first minute: open the demo, click an event on the timeline, read its
// evidence - across the real main window, not a test host.
class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void clickOnTimelineShowsEvidence();
    void historyGoesBack();
};

namespace {

QString demoPath()
{
    return QStringLiteral(ENTENTE_SOURCE_DIR "/resources/demo/libya-2019-2021.json");
}

// The first evidence quote of an event, read straight from the demo file.
QString firstQuoteOf(const QString &eventId)
{
    QFile f(demoPath());
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
    QVERIFY(window.projects()->openCorpus(demoPath()));
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
    QVERIFY(window.projects()->openCorpus(demoPath()));
    Session *session = window.session();
    session->select(Selection::actor(QStringLiteral("TUR")));
    session->select(Selection::actor(QStringLiteral("GNA")));
    QTest::keySequence(&window, QKeySequence::Back);
    QCOMPARE(session->selection(), Selection::actor(QStringLiteral("TUR")));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
