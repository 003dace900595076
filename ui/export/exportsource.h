#pragma once

#include "session/filter.h"
#include "session/networkanalysis.h"
#include "session/snapshot.h"

#include <QRectF>
#include <QString>

#include <functional>
#include <memory>

class QPainter;

namespace entente {

class Project;

// Everything an export draws from: the snapshot, the filter and selection it is seen
// through, the network analysis (blocs, degree) and the project for evidence quotes.
// The map and network are drawn by their views' own paint routines, handed in as
// functions so that the export code needs no widget; a null one is drawn as a labelled
// "not available" frame.
struct ExportSource
{
    using ViewPainter = std::function<void(QPainter &painter, const QRectF &target)>;

    std::shared_ptr<const Snapshot> snapshot;
    const Project *project = nullptr; // for evidence quotes and articles; may be null
    Filter filter;
    Selection selection;
    std::shared_ptr<const NetworkAnalysis> analysis; // may be null: computed when needed
    QString projectName;
    ViewPainter timeline; // null = the whole timeline of the filter (ViewFrame)
    ViewPainter map;
    ViewPainter network;

    // The window the filter shows, or the snapshot's extent.
    DayRange shownDays() const;
    // "1 Apr 2019 – 30 Jun 2021", or "all dates".
    QString windowText() const;
    // The filter in words ("event types: …; actors: …"), "no filter" when empty.
    QString filterText() const;
    // Computes the analysis from the snapshot and filter when it is missing.
    const NetworkAnalysis &ensureAnalysis();
};

} // namespace entente
