#pragma once

#include "exportoptions.h"
#include "exportsource.h"

#include <QImage>

class QIODevice;
class QPainter;

namespace entente {

// Writes a view, the three views or the report to a file in PDF, SVG or PNG through one
// render path (ViewFrame / ReportWriter on any QPainter). The file is written to a
// temporary file beside the target and renamed at the end, so a failed export leaves
// nothing behind.
class Exporter
{
public:
    // False with a translated message in *error (bad combination, unwritable path...).
    static bool exportToFile(const QString &fileName, const ExportOptions &options, ExportSource &source,
                             QString *error);
    static bool exportToDevice(QIODevice *device, const ExportOptions &options, ExportSource &source,
                               QString *error);
    // A small rendering of the first page, for the dialog's live preview.
    static QImage preview(const ExportOptions &options, ExportSource &source, const QSize &maxSize);
    // Draws one page of a view export (not the report) in points.
    static void paintPage(QPainter &painter, const QSizeF &page, const ExportOptions &options,
                          ExportSource &source);
    // PNG size in pixels for the options' page and DPI.
    static QSize pixelSize(const ExportOptions &options);
};

} // namespace entente
