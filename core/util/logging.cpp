#include "logging.h"

#include <QDir>
#include <QStandardPaths>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>

namespace entente {

QString setUpLogging(spdlog::level::level_enum level)
{
    std::vector<spdlog::sink_ptr> sinks;
    sinks.push_back(std::make_shared<spdlog::sinks::stderr_color_sink_mt>());

    QString logFile;
    const QString dir =
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/logs");
    if (QDir().mkpath(dir)) {
        logFile = dir + QStringLiteral("/entente.log");
        try {
            constexpr size_t kMaxBytes = 5 * 1024 * 1024;
            constexpr size_t kMaxFiles = 3;
            sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                logFile.toStdString(), kMaxBytes, kMaxFiles));
        } catch (const spdlog::spdlog_ex &) {
            logFile.clear(); // read-only home: keep logging to stderr only
        }
    }

    auto logger = std::make_shared<spdlog::logger>("entente", sinks.begin(), sinks.end());
    logger->set_level(level);
    logger->set_pattern("[%Y-%m-%d %H:%M:%S.%e] [%l] %v");
    logger->flush_on(spdlog::level::warn);
    spdlog::set_default_logger(logger);
    return logFile;
}

std::optional<spdlog::level::level_enum> logLevelFromString(const QString &name)
{
    const auto level = spdlog::level::from_str(name.toStdString());
    // from_str answers "off" for anything it does not know.
    if (level == spdlog::level::off && name != QStringLiteral("off"))
        return std::nullopt;
    return level;
}

} // namespace entente
