// Project store benchmark: builds the synthetic scale corpus in memory (fixed seed:
// 10k articles of ~1.5 KB, 2k actors, 100k events, 100k relations, 1-2 evidence spans
// each), imports it into a temporary project and times the queries the views use.
// Prints numbers; asserts nothing.

#include "store/project.h"

#include "benchutil.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <random>
#include <time.h>

using namespace entente;

namespace {

// The scale corpus; --scale multiplies every count (e.g. 0.1 under a profiler).
double g_scale = 1.0;
int scaled(int count)
{
    return std::max(1, int(count * g_scale));
}
const int kArticles = 10'000;
const int kActors = 2'000;
const int kPlaces = 500;
const int kEvents = 100'000;
const int kRelations = 100'000;
const qint64 kFirstDay = QDate(2000, 1, 1).toJulianDay();
const qint64 kLastDay = QDate(2024, 12, 31).toJulianDay();

class Generator
{
public:
    explicit Generator(unsigned seed) : m_random(seed) {}

    int uniform(int low, int high)
    {
        return std::uniform_int_distribution<int>(low, high)(m_random);
    }
    bool chance(double p) { return std::bernoulli_distribution(p)(m_random); }

    FuzzyDate date()
    {
        const QDate d = QDate::fromJulianDay(uniform(int(kFirstDay), int(kLastDay)));
        if (chance(0.15))
            return FuzzyDate::fromYmd(d.year(), d.month());
        if (chance(0.03))
            return FuzzyDate::fromYmd(d.year());
        return FuzzyDate::fromYmd(d.year(), d.month(), d.day());
    }

    QString text(int bytes)
    {
        static const char *const words[] = {
            "the",      "forces",   "government", "agreement", "said",     "minister", "troops",
            "support",  "border",   "talks",      "ceasefire", "military", "city",     "ports",
            "advisers", "training", "offensive",  "officials", "reported", "near",     "allied",
            "drones",   "capital",  "envoy",      "statement", "aid",      "accord",   "south",
            "of",       "and",      "in",         "a",         "to",       "with",     "on"};
        QString s;
        s.reserve(bytes + 16);
        while (s.size() < bytes) {
            s += QLatin1String(words[uniform(0, int(std::size(words)) - 1)]);
            s += chance(0.08) ? QStringLiteral(". ") : QStringLiteral(" ");
        }
        return s;
    }

