#include "commands.h"
#include "output.h"

#include "jobs/importjob.h"
#include "store/project.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace entente::cli {

namespace {

void printDiagnostics(QTextStream &stream, const Diagnostics &list)
{
    for (const Diagnostic &d : list)
        stream << d.toString() << '\n';
}

void printReport(const QString &projectPath, int fileCount, const ImportReport &report)
{
    out() << tr("imported %n file(s) into %1 in %2 s", nullptr, fileCount)
                 .arg(projectPath, QString::number(report.seconds, 'f', 2))
          << '\n';
    out() << qSetFieldWidth(10) << Qt::left << tr("kind") << Qt::right << tr("added")
          << tr("updated") << tr("unchanged") << qSetFieldWidth(0) << '\n';
    const std::array<QString, kEntityKindCount> names{tr("articles"), tr("actors"), tr("places"),
                                                      tr("events"), tr("relations")};
    for (int k = 0; k < kEntityKindCount; ++k) {
        const ImportCounts &c = report.counts[size_t(k)];
        out() << qSetFieldWidth(10) << Qt::left << names[size_t(k)] << Qt::right << c.added
              << c.updated << c.unchanged << qSetFieldWidth(0) << '\n';
    }
    out() << Qt::left;
    if (!report.changes.isEmpty()) {
        out() << tr("changed fields (%n):", nullptr, int(report.changes.size())) << '\n';
        for (const ImportChange &c : report.changes)
            out() << "  " << entityKindKey(c.kind) << ' ' << c.id << '.' << c.field << ": "
                  << c.oldValue << " -> " << c.newValue << '\n';
    }
    if (!report.warnings.isEmpty()) {
        out() << tr("warnings (%n):", nullptr, int(report.warnings.size())) << '\n';
        printDiagnostics(out(), report.warnings);
    }
}

} // namespace

int runImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Imports corpus files into a project, creating the project when it does not exist. "
           "Every file is checked before anything is written: if any file has an error, "
           "nothing is imported and the project is left as it was."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("project"), tr("The project file (.entente)."),
                                 QStringLiteral("PROJECT"));
    parser.addPositionalArgument(QStringLiteral("files"), tr("Corpus files (.json)."),
                                 QStringLiteral("FILE..."));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          tr("Input format: native (default: detected)."),
                                          QStringLiteral("format"), QStringLiteral("auto"));
    parser.addOption(formatOption);
    if (!parser.parse(arguments)) {
        err() << "entente import: " << parser.errorText() << '\n';
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText().replace(QStringLiteral("entente [options]"),
                                           QStringLiteral("entente import [options]"));
        return Ok;
    }
    const QString format = parser.value(formatOption);
    if (format != QStringLiteral("auto") && format != QStringLiteral("native")) {
        err() << tr("entente import: unknown format '%1' (expected: native)").arg(format) << '\n';
        return Usage;
    }
    QStringList files = parser.positionalArguments();
    if (files.size() < 2) {
        err() << tr("Usage: entente import [--format native] PROJECT FILE...\n");
        return Usage;
    }
    const QString projectPath = files.takeFirst();

    // Validate before touching the project: a missing project is only created when
    // every file is good, so a failed import leaves no trace at all.
    const bool exists = QFileInfo::exists(projectPath);
    std::unique_ptr<Project> project;
    QString error;
    if (exists) {
        project = Project::open(projectPath, Project::OpenMode::OpenExisting, &error);
        if (!project) {
            err() << "entente import: " << error << '\n';
            return Failed;
        }
    }
    const ImportJob job;
    const EmptyProjectLookup nothing;
    const ImportJob::Parsed parsed =
        job.read(files, project ? static_cast<const ProjectLookup &>(*project) : nothing);
    if (!parsed.ok()) {
        printDiagnostics(err(), parsed.errors);
        printDiagnostics(err(), parsed.warnings);
        err() << tr("entente import: %n error(s); nothing was imported", nullptr,
                    int(parsed.errors.size()))
              << '\n';
        return Failed;
    }
    if (!project) {
        project = Project::open(projectPath, Project::OpenMode::CreateIfMissing, &error);
        if (!project) {
            err() << "entente import: " << error << '\n';
            return Failed;
        }
    }
    const ImportReport report = ImportJob::commit(*project, parsed);
    if (!report.ok()) {
        err() << "entente import: " << report.error << '\n';
        return Failed;
    }
    printReport(projectPath, int(files.size()), report);
    return Ok;
}

} // namespace entente::cli
