#include "commands.h"

#include "output.h"
#include "translations.h"

#include "util/logging.h"

#include <QCommandLineParser>
#include <QApplication>
#include <QCoreApplication>

#include <memory>

namespace entente::cli {

const QVector<Command> &commands()
{
    static const QVector<Command> list{
        {"import", QT_TRANSLATE_NOOP("Entente::Cli", "Import corpus files into a project"),
         runImport},
        {"info", QT_TRANSLATE_NOOP("Entente::Cli", "Print a project's counts, dates and actors"),
         runInfo},
        {"network",
         QT_TRANSLATE_NOOP("Entente::Cli",
                           "Write the support network of a time window (JSON, GEXF, GraphML)"),
         runNetwork},
        {"export", QT_TRANSLATE_NOOP("Entente::Cli", "Export a view or the analyst report as PDF, SVG or PNG"),
         runExport, true},
        {"export-data",
         QT_TRANSLATE_NOOP("Entente::Cli", "Write the project's records as CSV tables or brat documents"),
         runExportData},
    };
    return list;
}

const Command *findCommand(const QString &name)
{
    for (const Command &c : commands()) {
        if (name == QLatin1String(c.name))
            return &c;
    }
    return nullptr;
}

namespace {

int printTopLevelHelp()
{
    out() << tr("Usage: entente [options] [PROJECT]\n"
                "       entente COMMAND [options] ...\n\n"
                "Without a command, opens the main window (on PROJECT if given).\n\n"
                "Options:\n"
                "  --demo               open the bundled demo corpus\n"
                "  --screenshot FILE    save a PNG of the window once drawn, then quit\n"
                "  --log-level LEVEL    trace, debug, info, warn, error or off\n"
                "  -h, --help           show this help\n"
                "  -v, --version        show the version\n\n"
                "Commands:\n");
    for (const Command &c : commands())
        out() << QStringLiteral("  %1").arg(QLatin1String(c.name), -21)
              << QCoreApplication::translate("Entente::Cli", c.summary) << '\n';
    out() << tr("\nRun 'entente COMMAND --help' for a command's options.\n");
    return Ok;
}

} // namespace

int runHeadless(int argc, char *argv[])
{
    const Command *requested = argc > 1 ? findCommand(QString::fromLocal8Bit(argv[1])) : nullptr;
    std::unique_ptr<QCoreApplication> application;
    if (requested && requested->needsGui) {
        // Without a display, draw off screen rather than fail to connect to one.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
            qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication &app = *application;
    installTranslations(app);

    QStringList args = app.arguments();
    // --log-level applies to every command; take it out before the command parses.
    auto level = spdlog::level::warn;
    const qsizetype at = args.indexOf(QStringLiteral("--log-level"));
    if (at > 0) {
        const auto parsed = logLevelFromString(args.value(at + 1));
        if (!parsed) {
            err() << tr("entente: --log-level expects trace, debug, info, warn, error or off\n");
            return Usage;
        }
        level = *parsed;
        args.remove(at, 2);
    }
    setUpLogging(level);

    const Command *command = args.size() > 1 ? findCommand(args.at(1)) : nullptr;
    if (!command) {
        if (args.contains(QStringLiteral("--version")) || args.contains(QStringLiteral("-v"))) {
            out() << "entente " << QCoreApplication::applicationVersion() << '\n';
            return Ok;
        }
        return printTopLevelHelp();
    }
    args.removeAt(1); // the command's own parser sees "entente" + its options
    spdlog::info("running command {}", command->name);
    return command->run(args);
}

} // namespace entente::cli
