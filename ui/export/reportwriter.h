#pragma once

#include "exportoptions.h"
#include "exportsource.h"

class QIODevice;

namespace entente {

// The analyst report: a multi-page vector PDF with a title page (project, filter, time
// window, date of export), the three views one per page, tables of actors, events and
// relations, and the sources with every quote used.
//
// Bounded for big corpora (a 100k-event project stays within seconds and megabytes): each
// table lists at most its cap of items, the most evidenced first, with a line saying how
// many were left out; past kMaxEventRows events the event table is preceded by a
// per-month summary of all of them; the sources cover the items listed, up to kMaxQuotes
// quotes. The title page states these rules when they applied.
class ReportWriter
{
public:
    static constexpr int kMaxActorRows = 300;
    static constexpr int kMaxEventRows = 400;
    static constexpr int kMaxRelationRows = 400;
    static constexpr int kMaxQuotes = 600;
    static constexpr int kMaxCellChars = 600;

    ReportWriter(ExportSource &source, const ExportOptions &options);

    // Writes the PDF to an open device; false with a translated message on failure.
    bool write(QIODevice *device, QString *error) const;

private:
    ExportSource &m_source;
    ExportOptions m_options;
};

} // namespace entente
