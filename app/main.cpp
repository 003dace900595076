// Entente's entry point: sets up logging, then either runs a headless command
// (`entente import|info|...`) or opens the main window.
#include "commands/commands.h"
#include "guilauncher.h"

#include "util/logging.h"

#include <QCoreApplication>

#include <cstring>

namespace {

// Headless commands and --help/--version must work without a display, so they are
// recognised before any QApplication exists.
bool wantsHeadless(int argc, char *argv[])
{
    if (argc > 1 && entente::cli::findCommand(QString::fromLocal8Bit(argv[1])))
        return true;
    for (int i = 1; i < argc; ++i) {
        for (const char *flag : {"--help", "-h", "--version", "-v", "--help-all"}) {
            if (std::strcmp(argv[i], flag) == 0)
                return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("Entente"));
    QCoreApplication::setApplicationName(QStringLiteral("entente"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ENTENTE_VERSION));

    if (wantsHeadless(argc, argv))
        return entente::cli::runHeadless(argc, argv);
    return entente::runGui(argc, argv);
}
