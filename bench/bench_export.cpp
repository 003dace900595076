// Export benchmark (issue targets: the analyst report of the demo in <= 1 s; of the
// 100k-event synthetic corpus in <= 10 s and <= 20 MB). Times the hidden views' set-up
// (network layout) apart from the report itself, and a PNG and SVG of the three views.
// Usage: bench_export [--events N]. Prints numbers; asserts nothing.
#include "benchutil.h"
#include "corpusgenerator.h"

#include "export/exporter.h"
#include "export/exportviews.h"
#include "jobs/importjob.h"
#include "session/session.h"
#include "session/snapshotloader.h"
#include "store/project.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>

using namespace entente;

namespace {

bool importInto(const QString &corpus, const QString &projectPath)
{
    QString error;
    auto project = Project::open(projectPath, Project::OpenMode::CreateIfMissing, &error);
    if (!project)
        return false;
    ImportJob job;
    const ImportJob::Parsed parsed = job.read({corpus}, *project);
    return parsed.ok() && ImportJob::commit(*project, parsed).ok();
}

void benchProject(const char *label, const QString &projectPath, const QTemporaryDir &dir)
{
    QElapsedTimer t;
    t.start();
    const double cpuStart = bench::processCpuMs();
    std::shared_ptr<Project> project = Project::open(projectPath, Project::OpenMode::ReadOnly);
    auto snapshot = loadSnapshot(*project);
    Session session;
    session.setProject(project, snapshot, projectPath);
    const qint64 loadMs = t.restart();
    ExportViews views(&session);
    views.waitUntilReady(60000);
    const qint64 viewsMs = t.restart();
    const double setUpCpuMs = bench::processCpuMs() - cpuStart;
    std::printf("%s: %lld events, %lld relations, %lld actors; load %lld ms, views ready (analysis "
                "+ layout) %lld ms "
                "(CPU %.0f ms)\n",
                label, qint64(snapshot->events.size()), qint64(snapshot->relations.size()),
                qint64(snapshot->actors.size()), loadMs, viewsMs, setUpCpuMs);

    struct Case
    {
        ExportOptions::What what;
        ExportOptions::Format format;
        const char *name;
    };
    const Case cases[] = {
        {ExportOptions::What::Report, ExportOptions::Format::Pdf, "report.pdf"},
        {ExportOptions::What::All, ExportOptions::Format::Pdf, "all.pdf"},
        {ExportOptions::What::All, ExportOptions::Format::Svg, "all.svg"},
        {ExportOptions::What::All, ExportOptions::Format::Png, "all.png"},
    };
    for (const Case &c : cases) {
        ExportSource source;
        views.attach(source);
        ExportOptions options;
        options.what = c.what;
        options.format = c.format;
        options.orientation =
            c.what == ExportOptions::What::Report ? QPageLayout::Portrait : QPageLayout::Landscape;
        const QString file =
            dir.filePath(QLatin1String(label) + QLatin1Char('-') + QLatin1String(c.name));
        QString error;
        t.restart();
        const double cpu = bench::processCpuMs();
        const bool ok = Exporter::exportToFile(file, options, source, &error);
        const qint64 ms = t.elapsed();
        const double cpuMs = bench::processCpuMs() - cpu;
        std::printf("  %-12s %s %6lld ms (CPU %6.0f ms)  %8.2f MB%s\n", c.name,
                    ok ? "ok    " : "FAILED", ms, cpuMs, double(QFileInfo(file).size()) / 1e6,
                    ok ? "" : qPrintable(QStringLiteral("  ") + error));
        // What `entente export --view report` costs from opening the project: the target.
        if (c.what == ExportOptions::What::Report)
            std::printf("  %-12s        %6lld ms (CPU %6.0f ms)  from opening the project\n",
                        "report total", loadMs + viewsMs + ms, setUpCpuMs + cpuMs);
    }
    std::printf("  peak RSS %.0f MiB\n", bench::peakRssMiB());
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    GeneratorOptions options;
    const QStringList args = app.arguments();
    if (const qsizetype i = args.indexOf(QStringLiteral("--events")); i > 0)
        options.events = options.relations = args.value(i + 1).toInt();

    QTemporaryDir dir;
    const QString demo = dir.filePath(QStringLiteral("demo.entente"));
    if (!importInto(QStringLiteral(ENTENTE_SOURCE_DIR "/resources/demo/libya-2019-2021.json"),
                    demo)) {
        std::fprintf(stderr, "demo import failed\n");
        return 1;
    }
    benchProject("demo", demo, dir);

    const QString corpus = dir.filePath(QStringLiteral("synthetic.json"));
    const QString synthetic = dir.filePath(QStringLiteral("synthetic.entente"));
    {
        QFile out(corpus);
        QString error;
        if (!out.open(QIODevice::WriteOnly) || !writeSyntheticCorpus(&out, options, &error)) {
            std::fprintf(stderr, "generation failed: %s\n", qPrintable(error));
            return 1;
        }
    }
    if (!importInto(corpus, synthetic)) {
        std::fprintf(stderr, "synthetic import failed\n");
        return 1;
    }
    QFile::remove(corpus);
    benchProject("synthetic", synthetic, dir);
    return 0;
}
