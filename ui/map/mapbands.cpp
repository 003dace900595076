#include "mapbands.h"

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
        p->setMaxThreadCount(3);
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
    QVector<std::pair<int, int>> bands;
    if (rows <= 0)
        return bands;
    constexpr int kMinRows = 64; // below that a band is not worth a thread
    count = std::clamp(std::min(count, rows / kMinRows), 1, 4);
    int first = 0;
    for (int i = 1; i < count; ++i) {
        int end = int(std::lround(double(rows) * i / count));
        // The next row down that starts a whole logical pixel (at most a few rows away).
        while (end < rows && !wholeLogical(end, devicePixelRatio))
            ++end;
        if (end <= first || end >= rows)
            continue;
        bands.append({first, end});
        first = end;
    }
    bands.append({first, rows});
    return bands;
}

int MapBands::preferredCount()
{
    return std::clamp(QThread::idealThreadCount(), 1, 4);
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
