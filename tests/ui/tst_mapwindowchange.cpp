#include "map/mapview.h"
#include "session/networkanalysis.h"
#include "session/session.h"
#include "util/backgroundpool.h"

#include <QApplication>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>

using namespace entente;

// A time-window change repaints the map once, with the new window's blocs: the map waits
// for the network analysis (computed on a worker) instead of painting with the old blocs
// and again when the new ones come, unless they are slow to come. It lays the new window
// out while it waits.

namespace {

std::shared_ptr<Snapshot> twoSides()
{
    auto s = std::make_shared<Snapshot>();
    const auto place = [&](const char *id, double lat, double lon, const char *country) {
        SnapshotPlace p;
        p.id = p.name = QString::fromLatin1(id);
        p.lat = lat;
        p.lon = lon;
        p.country = QString::fromLatin1(country);
        s->places.push_back(p);
        return int(s->places.size()) - 1;
    };
    const int tripoli = place("Tripoli", 32.89, 13.19, "LBY");
    const int ankara = place("Ankara", 39.93, 32.86, "TUR");
    const auto actor = [&](const char *id, ActorKind kind, const char *country, int base) {
        SnapshotActor a;
        a.id = a.name = QString::fromLatin1(id);
        a.kind = kind;
        a.country = QString::fromLatin1(country);
        a.basePlace = base;
        s->actors.push_back(a);
    };
    actor("TUR", ActorKind::State, "TUR", ankara);
    actor("GNA", ActorKind::Government, "LBY", tripoli);
    actor("LNA", ActorKind::ArmedGroup, "LBY", tripoli);
    const auto relation = [&](const char *id, int source, int target, RelationType type,
                              int fromYear) {
        SnapshotRelation r;
        r.id = QString::fromLatin1(id);
        r.source = source;
        r.target = target;
        r.type = type;
        r.basis = ValidityBasis::Explicit;
        r.periods = {DayRange{FuzzyDate::fromYmd(fromYear).firstDay(),
                              FuzzyDate::fromYmd(fromYear).lastDay()}};
        r.evidenceCount = 1;
        s->relations.push_back(r);
    };
    relation("r1", 0, 1, RelationType::Supports, 2019);
    relation("r2", 1, 2, RelationType::Fights, 2020);
    s->finalize();
    return s;
}

DayRange year(int y)
{
    return DayRange{FuzzyDate::fromYmd(y).firstDay(), FuzzyDate::fromYmd(y).lastDay()};
}

// Keeps every thread of the background pool busy, so that an analysis queued meanwhile
// waits. (The map's own painting must not need that pool: it does not.)
class BusyPool
{
public:
    BusyPool()
    {
        for (int i = 0; i < backgroundPool().maxThreadCount(); ++i)
            backgroundPool().start([this] { m_release.acquire(); });
    }
    ~BusyPool() { release(); }
    void release()
    {
        if (!m_released)
            m_release.release(backgroundPool().maxThreadCount());
        m_released = true;
        backgroundPool().waitForDone();
    }

private:
    QSemaphore m_release;
    bool m_released = false;
};

// A session on two sides and its map, shown and painted, its analysis done.
struct Desk
{
    Session session;
    MapView view{&session};

    Desk()
    {
        session.setProject(nullptr, twoSides());
        session.network()->recomputeNow();
        view.resize(600, 400);
        view.show();
    }
    bool shown()
    {
        if (!QTest::qWaitForWindowExposed(&view))
            return false;
        QTest::qWait(50);
        return view.sceneRenders() > 0;
    }
};

} // namespace

class TestMapWindowChange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void paintsOnceWithTheNewBlocs();
    void paintsWithTheOldBlocsWhenTheyAreSlow();
};

void TestMapWindowChange::paintsOnceWithTheNewBlocs()
{
    Desk desk;
    QVERIFY(desk.shown());
    Session &session = desk.session;
    MapView &view = desk.view;
    const int before = view.sceneRenders();
    const int layouts = view.layoutsMade();

    QSignalSpy updated(session.network(), &NetworkAnalysisCache::updated);
    {
        BusyPool busy;
        session.setTimeWindow(year(2020));
        QVERIFY(session.network()->isComputing());
        QTest::qWait(60); // the map's paint would be due by now
        QCOMPARE(view.sceneRenders(), before);
        // Meanwhile the map has laid the new window out...
        QCOMPARE(view.layoutsMade(), layouts + 1);
        busy.release();
    }
    QVERIFY(updated.wait(5000));
    QTRY_COMPARE(view.sceneRenders(), before + 1);
    // ...and the frame for the blocs only paints.
    QCOMPARE(view.layoutsMade(), layouts + 1);
    QTest::qWait(250); // past the wait's fallback: no second frame
    QCOMPARE(view.sceneRenders(), before + 1);
}

void TestMapWindowChange::paintsWithTheOldBlocsWhenTheyAreSlow()
{
    Desk desk;
    QVERIFY(desk.shown());
    Session &session = desk.session;
    MapView &view = desk.view;
    const int before = view.sceneRenders();

    BusyPool busy;
    session.setTimeWindow(year(2019));
    // The analysis is held back: after a while the map shows the window all the same.
    QTRY_COMPARE_WITH_TIMEOUT(view.sceneRenders(), before + 1, 2000);
    QVERIFY(session.network()->isComputing());
    busy.release();
    QTRY_COMPARE(view.sceneRenders(), before + 2); // and again with its blocs
}

QTEST_MAIN(TestMapWindowChange)
#include "tst_mapwindowchange.moc"
