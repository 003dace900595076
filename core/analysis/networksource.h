#pragma once

#include "model/fuzzydate.h"
#include "model/vocabulary.h"

#include <QString>
#include <QVector>

namespace entente {

// The plain input of the network analysis, independent of the project store: whoever
// holds the data (the store, a snapshot, a test) fills it, and Network::build reads it.

struct NetworkActor
{
    QString id;
    QString name;
    ActorKind kind = ActorKind::Other;
    QString country; // ISO 3166-1 alpha-3 or empty
};

// One period of validity of one relation. An "as reported" relation arrives as several
// rows with the same id, one per reporting period; rows sharing an id are one relation:
// its evidenceCount and confidence are counted once per window (the largest among the
// rows that fall in it), so the filler may copy the relation's totals into every row.
struct NetworkRelation
{
    QString id;
    QString source;
    QString target;
    RelationType type = RelationType::Supports;
    QString aspect;
    QString via;                     // intermediary actor id or empty
    qint64 firstDay = kOpenPastDay;  // Julian day, inclusive; kOpenPastDay = open start
    qint64 lastDay = kOpenFutureDay; // Julian day, inclusive; kOpenFutureDay = open end
    bool undated = false;            // no date known: counts in every window
    int evidenceCount = 0;
    double confidence = 1.0;
    // Indices into NetworkSource::actors, for a filler that knows them (-1: found by id).
    // The ids are needed all the same: they name, order and normalise edges.
    int sourceActor = -1;
    int targetActor = -1;
    int viaActor = -1;
};

struct NetworkSource
{
    QVector<NetworkActor> actors;
    QVector<NetworkRelation> relations;
};

} // namespace entente
