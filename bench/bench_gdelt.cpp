// GDELT import speed: writes a synthetic GDELT 2.0 events file (61 tab-separated columns,
// no header) to a temporary folder and times GdeltImporter::readFile on it. Prints numbers;
// asserts nothing. Usage: bench_gdelt [rows] (default 100000).

#include "benchutil.h"

#include "io/gdeltimporter.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>

using namespace entente;

namespace {

QByteArray syntheticRow(QRandomGenerator &random, int row)
{
    static const char *const countries[] = {"LBY", "TUR", "QAT", "RUS", "FRA", "EGY",
                                            "ARE", "ITA", "USA", "DZA", "TUN", "SDN"};
    static const char *const types[] = {"", "GOV", "MIL", "REB", "IGO", "NGO"};
    static const char *const codes[] = {"010", "036", "042", "057", "061", "070",
                                        "111", "120", "130", "141", "154", "163",
                                        "173", "183", "190", "193", "195", "202"};
    const auto actor = [&](QByteArrayList &f) {
        const QByteArray country = countries[random.bounded(12)];
        const QByteArray type = types[random.bounded(6)];
        f << country + type << country + ' ' + type << country << ""
          << ""
          << ""
          << "" << type << ""
          << "";
    };
    const QByteArray code = codes[random.bounded(18)];
    const int root = code.left(2).toInt();
    const int quad = root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
    const int day = random.bounded(730);
    const QByteArray date =
        QDate(2019, 1, 1).addDays(day).toString(QStringLiteral("yyyyMMdd")).toLatin1();
    const int place = random.bounded(500);

    QByteArrayList f;
    f << QByteArray::number(1000000000LL + row) << date << date.left(6) << date.left(4)
      << "2019.5000";
    actor(f);
    actor(f);
    f << "1" << code << code << code.left(2) << QByteArray::number(quad)
      << QByteArray::number(random.bounded(-100, 100) / 10.0, 'f', 1)
      << QByteArray::number(random.bounded(1, 50)) << "1"
      << QByteArray::number(random.bounded(1, 50))
      << QByteArray::number(random.bounded(-1000, 1000) / 100.0, 'f', 2);
    for (int g = 0; g < 3; ++g) {
        f << "4"
          << "Place " + QByteArray::number(place) + ", Libya"
          << "LY"
          << "LY09"
          << "LY091" << QByteArray::number(25.0 + place / 50.0, 'f', 4)
          << QByteArray::number(10.0 + place / 40.0, 'f', 4) << "-" + QByteArray::number(place);
    }
    f << date + "120000"
      << "https://news.example.org/" + date + "/story-" + QByteArray::number(row);
    return f.join('\t') + '\n';
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? std::max(1, atoi(argv[1])) : 100000;

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("synthetic.export.CSV"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
            return 1;
        }
        QRandomGenerator random(20200104);
        QByteArray chunk;
        for (int i = 0; i < rows; ++i) {
            chunk += syntheticRow(random, i);
            if (chunk.size() > (1 << 20)) {
                file.write(chunk);
                chunk.clear();
            }
        }
        file.write(chunk);
    }
    const double fileMiB = QFile(path).size() / (1024.0 * 1024.0);
    const double rssBefore = bench::peakRssMiB();

    // The first read alone sets the peak: the corpus of one file, not two at once.
    ParsedFile last = GdeltImporter().readFile(path, EmptyProjectLookup());
    const double rssRead = bench::peakRssMiB();
    std::vector<double> seconds;
    std::vector<double> cpuSeconds; // the machine may be shared: CPU time says more than wall
    for (int run = 0; run < 3; ++run) {
        last = ParsedFile();
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpuStart = std::clock();
        last = GdeltImporter().readFile(path, EmptyProjectLookup());
        seconds.push_back(timer.nsecsElapsed() / 1e9);
        cpuSeconds.push_back(double(std::clock() - cpuStart) / CLOCKS_PER_SEC);
        if (!last.ok()) {
            std::fprintf(stderr, "import failed: %s\n", qPrintable(last.errors.first().toString()));
            return 1;
        }
    }
    const double median = bench::median(seconds);
    std::printf("GDELT 2.0 synthetic: %d rows, %.1f MiB\n", rows, fileMiB);
    std::printf("  readFile: median %.3f s of 3 (min %.3f s), %.0f rows/s\n", median,
                *std::min_element(seconds.begin(), seconds.end()), rows / median);
    std::printf("  readFile CPU time: median %.3f s, %.0f rows/s\n", bench::median(cpuSeconds),
                rows / bench::median(cpuSeconds));
    std::printf("  corpus: %lld events, %lld actors, %lld places, %lld articles, %lld relations\n",
                qlonglong(last.corpus.events.size()), qlonglong(last.corpus.actors.size()),
                qlonglong(last.corpus.places.size()), qlonglong(last.corpus.articles.size()),
                qlonglong(last.corpus.relations.size()));
    std::printf("  peak RSS: %.1f MiB before reading, %.1f MiB after one read (file %.1f MiB)\n",
                rssBefore, rssRead, fileMiB);
    return 0;
}
