// End-to-end import benchmark (issue targets: the 100k-event synthetic corpus imports in
// <= 3 s wall and <= 500 MB peak RSS; events and relations of a 1-year window <= 20 ms).
// Usage: bench_import [--events N] [--keep DIR]. Prints numbers; asserts nothing.
#include "benchutil.h"
#include "corpusgenerator.h"

#include "jobs/importjob.h"
#include "model/fuzzydate.h"
#include "store/project.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>

using namespace entente;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    GeneratorOptions options; // 10k articles, 2k actors, 100k events, 100k relations
    const QStringList args = app.arguments();
    if (const qsizetype i = args.indexOf(QStringLiteral("--events")); i > 0)
        options.events = options.relations = args.value(i + 1).toInt();

    QTemporaryDir dir;
    const QString corpus = dir.filePath(QStringLiteral("synthetic.json"));
    // --keep DIR leaves the project there (for bench_store --queries-only or a profiler).
    QString projectPath = dir.filePath(QStringLiteral("synthetic.entente"));
    if (const qsizetype i = args.indexOf(QStringLiteral("--keep")); i > 0) {
        projectPath = args.value(i + 1) + QStringLiteral("/synthetic.entente");
        QFile::remove(projectPath);
    }
    {
        QFile out(corpus);
        QElapsedTimer t;
        t.start();
        QString error;
        if (!out.open(QIODevice::WriteOnly) || !writeSyntheticCorpus(&out, options, &error)) {
            std::fprintf(stderr, "generation failed: %s\n", qPrintable(error));
            return 1;
        }
        std::printf("generated %d articles, %d actors, %d events, %d relations: %.1f MB in %lld ms\n",
                    options.articles, options.actors, options.events, options.relations,
                    double(out.size()) / 1e6, t.elapsed());
    }
    const double rssBefore = bench::peakRssMiB();

    QElapsedTimer wall;
    wall.start();
    const double cpuStart = bench::processCpuMs();
    ImportJob job;
    const EmptyProjectLookup nothing;
    QElapsedTimer phase;
    phase.start();
    ImportJob::Parsed parsed = job.read({corpus}, nothing);
    const qint64 readMs = phase.elapsed();
    if (!parsed.ok()) {
        std::fprintf(stderr, "refused: %s\n", qPrintable(parsed.errors.value(0).toString()));
        return 1;
    }
    const double rssAfterRead = bench::peakRssMiB();
    QString error;
    auto project = Project::open(projectPath, Project::OpenMode::CreateIfMissing, &error);
    if (!project) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    phase.restart();
    const ImportReport report = ImportJob::commit(*project, parsed);
    const qint64 writeMs = phase.elapsed();
    const qint64 wallMs = wall.elapsed();
    const double cpuMs = bench::processCpuMs() - cpuStart;
    if (!report.ok()) {
        std::fprintf(stderr, "import failed: %s\n", qPrintable(report.error));
        return 1;
    }
    std::printf("import wall %lld ms (read+validate %lld ms, store %lld ms); %lld rows, %.0f rows/s "
                "in the store, %.0f rows/s overall\n",
                wallMs, readMs, writeMs, report.rowsWritten, report.rowsPerSecond(),
                double(report.rowsWritten) * 1000.0 / double(std::max<qint64>(1, wallMs)));
    std::printf("import CPU %.0f ms (the wall time also counts other processes on a shared "
                "machine)\n",
                cpuMs);
    std::printf("peak RSS: %.0f MiB before import, %.0f MiB after reading, %.0f MiB after storing "
                "(target <= 500)\n",
                rssBefore, rssAfterRead, bench::peakRssMiB());

    // Queried as the app and `entente info` find it: closed after the import (which
    // checkpoints the write-ahead log into the file) and opened again, with the parsed
    // corpus gone (the app drops it once imported; `info` never had it).
    parsed = {};
    project.reset();
    project = Project::open(projectPath, Project::OpenMode::ReadOnly, &error);
    if (!project) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }

    std::printf("project file %.1f MB\n", double(QFileInfo(projectPath).size()) / 1e6);

    // A one-year window in the middle of the corpus's span.
    const int year = options.startYear + options.years / 2;
    const qint64 from = FuzzyDate::fromYmd(year).firstDay();
    const qint64 to = FuzzyDate::fromYmd(year).lastDay();
    std::vector<double> eventsMs, relationsMs, eventsCpu, relationsCpu;
    qsizetype eventRows = 0, relationRows = 0;
    for (int i = 0; i < 20; ++i) {
        QElapsedTimer t;
        t.start();
        double cpu = bench::processCpuMs();
        eventRows = project->eventsInWindow(from, to).size();
        eventsMs.push_back(double(t.nsecsElapsed()) / 1e6);
        eventsCpu.push_back(bench::processCpuMs() - cpu);
        t.restart();
        cpu = bench::processCpuMs();
        relationRows = project->relationsInWindow(from, to).size();
        relationsMs.push_back(double(t.nsecsElapsed()) / 1e6);
        relationsCpu.push_back(bench::processCpuMs() - cpu);
    }
    std::printf("window %d: events %lld rows, median %.2f ms (CPU %.2f ms); relations %lld rows, "
                "median %.2f ms (CPU %.2f ms) (target <= 20 ms each)\n",
                year, qlonglong(eventRows), bench::median(eventsMs), bench::median(eventsCpu),
                qlonglong(relationRows), bench::median(relationsMs), bench::median(relationsCpu));
    return 0;
}
