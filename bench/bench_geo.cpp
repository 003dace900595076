// Basemap speed: load (read + TopoJSON parse + country build), projected path build, an
// antialiased draw of all countries into a 1600x1000 image, and countryAt() per call.
// Prints numbers only; targets are in the design notes (load <= 150 ms).
//
//   bench_geo [--png out.png]   (the last drawn image, to look at)

#include "geo/basemap.h"
#include "geo/projection.h"
#include "geo/topojson.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace entente;

namespace {

const QString kWorld50m =
    QStringLiteral(ENTENTE_SOURCE_DIR "/resources/basemap/countries-50m.json");
const QString kWorld110m =
    QStringLiteral(ENTENTE_SOURCE_DIR "/resources/basemap/countries-110m.json");

// Median wall time of `runs` calls, in milliseconds.
double medianMs(int runs, const std::function<void()> &work)
{
    std::vector<double> times;
    times.reserve(runs);
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(timer.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

QImage draw(const Basemap &basemap, const Projection &projection, bool outlines)
{
    QImage image(1600, 1000, QImage::Format_ARGB32_Premultiplied);
    image.fill(QColor(0xd8, 0xe6, 0xf0));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF world = projection.worldBounds();
    const double scale = std::min(image.width() / world.width(), image.height() / world.height());
    painter.translate(image.width() / 2.0, image.height() / 2.0);
    painter.scale(scale, scale);
    painter.translate(-world.center());
    painter.fillPath(projection.outline(), QColor(0xbd, 0xd7, 0xee));
    QPen pen(QColor(0x55, 0x55, 0x55), 0.0); // cosmetic hairline
    const QVector<QPainterPath> paths = basemap.projectedPaths(projection);
    for (qsizetype i = 0; i < paths.size(); ++i) {
        const QColor fill = QColor::fromHsv(int(i * 47 % 360), 60, 235);
        painter.fillPath(paths.at(i), fill);
        if (outlines)
            painter.strokePath(paths.at(i), pen);
    }
    return image;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QString pngPath;
    const QStringList args = app.arguments();
    if (const qsizetype i = args.indexOf(QStringLiteral("--png")); i > 0 && i + 1 < args.size())
        pngPath = args.at(i + 1);

    QFile file(kWorld50m);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot open %s\n", qPrintable(kWorld50m));
        return 1;
    }
    const QByteArray json = file.readAll();

    std::printf("basemap 50m: %lld bytes\n", static_cast<long long>(json.size()));
    const double parse = medianMs(10, [&] {
        const GeoReadResult result =
            TopoJsonReader().read(json, kWorld50m, QStringLiteral("countries"));
        if (result.features.isEmpty())
            std::abort();
    });
    std::printf("  TopoJSON parse (in memory), median of 10:    %8.2f ms\n", parse);
    Basemap basemap;
    const double load = medianMs(10, [&] {
        Basemap fresh;
        if (!fresh.load(kWorld50m))
            std::abort();
        basemap = std::move(fresh);
    });
    std::printf("  Basemap::load (file, parse, countries), 10: %8.2f ms  (target <= 150)\n", load);
    const double load110 = medianMs(10, [&] {
        Basemap coarse;
        if (!coarse.load(kWorld110m))
            std::abort();
    });
    std::printf("  Basemap::load 110m, median of 10:            %8.2f ms\n", load110);
    std::printf("  countries: %lld\n", static_cast<long long>(basemap.count()));

    const NaturalEarthProjection naturalEarth;
    const EquirectangularProjection equirect;
    for (const Projection *projection : {static_cast<const Projection *>(&naturalEarth),
                                         static_cast<const Projection *>(&equirect)}) {
        const double build = medianMs(10, [&] {
            basemap.clearPathCache();
            basemap.projectedPaths(*projection);
        });
        qsizetype elements = 0;
        for (const QPainterPath &path : basemap.projectedPaths(*projection))
            elements += path.elementCount();
        std::printf("%s:\n", qPrintable(projection->key()));
        std::printf("  path build (all countries), median of 10:    %8.2f ms  (%lld elements)\n",
                    build, static_cast<long long>(elements));
        const double fillOnly = medianMs(20, [&] { draw(basemap, *projection, false); });
        std::printf("  draw 1600x1000 antialiased, fill, 20:        %8.2f ms\n", fillOnly);
        const double withLines = medianMs(20, [&] { draw(basemap, *projection, true); });
        std::printf("  draw 1600x1000 antialiased, fill+outline:    %8.2f ms\n", withLines);
    }
    if (!pngPath.isEmpty()) {
        draw(basemap, naturalEarth, true).save(pngPath);
        std::printf("wrote %s\n", qPrintable(pngPath));
    }

    // countryAt over random points of the whole world and of the Mediterranean region.
    QRandomGenerator random(20200101);
    const int calls = 200000;
    std::vector<QPointF> world(calls);
    std::vector<QPointF> region(calls);
    for (int i = 0; i < calls; ++i) {
        world[i] = QPointF(random.bounded(360.0) - 180.0, random.bounded(180.0) - 90.0);
        region[i] = QPointF(random.bounded(50.0) - 10.0, random.bounded(25.0) + 20.0);
    }
    for (const auto &[name, points] :
         {std::pair{"world", &world}, std::pair{"10W-40E, 20-45N", &region}}) {
        qsizetype hits = 0;
        QElapsedTimer timer;
        timer.start();
        for (const QPointF &p : *points)
            hits += basemap.countryAt(p.x(), p.y()) >= 0 ? 1 : 0;
        const double perCall = double(timer.nsecsElapsed()) / calls / 1000.0;
        std::printf("countryAt (%s): %.2f us per call (%d calls, %.0f%% on land)\n", name, perCall,
                    calls, 100.0 * hits / calls);
    }
    return 0;
}
