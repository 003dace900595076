// Timeline rendering at 100,000 events: full extent, day zoom, event-type lanes, and a
// time-window change through the session until the widget has repainted. Prints
// medians of 30 runs (target: one frame, 16 ms) and the peak resident set size.

#include "session/session.h"
#include "timeline/timelineview.h"

#include <QApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>

#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <random>
#include <vector>

using namespace entente;

namespace {

constexpr int kEvents = 100'000;
constexpr int kActors = 2'000;
constexpr int kRelations = 4'000;
constexpr int kRuns = 30;

std::shared_ptr<Snapshot> makeSnapshot()
{
    std::mt19937 rng(20240601);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    const qint64 start = QDate(2001, 1, 1).toJulianDay();
    const qint64 days = QDate(2021, 1, 1).toJulianDay() - start;
    const QStringList types{QStringLiteral("shelling"),      QStringLiteral("airstrike"),
                            QStringLiteral("meeting"),       QStringLiteral("agreement"),
                            QStringLiteral("statement"),     QStringLiteral("protest"),
                            QStringLiteral("arms_delivery"), QStringLiteral("offensive"),
                            QStringLiteral("ceasefire"),     QStringLiteral("deployment")};
    // Activity is skewed like real corpora: a few actors take part in most events.
    const auto pickActor = [&] {
        return std::min(kActors - 1, int(kActors * std::pow(unit(rng), 2.0)));
    };

    auto s = std::make_shared<Snapshot>();
    s->actors.reserve(kActors);
    for (int a = 0; a < kActors; ++a)
        s->actors.push_back(
            {QStringLiteral("A%1").arg(a), QStringLiteral("Actor %1").arg(a), ActorKind::Other});
    s->events.reserve(kEvents);
    for (int i = 0; i < kEvents; ++i) {
        SnapshotEvent e;
        e.id = QStringLiteral("e%1").arg(i);
        e.type = types[int(unit(rng) * types.size())];
        e.title = QStringLiteral("Event %1").arg(i);
        const QDate d = QDate::fromJulianDay(start + qint64(unit(rng) * double(days)));
        const double p = unit(rng);
        if (p < 0.80) {
            e.firstDay = e.lastDay = d.toJulianDay();
        } else if (p < 0.93) {
            e.precision = DatePrecision::Month;
            e.firstDay = QDate(d.year(), d.month(), 1).toJulianDay();
            e.lastDay = QDate(d.year(), d.month(), d.daysInMonth()).toJulianDay();
        } else if (p < 0.96) {
            e.precision = DatePrecision::Year;
            e.firstDay = QDate(d.year(), 1, 1).toJulianDay();
            e.lastDay = QDate(d.year(), 12, 31).toJulianDay();
        } else {
            e.isInterval = true;
            e.firstDay = d.toJulianDay();
            e.lastDay = e.firstDay + 1 + qint64(unit(rng) * 90);
        }
        if (unit(rng) > 0.01) {
            const int n = 1 + int(unit(rng) * 3);
            for (int k = 0; k < n; ++k)
                e.participants.push_back({pickActor(), {}});
        }
        s->events.push_back(std::move(e));
    }
    s->relations.reserve(kRelations);
    for (int i = 0; i < kRelations; ++i) {
        SnapshotRelation r;
        r.id = QStringLiteral("r%1").arg(i);
        r.source = pickActor();
        r.target = pickActor();
        r.type = static_cast<RelationType>(int(unit(rng) * 10));
        const double b = unit(rng);
        const qint64 from = start + qint64(unit(rng) * double(days));
        if (b < 0.6) {
            r.basis = ValidityBasis::Explicit;
            r.periods = {{from, b < 0.3 ? kOpenFutureDay : from + qint64(unit(rng) * 2000)}};
        } else if (b < 0.9) {
            r.basis = ValidityBasis::AsReported;
            for (int k = 0; k < 3; ++k)
                r.periods.push_back({from + k * 200, from + k * 200});
        }
        s->relations.push_back(std::move(r));
    }
    s->finalize();
    return s;
}

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// Medians of wall time and of this thread's CPU time: on a shared, loaded machine the
// CPU time is the steadier of the two.
struct Timing
{
    double wall;
    double cpu;
};

Timing medianOf(const std::function<void()> &run)
{
    std::vector<double> wall, cpu;
    run(); // warm-up: font caches, allocations
    for (int i = 0; i < kRuns; ++i) {
        QElapsedTimer t;
        const double c0 = threadCpuMs();
        t.start();
        run();
        wall.push_back(msSince(t));
        cpu.push_back(threadCpuMs() - c0);
    }
    return {median(wall), median(cpu)};
}

void report(const char *what, const Timing &t)
{
    std::printf("%-62s median %6.2f ms wall, %6.2f ms CPU\n", what, t.wall, t.cpu);
}

// A step that runs once (building lanes): one measurement, wall and CPU.
void once(const char *what, const std::function<void()> &run)
{
    QElapsedTimer t;
    const double c0 = threadCpuMs();
    t.start();
    run();
    std::printf("%-62s once   %6.1f ms wall, %6.1f ms CPU\n", what, msSince(t), threadCpuMs() - c0);
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);

