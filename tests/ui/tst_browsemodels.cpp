// The browse tables: Qt's model checker on every model through filter changes, and the
// two-way link between table rows and the session's selection.
#include "browse/actortablemodel.h"
#include "browse/browsepanel.h"
#include "browse/eventtablemodel.h"
#include "browse/relationtablemodel.h"
#include "demoproject.h"
#include "session/session.h"
#include "session/snapshotloader.h"
#include "store/project.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace entente;
using namespace Qt::StringLiterals;

namespace {

qint64 day(int y, int m, int d)
{
    return QDate(y, m, d).toJulianDay();
}

} // namespace

class TestBrowseModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void modelsPassTheCheckerThroughFilterChanges();
    void rowsFollowTheFilter();
    void sortsDatesAndCountsAsValues();
    void choosingRowsSelectsInSession();
    void sessionSelectionMarksAndScrolls();

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Project> m_project;
    std::shared_ptr<const Snapshot> m_snapshot;
    Session m_session;
};

void TestBrowseModels::initTestCase()
{
    QString error;
    m_project = test::importDemo(m_dir.filePath(u"b.entente"_s), &error);
    QVERIFY2(m_project, qPrintable(error));
    m_snapshot = loadSnapshot(*m_project);
}

void TestBrowseModels::init()
{
    m_session.setProject(m_project, m_snapshot, m_project->path());
}

