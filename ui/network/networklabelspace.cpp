#include "networklabelspace.h"

#include <algorithm>
#include <cmath>

namespace entente {

namespace {

constexpr double kGridCell = 48.0;

} // namespace

NetworkLabelSpace::Grid::Grid(const QRectF &area)
    : m_area(area), m_cols(std::max(1, int(std::ceil(area.width() / kGridCell)))),
      m_rows(std::max(1, int(std::ceil(area.height() / kGridCell)))),
      m_cells(size_t(m_cols) * size_t(m_rows))
{
}

std::array<int, 4> NetworkLabelSpace::Grid::span(const QRectF &r) const
{
    const auto col = [&](double v) {
        return std::clamp(int((v - m_area.left()) / kGridCell), 0, m_cols - 1);
    };
    const auto row = [&](double v) {
        return std::clamp(int((v - m_area.top()) / kGridCell), 0, m_rows - 1);
    };
    return {col(r.left()), col(r.right()), row(r.top()), row(r.bottom())};
}

bool NetworkLabelSpace::Grid::isFree(const QRectF &rect) const
{
    const auto [c0, c1, r0, r1] = span(rect);
    for (int y = r0; y <= r1; ++y) {
        for (int x = c0; x <= c1; ++x) {
            for (const QRectF &taken : m_cells[size_t(y) * size_t(m_cols) + size_t(x)]) {
                if (taken.intersects(rect))
                    return false;
            }
        }
    }
    return true;
}

void NetworkLabelSpace::Grid::add(const QRectF &rect)
{
    const auto [c0, c1, r0, r1] = span(rect);
    for (int y = r0; y <= r1; ++y)
        for (int x = c0; x <= c1; ++x)
            m_cells[size_t(y) * size_t(m_cols) + size_t(x)].push_back(rect);
}

NetworkLabelSpace::NetworkLabelSpace(const QRectF &area)
    : m_area(area), m_labels(area), m_marks(area)
{
}

std::optional<QRectF> NetworkLabelSpace::firstFree(const QVector<QRectF> &candidates,
                                                   bool overMarks) const
{
    for (const QRectF &c : candidates) {
        if (m_area.contains(c) && m_labels.isFree(c) && (overMarks || m_marks.isFree(c)))
            return c;
    }
    return std::nullopt;
}

QVector<QRectF> NetworkLabelSpace::aroundMark(QPointF centre, double r, QSizeF size, bool diagonals)
{
    const double x = centre.x();
    const double y = centre.y();
    const double w = size.width();
    const double h = size.height();
    QVector<QRectF> out{
        QRectF(x - w / 2, y + r + 1, w, h),
        QRectF(x + r + 3, y - h / 2, w, h),
        QRectF(x - w / 2, y - r - 1 - h, w, h),
        QRectF(x - r - 3 - w, y - h / 2, w, h),
    };
    if (diagonals) {
        const double d = r * 0.7;
        out << QRectF(x + d, y + d, w, h) << QRectF(x + d, y - d - h, w, h)
            << QRectF(x - d - w, y + d, w, h) << QRectF(x - d - w, y - d - h, w, h);
    }
    return out;
}

QVector<QRectF> NetworkLabelSpace::besidePoint(QPointF p, QSizeF size)
{
    const double w = size.width();
    const double h = size.height();
    return {
        QRectF(p.x() - w / 2, p.y() - h - 4, w, h),
        QRectF(p.x() - w / 2, p.y() + 4, w, h),
        QRectF(p.x() + 5, p.y() - h / 2, w, h),
        QRectF(p.x() - 5 - w, p.y() - h / 2, w, h),
    };
}

} // namespace entente
