#pragma once

#include "timelinegeometry.h"

#include <QPalette>
#include <QString>

#include <optional>

class QPainter;

namespace entente {

class TimelineStyle;

struct TimelineRenderOptions
{
    bool exporting = false;          // no hover, no selection highlights or connectors
    bool headers = true;             // the lane header column at the left
    std::optional<QPalette> palette; // e.g. a light one for print; else the view's
};

// The timeline's one paint routine: draws lanes, marks, spans, density bins, relation
// bars, the axis, the window shading and the selection for a TimelineGeometry into any
// QPainter (widget, QImage, QPdfWriter, QSvgGenerator). Only what is visible is drawn.
class TimelineRenderer
{
public:
    TimelineRenderer(const TimelineGeometry &geometry, const TimelineStyle &style);

    void render(QPainter &painter, const TimelineRenderOptions &options) const;

    // The label of a relation row under `actor`'s lane: "→ supports GNA", "← Turkey supports".
    static QString relationRowLabel(const Snapshot &snapshot, int relation, int actor);
    static QString laneLabel(const TimelineModel &model, int lane);

private:
    void drawLaneBackgrounds(QPainter &p, int first, int last, bool exporting) const;
    void drawGrid(QPainter &p) const;
    void drawLaneEvents(QPainter &p, int lane, const QVector<double> *bins, double maxBin) const;
    QVector<double> binsFor(int lane) const;
    void drawSpan(QPainter &p, const QRectF &r, const SnapshotEvent &e, const QColor &c) const;
    void drawRelations(QPainter &p, int lane, bool exporting) const;
    void drawHighlights(QPainter &p, int first, int last) const;
    void drawWindow(QPainter &p) const;
    void drawHeaders(QPainter &p, int first, int last, bool exporting) const;

    const TimelineGeometry &m_geo;
    const TimelineModel &m_model;
    const TimelineStyle &m_style;
};

} // namespace entente