void TestBrowseModels::modelsPassTheCheckerThroughFilterChanges()
{
    EventTableModel events(&m_session);
    ActorTableModel actors(&m_session);
    RelationTableModel relations(&m_session);
    QAbstractItemModelTester eventsTester(&events, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester actorsTester(&actors, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester relationsTester(&relations,
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Sorted, the model keeps passing through the changes.
    relations.sort(RelationTableModel::Source, Qt::DescendingOrder);

    m_session.setTimeWindow(DayRange{day(2020, 1, 1), day(2020, 6, 30)});
    m_session.setSearchText(u"Turkey"_s);
    m_session.setSearchText({});
    m_session.setTimeWindow(DayRange{day(1990, 1, 1), day(1990, 2, 1)}); // nothing in it
    QCOMPARE(events.rowCount(), 0);
    m_session.setTimeWindow(std::nullopt);
    m_session.setProject(nullptr, nullptr);
    QCOMPARE(events.rowCount(), 0);
    QCOMPARE(relations.rowCount(), 0);
    QVERIFY(!events.index(0, 0).isValid());
}

void TestBrowseModels::rowsFollowTheFilter()
{
    EventTableModel events(&m_session);
    RelationTableModel relations(&m_session);
    QCOMPARE(events.rowCount(), int(m_snapshot->events.size()));
    QCOMPARE(relations.rowCount(), int(m_snapshot->relations.size()));

    const DayRange window{day(2020, 1, 1), day(2020, 12, 31)};
    m_session.setTimeWindow(window);
    QCOMPARE(events.rowCount(), int(m_session.visible().events.size()));
    QVERIFY(events.rowCount() < m_snapshot->events.size());
    for (int row = 0; row < events.rowCount(); ++row) {
        const QString id = events.index(row, 0).data(SessionTableModel::IdRole).toString();
        const SnapshotEvent &e = m_snapshot->events[m_snapshot->eventIndex(id)];
        QVERIFY2(window.overlaps(e.firstDay, e.lastDay), qPrintable(id));
        QCOMPARE(events.rowOf(id), row);
    }
    // An event outside the window has no row.
    const SnapshotEvent &first = m_snapshot->events.first();
    QVERIFY(!window.overlaps(first.firstDay, first.lastDay));
    QCOMPARE(events.rowOf(first.id), -1);
    QCOMPARE(relations.rowCount(), int(m_session.visible().relations.size()));

    // The Turkey -> GNA military support is there with its names and evidence count.
    const int row = relations.rowOf(u"r-tur-supports-gna-military"_s);
    QVERIFY(row >= 0);
    QCOMPARE(relations.index(row, RelationTableModel::Source).data().toString(), u"Turkey"_s);
    QCOMPARE(relations.index(row, RelationTableModel::Type).data().toString(), u"supports"_s);
    QVERIFY(relations.index(row, RelationTableModel::Evidence).data().toInt() > 0);
}

void TestBrowseModels::sortsDatesAndCountsAsValues()
{
    EventTableModel events(&m_session);
    SessionTableModel &proxy = events; // sorts itself
    proxy.sort(EventTableModel::Date, Qt::DescendingOrder);
    // Newest first: the first row's event starts no earlier than the last row's.
    const auto eventAt = [&](int row) {
        const QString id = proxy.index(row, 0).data(SessionTableModel::IdRole).toString();
        return m_snapshot->events[m_snapshot->eventIndex(id)];
    };
    QVERIFY(eventAt(0).firstDay >= eventAt(proxy.rowCount() - 1).firstDay);
    QCOMPARE(eventAt(0).id, m_snapshot->events.last().id);

    // A filter change keeps the chosen order.
    m_session.setTimeWindow(DayRange{day(2020, 1, 1), day(2020, 12, 31)});
    QVERIFY(proxy.rowCount() > 2);
    QVERIFY(eventAt(0).firstDay >= eventAt(1).firstDay);
    QVERIFY(eventAt(0).firstDay >= eventAt(proxy.rowCount() - 1).firstDay);
    QCOMPARE(events.rowOf(eventAt(0).id), 0);
    m_session.setTimeWindow(std::nullopt);

    // Names sort as words, whatever their case.
    ActorTableModel actors(&m_session);
    actors.sort(ActorTableModel::Name);
    for (int row = 1; row < actors.rowCount(); ++row) {
        const QString a = actors.index(row - 1, ActorTableModel::Name).data().toString();
        const QString b = actors.index(row, ActorTableModel::Name).data().toString();
        QVERIFY2(QString::compare(a, b, Qt::CaseInsensitive) <= 0, qPrintable(a + u" > "_s + b));
    }

    // Evidence counts sort as numbers (10 after 9), not as text.
    proxy.sort(EventTableModel::Evidence, Qt::AscendingOrder);
    int previous = -1;
    for (int row = 0; row < proxy.rowCount(); ++row) {
        const int count = proxy.index(row, EventTableModel::Evidence).data().toInt();
        QVERIFY(count >= previous);
        previous = count;
    }
}

void TestBrowseModels::choosingRowsSelectsInSession()
{
    BrowsePanel panel(&m_session);
    QTableView *table = panel.relationTable();
    const QModelIndex second = table->model()->index(1, 0);
    const QString id = second.data(SessionTableModel::IdRole).toString();
    QVERIFY(!id.isEmpty());
    table->selectionModel()->select(second, QItemSelectionModel::ClearAndSelect |
                                                QItemSelectionModel::Rows);
    QCOMPARE(m_session.selection(), Selection::relation(id));
    // One history step, which Back undoes (and the table follows).
    m_session.back();
    QVERIFY(m_session.selection().isEmpty());
    QVERIFY(table->selectionModel()->selectedRows().isEmpty());
}

void TestBrowseModels::sessionSelectionMarksAndScrolls()
{
    BrowsePanel panel(&m_session);
    panel.resize(600, 200);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const QString last = m_snapshot->events.last().id;
    m_session.select(Selection::event(last));
    QTableView *table = panel.eventTable();
    const QModelIndexList rows = table->selectionModel()->selectedRows();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().data(SessionTableModel::IdRole).toString(), last);
    // Scrolled into view, and the events tab is the one shown.
    QVERIFY(table->viewport()->rect().intersects(table->visualRect(rows.first())));
    QVERIFY(table->isVisible());
    // Following the session does not echo back a new history step.
    QCOMPARE(m_session.selection(), Selection::event(last));
    QVERIFY(!m_session.canGoForward());
}

QTEST_MAIN(TestBrowseModels)
#include "tst_browsemodels.moc"
