// JSON reader micro-benchmark: builds an ~80 MB synthetic native corpus in memory (about
// three million values, with Arabic, emoji and escapes in the texts), then prints parse
// speed, node memory and peak RSS, and the time of the whole native import (parse and
// validation). Usage: bench_jsonreader [--mb N] [--runs N] [--parse-only] [--save FILE].
// Prints numbers; asserts nothing.
#include "io/jsonreader.h"
#include "io/nativeimporter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <random>
#include <string>
#include <vector>

using namespace entente;

namespace {

double peakRssMiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

// CPU seconds of this thread: steadier than wall time when other processes share the cores.
double cpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

struct Word
{
    const char *utf8;
    int codePoints;
};

// Words as UTF-8 with their length in code points; the emoji is one code point.
constexpr Word kWords[] = {
    {"the", 3},
    {"forces", 6},
    {"agreed", 6},
    {"talks", 5},
    {"ceasefire", 9},
    {"Tripoli", 7},
    {"support", 7},
    {"minister", 8},
    {"\xD8\xB7\xD8\xB1\xD8\xA7\xD8\xA8\xD9\x84\xD8\xB3", 6}, // Arabic "Tripoli"
    {"\xD8\xAD\xD9\x83\xD9\x88\xD9\x85\xD8\xA9", 5},         // Arabic "government"
    {"\xF0\x9F\x98\x80", 1},                                 // emoji, outside the BMP
    {"Erdo\xC4\x9F"
     "an",
     7},
    {"drones", 6},
    {"training", 8},
    {"said", 4},
    {"\\\"quoted\\\"", 8}, // escaped quotes: 8 code points once unescaped
};

class Generator
{
public:
    explicit Generator(qint64 targetBytes) : m_target(targetBytes) {}

    QByteArray build()
    {
        m_out.reserve(m_target + m_target / 8);
        m_out += "{\n  \"format\": \"entente-corpus\",\n  \"version\": 1,\n";
        const int actors = 2000;
        const int places = 500;
        m_out += "  \"places\": [\n";
        for (int i = 0; i < places; ++i)
            m_out += "    {\"id\": \"p" + QByteArray::number(i) + "\", \"name\": \"Place " +
                     QByteArray::number(i) + "\", \"lat\": " + QByteArray::number(-60 + i % 120) +
                     ".25, \"lon\": " + QByteArray::number(-170 + i % 340) +
                     ".5, \"kind\": \"city\"}" + (i + 1 < places ? ",\n" : "\n");
        m_out += "  ],\n  \"actors\": [\n";
        for (int i = 0; i < actors; ++i)
            m_out += "    {\"id\": \"A" + QByteArray::number(i) + "\", \"name\": \"Actor " +
                     QByteArray::number(i) + "\", \"kind\": \"state\", \"base\": \"p" +
                     QByteArray::number(i % places) + "\", \"aliases\": [\"X" +
                     QByteArray::number(i) + "\"]}" + (i + 1 < actors ? ",\n" : "\n");
        m_out += "  ],\n  \"articles\": [\n";
        // Articles fill most of the target; events and relations the last fifth.
        int articles = 0;
        while (m_out.size() < m_target * 4 / 5) {
            if (articles)
                m_out += ",\n";
            article(articles++, actors);
        }
        m_out += "\n  ],\n  \"events\": [\n";
        int events = 0;
        while (m_out.size() < m_target * 9 / 10) {
            if (events)
                m_out += ",\n";
            const int a = int(m_rng() % m_spans.size());
            const int id = events++;
            m_out += "    {\"id\": \"e" + QByteArray::number(id) +
                     "\", \"type\": \"meeting\", \"date\": \"2019-11-" +
                     QByteArray::number(10 + events % 19) + "\", \"title\": \"Event\", " +
                     "\"participants\": [{\"actor\": \"A" + QByteArray::number(events % actors) +
                     "\", \"role\": \"host\"}], \"evidence\": [" + evidence(a) + "]}";
        }
        m_out += "\n  ],\n  \"relations\": [\n";
        int relations = 0;
        while (m_out.size() < m_target) {
            if (relations)
                m_out += ",\n";
            const int a = int(m_rng() % m_spans.size());
            const int id = relations++;
            m_out += "    {\"id\": \"r" + QByteArray::number(id) + "\", \"source\": \"A" +
                     QByteArray::number(relations % actors) + "\", \"target\": \"A" +
                     QByteArray::number((relations * 7 + 1) % actors) +
                     "\", \"type\": \"supports\", \"confidence\": 0.75, \"valid\": "
                     "\"2019-04-04/..\", \"evidence\": [" +
                     evidence(a) + "]}";
        }
        m_out += "\n  ]\n}\n";
        std::printf("synthetic corpus: %d articles, %d events, %d relations, %.1f MB\n", articles,
                    events, relations, double(m_out.size()) / 1e6);
        return std::move(m_out);
    }

private:
    struct Span
    {
        int article;
        int start;
        int end;
        int word;
    };

    QByteArray evidence(int spanIndex)
    {
        const Span &s = m_spans[size_t(spanIndex)];
        return "{\"article\": \"t" + QByteArray::number(s.article) +
               "\", \"start\": " + QByteArray::number(s.start) +
               ", \"end\": " + QByteArray::number(s.end) + ", \"quote\": \"" + kWords[s.word].utf8 +
               "\"}";
    }

