#pragma once

#include <vector>

namespace entente {

// A Barnes-Hut quadtree over weighted points, for the force layout's repulsion: far
// groups of points act as one mass at their centre, which makes a step O(n log n).
// Built afresh every step; read-only (and so shareable between threads) once built.
class QuadTree
{
public:
    void build(const std::vector<double> &x, const std::vector<double> &y,
               const std::vector<double> &mass);

    // Adds to (fx, fy) the repulsion at (x, y) from the points, each pushing away with
    // magnitude strength * mass_j / distance (points at (x, y) itself are skipped, which
    // leaves out the point being pushed). A cell of side s whose centre of mass lies at
    // distance d acts as a whole when s / d < theta and (x, y) is not inside it.
    void addRepulsion(double x, double y, double strength, double theta, double &fx,
                      double &fy) const;

private:
    // Cells are stored in depth-first order: a cell's children follow it, and `next`
    // is the first cell after its subtree, so a traversal needs no stack.
    struct Cell
    {
        double cx = 0.0; // centre of mass
        double cy = 0.0;
        double mass = 0.0;
        double x0 = 0.0; // lower corner
        double y0 = 0.0;
        double size = 0.0; // side length
        int next = 0;
        int begin = 0; // a leaf's points are m_px/m_py/m_pm[begin, end); -1 for inner cells
        int end = 0;
    };

    int buildCell(int begin, int end, double x0, double y0, double size, int depth);

    const std::vector<double> *m_x = nullptr;
    const std::vector<double> *m_y = nullptr;
    std::vector<Cell> m_cells;
    std::vector<int> m_order;
    // Points in tree order, so a leaf's points sit side by side in memory.
    std::vector<double> m_px;
    std::vector<double> m_py;
    std::vector<double> m_pm;
};

} // namespace entente
