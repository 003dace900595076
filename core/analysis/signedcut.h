#pragma once

#include <vector>

namespace entente {

// Cutting a group of actors in two along its enmities: the split step of bloc detection
// (step 5 of the heuristic in blocs.cpp), used by BalanceSolver.

struct SignedTie
{
    int other = -1;    // index of the other node
    double cost = 0.0; // > 0: the pair would rather be apart (net enemies); < 0: friends
};

struct SignedCut
{
    std::vector<char> side; // 0 or 1 per node; empty when no cut lowers the cost
    double gain = 0.0;      // summed cost of the pairs the cut separates (> 0)
};

// `ties` lists every node's ties both ways (symmetric costs). Finds a cut that lowers the
// sum of the costs of the pairs left on one side. Deterministic; each of at most
// `maxPasses` polishing passes is linear in the ties.
SignedCut cutInTwo(const std::vector<std::vector<SignedTie>> &ties, int maxPasses);

} // namespace entente
