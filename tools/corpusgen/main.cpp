// entente-corpusgen: writes a synthetic corpus in the native format, for tests and
// benchmarks of the importer, the store and the views.

#include "corpusgenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSaveFile>
#include <QTextStream>

#include <cstdio>
#include <limits>

using namespace entente;

namespace {

bool readInt(const QCommandLineParser &parser, const QCommandLineOption &option, int *out,
             QString *error)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    const qlonglong value = parser.value(option).toLongLong(&ok);
    if (!ok || value < 0 || value > std::numeric_limits<int>::max()) {
        *error = QCoreApplication::translate("Entente::CorpusGen",
                                             "--%1 expects a non-negative integer, not \"%2\".")
                     .arg(option.names().constFirst(), parser.value(option));
        return false;
    }
    *out = int(value);
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("entente-corpusgen"));
    QTextStream err(stderr);

    const GeneratorOptions defaults;
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Entente::CorpusGen", "Writes a synthetic corpus in Entente's native format. The "
                              "same options always give the same file."));
    parser.addHelpOption();
    const auto number = [](const char *name, const char *help, int fallback) {
        return QCommandLineOption(
            QString::fromLatin1(name),
            QCoreApplication::translate("Entente::CorpusGen", help).arg(fallback),
            QStringLiteral("N"));
    };
    const QCommandLineOption articles =
        number("articles", QT_TRANSLATE_NOOP("Entente::CorpusGen", "Number of articles (%1)."),
               defaults.articles);
    const QCommandLineOption actors =
        number("actors", QT_TRANSLATE_NOOP("Entente::CorpusGen", "Number of actors (%1)."),
               defaults.actors);
    const QCommandLineOption events =
        number("events", QT_TRANSLATE_NOOP("Entente::CorpusGen", "Number of events (%1)."),
               defaults.events);
    const QCommandLineOption relations =
        number("relations", QT_TRANSLATE_NOOP("Entente::CorpusGen", "Number of relations (%1)."),
               defaults.relations);
    const QCommandLineOption seed = number(
        "seed", QT_TRANSLATE_NOOP("Entente::CorpusGen", "Random seed (%1)."), int(defaults.seed));
    const QCommandLineOption startYear =
        number("start-year", QT_TRANSLATE_NOOP("Entente::CorpusGen", "First year covered (%1)."),
               defaults.startYear);
    const QCommandLineOption years =
        number("years", QT_TRANSLATE_NOOP("Entente::CorpusGen", "Number of years covered (%1)."),
               defaults.years);
    const QCommandLineOption output(
        {QStringLiteral("o"), QStringLiteral("output")},
        QCoreApplication::translate("Entente::CorpusGen",
                                    "File to write; \"-\" writes to standard output."),
        QStringLiteral("FILE"));
    for (const auto *option :
         {&articles, &actors, &events, &relations, &seed, &startYear, &years, &output})
        parser.addOption(*option);
    parser.process(app);

    GeneratorOptions options;
    int seedValue = int(defaults.seed);
    QString error;
    if (!readInt(parser, articles, &options.articles, &error) ||
        !readInt(parser, actors, &options.actors, &error) ||
        !readInt(parser, events, &options.events, &error) ||
        !readInt(parser, relations, &options.relations, &error) ||
        !readInt(parser, seed, &seedValue, &error) ||
        !readInt(parser, startYear, &options.startYear, &error) ||
        !readInt(parser, years, &options.years, &error)) {
        err << error << '\n';
        return 2;
    }
    options.seed = quint32(seedValue);
    if (!parser.isSet(output)) {
        err << QCoreApplication::translate("Entente::CorpusGen", "No output file given (-o FILE).")
            << '\n';
        return 2;
    }

    CorpusGenerator generator(options);
    if (const QString problem = generator.validate(); !problem.isEmpty()) {
        err << problem << '\n';
        return 2;
    }

    QElapsedTimer timer;
    timer.start();
    const QString path = parser.value(output);
    bool ok = false;
    if (path == QLatin1String("-")) {
        QFile out;
        ok = out.open(stdout, QIODevice::WriteOnly) && generator.write(&out);
    } else {
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly)) {
            err << QCoreApplication::translate("Entente::CorpusGen", "Cannot open %1: %2")
                       .arg(path, out.errorString())
                << '\n';
            return 1;
        }
        ok = generator.write(&out) && out.commit();
        if (!ok && generator.errorString().isEmpty())
            err << QCoreApplication::translate("Entente::CorpusGen", "Cannot write %1: %2")
                       .arg(path, out.errorString())
                << '\n';
    }
    if (!ok) {
        if (!generator.errorString().isEmpty())
            err << generator.errorString() << '\n';
        return 1;
    }
    err << QCoreApplication::translate("Entente::CorpusGen", "Wrote %1 bytes (%2 camps) in %3 ms.")
               .arg(generator.bytesWritten())
               .arg(generator.campCount())
               .arg(timer.elapsed())
        << '\n';
    return 0;
}
