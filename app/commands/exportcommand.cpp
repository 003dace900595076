#include "commands.h"
#include "output.h"

#include "export/exporter.h"
#include "export/exportviews.h"

#include "model/fuzzydate.h"
#include "session/session.h"
#include "session/snapshotloader.h"
#include "store/project.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>

namespace entente::cli {

namespace {

std::optional<qint64> parseDay(const QString &text, bool last)
{
    const auto date = FuzzyDate::parse(text);
    if (!date)
        return std::nullopt;
    return last ? date->lastDay() : date->firstDay();
}

} // namespace

int runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Exports a view, the three views side by side, or the multi-page analyst report of a "
           "project, as vector PDF, SVG or PNG. Works without a display."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("project"), tr("The project file (.entente)."),
                                 QStringLiteral("PROJECT"));
    const QCommandLineOption viewOption(QStringLiteral("view"),
                                        tr("What to export: timeline, map, network, all or report (default)."),
                                        QStringLiteral("VIEW"), QStringLiteral("report"));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          tr("pdf, svg or png (default: from the output file's suffix, else pdf)."),
                                          QStringLiteral("FORMAT"));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          tr("The file to write."), QStringLiteral("FILE"));
    const QCommandLineOption fromOption(QStringLiteral("from"), tr("Start of the time window (YYYY[-MM[-DD]])."),
                                        QStringLiteral("DATE"));
    const QCommandLineOption toOption(QStringLiteral("to"), tr("End of the time window (YYYY[-MM[-DD]])."),
                                      QStringLiteral("DATE"));
    const QCommandLineOption selectOption(
        QStringLiteral("select"),
        tr("An actor id narrows the export to that actor; an event or relation id is recorded as selected. "
           "Repeatable."),
        QStringLiteral("ID"));
    const QCommandLineOption pageOption(QStringLiteral("page"), tr("Page size: A4 (default) or Letter."),
                                        QStringLiteral("SIZE"), QStringLiteral("A4"));
    const QCommandLineOption landscapeOption(QStringLiteral("landscape"),
                                             tr("Landscape pages (the three views side by side always are)."));
    const QCommandLineOption dpiOption(QStringLiteral("dpi"), tr("PNG resolution (36-600, default 150)."),
                                       QStringLiteral("DPI"), QStringLiteral("150"));
    parser.addOptions({viewOption, formatOption, outputOption, fromOption, toOption, selectOption, pageOption,
                       landscapeOption, dpiOption});
    if (!parser.parse(arguments)) {
        err() << "entente export: " << parser.errorText() << '\n';
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText().replace(QStringLiteral("entente [options]"),
                                           QStringLiteral("entente export [options]"));
        return Ok;
    }
    const QString usage = tr("Usage: entente export PROJECT --view timeline|map|network|all|report "
                             "--format pdf|svg|png -o FILE [--from DATE] [--to DATE] [--select ID] "
                             "[--page A4|Letter] [--landscape] [--dpi N]\n");
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || !parser.isSet(outputOption)) {
        err() << usage;
        return Usage;
    }

    ExportOptions options;
    const QString output = parser.value(outputOption);
    const auto what = ExportOptions::whatFromKey(parser.value(viewOption));
    if (!what) {
        err() << tr("entente export: unknown view '%1' (expected timeline, map, network, all or report)\n")
                     .arg(parser.value(viewOption));
        return Usage;
    }
    options.what = *what;
    const QString formatText = parser.isSet(formatOption) ? parser.value(formatOption)
                                                          : QFileInfo(output).suffix();
    const auto format = ExportOptions::formatFromKey(formatText);
    if (!format && parser.isSet(formatOption)) {
        err() << tr("entente export: unknown format '%1' (expected pdf, svg or png)\n").arg(formatText);
        return Usage;
    }
    options.format = format.value_or(ExportOptions::Format::Pdf);
    if (options.what == ExportOptions::What::Report && options.format != ExportOptions::Format::Pdf) {
        err() << tr("entente export: the report is a multi-page document: use --format pdf\n");
        return Usage;
    }
    const QString page = parser.value(pageOption).toLower();
    if (page != QStringLiteral("a4") && page != QStringLiteral("letter")) {
        err() << tr("entente export: unknown page size '%1' (expected A4 or Letter)\n").arg(parser.value(pageOption));
        return Usage;
    }
    options.pageSize = page == QStringLiteral("letter") ? QPageSize::Letter : QPageSize::A4;
    options.orientation = parser.isSet(landscapeOption) || options.what == ExportOptions::What::All
                              ? QPageLayout::Landscape
                              : QPageLayout::Portrait;
    bool dpiOk = false;
    options.dpi = parser.value(dpiOption).toInt(&dpiOk);
    if (!dpiOk || options.dpi < 36 || options.dpi > 600) {
        err() << tr("entente export: --dpi expects a number from 36 to 600\n");
        return Usage;
    }
    std::optional<DayRange> window;
    for (const auto *option : {&fromOption, &toOption}) {
        if (!parser.isSet(*option))
            continue;
        const auto day = parseDay(parser.value(*option), option == &toOption);
        if (!day) {
            err() << tr("entente export: '%1' is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)\n")
                         .arg(parser.value(*option));
            return Usage;
        }
        if (!window)
            window = DayRange{};
        (option == &toOption ? window->last : window->first) = *day;
    }
    if (window && window->first > window->last) {
        err() << tr("entente export: --from is after --to\n");
        return Usage;
    }
    const QFileInfo outputInfo(output);
    if (!QFileInfo(outputInfo.absolutePath()).isDir() || !QFileInfo(outputInfo.absolutePath()).isWritable()) {
        err() << tr("entente export: cannot write %1: the folder does not exist or is not writable\n")
                     .arg(outputInfo.absoluteFilePath());
        return Failed;
    }

    QString error;
    std::shared_ptr<Project> project = Project::open(positional.first(), Project::OpenMode::ReadOnly, &error);
    if (!project) {
        err() << "entente export: " << error << '\n';
        return Failed;
    }
    QElapsedTimer timer;
    timer.start();
    std::shared_ptr<const Snapshot> snapshot = loadSnapshot(*project);
    Session session;
    session.setProject(project, snapshot, positional.first());
    Filter filter;
    filter.window = window;
    Selection selection;
    for (const QString &id : parser.values(selectOption)) {
        if (snapshot->actorIndex(id) >= 0)
            filter.actorIds.insert(id);
        else if (snapshot->eventIndex(id) >= 0)
            selection.events.insert(id);
        else if (snapshot->relationIndex(id) >= 0)
            selection.relations.insert(id);
        else {
            err() << tr("entente export: --select: no actor, event or relation has the id '%1'\n").arg(id);
            return Usage;
        }
    }
    session.setFilter(filter);
    session.select(selection);

    ExportViews views(&session);
    views.waitUntilReady();
    ExportSource source;
    views.attach(source);
    if (!Exporter::exportToFile(output, options, source, &error)) {
        err() << "entente export: " << error << '\n';
        return Failed;
    }
    out() << tr("wrote %1 (%2, %3 bytes) in %4 s")
                 .arg(outputInfo.absoluteFilePath(), ExportOptions::whatKey(options.what))
                 .arg(QFileInfo(output).size())
                 .arg(QString::number(timer.elapsed() / 1000.0, 'f', 2))
          << '\n';
    return Ok;
}

} // namespace entente::cli