    // A span of a few words inside `text` (ASCII: code points = UTF-16 units).
    TextSpan span(const QString &text)
    {
        const int length = uniform(12, 80);
        const int start = uniform(0, int(text.size()) - length - 1);
        return TextSpan{start, start + length, text.mid(start, length)};
    }

private:
    std::mt19937 m_random;
};

Corpus buildCorpus()
{
    const int kArticles = scaled(::kArticles), kActors = scaled(::kActors);
    const int kPlaces = scaled(::kPlaces), kEvents = scaled(::kEvents);
    const int kRelations = scaled(::kRelations);
    Generator g(20240521);
    Corpus c;
    c.places.reserve(kPlaces);
    for (int i = 0; i < kPlaces; ++i) {
        c.places.append(Place{QStringLiteral("pl%1").arg(i), QStringLiteral("Place %1").arg(i),
                              g.uniform(-60, 70) + 0.5, g.uniform(-170, 170) + 0.25,
                              QStringLiteral("LBY"), PlaceKind::City});
    }
    c.actors.reserve(kActors);
    for (int i = 0; i < kActors; ++i) {
        Actor a;
        a.id = QStringLiteral("ac%1").arg(i);
        a.name = QStringLiteral("Actor %1").arg(i);
        a.kind = ActorKind(g.uniform(0, 7));
        if (g.chance(0.3))
            a.aliases = {QStringLiteral("Alias %1").arg(i)};
        if (g.chance(0.5))
            a.baseId = QStringLiteral("pl%1").arg(g.uniform(0, kPlaces - 1));
        c.actors.append(a);
    }
    const auto actorId = [&] { return QStringLiteral("ac%1").arg(g.uniform(0, kActors - 1)); };

    c.articles.reserve(kArticles);
    for (int i = 0; i < kArticles; ++i) {
        Article a;
        a.id = QStringLiteral("ar%1").arg(i);
        a.title = QStringLiteral("Report %1: ").arg(i) + g.text(40).trimmed();
        a.text = g.text(1500);
        a.source = QStringLiteral("Source %1").arg(g.uniform(0, 40));
        if (!g.chance(0.05))
            a.published = g.date();
        a.language = QStringLiteral("en");
        for (int m = g.uniform(3, 7); m > 0; --m)
            a.mentions.append(Mention{g.span(a.text), actorId(), {}});
        c.articles.append(std::move(a));
    }
    const auto evidence = [&] {
        QVector<Evidence> list;
        for (int n = g.uniform(1, 2); n > 0; --n) {
            const int article = g.uniform(0, kArticles - 1);
            list.append(Evidence{c.articles[article].id, g.span(c.articles[article].text)});
        }
        return list;
    };

    c.events.reserve(kEvents);
    for (int i = 0; i < kEvents; ++i) {
        Event e;
        e.id = QStringLiteral("ev%1").arg(i);
        e.type = QStringLiteral("clash");
        const FuzzyDate start = g.date();
        if (g.chance(0.05) && start.precision() == DatePrecision::Day) {
            const QDate end = QDate::fromJulianDay(start.firstDay() + g.uniform(1, 60));
            e.date =
                TimeSpan::interval(start, FuzzyDate::fromYmd(end.year(), end.month(), end.day()));
        } else {
            e.date = TimeSpan(start);
        }
        e.title = QStringLiteral("Event %1").arg(i);
        if (g.chance(0.5))
            e.placeId = QStringLiteral("pl%1").arg(g.uniform(0, kPlaces - 1));
        for (int p = g.uniform(1, 3); p > 0; --p)
            e.participants.append(Participant{actorId(), QStringLiteral("party")});
        e.evidence = evidence();
        c.events.append(std::move(e));
    }

    c.relations.reserve(kRelations);
    for (int i = 0; i < kRelations; ++i) {
        Relation r;
        r.id = QStringLiteral("re%1").arg(i);
        r.sourceId = actorId();
        r.targetId = actorId();
        r.type = RelationType(g.uniform(0, 9));
        if (g.chance(0.4)) {
            const FuzzyDate start = g.date();
            if (g.chance(0.1)) {
                r.valid = TimeSpan::interval(start, std::nullopt);
            } else {
                const QDate end = QDate::fromJulianDay(start.lastDay() + g.uniform(0, 3 * 365));
                r.valid = TimeSpan::interval(start, FuzzyDate::fromYmd(end.year(), end.month()));
            }
        }
        if (g.chance(0.8))
            r.confidence = g.uniform(5, 10) / 10.0;
        r.evidence = evidence();
        c.relations.append(std::move(r));
    }
    return c;
}

double median(QVector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[values.size() / 2];
}

struct Timing
{
    double wallMs = 0; // median wall time
    double cpuMs = 0;  // median CPU time (the machine may be shared)
};

// Medians of `runs` calls; `run(i)` returns a result size to print.
Timing timeMedian(int runs, const std::function<qsizetype(int)> &run, qsizetype *lastSize)
{
    QVector<double> wall, cpu;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        const double c = bench::processCpuMs();
        *lastSize = run(i);
        cpu.append(bench::processCpuMs() - c);
        wall.append(double(t.nsecsElapsed()) / 1e6);
    }
    return Timing{median(wall), median(cpu)};
}

QString peakRss()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return QString::fromLatin1(line.mid(6).trimmed());
    }
    return QStringLiteral("?");
}

