#include "dataexport.h"

#include "bratwriter.h"
#include "csvexporter.h"

#include <QCoreApplication>
#include <QDir>

#include <spdlog/spdlog.h>

namespace entente {

QString dataFormatName(DataFormat format)
{
    return format == DataFormat::Csv ? QStringLiteral("csv") : QStringLiteral("brat");
}

std::optional<DataFormat> dataFormatFromName(const QString &name)
{
    for (DataFormat f : {DataFormat::Csv, DataFormat::Brat}) {
        if (name.compare(dataFormatName(f), Qt::CaseInsensitive) == 0)
            return f;
    }
    return std::nullopt;
}

DataExportResult exportData(const Project &project, DataFormat format, const QString &folder)
{
    DataExportResult result;
    if (!QDir().mkpath(folder)) {
        result.error = QCoreApplication::translate("Entente::DataExport",
                                                   "%1: the folder cannot be created.")
                           .arg(folder);
        return result;
    }
    if (format == DataFormat::Csv) {
        const CsvExporter::Result csv = CsvExporter(project).exportTo(folder);
        result.files = csv.files;
        result.error = csv.error;
    } else {
        const Corpus corpus = BratWriter::corpusFromProject(project);
        const BratWriter writer;
        QString error;
        if (!writer.writeFolder(corpus, folder, &result.notes, &error, &result.files))
            result.error = error;
    }
    if (result.ok())
        spdlog::info("exported {} as {}: {} files", folder.toStdString(),
                     dataFormatName(format).toStdString(), result.files.size());
    else
        spdlog::error("data export to {} failed: {}", folder.toStdString(),
                      result.error.toStdString());
    return result;
}

} // namespace entente
