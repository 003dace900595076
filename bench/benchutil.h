#pragma once

#include <QFile>
#include <QString>

#include <algorithm>
#include <ctime>
#include <vector>

// Small helpers shared by the benchmarks: they print numbers, they never assert times.
namespace entente::bench {

// Peak resident set size of this process so far, in MiB (VmHWM), or -1.
inline double peakRssMiB()
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

// CPU time of this process so far, in ms: on a shared machine wall time also counts
// the other processes, CPU time mostly does not.
inline double processCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

inline double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace entente::bench
