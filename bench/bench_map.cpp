// Actor map at scale: basemap load, then 100,000 events at 2,000 places (clustered), 300
// actors and 3,000 relations drawn at 1600x1000 with the 50m basemap: repaints with
// nothing moved (hover), while panning and zooming, cold (cached images rebuilt), the
// export's vector draw, and a time-window change through the session until the map has
// repainted. Prints medians of 30 runs (target: a frame, 16 ms; window change 50 ms; the
// cold frame also in CPU time, as it is painted on all cores) and peak RSS. An optional
// argument sets the number of runs.

#include "benchutil.h"

#include "geo/basemap.h"
#include "map/mapbands.h"
#include "map/mapbasemaps.h"
#include "map/mapview.h"
#include "session/networkanalysis.h"
#include "session/session.h"

#include <QApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>

#include <cmath>
#include <cstdio>
#include <ctime>
#include <functional>
#include <random>
#include <vector>

using namespace entente;

namespace {

constexpr int kEvents = 100'000;
constexpr int kPlaces = 2'000;
constexpr int kActors = 300;
constexpr int kRelations = 3'000;
constexpr int kRuns = 30;
int gRuns = kRuns;
const QSize kSize(1600, 1000);

struct Capital
{
    const char *country;
    double lat, lon;
};

// States of the Mediterranean story and beyond, at their capitals.
const Capital kCapitals[] = {
    {"LBY", 32.89, 13.19}, {"TUR", 39.93, 32.86}, {"EGY", 30.04, 31.24},  {"QAT", 25.29, 51.53},
    {"ARE", 24.45, 54.38}, {"FRA", 48.86, 2.35},  {"RUS", 55.76, 37.62},  {"DEU", 52.52, 13.40},
    {"ITA", 41.90, 12.50}, {"GRC", 37.98, 23.73}, {"TUN", 36.81, 10.18},  {"DZA", 36.75, 3.06},
    {"SDN", 15.50, 32.56}, {"TCD", 12.13, 15.06}, {"NER", 13.51, 2.11},   {"SAU", 24.71, 46.68},
    {"ISR", 31.77, 35.21}, {"SYR", 33.51, 36.28}, {"USA", 38.91, -77.04}, {"GBR", 51.51, -0.13}};

std::shared_ptr<Snapshot> makeSnapshot()
{
    std::mt19937 rng(20240611);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    auto s = std::make_shared<Snapshot>();
    for (const Capital &c : kCapitals) {
        SnapshotPlace p;
        p.id = QStringLiteral("cap-%1").arg(QLatin1String(c.country));
        p.name = p.id;
        p.lat = c.lat;
        p.lon = c.lon;
        p.country = QLatin1String(c.country);
        s->places.push_back(p);
    }
    // Places cluster around hot spots, like real conflict data.
    while (s->places.size() < kPlaces) {
        const Capital &c = kCapitals[size_t(unit(rng) * 12)];
        SnapshotPlace p;
        p.id = QStringLiteral("p%1").arg(s->places.size());
        p.name = p.id;
        p.lat = std::clamp(c.lat + (unit(rng) - 0.5) * 10, -80.0, 80.0);
        p.lon = c.lon + (unit(rng) - 0.5) * 14;
        s->places.push_back(p);
    }
    const int capitals = int(std::size(kCapitals));
    for (int a = 0; a < kActors; ++a) {
        SnapshotActor actor;
        actor.id = QStringLiteral("A%1").arg(a);
        if (a < capitals) {
            actor.kind = ActorKind::State;
            actor.country = QLatin1String(kCapitals[a].country);
            actor.name = actor.country;
            actor.basePlace = a;
        } else {
            actor.kind = static_cast<ActorKind>(1 + a % 6);
            actor.name = QStringLiteral("Actor %1").arg(a);
            actor.country = QLatin1String(kCapitals[a % capitals].country);
            actor.basePlace = unit(rng) < 0.8 ? int(unit(rng) * kPlaces) : -1;
        }
        s->actors.push_back(actor);
    }
    const QStringList types{QStringLiteral("clash"),      QStringLiteral("airstrike"),
                            QStringLiteral("meeting"),    QStringLiteral("agreement"),
                            QStringLiteral("statement"),  QStringLiteral("protest"),
                            QStringLiteral("deployment"), QStringLiteral("ceasefire")};
    const qint64 start = QDate(2001, 1, 1).toJulianDay();
    const qint64 days = QDate(2021, 1, 1).toJulianDay() - start;
    s->events.reserve(kEvents);
    for (int i = 0; i < kEvents; ++i) {
        SnapshotEvent e;
        e.id = QStringLiteral("e%1").arg(i);
        e.type = types[int(unit(rng) * types.size())];
        e.title = e.id;
        e.firstDay = e.lastDay = start + qint64(unit(rng) * double(days));
        e.place = int(std::pow(unit(rng), 1.5) * kPlaces);
        e.participants = {{int(unit(rng) * kActors), {}}};
        s->events.push_back(std::move(e));
    }
    for (int i = 0; i < kRelations; ++i) {
        SnapshotRelation r;
        r.id = QStringLiteral("r%1").arg(i);
        r.source = int(std::pow(unit(rng), 2.0) * kActors);
        r.target = int(std::pow(unit(rng), 2.0) * kActors);
        r.type = static_cast<RelationType>(int(unit(rng) * 10));
        r.evidenceCount = 1 + int(unit(rng) * 6);
        const qint64 from = start + qint64(unit(rng) * double(days));
        r.basis = unit(rng) < 0.2 ? ValidityBasis::Undated : ValidityBasis::Explicit;
        if (r.basis == ValidityBasis::Explicit)
            r.periods = {{from, from + qint64(unit(rng) * 1500)}};
        s->relations.push_back(std::move(r));
    }
    s->finalize();
    return s;
}

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// CPU time of the whole process (all threads), milliseconds.
double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

struct Timing
{
    double wall = 0, cpu = 0; // medians
};

Timing timingOf(const std::function<void()> &run, int runs = -1)
{
    std::vector<double> walls, cpus;
    run(); // warm-up: font caches, allocations
    for (int i = 0; i < (runs > 0 ? runs : gRuns); ++i) {
        QElapsedTimer t;
        t.start();
        const double cpu = cpuMs();
        run();
        walls.push_back(msSince(t));
        cpus.push_back(cpuMs() - cpu);
    }
    return {bench::median(walls), bench::median(cpus)};
}

double medianOf(const std::function<void()> &run, int runs = -1)
{
    return timingOf(run, runs).wall;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc > 1)
        gRuns = std::max(1, atoi(argv[1])); // fewer runs for a quick look

