#pragma once

#include <QImage>
#include <QVector>

#include <functional>
#include <utility>

namespace entente {

// Paints an image of the map in horizontal bands at the same time, one per core: a cold
// frame (basemap, then the scene over it) costs a little more in all but finishes in about
// half the time on two cores. Every band paints the same things clipped to its rows, so
// the pixels are those of one painter on the whole image.
class MapBands final
{
public:
    // Bands [first, end) of `rows` device pixel rows: `count` of about equal height, each
    // starting on a row that is a whole logical pixel at `devicePixelRatio` (so marks
    // copied from pre-drawn images keep their places). Fewer when the image is too low.
    static QVector<std::pair<int, int>> split(int rows, qreal devicePixelRatio, int count);
    // The same for rows of unequal cost (`costs`, one per row, any unit): bands of about
    // equal total cost, so that none waits long for the others.
    static QVector<std::pair<int, int>> split(const QVector<double> &costs, qreal devicePixelRatio,
                                              int count);
    // How many bands a frame can be painted in: the cores there are, at most four.
    static int preferredCount();
    // How many it is painted in now: the cores not busy with Entente's background work
    // (backgroundPool()), at least one. A network picture drawn on a worker meanwhile
    // would share its core with a band, and the last of the two to finish is what the
    // analyst waits for.
    static int countNow();

    // Runs `work(index)` for indices 0 .. count - 1 at the same time, the last on the
    // calling thread and the others on the map's own worker threads (kept alive, so their
    // thread-local sprite images stay); returns when all are done.
    static void run(qsizetype count, const std::function<void(qsizetype index)> &work);

    // A QImage on rows [first, end) of `image` that shares its pixels; `image` must not be
    // shared (it is detached first) and must outlive the band. Make the bands before run():
    // detaching from several threads at once is a race.
    static QImage band(QImage &image, int first, int end);
};

} // namespace entente
