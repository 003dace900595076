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

#include <algorithm>
#include <cstdio>
#include <functional>
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
    const QStringList types{QStringLiteral("shelling"), QStringLiteral("airstrike"), QStringLiteral("meeting"),
                            QStringLiteral("agreement"), QStringLiteral("statement"), QStringLiteral("protest"),
                            QStringLiteral("arms_delivery"), QStringLiteral("offensive"), QStringLiteral("ceasefire"),
                            QStringLiteral("deployment")};
    // Activity is skewed like real corpora: a few actors take part in most events.
    const auto pickActor = [&] { return std::min(kActors - 1, int(kActors * std::pow(unit(rng), 2.0))); };

    auto s = std::make_shared<Snapshot>();
    s->actors.reserve(kActors);
    for (int a = 0; a < kActors; ++a)
        s->actors.push_back({QStringLiteral("A%1").arg(a), QStringLiteral("Actor %1").arg(a), ActorKind::Other});
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

double medianOf(const std::function<void()> &run)
{
    std::vector<double> times;
    run(); // warm-up: font caches, allocations
    for (int i = 0; i < kRuns; ++i) {
        QElapsedTimer t;
        t.start();
        run();
        times.push_back(msSince(t));
    }
    return median(times);
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);

    QElapsedTimer t;
    t.start();
    const auto snapshot = makeSnapshot();
    std::printf("snapshot: %d events, %d actors, %d relations built in %.0f ms\n", int(snapshot->events.size()),
                int(snapshot->actors.size()), int(snapshot->relations.size()), msSince(t));

    Session session;
    t.restart();
    session.setProject(nullptr, snapshot);
    std::printf("session.setProject (filter pass): %.1f ms\n", msSince(t));

    {
        TimelineModel model;
        t.restart();
        model.setSnapshot(snapshot);
        std::printf("TimelineModel::setSnapshot (filter pass + lanes): %.1f ms\n", msSince(t));
        t.restart();
        model.setLaneMode(TimelineModel::LaneMode::EventTypes);
        std::printf("TimelineModel lanes by event type: %.1f ms\n", msSince(t));
        t.restart();
        model.setLaneMode(TimelineModel::LaneMode::Actors);
        std::printf("TimelineModel lanes by actor: %.1f ms\n", msSince(t));
    }
    t.restart();
    TimelineView view(&session);
    view.resize(1600, 500);
    std::printf("TimelineView built (%d lanes): %.1f ms\n", int(view.model().lanes().size()), msSince(t));

    QImage image(1600, 500, QImage::Format_ARGB32_Premultiplied);
    const auto renderOnce = [&] {
        QPainter p(&image);
        view.render(p, QRectF(0, 0, 1600, 500));
    };

    view.fitAll();
    std::printf("render 1600x500, full extent (20 years), actor lanes: median %.2f ms\n", medianOf(renderOnce));

    const double mid = double(QDate(2012, 6, 1).toJulianDay());
    view.setVisibleDays(mid - 15, mid + 15);
    std::printf("render 1600x500, day zoom (30 days), actor lanes:     median %.2f ms\n", medianOf(renderOnce));

    view.fitAll();
    session.select(Selection::actor(snapshot->actors[0].id)); // relation bars under the busiest lane
    std::printf("render 1600x500, full extent, busiest actor selected: median %.2f ms\n", medianOf(renderOnce));
    session.clearSelection();

    t.restart();
    view.setLaneMode(TimelineModel::LaneMode::EventTypes);
    std::printf("switch to event-type lanes: %.1f ms\n", msSince(t));
    view.fitAll();
    std::printf("render 1600x500, full extent, event-type lanes (10k events each): median %.2f ms\n",
                medianOf(renderOnce));
    view.setVisibleDays(mid - 15, mid + 15);
    std::printf("render 1600x500, day zoom, event-type lanes:          median %.2f ms\n", medianOf(renderOnce));
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
    std::printf("time window change until repainted (setTimeWindow):     median %.2f ms\n",
                medianOf([&] { changeWindow(false); }));
    std::printf("brush move until repainted (previewTimeWindow):         median %.2f ms\n",
                medianOf([&] { changeWindow(true); }));

    Filter byType;
    byType.eventTypes = {QStringLiteral("meeting")};
    t.restart();
    session.setFilter(byType);
    view.repaint();
    std::printf("event-type filter change (lanes rebuilt) until repainted: %.1f ms\n", msSince(t));

    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("peak RSS: %.1f MB\n", double(usage.ru_maxrss) / 1024.0);
    return 0;
}