    QElapsedTimer t;
    for (const auto resolution : {BasemapResolution::Medium50m, BasemapResolution::Coarse110m}) {
        t.start();
        Basemap basemap;
        basemap.load(resolution);
        const double load = msSince(t);
        t.restart();
        basemap.projectedPaths(EquirectangularProjection());
        std::printf("basemap %s: load %.1f ms (%d countries), projected paths %.1f ms\n",
                    qPrintable(Basemap::resourcePath(resolution)), load, int(basemap.count()),
                    msSince(t));
    }
    t.restart();
    MapBasemaps::get(BasemapResolution::Medium50m);
    MapBasemaps::get(BasemapResolution::Coarse110m);
    std::printf("MapBasemaps first use (both resolutions): %.1f ms\n", msSince(t));

    t.restart();
    const auto snapshot = makeSnapshot();
    std::printf("snapshot: %d events at %d places, %d actors, %d relations built in %.0f ms\n",
                int(snapshot->events.size()), int(snapshot->places.size()),
                int(snapshot->actors.size()), int(snapshot->relations.size()), msSince(t));
    Session session;
    session.setProject(nullptr, snapshot);
    t.restart();
    session.network()->recomputeNow();
    std::printf("network + blocs for the whole extent (worker thread in the app): %.1f ms\n",
                msSince(t));

    t.restart();
    MapView view(&session);
    view.resize(kSize);
    view.show();
    QCoreApplication::processEvents();
    view.fitToData();
    std::printf(
        "MapView built and fitted: %.1f ms; %.1f px/degree -> %s basemap; %d sites, %d arrows\n",
        msSince(t), view.viewport().pixelsPerDegree(),
        MapBasemaps::resolutionFor(view.viewport().pixelsPerDegree()) ==
                BasemapResolution::Medium50m
            ? "50m"
            : "110m",
        int(view.model().sites().size()), int(view.model().arrows().size()));

