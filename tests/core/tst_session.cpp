#include "session/session.h"

#include <QSignalSpy>
#include <QTest>

using namespace entente;

namespace {

// Three actors, four events over 2019-2020, two relations (one explicit, one undated).
std::shared_ptr<Snapshot> makeSnapshot()
{
    auto s = std::make_shared<Snapshot>();
    s->actors = {{QStringLiteral("TUR"), QStringLiteral("Turkey"), ActorKind::State},
                 {QStringLiteral("GNA"), QStringLiteral("Government of National Accord"),
                  ActorKind::Government},
                 {QStringLiteral("LNA"), QStringLiteral("Libyan National Army"),
                  ActorKind::ArmedGroup}};
    const auto ev = [](const char *id, const char *type, const char *date,
                       QVector<SnapshotParticipant> who) {
        SnapshotEvent e;
        e.id = QString::fromLatin1(id);
        e.type = QString::fromLatin1(type);
        e.title = e.id;
        const auto span = TimeSpan::parse(QString::fromLatin1(date));
        e.firstDay = span->firstDay();
        e.lastDay = span->lastDay();
        e.participants = who;
        return e;
    };
    s->events = {ev("e3", "meeting", "2020-08-17", {{0, {}}, {1, {}}}),
                 ev("e1", "offensive", "2019-04-04", {{2, {}}}),
                 ev("e2", "agreement", "2019-11", {{0, {}}, {1, {}}}),
                 ev("e4", "ceasefire", "2020-10-23", {{1, {}}, {2, {}}})};
    SnapshotRelation support;
    support.id = QStringLiteral("r1");
    support.source = 0;
    support.target = 1;
    support.basis = ValidityBasis::Explicit;
    const auto valid = TimeSpan::parse(u"2019-11-27/..");
    support.periods = {{valid->firstDay(), valid->lastDay()}};
    SnapshotRelation fights;
    fights.id = QStringLiteral("r2");
    fights.source = 1;
    fights.target = 2;
    fights.type = RelationType::Fights;
    fights.basis = ValidityBasis::Undated;
    s->relations = {support, fights};
    s->finalize();
    return s;
}

DayRange year(int y)
{
    return {FuzzyDate::fromYmd(y).firstDay(), FuzzyDate::fromYmd(y).lastDay()};
}

} // namespace

class TestSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void snapshotSortsAndIndexes();
    void windowFiltersEventsAndRelations_data();
    void windowFiltersEventsAndRelations();
    void selectionSignalsOnlyOnChange();
    void historyGoesBackAndForward();
    void previewDoesNotRecordUntilCommitted();
};

void TestSession::snapshotSortsAndIndexes()
{
    const auto s = makeSnapshot();
    QCOMPARE(s->events.first().id, QStringLiteral("e1"));
    QCOMPARE(s->events.last().id, QStringLiteral("e4"));
    QCOMPARE(s->eventIndex(QStringLiteral("e2")), 1);
    QCOMPARE(s->actorIndex(QStringLiteral("LNA")), 2);
    QCOMPARE(s->actors[1].eventCount, 3);
    QCOMPARE(s->actors[1].relationCount, 2);
    QCOMPARE(s->eventTypes.size(), 4);
    QCOMPARE(s->extent().first, FuzzyDate::fromYmd(2019, 4, 4).firstDay());
}

void TestSession::windowFiltersEventsAndRelations_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QStringList>("events");
    QTest::addColumn<QStringList>("relations");
    QTest::newRow("2018") << 2018 << QStringList{} << QStringList{QStringLiteral("r2")};
    QTest::newRow("2019") << 2019 << QStringList{QStringLiteral("e1"), QStringLiteral("e2")}
                          << QStringList{QStringLiteral("r1"), QStringLiteral("r2")};
    QTest::newRow("2021") << 2021 << QStringList{}
                          << QStringList{QStringLiteral("r1"), QStringLiteral("r2")};
}

void TestSession::windowFiltersEventsAndRelations()
{
    QFETCH(int, year);
    QFETCH(QStringList, events);
    QFETCH(QStringList, relations);
    Session session;
    session.setProject(nullptr, makeSnapshot());
    QSignalSpy filterSpy(&session, &Session::filterChanged);
    session.setTimeWindow(::year(year));
    QCOMPARE(filterSpy.count(), 1);
    QStringList gotEvents, gotRelations;
    for (int i : session.visible().events)
        gotEvents << session.snapshot().events[i].id;
    for (int i : session.visible().relations)
        gotRelations << session.snapshot().relations[i].id;
    QCOMPARE(gotEvents, events);
    QCOMPARE(gotRelations, relations);
}

void TestSession::selectionSignalsOnlyOnChange()
{
    Session session;
    session.setProject(nullptr, makeSnapshot());
    QSignalSpy selSpy(&session, &Session::selectionChanged);
    QSignalSpy filterSpy(&session, &Session::filterChanged);
    session.select(Selection::actor(QStringLiteral("TUR")));
    session.select(Selection::actor(QStringLiteral("TUR")));
    QCOMPARE(selSpy.count(), 1);
    QCOMPARE(filterSpy.count(), 0);
    QVERIFY(session.selection().actors.contains(QStringLiteral("TUR")));
}

void TestSession::historyGoesBackAndForward()
{
    Session session;
    session.setProject(nullptr, makeSnapshot());
    QVERIFY(!session.canGoBack());
    session.select(Selection::event(QStringLiteral("e1")));
    session.setTimeWindow(year(2019));
    session.select(Selection::event(QStringLiteral("e2")));
    QVERIFY(session.canGoBack());
    session.back();
    QCOMPARE(session.selection(), Selection::event(QStringLiteral("e1")));
    QVERIFY(session.filter().window.has_value());
    session.back();
    QVERIFY(!session.filter().window.has_value());
    QVERIFY(session.canGoForward());
    session.forward();
    session.forward();
    QCOMPARE(session.selection(), Selection::event(QStringLiteral("e2")));
    QVERIFY(!session.canGoForward());
    // A new step after going back drops the forward branch.
    session.back();
    session.select(Selection::actor(QStringLiteral("LNA")));
    QVERIFY(!session.canGoForward());
}

void TestSession::previewDoesNotRecordUntilCommitted()
{
    Session session;
    session.setProject(nullptr, makeSnapshot());
    session.previewTimeWindow(year(2019));
    session.previewTimeWindow(year(2020));
    QVERIFY(!session.canGoBack());
    QCOMPARE(session.visible().events.size(), 2); // e3, e4
    session.commitPreview();
    QVERIFY(session.canGoBack());
    session.back();
    QVERIFY(!session.filter().window.has_value());
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
