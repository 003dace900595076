#include "analysis/signedcut.h"

#include <algorithm>
#include <cmath>
#include <utility>

// The relaxed cut is the sign of the leading eigenvector of the signed adjacency (friend
// +|c|, enemy -|c|), normalised by the degrees so that hubs do not take the whole vector
// (x <- x + D^-1/2 A D^-1/2 x: the shift keeps the spectrum of the iterated matrix in
// [0, 2], so power iteration finds the largest eigenvalue, not the largest in size). The
// iteration starts from the ends of the heaviest enmity, +1 and -1, so even a few steps
// give a cut spreading from the two rivals. Single moves between the halves (each node
// to the side where it costs less, until none moves) then polish the cut.

namespace entente {

namespace {

constexpr double kEpsilon = 1e-9;
constexpr int kPowerSteps = 100;
constexpr double kPowerTolerance = 1e-7; // largest change of an entry that counts as settled

} // namespace

SignedCut cutInTwo(const std::vector<std::vector<SignedTie>> &ties, int maxPasses)
{
    const size_t count = ties.size();
    std::vector<double> scale(count, 0.0);
    size_t seedA = count;
    size_t seedB = count;
    double heaviest = kEpsilon;
    for (size_t i = 0; i < count; ++i) {
        double degree = 0.0;
        for (const SignedTie &tie : ties[i]) {
            degree += std::abs(tie.cost);
            if (tie.cost > heaviest) { // strictly heavier: the first in index order wins
                heaviest = tie.cost;
                seedA = std::min(i, size_t(tie.other));
                seedB = std::max(i, size_t(tie.other));
            }
        }
        if (degree > 0.0)
            scale[i] = 1.0 / std::sqrt(degree);
    }
    if (seedA == count)
        return {}; // no enmity inside: nothing to gain

    std::vector<double> x(count);
    for (size_t i = 0; i < count; ++i) // a small deterministic spread breaks symmetries
        x[i] = 1e-3 * (double((unsigned(i) * 2654435761u) % 1024u) / 1024.0 - 0.5);
    x[seedA] = 1.0;
    x[seedB] = -1.0;
    std::vector<double> next(count);
    for (int step = 0; step < kPowerSteps; ++step) {
        double norm = 0.0;
        for (size_t i = 0; i < count; ++i) {
            double sum = 0.0;
            for (const SignedTie &tie : ties[i])
                sum -= tie.cost * scale[size_t(tie.other)] * x[size_t(tie.other)];
            next[i] = x[i] + scale[i] * sum;
            norm += next[i] * next[i];
        }
        norm = std::sqrt(norm);
        if (norm <= 0.0)
            break;
        double change = 0.0;
        for (size_t i = 0; i < count; ++i) {
            next[i] /= norm;
            change = std::max(change, std::abs(next[i] - x[i]));
        }
        x.swap(next);
        if (change < kPowerTolerance)
            break;
    }

    std::vector<char> side(count);
    for (size_t i = 0; i < count; ++i)
        side[i] = x[i] < 0.0 ? 1 : 0;
    for (int pass = 0; pass < maxPasses; ++pass) {
        bool moved = false;
        for (size_t i = 0; i < count; ++i) {
            double delta = 0.0; // cost change if i changes sides
            for (const SignedTie &tie : ties[i])
                delta += side[size_t(tie.other)] == side[i] ? -tie.cost : tie.cost;
            if (delta < -kEpsilon) {
                side[i] ^= 1;
                moved = true;
            }
        }
        if (!moved)
            break;
    }
    double gain = 0.0; // the cost of the pairs the cut separates
    for (size_t i = 0; i < count; ++i) {
        for (const SignedTie &tie : ties[i]) {
            if (i < size_t(tie.other) && side[size_t(tie.other)] != side[i])
                gain += tie.cost;
        }
    }
    if (gain <= kEpsilon)
        return {};
    return {std::move(side), gain};
}

} // namespace entente