    // The widget's own path (paintEvent: cached basemap and scene images, highlights and
    // legend drawn live); export draws everything as vectors.
    QImage image(kSize, QImage::Format_ARGB32_Premultiplied);
    const auto paint = [&] { view.QWidget::render(&image); };
    const auto exportDraw = [&] {
        QPainter p(&image);
        MapRenderOptions options;
        options.exporting = true;
        view.render(p, QRectF(QPointF(0, 0), kSize), options);
    };
    paint();
    std::printf("  %d clusters laid out for %d visible events, %d markers, %d labels, %d arrows "
                "drawn (%d left out)\n",
                int(view.layout().clusters().size()), int(session.visible().events.size()),
                int(view.layout().markers().size()), int(view.layout().labels().size()),
                int(view.layout().arrows().size()), view.layout().omittedArrows());

    std::printf("repaint, nothing moved (hover, selection):  median %.2f ms\n", medianOf(paint));
    int step = 0;
    std::printf("repaint after a 7 px pan (drag):            median %.2f ms\n", medianOf([&] {
                    view.panByPixels(QPointF(++step % 2 ? 7 : -7, 3 * (step % 3 - 1)));
                    paint();
                }));
    std::printf("repaint during a wheel zoom (images scaled): median %.2f ms\n", medianOf([&] {
                    view.zoomBy(++step % 2 ? 1.25 : 0.8, QPointF(700, 450));
                    paint();
                }));
    // Let the zoom settle (its timer redraws the images at the new scale).
    for (QElapsedTimer wait; !wait.isValid() || wait.elapsed() < 300;) {
        if (!wait.isValid())
            wait.start();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    const auto coldPaint = [&] {
        view.panByPixels(QPointF(++step % 2 ? 900 : -900, 0)); // leaves the cached margin
        paint();
    };
    const int basemapRenders = view.basemapRenders();
    // The images are painted in bands on all cores (MapBands): wall and CPU time.
    const Timing cold = timingOf(coldPaint);
    std::printf("full repaint, cold (both images + layout):  median %.2f ms (CPU %.2f ms, %d "
                "bands)\n",
                cold.wall, cold.cpu, MapBands::preferredCount());
    std::printf("  (basemap drawn afresh %d times in those %d runs)\n",
                view.basemapRenders() - basemapRenders, gRuns + 1);
    // ENTENTE_BENCH_SHOTS=<folder>: the cold frame and the world view as PNGs, to look at.
    const QString shots = qEnvironmentVariable("ENTENTE_BENCH_SHOTS");
    if (!shots.isEmpty())
        image.save(shots + QStringLiteral("/bench-map-cold.png"));
    {
        const MapLayerOptions all = view.layers();
        MapLayerOptions layers = all;
        layers.arrows = false;
        view.setLayers(layers);
        std::printf("  ... cold without arrows:                  median %.2f ms\n",
                    medianOf(coldPaint));
        layers.events = false;
        view.setLayers(layers);
        std::printf("  ... cold without arrows and events:       median %.2f ms\n",
                    medianOf(coldPaint));
        layers.actors = false;
        view.setLayers(layers);
        std::printf("  ... cold basemap only:                    median %.2f ms\n",
                    medianOf(coldPaint));
        view.setLayers(all);
    }
    std::printf("export draw (vector basemap, no cache):     median %.2f ms\n",
                medianOf(exportDraw));
    view.zoomBy(0.2);
    std::printf("full repaint, cold, world view (110m, %.1f px/degree): median %.2f ms\n",
                view.viewport().pixelsPerDegree(), medianOf(coldPaint));
    if (!shots.isEmpty())
        image.save(shots + QStringLiteral("/bench-map-world.png"));
    view.fitToData();

    // Session -> filter pass -> filterChanged -> map model -> repaint of the scene image.
    const qint64 start = QDate(2001, 1, 1).toJulianDay();
    const auto changeWindow = [&](qint64 span) {
        ++step;
        const qint64 first = start + 37 * (step % 100);
        session.setTimeWindow(DayRange{first, first + span});
        paint();
    };
    std::printf("time window change (1 year, ~5k events) -> map repainted:    median %.2f ms\n",
                medianOf([&] { changeWindow(365); }));
    std::printf("time window change (15 years, ~75k events) -> map repainted: median %.2f ms\n",
                medianOf([&] { changeWindow(15 * 365); }));
    std::printf(
        "  new blocs arrive from the worker (recomputeNow): %.1f ms; scene repainted: %.1f ms\n",
        medianOf([&] { session.network()->recomputeNow(); }, 5),
        medianOf(
            [&] {
                session.network()->recomputeNow();
                paint();
            },
            5));
    std::printf("peak RSS: %.0f MiB\n", bench::peakRssMiB());
    return 0;
}
