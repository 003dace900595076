#include "commands.h"
#include "output.h"

#include "store/project.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>

namespace entente::cli {

namespace {

QString dayText(qint64 day)
{
    return QDate::fromJulianDay(day).toString(Qt::ISODate);
}

} // namespace

int runInfo(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Prints a project's counts, the date range of its events and its actors ordered by "
           "how many relations they take part in."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("project"), tr("The project file (.entente)."),
                                 QStringLiteral("PROJECT"));
    const QCommandLineOption limitOption(QStringLiteral("limit"),
                                         tr("List at most N actors (0 = all; default 20)."),
                                         QStringLiteral("N"), QStringLiteral("20"));
    parser.addOption(limitOption);
    if (!parser.parse(arguments)) {
        err() << "entente info: " << parser.errorText() << '\n';
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText().replace(QStringLiteral("entente [options]"),
                                           QStringLiteral("entente info [options]"));
        return Ok;
    }
    const QStringList positional = parser.positionalArguments();
    bool limitOk = false;
    const int limit = parser.value(limitOption).toInt(&limitOk);
    if (positional.size() != 1 || !limitOk || limit < 0) {
        err() << tr("Usage: entente info [--limit N] PROJECT\n");
        return Usage;
    }

    QString error;
    const auto project = Project::open(positional.first(), Project::OpenMode::ReadOnly, &error);
    if (!project) {
        err() << "entente info: " << error << '\n';
        return Failed;
    }

    const ProjectStats stats = project->stats();
    out() << tr("project") << '\t' << positional.first() << '\n'
          << tr("articles") << '\t' << stats.articles << '\n'
          << tr("actors") << '\t' << stats.actors << '\n'
          << tr("places") << '\t' << stats.places << '\n'
          << tr("events") << '\t' << stats.events << '\n'
          << tr("relations") << '\t' << stats.relations << '\n'
          << tr("mentions") << '\t' << stats.mentions << '\n'
          << tr("evidence spans") << '\t' << stats.evidence << '\n';
    if (stats.eventDays)
        out() << tr("events from") << '\t' << dayText(stats.eventDays->first) << '\t'
              << tr("to") << '\t' << dayText(stats.eventDays->last) << '\n';
    else
        out() << tr("events from") << '\t' << tr("(no dated events)") << '\n';

    const QVector<ActorRelationCount> actors = project->actorRelationCounts();
    out() << '\n' << tr("actors by relation count") << '\n';
    out() << qSetFieldWidth(6) << Qt::right << tr("total") << tr("out") << tr("in")
          << qSetFieldWidth(0) << "  " << tr("id") << '\t' << tr("name") << '\n';
    const int shown = limit == 0 ? int(actors.size()) : std::min<int>(limit, actors.size());
    for (int i = 0; i < shown; ++i) {
        const ActorRelationCount &a = actors.at(i);
        out() << qSetFieldWidth(6) << a.total() << a.outgoing << a.incoming << qSetFieldWidth(0)
              << "  " << a.actorId << '\t' << a.name << '\n';
    }
    if (shown < actors.size())
        out() << tr("(%n more; use --limit 0 to list all)", nullptr, int(actors.size() - shown))
              << '\n';
    out() << Qt::left;
    return Ok;
}

} // namespace entente::cli
