#pragma once

#include <QFile>
#include <QString>

#include <algorithm>
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

inline double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace entente::bench
