#pragma once

#include <QRectF>
#include <QVector>

#include <array>
#include <optional>
#include <vector>

namespace entente {

// Where labels may still go in a picture: the rectangles taken by labels and by marks
// (nodes, arrowheads, edge rings), bucketed on a coarse grid so a test costs a few
// comparisons whatever the number of actors; and the spots around a mark that a label is
// tried at, best first. Greedy placement asks for the first free spot, largest actors
// first, so the labels left out when crowded are the least important.
class NetworkLabelSpace
{
public:
    explicit NetworkLabelSpace(const QRectF &area);

    void addMark(const QRectF &rect) { m_marks.add(rect); }
    void addLabel(const QRectF &rect) { m_labels.add(rect); }
    bool isClearOfLabels(const QRectF &rect) const { return m_labels.isFree(rect); }
    // The first candidate inside the area and clear of labels, and of marks too unless
    // `overMarks`; none when every one is taken.
    std::optional<QRectF> firstFree(const QVector<QRectF> &candidates, bool overMarks) const;

    // A label of `size` around a mark of radius `r` at `centre`: below, right, above, left,
    // then (with `diagonals`) the four corners.
    static QVector<QRectF> aroundMark(QPointF centre, double r, QSizeF size, bool diagonals);
    // A label of `size` beside a point on an edge: above, below, right, left.
    static QVector<QRectF> besidePoint(QPointF point, QSizeF size);

private:
    class Grid
    {
    public:
        explicit Grid(const QRectF &area);
        bool isFree(const QRectF &rect) const;
        void add(const QRectF &rect);

    private:
        std::array<int, 4> span(const QRectF &rect) const;
        QRectF m_area;
        int m_cols;
        int m_rows;
        std::vector<std::vector<QRectF>> m_cells;
    };

    QRectF m_area;
    Grid m_labels;
    Grid m_marks;
};

} // namespace entente
