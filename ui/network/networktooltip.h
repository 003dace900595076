#pragma once

#include "session/networkanalysis.h"

#include <QCoreApplication>
#include <QString>

namespace entente {

// Rich-text tooltips of the network view: an actor with its bloc and ties, an edge with
// its evidence, validity and intermediaries.
class NetworkToolTip
{
    Q_DECLARE_TR_FUNCTIONS(Entente::NetworkToolTip)

public:
    static QString node(const NetworkAnalysis &analysis, int node);
    static QString edge(const NetworkAnalysis &analysis, int ref);

private:
    static QString ties(int n);
    static QString spans(int n);
};

} // namespace entente
