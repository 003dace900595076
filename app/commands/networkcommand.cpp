#include "commands.h"
#include "output.h"

#include "io/gexfwriter.h"
#include "io/graphmlwriter.h"
#include "io/networkjson.h"
#include "session/networkanalysis.h"
#include "session/snapshotloader.h"
#include "store/project.h"

#include <QCommandLineParser>
#include <QFile>

#include <cstdio>
#include <memory>

namespace entente::cli {

namespace {

// A date as the corpus format writes it (2019, 2019-11, 2019-11-27); a window starts on
// the first day it covers and ends on the last, so --to 2019-10 keeps all of October.
std::optional<qint64> parseDay(const QString &text, bool start)
{
    const auto date = FuzzyDate::parse(text.trimmed());
    if (!date || !date->isValid())
        return std::nullopt;
    return start ? date->firstDay() : date->lastDay();
}

} // namespace

int runNetwork(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes a project's support network as of a time window: the actors with their bloc "
           "and degree, and the relations between them aggregated per pair and type, with their "
           "evidence, validity and intermediaries. The same network, blocs and centrality as "
           "the network view of the main window."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("project"), tr("The project file (.entente)."),
                                 QStringLiteral("PROJECT"));
    const QCommandLineOption fromOption(
        QStringLiteral("from"),
        tr("Start of the window: a date such as 2019, 2019-11 or 2019-11-27 (its first day)."),
        QStringLiteral("DATE"));
    const QCommandLineOption toOption(QStringLiteral("to"),
                                      tr("End of the window, a date as for --from (its last day)."),
                                      QStringLiteral("DATE"));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          tr("json (default), gexf or graphml."),
                                          QStringLiteral("FORMAT"), QStringLiteral("json"));
    const QCommandLineOption outputOption(
        {QStringLiteral("o"), QStringLiteral("output")},
        tr("Write to FILE (replaced only once complete) instead of standard output."),
        QStringLiteral("FILE"));
    parser.addOptions({fromOption, toOption, formatOption, outputOption});
    if (!parser.parse(arguments)) {
        err() << "entente network: " << parser.errorText() << '\n';
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText().replace(QStringLiteral("entente [options]"),
                                           QStringLiteral("entente network [options]"));
        return Ok;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        err() << tr("Usage: entente network [--from DATE] [--to DATE] [--format json|gexf|graphml] "
                    "[-o FILE] PROJECT\n");
        return Usage;
    }
    const QString format = parser.value(formatOption).toLower();
    if (format != u"json" && format != u"gexf" && format != u"graphml") {
        err() << tr("entente network: unknown format '%1' (expected json, gexf or graphml)\n")
                     .arg(parser.value(formatOption));
        return Usage;
    }
    DayRange window;
    for (const auto &[option, start] :
         {std::pair{&fromOption, true}, std::pair{&toOption, false}}) {
        if (!parser.isSet(*option))
            continue;
        const auto day = parseDay(parser.value(*option), start);
        if (!day) {
            err() << tr("entente network: --%1 expects a date such as 2019, 2019-11 or "
                        "2019-11-27, not '%2'\n")
                         .arg(option->names().constFirst(), parser.value(*option));
            return Usage;
        }
        (start ? window.first : window.last) = *day;
    }
    if (window.first > window.last) {
        err() << tr("entente network: --from %1 is after --to %2\n")
                     .arg(parser.value(fromOption), parser.value(toOption));
        return Usage;
    }

    QString error;
    const auto project = Project::open(positional.first(), Project::OpenMode::ReadOnly, &error);
    if (!project) {
        err() << "entente network: " << error << '\n';
        return Failed;
    }
    // As the GUI does it: the project's snapshot, the filter's visible set, the analysis.
    const std::shared_ptr<const Snapshot> snapshot = loadSnapshot(*project);
    Filter filter;
    if (parser.isSet(fromOption) || parser.isSet(toOption))
        filter.window = window;
    const NetworkAnalysis analysis =
        NetworkAnalysis::compute(*snapshot, applyFilter(*snapshot, filter), filter);

    std::unique_ptr<NetworkExporter> writer;
    if (format == u"gexf")
        writer = std::make_unique<GexfWriter>(analysis.network);
    else if (format == u"graphml")
        writer = std::make_unique<GraphmlWriter>(analysis.network);
    else
        writer = std::make_unique<NetworkJson>(analysis.network);
    writer->setBlocs(analysis.blocs);
    writer->setCentrality(analysis.centrality);

    if (parser.isSet(outputOption)) {
        const QString path = parser.value(outputOption);
        if (!writer->writeFile(path)) {
            err() << "entente network: " << writer->errorString() << '\n';
            return Failed;
        }
        const int ties =
            int(analysis.network.edges().size() + analysis.network.hierarchyEdges().size());
        out() << tr("wrote %1: %2 actors, %3 ties, %4 blocs\n")
                     .arg(path)
                     .arg(analysis.network.nodeCount())
                     .arg(ties)
                     .arg(analysis.blocs.blocCount());
        return Ok;
    }
    out().flush();
    QFile stdOut;
    if (!stdOut.open(stdout, QIODevice::WriteOnly) || !writer->write(&stdOut)) {
        err() << "entente network: " << writer->errorString() << '\n';
        return Failed;
    }
    stdOut.flush();
    return Ok;
}

} // namespace entente::cli
