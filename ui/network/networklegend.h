#pragma once

#include "networkgeometry.h"
#include "networkstyle.h"

#include <QCoreApplication>
#include <QRectF>
#include <QString>
#include <QVector>

class QPainter;

namespace entente {

// The key to the network picture: blocs with their member counts, the relation types and
// actor kinds on show, what node size means, and the balance summary. Listed as entries
// (so tests and other views can read it) and painted by one routine, along the bottom of
// the view and of exports alike.
struct NetworkLegendEntry
{
    enum class Kind { Summary, Heading, Bloc, Relation, Undated, AgainstSplit, Actor, Size };
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

    // The legend as a band across the bottom of a picture: each section (blocs, ties,
    // actors) starts a line and its entries flow on, wrapping to the band's width.
    static double height(const QVector<NetworkLegendEntry> &entries, const NetworkStyle &style,
                         double width);
    static void paint(QPainter &painter, const QRectF &band,
                      const QVector<NetworkLegendEntry> &entries, const NetworkStyle &style);

private:
    // Top-left corner of each entry, relative to the band; returns the band's height.
    static double layout(const QVector<NetworkLegendEntry> &entries, const NetworkStyle &style,
                         double width, QVector<QPointF> *positions);
};

} // namespace entente
