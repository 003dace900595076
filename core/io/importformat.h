#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace entente {

// The input formats `entente import` and File > Import understand. The format of a file
// is found from its content first and its extension second; `--format` overrides both.
enum class ImportFormat { Native, Brat, Acled, Gdelt };

QString importFormatName(ImportFormat format); // "native", "brat", "acled", "gdelt"
std::optional<ImportFormat> importFormatFromName(const QString &name);
QStringList importFormatNames();

// The format of the file at `path`, or nullopt with a translated reason (not naming the
// file) in *why when
// neither its first bytes nor its extension say. Reads at most a few kilobytes.
std::optional<ImportFormat> detectImportFormat(const QString &path, QString *why = nullptr);

} // namespace entente
