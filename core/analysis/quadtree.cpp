#include "analysis/quadtree.h"

#include <algorithm>
#include <cmath>

namespace entente {

namespace {
// A handful of points per leaf: summing them directly is cheaper than more cells.
constexpr int kLeafSize = 6;
// Below this many halvings of the root only (nearly) coincident points remain together.
constexpr int kMaxDepth = 40;
} // namespace

void QuadTree::build(const std::vector<double> &x, const std::vector<double> &y,
                     const std::vector<double> &mass)
{
    m_x = &x;
    m_y = &y;
    const int n = int(x.size());
    m_order.resize(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i)
        m_order[size_t(i)] = i;
    m_cells.clear();
    if (n == 0)
        return;
    const auto [minX, maxX] = std::minmax_element(x.begin(), x.end());
    const auto [minY, maxY] = std::minmax_element(y.begin(), y.end());
    const double size = std::max({*maxX - *minX, *maxY - *minY, 1e-9}) * 1.0001;
    buildCell(0, n, *minX, *minY, size, 0);
    m_px.resize(size_t(n));
    m_py.resize(size_t(n));
    m_pm.resize(size_t(n));
    for (int k = 0; k < n; ++k) {
        const size_t i = size_t(m_order[size_t(k)]);
        m_px[size_t(k)] = x[i];
        m_py[size_t(k)] = y[i];
        m_pm[size_t(k)] = mass[i];
    }
    // Masses and centres bottom-up: children come after their parent, so go backwards.
    for (int c = int(m_cells.size()) - 1; c >= 0; --c) {
        Cell &cell = m_cells[size_t(c)];
        double m = 0.0;
        double mx = 0.0;
        double my = 0.0;
        if (cell.begin >= 0) {
            for (int k = cell.begin; k < cell.end; ++k) {
                m += m_pm[size_t(k)];
                mx += m_pm[size_t(k)] * m_px[size_t(k)];
                my += m_pm[size_t(k)] * m_py[size_t(k)];
            }
        } else {
            for (int child = c + 1; child < cell.next; child = m_cells[size_t(child)].next) {
                const Cell &sub = m_cells[size_t(child)];
                m += sub.mass;
                mx += sub.mass * sub.cx;
                my += sub.mass * sub.cy;
            }
        }
        cell.mass = m;
        cell.cx = m > 0.0 ? mx / m : cell.x0 + cell.size / 2;
        cell.cy = m > 0.0 ? my / m : cell.y0 + cell.size / 2;
    }
}

int QuadTree::buildCell(int begin, int end, double x0, double y0, double size, int depth)
{
    const int index = int(m_cells.size());
    m_cells.push_back({0.0, 0.0, 0.0, x0, y0, size, 0, begin, end});
    if (end - begin <= kLeafSize || depth >= kMaxDepth) {
        m_cells[size_t(index)].next = int(m_cells.size());
        return index;
    }
    const auto &x = *m_x;
    const auto &y = *m_y;
    const double half = size / 2;
    const double midX = x0 + half;
    const double midY = y0 + half;
    int *first = m_order.data() + begin;
    int *last = m_order.data() + end;
    int *splitY = std::partition(first, last, [&](int i) { return y[size_t(i)] < midY; });
    int *splitX0 = std::partition(first, splitY, [&](int i) { return x[size_t(i)] < midX; });
    int *splitX1 = std::partition(splitY, last, [&](int i) { return x[size_t(i)] < midX; });
    const int bounds[5] = {begin, int(splitX0 - m_order.data()), int(splitY - m_order.data()),
                           int(splitX1 - m_order.data()), end};
    const double cornersX[4] = {x0, midX, x0, midX};
    const double cornersY[4] = {y0, y0, midY, midY};
    for (int q = 0; q < 4; ++q) {
        if (bounds[q + 1] > bounds[q])
            buildCell(bounds[q], bounds[q + 1], cornersX[q], cornersY[q], half, depth + 1);
    }
    Cell &cell = m_cells[size_t(index)];
    cell.begin = -1;
    cell.end = -1;
    cell.next = int(m_cells.size());
    return index;
}

void QuadTree::addRepulsion(double xi, double yi, double strength, double theta, double &fx,
                            double &fy) const
{
    const double theta2 = theta * theta;
    double sx = 0.0; // sum of mass_j * (p - p_j) / d^2, scaled by strength at the end
    double sy = 0.0;
    const int count = int(m_cells.size());
    int c = 0;
    while (c < count) {
        const Cell &cell = m_cells[size_t(c)];
        if (cell.begin >= 0) {
            for (int p = cell.begin; p < cell.end; ++p) {
                const double dx = xi - m_px[size_t(p)];
                const double dy = yi - m_py[size_t(p)];
                const double d2 = dx * dx + dy * dy;
                if (d2 > 0.0) {
                    const double f = m_pm[size_t(p)] / d2;
                    sx += dx * f;
                    sy += dy * f;
                }
            }
            c = cell.next;
            continue;
        }
        const double dx = xi - cell.cx;
        const double dy = yi - cell.cy;
        const double d2 = dx * dx + dy * dy;
        const bool inside =
            xi >= cell.x0 && xi < cell.x0 + cell.size && yi >= cell.y0 && yi < cell.y0 + cell.size;
        if (!inside && cell.size * cell.size < theta2 * d2) {
            const double f = cell.mass / d2;
            sx += dx * f;
            sy += dy * f;
            c = cell.next;
        } else {
            c = c + 1;
        }
    }
    fx += strength * sx;
    fy += strength * sy;
}

} // namespace entente
