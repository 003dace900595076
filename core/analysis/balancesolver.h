#pragma once

#include <vector>

namespace entente {

// The optimiser behind Blocs::detect: puts "groups" (actors bound by hierarchy ties) into
// blocs so that the summed cost of the pairs sharing a bloc is low. Blocs::detect turns
// actors and edges into groups and costs; the heuristic is described in blocs.cpp.

struct GroupTie
{
    int a = -1;
    int b = -1;
    double cost = 0.0; // > 0: a and b would rather be apart; ties of one pair add up
};

class BalanceSolver final
{
public:
    // Groups are 0 .. groupCount - 1; a tie with a == b only marks its group as taking
    // part. maxBlocs bounds the blocs of each connected part (0: no bound); maxPasses the
    // improvement passes and split rounds. Returns the bloc label of every group, equal
    // within a bloc, or -1 for a group that no tie mentions.
    static std::vector<int> solve(int groupCount, const std::vector<GroupTie> &ties, int maxBlocs,
                                  int maxPasses);
};

} // namespace entente
