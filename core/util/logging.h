#pragma once

#include <QString>

#include <spdlog/spdlog.h>

namespace entente {

// Sets up the default spdlog logger: stderr plus a rotating file in the app data folder
// (QStandardPaths::AppDataLocation/logs/entente.log). Returns the log file's path, or an
// empty string when the file could not be opened (then only stderr is used).
QString setUpLogging(spdlog::level::level_enum level);

// "trace", "debug", "info", "warn", "error", "critical", "off"; nullopt otherwise.
std::optional<spdlog::level::level_enum> logLevelFromString(const QString &name);

} // namespace entente
