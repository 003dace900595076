#include "guilauncher.h"

#include "translations.h"

#include "mainwindow.h"
#include "util/logging.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

#include <cstdio>

namespace entente {

int runGui(int argc, char *argv[])
{
    QApplication app(argc, argv);
    installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "Entente::Cli", "Entente: timelines, actor maps and support networks from annotated news."));
    parser.addPositionalArgument(
        QStringLiteral("project"),
        QApplication::translate("Entente::Cli", "A project (.entente) or corpus (.json) to open."),
        QStringLiteral("[PROJECT]"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"), QApplication::translate("Entente::Cli", "Open the bundled demo corpus."));
    const QCommandLineOption shotOption(
        QStringLiteral("screenshot"),
        QApplication::translate("Entente::Cli", "Save a PNG of the window once drawn, then quit."),
        QStringLiteral("file"));
    const QCommandLineOption levelOption(
        QStringLiteral("log-level"),
        QApplication::translate("Entente::Cli", "trace, debug, info, warn, error or off."),
        QStringLiteral("level"), QStringLiteral("info"));
    parser.addOptions({demoOption, shotOption, levelOption});
    parser.process(app);

    const auto level = logLevelFromString(parser.value(levelOption));
    if (!level) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QApplication::translate(
                         "Entente::Cli", "entente: --log-level expects trace, debug, info, warn, "
                                         "error or off")));
        return 2;
    }
    const QString logFile = setUpLogging(*level);
    spdlog::info("Entente {} starting; log file {}", ENTENTE_VERSION, logFile.toStdString());

    MainWindow window;
    window.show();

    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty())
        window.openPath(positional.first());
    else if (parser.isSet(demoOption))
        window.openDemo();
    else
        window.openStartupProject();

    if (parser.isSet(shotOption)) {
        const QString file = parser.value(shotOption);
        // Give the views a few event-loop turns to lay out and paint first.
        QTimer::singleShot(1500, &window, [&window, file] {
            const bool ok = window.grab().save(file);
            spdlog::info("screenshot {} {}", file.toStdString(), ok ? "saved" : "FAILED");
            QApplication::exit(ok ? 0 : 1);
        });
    }
    return app.exec();
}

} // namespace entente
