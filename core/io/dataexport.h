#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace entente {

class Project;

// The project's records handed back in other tools' formats, one folder each: CSV tables
// of events, actors and relations, or brat standoff documents. Shared by
// `entente export-data` and File > Export Data.
enum class DataFormat { Csv, Brat };

QString dataFormatName(DataFormat format); // "csv", "brat"
std::optional<DataFormat> dataFormatFromName(const QString &name);

struct DataExportResult
{
    QStringList files; // written
    QStringList notes; // translated: what the format could not carry
    QString error;     // translated; empty on success
    bool ok() const { return error.isEmpty(); }
};

// Writes into `folder`, creating it when missing. Files of the same names are replaced.
DataExportResult exportData(const Project &project, DataFormat format, const QString &folder);

} // namespace entente