    void article(int index, int actors)
    {
        m_out += "    {\n      \"id\": \"t" + QByteArray::number(index) +
                 "\",\n      \"title\": \"Article " + QByteArray::number(index) +
                 "\",\n      \"published\": \"2019-11-28\",\n      \"language\": \"en\",\n"
                 "      \"text\": \"";
        constexpr int kWordsPerArticle = 160;
        constexpr int nWords = int(std::size(kWords));
        std::vector<std::pair<int, int>> spans; // (start, word) for the mentions
        int codePoint = 0;
        for (int w = 0; w < kWordsPerArticle; ++w) {
            const int word = int(m_rng() % nWords);
            if (w % 5 == 2 && spans.size() < 30)
                spans.emplace_back(codePoint, word);
            m_out += kWords[word].utf8;
            codePoint += kWords[word].codePoints;
            m_out += w % 40 == 39 ? "\\n" : " ";
            codePoint += 1;
        }
        m_out += "\",\n      \"mentions\": [\n";
        for (size_t m = 0; m < spans.size(); ++m) {
            const auto [start, word] = spans[m];
            const int end = start + kWords[word].codePoints;
            m_out += "        {\"start\": " + QByteArray::number(start) +
                     ", \"end\": " + QByteArray::number(end) + ", \"actor\": \"A" +
                     QByteArray::number(int(m_rng() % unsigned(actors))) + "\", \"quote\": \"" +
                     kWords[word].utf8 + "\"}" + (m + 1 < spans.size() ? ",\n" : "\n");
            if (m % 10 == 0)
                m_spans.push_back(Span{index, start, end, word});
        }
        m_out += "      ]\n    }";
    }

    qint64 m_target;
    QByteArray m_out;
    std::mt19937 m_rng{42};
    std::vector<Span> m_spans;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    qint64 mb = 80;
    if (const qsizetype i = app.arguments().indexOf(QStringLiteral("--mb")); i > 0)
        mb = app.arguments().value(i + 1).toLongLong();
    int runs = 3;
    if (const qsizetype i = app.arguments().indexOf(QStringLiteral("--runs")); i > 0)
        runs = std::max(1, app.arguments().value(i + 1).toInt());

    QElapsedTimer timer;
    timer.start();
    const QByteArray json = Generator(mb * 1000 * 1000).build();
    std::printf("generated in %lld ms; peak RSS before parsing: %.0f MiB\n", timer.elapsed(),
                peakRssMiB());
    if (const qsizetype i = app.arguments().indexOf(QStringLiteral("--save")); i > 0) {
        QFile out(app.arguments().value(i + 1));
        if (!out.open(QIODevice::WriteOnly) || out.write(json) != json.size())
            std::fprintf(stderr, "cannot write %s\n", qPrintable(out.fileName()));
    }

    std::vector<double> seconds;
    std::vector<double> cpu;
    qsizetype nodes = 0;
    qint64 nodeBytes = 0;
    for (int run = 0; run < runs; ++run) {
        timer.restart();
        const double cpuStart = cpuSeconds();
        JsonError error;
        const auto doc = JsonReader().parse(json, &error);
        cpu.push_back(cpuSeconds() - cpuStart);
        seconds.push_back(double(timer.nsecsElapsed()) / 1e9);
        if (!doc) {
            std::fprintf(stderr, "parse failed at %d:%d: %s\n", error.line, error.column,
                         qPrintable(error.message));
            return 1;
        }
        nodes = doc->nodeCount();
        nodeBytes = doc->memoryUsage();
    }
    std::sort(seconds.begin(), seconds.end());
    std::sort(cpu.begin(), cpu.end());
    const double mbytes = double(json.size()) / 1e6;
    std::printf("parse: wall best %.0f ms, median %.0f ms -> %.0f MB/s; CPU best %.0f ms -> "
                "%.0f MB/s\n",
                seconds[0] * 1e3, seconds[seconds.size() / 2] * 1e3, mbytes / seconds[0],
                cpu[0] * 1e3, mbytes / cpu[0]);
    const double usedMiB = double(nodes) * 16 / 1048576.0; // a node is 16 bytes
    std::printf("nodes: %lld (one per value, none per key), %.1f MiB used (%.2f bytes per source byte), "
                "%.1f MiB reserved (untouched pages cost nothing); peak RSS after parsing: "
                "%.0f MiB\n",
                qlonglong(nodes), usedMiB, usedMiB * 1048576.0 / double(json.size()),
                double(nodeBytes) / 1048576.0, peakRssMiB());

    if (app.arguments().contains(QStringLiteral("--parse-only")))
        return 0;
    timer.restart();
    const double cpuStart = cpuSeconds();
    const ParsedFile file =
        NativeImporter().readData(json, QStringLiteral("synthetic.json"), EmptyProjectLookup());
    const qint64 importMs = timer.elapsed();
    const double importCpuMs = (cpuSeconds() - cpuStart) * 1e3;
    if (!file.ok()) {
        std::fprintf(stderr, "import refused: %s\n", qPrintable(file.errors.value(0).toString()));
        return 1;
    }
    qsizetype mentions = 0;
    for (const Article &a : file.corpus.articles)
        mentions += a.mentions.size();
    std::printf("native import (parse + validate + build Corpus): wall %lld ms, CPU %.0f ms; "
                "%lld mentions, %lld warnings; peak RSS: %.0f MiB\n",
                importMs, importCpuMs, qlonglong(mentions), qlonglong(file.warnings.size()),
                peakRssMiB());
    return 0;
}
