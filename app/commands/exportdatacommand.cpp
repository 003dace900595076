#include "commands.h"
#include "output.h"

#include "io/dataexport.h"
#include "store/project.h"

#include <QCommandLineParser>

namespace entente::cli {

int runExportData(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes the project's records for other tools into a folder: CSV tables of events, "
           "actors and relations (RFC 4180, UTF-8), or brat standoff documents (.txt and "
           ".ann per article). For the network as GEXF or GraphML, see 'entente network'."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("project"), tr("The project file (.entente)."),
                                 QStringLiteral("PROJECT"));
    const QCommandLineOption formatOption(QStringLiteral("format"), tr("csv or brat."),
                                          QStringLiteral("format"));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          tr("The folder to write into (created if missing)."),
                                          QStringLiteral("folder"));
    parser.addOptions({formatOption, outputOption});
    if (!parser.parse(arguments)) {
        err() << "entente export-data: " << parser.errorText() << '\n';
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText().replace(QStringLiteral("entente [options]"),
                                           QStringLiteral("entente export-data [options]"));
        return Ok;
    }
    const QStringList positional = parser.positionalArguments();
    const auto format = dataFormatFromName(parser.value(formatOption));
    if (positional.size() != 1 || !parser.isSet(outputOption) || !format) {
        if (parser.isSet(formatOption) && !format)
            err() << tr("entente export-data: unknown format '%1' (expected csv or brat)\n")
                         .arg(parser.value(formatOption));
        err() << tr("Usage: entente export-data PROJECT --format csv|brat -o FOLDER\n");
        return Usage;
    }
    QString error;
    const auto project = Project::open(positional.first(), Project::OpenMode::ReadOnly, &error);
    if (!project) {
        err() << "entente export-data: " << error << '\n';
        return Failed;
    }
    const DataExportResult result = exportData(*project, *format, parser.value(outputOption));
    if (!result.ok()) {
        err() << "entente export-data: " << result.error << '\n';
        return Failed;
    }
    out() << tr("wrote %n file(s) into %1", nullptr, int(result.files.size()))
                 .arg(parser.value(outputOption))
          << '\n';
    if (!result.notes.isEmpty()) {
        out() << tr("not carried by %1 (%n):", nullptr, int(result.notes.size()))
                     .arg(dataFormatName(*format))
              << '\n';
        for (const QString &note : result.notes)
            out() << "  " << note << '\n';
    }
    return Ok;
}

} // namespace entente::cli
