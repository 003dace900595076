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
    parser.addPositionalArgument(
        QStringLiteral("files"),
        tr("Files to import: native corpora (.json), brat documents (.txt with .ann), ACLED "
           "exports (.csv), GDELT event files; a folder stands for the files in it."),
        QStringLiteral("FILE..."));
    const QCommandLineOption formatOption(
        QStringLiteral("format"),
        tr("Input format: %1 (default: auto, detected from each file's content and extension).")
            .arg(importFormatNames().join(QStringLiteral(", "))),
        QStringLiteral("format"), QStringLiteral("auto"));
    parser.addOption(formatOption);
    const QCommandLineOption mappingOption(
        QStringLiteral("mapping"),
        tr("brat: a mapping file from brat types to actor kinds, relation and event types "
           "(see docs/formats/brat.md)."),
        QStringLiteral("file"));
    parser.addOption(mappingOption);
    const QCommandLineOption dateOption(
        QStringLiteral("document-date"),
        tr("brat: the publication date of documents whose file name does not start with one."),
        QStringLiteral("date"));
    parser.addOption(dateOption);
    if (!parser.parse(arguments)) {
        err() << "entente import: " << parser.errorText() << '\n';
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText().replace(QStringLiteral("entente [options]"),
                                           QStringLiteral("entente import [options]"));
        return Ok;
    }
    ImportOptions options;
    const QString format = parser.value(formatOption);
    if (format != QStringLiteral("auto")) {
        options.format = importFormatFromName(format);
        if (!options.format) {
            err() << tr("entente import: unknown format '%1' (expected: auto, %2)")
                         .arg(format, importFormatNames().join(QStringLiteral(", ")))
                  << '\n';
            return Usage;
        }
    }
    if (parser.isSet(mappingOption)) {
        QString error;
        const auto mapping = BratMapping::load(parser.value(mappingOption), &error);
        if (!mapping) {
            err() << "entente import: " << error << '\n';
            return Usage;
        }
        options.bratMapping = *mapping;
    }
    if (parser.isSet(dateOption)) {
        const auto date = FuzzyDate::parse(parser.value(dateOption));
        if (!date) {
            err() << tr("entente import: --document-date '%1' is not a date (expected "
                        "YYYY, YYYY-MM or YYYY-MM-DD)")
                         .arg(parser.value(dateOption))
                  << '\n';
            return Usage;
        }
        options.bratMapping.documentDate = *date;
    }
    QStringList files = parser.positionalArguments();
    if (files.size() < 2) {
        err() << tr("Usage: entente import [--format FORMAT] PROJECT FILE...\n");
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
    const ImportJob job(options);
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
    printReport(projectPath, int(parsed.files.size()), report);
    return Ok;
}

} // namespace entente::cli