    QElapsedTimer t;
    t.start();
    const auto snapshot = makeSnapshot();
    std::printf("snapshot: %d events, %d actors, %d relations built in %.0f ms\n",
                int(snapshot->events.size()), int(snapshot->actors.size()),
                int(snapshot->relations.size()), msSince(t));

    Session session;
    once("session.setProject (one filter pass)", [&] { session.setProject(nullptr, snapshot); });
    {
        TimelineModel model;
        once("TimelineModel::setSnapshot (filter pass + actor lanes)",
             [&] { model.setSnapshot(snapshot); });
        once("TimelineModel lanes by event type",
             [&] { model.setLaneMode(TimelineModel::LaneMode::EventTypes); });
        once("TimelineModel lanes by actor",
             [&] { model.setLaneMode(TimelineModel::LaneMode::Actors); });
    }
    std::unique_ptr<TimelineView> viewPtr;
    once("TimelineView built", [&] { viewPtr = std::make_unique<TimelineView>(&session); });
    TimelineView &view = *viewPtr;
    view.resize(1600, 500);
    std::printf("lanes: %d\n", int(view.model().lanes().size()));

    QImage image(1600, 500, QImage::Format_ARGB32_Premultiplied);
    const auto renderOnce = [&] {
        QPainter p(&image);
        view.render(p, QRectF(0, 0, 1600, 500));
    };

    // ENTENTE_TIMELINE_SHOT=<dir> keeps a picture of each case to look at.
    const QString shotDir = QString::fromLocal8Bit(qgetenv("ENTENTE_TIMELINE_SHOT"));
    const auto keep = [&](const char *name) {
        if (!shotDir.isEmpty())
            image.save(shotDir + QStringLiteral("/bench-%1.png").arg(QString::fromLatin1(name)));
    };

    view.fitAll();
    report("render 1600x500, full extent (20 years), actor lanes", medianOf(renderOnce));
    keep("full");

    const double mid = double(QDate(2012, 6, 1).toJulianDay());
    view.setVisibleDays(mid - 15, mid + 15);
    report("render 1600x500, day zoom (30 days), actor lanes", medianOf(renderOnce));
    keep("days");

    view.fitAll();
    session.select(
        Selection::actor(snapshot->actors[0].id)); // relation bars under the busiest lane
    report("render 1600x500, full extent, busiest actor selected", medianOf(renderOnce));
    keep("selected");
    session.clearSelection();

    once("switch the view to event-type lanes",
         [&] { view.setLaneMode(TimelineModel::LaneMode::EventTypes); });
    view.fitAll();
    report("render 1600x500, full extent, event-type lanes (10k each)", medianOf(renderOnce));
    keep("types");
    view.setVisibleDays(mid - 15, mid + 15);
    report("render 1600x500, day zoom, event-type lanes", medianOf(renderOnce));
    view.setLaneMode(TimelineModel::LaneMode::Actors);
    view.fitAll();

    // A window change travels session -> filter pass -> filterChanged -> repaint.
    view.show();
    QCoreApplication::processEvents();
    int step = 0;
    const qint64 start = QDate(2001, 1, 1).toJulianDay();
    const auto changeWindow = [&](bool preview) {
        ++step;
        const DayRange w{start + 30 * (step % 100), start + 30 * (step % 100) + 365};
        if (preview)
            session.previewTimeWindow(w);
        else
            session.setTimeWindow(w);
        view.repaint();
    };
    report("time window change until repainted (setTimeWindow)",
           medianOf([&] { changeWindow(false); }));
    report("brush move until repainted (previewTimeWindow)", medianOf([&] { changeWindow(true); }));

    Filter byType;
    byType.eventTypes = {QStringLiteral("meeting")};
    once("event-type filter change (lanes rebuilt) until repainted", [&] {
        session.setFilter(byType);
        view.repaint();
    });

    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("peak RSS: %.1f MB\n", double(usage.ru_maxrss) / 1024.0);
    return 0;
}
