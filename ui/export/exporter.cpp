#include "exporter.h"

#include "exportstyle.h"
#include "reportpager.h"
#include "reportwriter.h"
#include "viewframe.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <cmath>

namespace entente {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Entente::Export", text);
}

QString documentTitle(const ExportOptions &options, const ExportSource &source)
{
    if (!options.title.isEmpty())
        return options.title;
    const QString what = ExportOptions::whatLabel(options.what);
    return source.projectName.isEmpty() ? what : tr("%1 — %2").arg(source.projectName, what);
}

} // namespace

QSize Exporter::pixelSize(const ExportOptions &options)
{
    const QSizeF pts = options.pageSizePoints();
    return QSize(int(std::lround(pts.width() * options.dpi / 72.0)), int(std::lround(pts.height() * options.dpi / 72.0)));
}

void Exporter::paintPage(QPainter &painter, const QSizeF &page, const ExportOptions &options, ExportSource &source)
{
    painter.fillRect(QRectF(QPointF(0, 0), page), Qt::white);
    const double m = ReportPager::kMargin * 0.6;
    const QRectF area(m, m, page.width() - 2 * m, page.height() - 2 * m);
    if (options.what == ExportOptions::What::All || options.what == ExportOptions::What::Report) {
        ViewFrame::paintAll(painter, area, source);
    } else {
        // A single view carries the project and filter in a line at the bottom.
        const QFont small = ExportStyle::smallFont();
        const double h = QFontMetricsF(small).height() * 2 + 2;
        ViewFrame::paint(painter, area.adjusted(0, 0, 0, -h - 2), options.what, source);
        painter.setFont(small);
        painter.setPen(ExportStyle::muted());
        const QString line = tr("%1 · %2 · made with Entente")
                                 .arg(source.projectName.isEmpty() ? tr("Untitled project") : source.projectName,
                                      source.filterText());
        painter.drawText(QRectF(area.left(), area.bottom() - h, area.width(), h),
                         Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap, line);
    }
}

bool Exporter::exportToDevice(QIODevice *device, const ExportOptions &options, ExportSource &source, QString *error)
{
    if (!source.snapshot) {
        if (error)
            *error = tr("There is no project to export.");
        return false;
    }
    if (options.what == ExportOptions::What::Report) {
        if (options.format != ExportOptions::Format::Pdf) {
            if (error)
                *error = tr("The report is a multi-page document: export it as PDF.");
            return false;
        }
        return ReportWriter(source, options).write(device, error);
    }

    const QSizeF page = options.pageSizePoints();
    const QString title = documentTitle(options, source);
    QPainter painter;
    switch (options.format) {
    case ExportOptions::Format::Pdf: {
        QPdfWriter writer(device);
        writer.setResolution(72); // device units are points
        writer.setPageSize(QPageSize(options.pageSize));
        writer.setPageOrientation(options.orientation);
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Point);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Entente"));
        if (!painter.begin(&writer))
            break;
        painter.setRenderHint(QPainter::Antialiasing, true);
        paintPage(painter, page, options, source);
        return painter.end();
    }
    case ExportOptions::Format::Svg: {
        QSvgGenerator svg;
        svg.setOutputDevice(device);
        svg.setResolution(72);
        svg.setSize(page.toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), page));
        svg.setTitle(title);
        svg.setDescription(tr("Exported by Entente"));
        if (!painter.begin(&svg))
            break;
        painter.setRenderHint(QPainter::Antialiasing, true);
        paintPage(painter, page, options, source);
        return painter.end();
    }
    case ExportOptions::Format::Png: {
        QImage image(pixelSize(options), QImage::Format_ARGB32_Premultiplied);
        if (image.isNull()) {
            if (error)
                *error = tr("The image is too large for this DPI.");
            return false;
        }
        // Painted as a page of points, as the PDF is: a font sized in points takes its
        // size from the device's resolution, so at the PNG's own it would come out larger
        // by dpi/72 on top of the scale, over the room the views measured for it. The
        // resolution the file records is set after.
        const auto setDpi = [&image](double dpi) {
            image.setDotsPerMeterX(int(std::lround(dpi / 0.0254)));
            image.setDotsPerMeterY(int(std::lround(dpi / 0.0254)));
        };
        setDpi(72);
        image.fill(Qt::white);
        painter.begin(&image);
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.setRenderHint(QPainter::TextAntialiasing, true);
        painter.scale(options.dpi / 72.0, options.dpi / 72.0);
        paintPage(painter, page, options, source);
        painter.end();
        setDpi(options.dpi);
        image.setText(QStringLiteral("Title"), title);
        image.setText(QStringLiteral("Software"), QStringLiteral("Entente"));
        if (image.save(device, "PNG"))
            return true;
        break;
    }
    }
    if (error && error->isEmpty())
        *error = tr("Could not draw the export.");
    return false;
}

bool Exporter::exportToFile(const QString &fileName, const ExportOptions &options, ExportSource &source,
                            QString *error)
{
    if (options.what == ExportOptions::What::Report && options.format != ExportOptions::Format::Pdf) {
        if (error)
            *error = tr("The report is a multi-page document: export it as PDF.");
        return false;
    }
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(QFileInfo(fileName).absoluteFilePath(), file.errorString());
        return false;
    }
    if (!exportToDevice(&file, options, source, error)) {
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(QFileInfo(fileName).absoluteFilePath(), file.errorString());
        return false;
    }
    return true;
}

QImage Exporter::preview(const ExportOptions &options, ExportSource &source, const QSize &maxSize)
{
    const QSizeF page = options.pageSizePoints();
    const double scale = std::min(maxSize.width() / page.width(), maxSize.height() / page.height());
    QImage image((page * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    if (!source.snapshot)
        return image;
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.scale(scale, scale);
    if (options.what == ExportOptions::What::Report) {
        // The report's first view page stands for it (the title page says little).
        ExportOptions all = options;
        all.what = ExportOptions::What::All;
        paintPage(painter, page, all, source);
    } else {
        paintPage(painter, page, options, source);
    }
    return image;
}

} // namespace entente
