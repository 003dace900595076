#pragma once

#include "networkgeometry.h"
#include "networkstyle.h"

#include <QCoreApplication>
#include <QSizeF>
#include <QString>
#include <QVector>

class QPainter;

namespace entente {

// The key to the network picture: blocs with their member counts, the relation types and
// actor kinds on show, what node size means, and the balance summary. Listed as entries
// (so tests and other views can read it) and painted by one routine, in the view's
// corner and in exports alike.
struct NetworkLegendEntry
{
    enum class Kind { Summary, Heading, Bloc, Relation, Undated, Actor, Size };
    Kind kind = Kind::Heading;
    QString text;
    int bloc = -1;
    RelationType type = RelationType::Supports;
    ActorKind actorKind = ActorKind::Other;
};

class NetworkLegend
{
    Q_DECLARE_TR_FUNCTIONS(Entente::NetworkLegend)

public:
    static QVector<NetworkLegendEntry> entries(const NetworkAnalysis &analysis,
                                               const NetworkViewOptions &options);
    // "2 blocs · 3 ties against the split", or a note that there is nothing to split.
    static QString summary(const NetworkAnalysis &analysis);
    // A bloc by its best-connected members: "Turkey, GNA".
    static QString blocName(const NetworkAnalysis &analysis, int bloc);
    // "1 actor", "5 actors".
    static QString actors(int count);

    static QSizeF size(const QVector<NetworkLegendEntry> &entries, const NetworkStyle &style);
    // Draws the box with its top-left corner at `topLeft`.
    static void paint(QPainter &painter, QPointF topLeft,
                      const QVector<NetworkLegendEntry> &entries, const NetworkStyle &style);
};

} // namespace entente
