#pragma once

#include <QString>
#include <QStringList>

#include <functional>

namespace entente::cli {

// A headless subcommand: `entente <name> ...`. Each prints plain, script-friendly
// output on stdout, messages on stderr, and returns the process exit code.
struct Command
{
    const char *name;
    const char *summary; // translated at print time (context "Entente::Cli")
    std::function<int(const QStringList &arguments)> run;
    // Draws with widgets (export): runs under a QApplication, offscreen without a display.
    bool needsGui = false;
};

// Exit codes shared by every command.
enum ExitCode : int { Ok = 0, Failed = 1, Usage = 2 };

const Command *findCommand(const QString &name);
const QVector<Command> &commands();

// Builds the core application object, logging and translations, then runs the command
// named by argv[1] (or prints the top-level --help / --version).
int runHeadless(int argc, char *argv[]);

// The commands themselves, one file each.
int runImport(const QStringList &arguments);
int runInfo(const QStringList &arguments);
int runNetwork(const QStringList &arguments);
int runExport(const QStringList &arguments);
int runExportData(const QStringList &arguments);

} // namespace entente::cli
