#include "mapbands.h"

#include "util/backgroundpool.h"

#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

namespace entente {

namespace {

QThreadPool &pool()
{
    static QThreadPool *threads = [] {
        auto *p = new QThreadPool; // never deleted: workers outlive every view
        // As many workers as bands beside the calling thread's, no more: the same threads
        // come back frame after frame, with the sprite images they made (MapSprites).
        p->setMaxThreadCount(std::max(1, MapBands::preferredCount() - 1));
        p->setExpiryTimeout(-1);
        return p;
    }();
    return *threads;
}

bool wholeLogical(int row, qreal devicePixelRatio)
{
    const double logical = row / devicePixelRatio;
    return std::abs(logical - std::round(logical)) < 1e-6;
}

} // namespace

QVector<std::pair<int, int>> MapBands::split(int rows, qreal devicePixelRatio, int count)
{
    return split(QVector<double>(std::max(rows, 0), 1.0), devicePixelRatio, count);
}

QVector<std::pair<int, int>> MapBands::split(const QVector<double> &costs, qreal devicePixelRatio,
                                             int count)
{
    QVector<std::pair<int, int>> bands;
    const int rows = int(costs.size());
    if (rows <= 0)
        return bands;
    constexpr int kMinRows = 64; // below that a band is not worth a thread
    count = std::clamp(std::min(count, rows / kMinRows), 1, 4);
    double total = 0;
    for (double c : costs)
        total += std::max(c, 0.0);
    int first = 0;
    int row = 0;
    double sum = 0;
    for (int i = 1; i < count; ++i) {
        // The first row past an equal share of the cost, then on to a whole logical pixel.
        const double share = total * i / count;
        while (row < rows && sum + std::max(costs[row], 0.0) <= share)
            sum += std::max(costs[row++], 0.0);
        int end = row;
        while (end < rows && !wholeLogical(end, devicePixelRatio))
            ++end;
        if (end <= first || end >= rows)
            continue;
        bands.append({first, end});
        first = end;
        for (; row < end; ++row)
            sum += std::max(costs[row], 0.0);
    }
    bands.append({first, rows});
    return bands;
}

int MapBands::preferredCount()
{
    return std::clamp(QThread::idealThreadCount(), 1, 4);
}

int MapBands::countNow()
{
    return std::max(1, preferredCount() - backgroundPool().activeThreadCount());
}

void MapBands::run(qsizetype count, const std::function<void(qsizetype index)> &work)
{
    QVector<QFuture<void>> others;
    for (qsizetype i = 0; i + 1 < count; ++i)
        others.append(QtConcurrent::run(&pool(), [&work, i] { work(i); }));
    if (count > 0)
        work(count - 1);
    for (QFuture<void> &f : others)
        f.waitForFinished();
}

QImage MapBands::band(QImage &image, int first, int end)
{
    uchar *bits = image.bits(); // detaches
    QImage part(bits + qsizetype(first) * image.bytesPerLine(), image.width(), end - first,
                image.bytesPerLine(), image.format());
    part.setDevicePixelRatio(image.devicePixelRatio());
    return part;
}

} // namespace entente