// Builds the corpus, imports it into a new project at `path` (and once more, to time
// a merge that changes nothing) and prints the numbers.
bool buildAndImport(const QString &path, bool importOnly)
{
    QElapsedTimer timer;
    timer.start();
    const Corpus corpus = buildCorpus();
    std::printf("corpus built in memory: %.2f s (%lld articles, %lld actors, %lld events, "
                "%lld relations)\n",
                double(timer.nsecsElapsed()) / 1e9, qlonglong(corpus.articles.size()),
                qlonglong(corpus.actors.size()), qlonglong(corpus.events.size()),
                qlonglong(corpus.relations.size()));
    std::printf("peak RSS after building: %s\n", qPrintable(peakRss()));

    QFile::remove(path);
    auto project = Project::open(path, Project::OpenMode::CreateIfMissing);
    if (!project)
        return false;

    // CPU time too: on a shared machine the wall time also counts other processes.
    const std::clock_t cpuStart = std::clock();
    const ImportReport report =
        project->importFiles({FileToImport{QStringLiteral("synthetic"), corpus, {}}});
    const double cpuSeconds = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
    if (!report.ok()) {
        std::printf("import failed: %s\n", qPrintable(report.error));
        return false;
    }
    std::printf("import: %.3f s wall, %.3f s CPU, %lld rows, %.0f rows/s\n", report.seconds,
                cpuSeconds, qlonglong(report.rowsWritten), report.rowsPerSecond());
    if (importOnly)
        return true;
    const ImportReport again =
        project->importFiles({FileToImport{QStringLiteral("synthetic"), corpus, {}}});
    std::printf("re-import of the same corpus (all unchanged: %s): %.3f s\n",
                again.changes.isEmpty() ? "yes" : "no", again.seconds);
    project.reset(); // checkpoints the WAL into the file
    std::printf("project file: %.1f MB\n", double(QFileInfo(path).size()) / 1e6);

    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    spdlog::set_level(spdlog::level::warn);

    // bench_store [--import-only | --queries-only] [--scale F] [project path]: a path
    // keeps the project for a closer look; --import-only stops after the first import,
    // --queries-only times the queries on the project already at the path (both for
    // profiling one side).
    QStringList args = app.arguments().mid(1);
    const bool importOnly = args.removeAll(QStringLiteral("--import-only")) > 0;
    const bool queriesOnly = args.removeAll(QStringLiteral("--queries-only")) > 0;
    if (const qsizetype at = args.indexOf(QStringLiteral("--scale"));
        at >= 0 && at + 1 < args.size()) {
        g_scale = args.at(at + 1).toDouble();
        args.remove(at, 2);
    }
    QTemporaryDir dir;
    const QString path =
        !args.isEmpty() ? args.first() : dir.filePath(QStringLiteral("bench.entente"));
    if (!queriesOnly && !buildAndImport(path, importOnly))
        return 1;
    if (importOnly)
        return 0;

    // Open, as the app would, with a cold statement cache.
    auto project = Project::open(path, Project::OpenMode::ReadOnly);
    if (!project)
        return 1;

    constexpr int kRuns = 20;
    qsizetype size = 0;
    const auto print = [&](const char *what, const Timing &t) {
        std::printf("%-42s median %8.2f ms wall, %8.2f ms CPU  (%lld rows)\n", what, t.wallMs,
                    t.cpuMs, qlonglong(size));
    };
    const auto yearWindow = [](int i) {
        const qint64 from = QDate(2001 + i, 3, 1).toJulianDay();
        return std::pair(from, from + 364);
    };
    print("events in a 1-year window", timeMedian(
                                           kRuns,
                                           [&](int i) {
                                               const auto [from, to] = yearWindow(i);
                                               return project->eventsInWindow(from, to).size();
                                           },
                                           &size));
    print("relations valid in a 1-year window",
          timeMedian(
              kRuns,
              [&](int i) {
                  const auto [from, to] = yearWindow(i);
                  return project->relationsInWindow(from, to).size();
              },
              &size));
    print("all events, sorted (timeline load)",
          timeMedian(
              5, [&](int) { return project->events().size(); }, &size));
    print("all relations", timeMedian(
                               5, [&](int) { return project->relations().size(); }, &size));
    print("actors by relation count",
          timeMedian(
              kRuns, [&](int) { return project->actorRelationCounts().size(); }, &size));
    const QStringList queries = {QStringLiteral("ceasefire"), QStringLiteral("drones envoy"),
                                 QStringLiteral("\"military support\""), QStringLiteral("adv*"),
                                 QStringLiteral("Report 42")};
    print("full-text search (50 hits, snippets)",
          timeMedian(
              kRuns, [&](int i) { return project->search(queries[i % queries.size()]).size(); },
              &size));
    print("evidence of one relation",
          timeMedian(
              kRuns,
              [&](int i) {
                  return project
                      ->relationEvidence(QStringLiteral("re%1").arg(i * 4001 % scaled(kRelations)))
                      .size();
              },
              &size));
    print("article with mentions",
          timeMedian(
              kRuns,
              [&](int i) {
                  return qsizetype(
                      project->article(QStringLiteral("ar%1").arg(i * 397 % scaled(kArticles)))
                          .has_value());
              },
              &size));
    print("project stats",
          timeMedian(
              kRuns, [&](int) { return qsizetype(project->stats().events); }, &size));
    std::printf("peak RSS (VmHWM): %s\n", qPrintable(peakRss()));
    return 0;
}
