// Layout benchmark: ForceLayout against Graphviz sfdp on a preferential-attachment graph
// (2,000 nodes, 20,000 edges, fixed seed), with quality figures for both layouts, and
// the time of bloc detection and betweenness at that size. Prints numbers only.

#include "analysis/blocs.h"
#include "analysis/centrality.h"
#include "analysis/forcelayout.h"
#include "analysis/network.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <random>
#include <set>
#include <sys/resource.h>
#include <vector>

using namespace entente;

namespace {

using Edge = std::pair<int, int>;

// CPU time of the whole process (all threads): with other jobs on the machine, wall
// time alone over-states the cost.
double cpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

// Barabasi-Albert style: each new node links to `m` distinct earlier nodes chosen with
// probability proportional to degree (a random endpoint of a random edge); a few extra
// preferential edges top the count up to exactly `edgeCount`.
std::vector<Edge> preferentialGraph(int nodes, int edgeCount, unsigned seed)
{
    std::mt19937 rng(seed);
    const int m = edgeCount / nodes;
    std::vector<Edge> edges;
    std::set<Edge> seen;
    std::vector<int> endpoints;
    auto add = [&](int a, int b) {
        const Edge key = std::minmax(a, b);
        if (a == b || !seen.insert(key).second)
            return false;
        edges.push_back(key);
        endpoints.push_back(a);
        endpoints.push_back(b);
        return true;
    };
    for (int a = 0; a <= m; ++a)
        for (int b = a + 1; b <= m; ++b)
            add(a, b);
    for (int v = m + 1; v < nodes; ++v) {
        int added = 0;
        while (added < m) {
            const int u = endpoints[rng() % endpoints.size()];
            if (add(v, u))
                ++added;
        }
    }
    while (int(edges.size()) < edgeCount) {
        const int a = endpoints[rng() % endpoints.size()];
        const int b = endpoints[rng() % endpoints.size()];
        add(a, b);
    }
    edges.resize(size_t(edgeCount));
    return edges;
}

// Coefficient of variation of edge lengths (std / mean): scale-free measure of how
// uniform the edge lengths are; force layouts aim at uniform lengths, lower is better.
double edgeLengthCv(const std::vector<QPointF> &pos, const std::vector<Edge> &edges)
{
    double sum = 0.0;
    double sum2 = 0.0;
    for (const auto &[a, b] : edges) {
        const QPointF d = pos[size_t(a)] - pos[size_t(b)];
        const double len = std::hypot(d.x(), d.y());
        sum += len;
        sum2 += len * len;
    }
    const double mean = sum / double(edges.size());
    return std::sqrt(std::max(0.0, sum2 / double(edges.size()) - mean * mean)) / mean;
}

// Mean edge length over mean distance between random pairs of nodes: whether linked
// nodes sit closer than unlinked ones at all (random placement about 1, lower is better).
double edgeToPairRatio(const std::vector<QPointF> &pos, const std::vector<Edge> &edges)
{
    double edgeSum = 0.0;
    for (const auto &[a, b] : edges) {
        const QPointF d = pos[size_t(a)] - pos[size_t(b)];
        edgeSum += std::hypot(d.x(), d.y());
    }
    std::mt19937 rng(3);
    double pairSum = 0.0;
    const int samples = 100'000;
    for (int k = 0; k < samples; ++k) {
        const QPointF d = pos[rng() % pos.size()] - pos[rng() % pos.size()];
        pairSum += std::hypot(d.x(), d.y());
    }
    return (edgeSum / double(edges.size())) / (pairSum / samples);
}

bool segmentsCross(QPointF p1, QPointF p2, QPointF q1, QPointF q2)
{
    auto orient = [](QPointF a, QPointF b, QPointF c) {
        const double v = (b.x() - a.x()) * (c.y() - a.y()) - (b.y() - a.y()) * (c.x() - a.x());
        return (v > 0) - (v < 0);
    };
    return orient(p1, p2, q1) * orient(p1, p2, q2) < 0 &&
           orient(q1, q2, p1) * orient(q1, q2, p2) < 0;
}

// Crossings estimated from a fixed sample of edge pairs that share no endpoint (all
// 2e8 pairs would take too long): the fraction that cross, and that fraction scaled to
// all such pairs. Fewer is more readable; the same sample is used for both layouts.
std::pair<double, double> crossingEstimate(const std::vector<QPointF> &pos,
                                           const std::vector<Edge> &edges, int samples)
{
    std::mt19937 rng(7);
    int crossing = 0;
    int tried = 0;
    while (tried < samples) {
        const Edge &e = edges[rng() % edges.size()];
        const Edge &f = edges[rng() % edges.size()];
        if (e.first == f.first || e.first == f.second || e.second == f.first ||
            e.second == f.second)
            continue;
        ++tried;
        if (segmentsCross(pos[size_t(e.first)], pos[size_t(e.second)], pos[size_t(f.first)],
                          pos[size_t(f.second)]))
            ++crossing;
    }
    const double fraction = double(crossing) / samples;
    const double pairs = double(edges.size()) * double(edges.size() - 1) / 2.0;
    return {fraction, fraction * pairs};
}

// Neighbourhood preservation: for each node v of degree k, the Jaccard overlap of its k
// graph neighbours with its k nearest nodes in the picture, averaged over nodes. It says
// whether what looks close is linked - what a reader of a network picture relies on
// (1 = perfect; a random placement scores about k/n).
double neighbourhoodPreservation(const std::vector<QPointF> &pos, const std::vector<Edge> &edges,
                                 int nodes)
{
    std::vector<std::vector<int>> adj(static_cast<size_t>(nodes));
    for (const auto &[a, b] : edges) {
        adj[size_t(a)].push_back(b);
        adj[size_t(b)].push_back(a);
    }
    double total = 0.0;
    int counted = 0;
    std::vector<std::pair<double, int>> dist(static_cast<size_t>(nodes));
    for (int v = 0; v < nodes; ++v) {
        const size_t k = adj[size_t(v)].size();
        if (k == 0)
            continue;
        for (int u = 0; u < nodes; ++u) {
            const QPointF d = pos[size_t(u)] - pos[size_t(v)];
            dist[size_t(u)] = {u == v ? 1e300 : d.x() * d.x() + d.y() * d.y(), u};
        }
        std::nth_element(dist.begin(), dist.begin() + long(k), dist.end());
        std::set<int> near;
        for (size_t i = 0; i < k; ++i)
            near.insert(dist[i].second);
        int common = 0;
        for (int u : adj[size_t(v)])
            common += near.count(u) ? 1 : 0;
        total += double(common) / double(2 * k - size_t(common));
        ++counted;
    }
    return total / std::max(1, counted);
}

void printQuality(const char *name, const std::vector<QPointF> &pos, const std::vector<Edge> &edges,
                  int nodes)
{
    const auto [fraction, estimate] = crossingEstimate(pos, edges, 200'000);
    std::printf("  %-12s edge-length CV %.3f | edge/pair length %.3f | crossing pairs %.4f "
                "(~%.3g in all) | neighbourhood preservation %.3f\n",
                name, edgeLengthCv(pos, edges), edgeToPairRatio(pos, edges), fraction, estimate,
                neighbourhoodPreservation(pos, edges, nodes));
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown\n");
    return QString::fromLatin1(file.readAll().split(' ').value(0)) + u'\n';
}

double childCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

struct SfdpResult
{
    double seconds = -1.0;
    double cpuSeconds = -1.0;
    std::vector<QPointF> positions;
};

SfdpResult runSfdp(const std::vector<Edge> &edges, int nodes)
{
    SfdpResult result;
    QTemporaryDir dir;
    const QString dotPath = dir.filePath(QStringLiteral("graph.dot"));
    QFile dot(dotPath);
    if (!dir.isValid() || !dot.open(QIODevice::WriteOnly | QIODevice::Text))
        return result;
    {
        QTextStream out(&dot);
        out << "graph G {\n";
        for (int v = 0; v < nodes; ++v)
            out << "  n" << v << ";\n";
        for (const auto &[a, b] : edges)
            out << "  n" << a << " -- n" << b << ";\n";
        out << "}\n";
    }
    dot.close();
    QProcess sfdp;
    QElapsedTimer timer;
    timer.start();
    const double cpu = childCpuSeconds();
    sfdp.start(QStringLiteral("sfdp"), {QStringLiteral("-Tplain"), dotPath});
    if (!sfdp.waitForFinished(600'000) || sfdp.exitCode() != 0)
        return result;
    result.seconds = timer.nsecsElapsed() / 1e9;
    result.cpuSeconds = childCpuSeconds() - cpu;
    result.positions.assign(size_t(nodes), QPointF());
    const QList<QByteArray> lines = sfdp.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() >= 4 && parts[0] == "node" && parts[1].startsWith('n')) {
            const int v = parts[1].mid(1).toInt();
            if (v >= 0 && v < nodes)
                result.positions[size_t(v)] = {parts[2].toDouble(), parts[3].toDouble()};
        }
    }
    return result;
}

// The same graph as a signed network: two hidden camps (even / odd halves of a seeded
// shuffle), ties positive inside a camp and negative across, 10% flipped as noise.
NetworkSource signedSource(const std::vector<Edge> &edges, int nodes)
{
    std::mt19937 rng(11);
    std::vector<int> camp(static_cast<size_t>(nodes));
    for (int v = 0; v < nodes; ++v)
        camp[size_t(v)] = int(rng() % 2);
    NetworkSource source;
    for (int v = 0; v < nodes; ++v)
        source.actors.append({QStringLiteral("a%1").arg(v, 4, 10, QLatin1Char('0')),
                              QStringLiteral("Actor %1").arg(v), ActorKind::Other, QString()});
    int id = 0;
    for (const auto &[a, b] : edges) {
        NetworkRelation r;
        r.id = QStringLiteral("r%1").arg(id++);
        r.source = source.actors[a].id;
        r.target = source.actors[b].id;
        const bool friendly = (camp[size_t(a)] == camp[size_t(b)]) != (rng() % 10 == 0);
        r.type = friendly ? RelationType::Supports : RelationType::Fights;
        r.evidenceCount = 1 + int(rng() % 4);
        r.firstDay = 2458850 + int(rng() % 700);
        r.lastDay = r.firstDay + int(rng() % 400);
        source.relations.append(r);
    }
    return source;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int nodes = 2000;
    const std::vector<Edge> edges = preferentialGraph(nodes, 20000, 2024);
    QVector<LayoutEdge> layoutInput;
    for (const auto &[a, b] : edges)
        layoutInput.append({a, b, 1.0});
    std::printf("graph: %d nodes, %zu edges (preferential attachment, seed 2024)\n", nodes,
                edges.size());

    double ours = 0.0;
    double oursCpu = 0.0;
    std::vector<QPointF> ourPositions;
    for (int threads : {1, 2}) {
        ForceLayoutSettings settings;
        settings.threads = threads;
        ForceLayout layout(settings);
        layout.setGraph(nodes, layoutInput);
        QElapsedTimer timer;
        timer.start();
        const double cpu = cpuSeconds();
        const int steps = layout.run(5000);
        const double seconds = timer.nsecsElapsed() / 1e9;
        const double cpuUsed = cpuSeconds() - cpu;
        std::printf("ForceLayout, %d thread(s): %.3f s wall, %.3f s CPU, %d iterations "
                    "(%.2f ms each), converged: %s\n",
                    threads, seconds, cpuUsed, steps, 1000.0 * seconds / std::max(1, steps),
                    layout.converged() ? "yes" : "no");
        if (threads == 2) {
            ours = seconds;
            oursCpu = cpuUsed;
            const QVector<QPointF> p = layout.positions();
            ourPositions.assign(p.begin(), p.end());
        }
    }

    std::printf("machine load (1 min): %s", qPrintable(loadAverage()));
    const SfdpResult sfdp = runSfdp(edges, nodes);
    if (sfdp.seconds < 0)
        std::printf("sfdp: not run (missing or failed)\n");
    else
        std::printf("sfdp -Tplain (process, parse and layout): %.3f s wall, %.3f s CPU; "
                    "sfdp / ForceLayout (2 threads) = %.2f wall, %.2f CPU\n",
                    sfdp.seconds, sfdp.cpuSeconds, sfdp.seconds / ours, sfdp.cpuSeconds / oursCpu);

    std::printf("quality:\n");
    printQuality("ForceLayout", ourPositions, edges, nodes);
    if (sfdp.seconds >= 0)
        printQuality("sfdp", sfdp.positions, edges, nodes);
    std::vector<QPointF> random(static_cast<size_t>(nodes));
    std::mt19937 rng(5);
    for (auto &p : random)
        p = QPointF(double(rng() % 100000), double(rng() % 100000));
    printQuality("random", random, edges, nodes);

    const NetworkSource source = signedSource(edges, nodes);
    QElapsedTimer timer;
    timer.start();
    const Network network = Network::build(source);
    const double buildSeconds = timer.nsecsElapsed() / 1e9;
    NetworkOptions window;
    window.fromDay = 2459000;
    window.toDay = 2459100;
    timer.restart();
    const Network windowed = Network::build(source, window);
    const double windowSeconds = timer.nsecsElapsed() / 1e9;
    timer.restart();
    const Blocs blocs = Blocs::detect(network);
    const double blocSeconds = timer.nsecsElapsed() / 1e9;
    // Worst case for the bloc heuristic: every tie hostile, so 2,000 singleton blocs
    // must be folded into two camps.
    NetworkSource hostile = source;
    for (NetworkRelation &relation : hostile.relations)
        relation.type = RelationType::Fights;
    const Network hostileNetwork = Network::build(hostile);
    timer.restart();
    const Blocs hostileBlocs = Blocs::detect(hostileNetwork);
    const double hostileSeconds = timer.nsecsElapsed() / 1e9;
    timer.restart();
    double cpu = cpuSeconds();
    const Centrality centrality = Centrality::compute(network);
    const double centralitySeconds = timer.nsecsElapsed() / 1e9;
    const double centralityCpu = cpuSeconds() - cpu;
    CentralityOptions oneThread;
    oneThread.threads = 1;
    timer.restart();
    cpu = cpuSeconds();
    Centrality::compute(network, oneThread);
    const double singleSeconds = timer.nsecsElapsed() / 1e9;
    const double singleCpu = cpuSeconds() - cpu;
    std::printf("network build (all time): %.3f s, %d nodes, %lld signed edges; "
                "one window: %.3f s, %lld edges\n",
                buildSeconds, network.nodeCount(), qlonglong(network.edges().size()), windowSeconds,
                qlonglong(windowed.edges().size()));
    std::printf("bloc detection: %.3f s, %d blocs, frustration %.0f (%d of %lld edges)\n",
                blocSeconds, blocs.blocCount(), blocs.frustration(), blocs.frustratedEdgeCount(),
                qlonglong(network.edges().size()));
    std::printf("bloc detection, all ties hostile: %.3f s, %d of %lld edges frustrated\n",
                hostileSeconds, hostileBlocs.frustratedEdgeCount(),
                qlonglong(hostileNetwork.edges().size()));
    std::printf("centrality (degrees + exact betweenness%s): %.3f s wall, %.3f s CPU "
                "(2 threads); %.3f s wall, %.3f s CPU (1 thread)\n",
                centrality.betweennessSampled() ? ", sampled" : "", centralitySeconds,
                centralityCpu, singleSeconds, singleCpu);
    return 0;
}
