#pragma once

#include "exportoptions.h"
#include "exportsource.h"

class QIODevice;

namespace entente {

class ReportPager;
struct ReportContent;

// The analyst report: a multi-page vector PDF with a title page (project, filter, time
// window, date of export), the three views one per page, tables of blocs, actors, events
// and relations, and the sources with the quotes used (ReportContent says what, and how a
// big project is summarised). Pages are numbered "n of N": the content is flowed once
// without drawing to count them.
class ReportWriter
{
public:
    ReportWriter(ExportSource &source, const ExportOptions &options);

    // Writes the PDF to an open device; false with a translated message on failure.
    bool write(QIODevice *device, QString *error) const;

private:
    void compose(ReportPager &pager, const ReportContent &content) const;

    ExportSource &m_source;
    ExportOptions m_options;
};

} // namespace entente
