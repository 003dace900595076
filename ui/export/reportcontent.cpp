#include "reportcontent.h"

#include "exportoptions.h"
#include "exportsource.h"

#include "evidence/evidencetext.h"
#include "store/project.h"
#include "viewpalette.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QLocale>

#include <algorithm>
#include <map>
#include <tuple>

namespace entente {

namespace {

using Block = ReportContent::Block;
using Kind = ReportContent::Block::Kind;

QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("Entente::Export", text, comment, n);
}

QString capped(const QString &text)
{
    if (text.size() <= ReportContent::kMaxCellChars)
        return text;
    return text.left(ReportContent::kMaxCellChars) + QChar(0x2026);
}

QString validityText(const SnapshotRelation &r)
{
    switch (r.basis) {
    case ValidityBasis::Explicit:
        return r.validText;
    case ValidityBasis::AsReported:
        return r.validText.isEmpty() ? tr("as reported") : tr("%1 (as reported)").arg(r.validText);
    case ValidityBasis::Undated:
        return tr("undated");
    }
    return {};
}

// A date range ("2020-11-09/2020-11-15") may break after its slash in a narrow column,
// rather than inside a date.
QString breakable(const QString &range)
{
    QString out = range;
    return out.replace(QLatin1Char('/'), QStringLiteral("/\u200B"));
}

QString blocLabel(int bloc)
{
    return bloc >= 0 ? tr("Bloc %1").arg(bloc + 1) : tr("—");
}

// Where all of a big project's items can be had.
QString howToGetAll()
{
    return tr("For all of them, export the project as CSV, or export the report of a narrower "
              "time window or of selected actors.");
}

Block text(Kind kind, const QString &text)
{
    Block b;
    b.kind = kind;
    b.text = text;
    return b;
}

Block table(QVector<ReportPager::Column> columns, QVector<QStringList> rows)
{
    Block b;
    b.kind = Kind::Table;
    b.columns = std::move(columns);
    b.rows = std::move(rows);
    return b;
}

struct Citation
{
    QString quote;
    QStringList forWhat;
};

struct CitedArticle
{
    EvidenceRecord article; // the article fields of its first record
    QVector<Citation> citations;
};

} // namespace

ReportContent ReportContent::gather(ExportSource &source, const ExportOptions &options)
{
    ReportContent c;
    const ExportOptions::ReportLimits &limits = options.reportLimits;
    const int maxActors = std::max(1, limits.actors);
    const int maxEvents = std::max(1, limits.events);
    const int maxRelations = std::max(1, limits.relations);
    const int maxQuotes = std::max(1, limits.quotes);
    const int quotesPerArticle = std::max(1, limits.quotesPerArticle);
    const Snapshot &s = *source.snapshot;
    const VisibleSet visible = applyFilter(s, source.filter);
    const NetworkAnalysis &analysis = source.ensureAnalysis();
    c.title = options.title.isEmpty()
                  ? (source.projectName.isEmpty() ? tr("Entente report") : source.projectName)
                  : options.title;
    c.runningHeader = tr("%1 — %2").arg(c.title, source.windowText());
    auto blocOf = [&](int actor) { return analysis.blocOfActor.value(actor, -1); };
    auto name = [&](int actor) { return actor >= 0 ? s.actors[actor].name : QString(); };

    // Which items the tables list: the most connected or evidenced, up to each cap.
    QVector<int> actors = visible.actors;
    std::vector<int> degreeOf(size_t(s.actors.size()), 0);
    for (int a : actors) {
        const int node = analysis.network.nodeIndex(s.actors[a].id);
        degreeOf[size_t(a)] = node >= 0 ? analysis.centrality.degree(node) : 0;
    }
    std::sort(actors.begin(), actors.end(), [&](int a, int b) {
        const auto ka =
            std::tuple(-degreeOf[size_t(a)], -(s.actors[a].eventCount + s.actors[a].relationCount));
        const auto kb =
            std::tuple(-degreeOf[size_t(b)], -(s.actors[b].eventCount + s.actors[b].relationCount));
        return ka != kb ? ka < kb : s.actors[a].name < s.actors[b].name;
    });
    const QVector<int> actorsByDegree = actors;
    const int actorsLeftOut = std::max<int>(0, actors.size() - maxActors);
    actors.resize(std::min<qsizetype>(actors.size(), maxActors));

    QVector<int> events = visible.events;
    const int eventsLeftOut = std::max<int>(0, events.size() - maxEvents);
    if (eventsLeftOut > 0) {
        std::stable_sort(events.begin(), events.end(), [&](int a, int b) {
            return s.events[a].evidenceCount > s.events[b].evidenceCount;
        });
        events.resize(maxEvents);
        std::sort(events.begin(), events.end()); // back to date order
    }
    QVector<int> relations = visible.relations;
    std::stable_sort(relations.begin(), relations.end(), [&](int a, int b) {
        return s.relations[a].evidenceCount > s.relations[b].evidenceCount;
    });
    const int relationsLeftOut = std::max<int>(0, relations.size() - maxRelations);
    relations.resize(std::min<qsizetype>(relations.size(), maxRelations));

    // --- Title page
    c.titleLines = {
        tr("Project: %1").arg(source.projectName),
        tr("Time window: %1").arg(source.windowText()),
        tr("Filter: %1").arg(source.filterText()),
        tr("Exported: %1")
            .arg(QLocale().toString(QDateTime::currentDateTime(), QLocale::LongFormat)),
        tr("Contents: %n actor(s), ", nullptr, int(visible.actors.size())) +
            tr("%n event(s), ", nullptr, int(visible.events.size())) +
            tr("%n relation(s) in view; ", nullptr, int(visible.relations.size())) +
            tr("%n bloc(s).", nullptr, analysis.blocs.blocCount()),
    };
    if (actorsLeftOut || eventsLeftOut || relationsLeftOut)
        c.titleNote =
            tr("This project is large: to stay readable the tables list at most %1 actors (the "
               "most "
               "connected), %2 events and %3 relations (the most evidenced). All events are "
               "counted "
               "per month and all relations between blocs, per type. The sources cover the items "
               "listed, with at most %4 quotes. Each section says what it leaves out.")
                .arg(maxActors)
                .arg(maxEvents)
                .arg(maxRelations)
                .arg(maxQuotes) +
            QLatin1Char(' ') + howToGetAll();

    // --- Actors, and the blocs they form
    c.blocks << text(Kind::Heading, tr("Actors"));
    {
        QVector<QVector<int>> members(std::max(0, analysis.blocs.idBound()));
        for (int a : actorsByDegree)
            if (const int b = blocOf(a); b >= 0 && b < members.size())
                members[b] << a;
        QVector<QStringList> rows;
        for (int b = 0; b < members.size(); ++b) {
            if (members[b].isEmpty())
                continue;
            QStringList names;
            for (int i = 0; i < std::min<qsizetype>(4, members[b].size()); ++i)
                names << s.actors[members[b][i]].name;
            if (members[b].size() > 4)
                names << tr("%n more", nullptr, int(members[b].size() - 4));
            rows << QStringList{blocLabel(b), QString::number(members[b].size()),
                                names.join(QStringLiteral(", "))};
        }
        if (!rows.isEmpty()) {
            c.blocks << text(Kind::Text,
                             tr("Blocs: sides such that support falls within them and "
                                "opposition across them, as far as the relations allow."));
            c.blocks << table(
                {{tr("Bloc"), 1.3}, {tr("Actors"), 1}, {tr("Most connected members"), 9}}, rows);
        }
    }
    {
        QVector<QStringList> rows;
        for (int a : actors) {
            const SnapshotActor &actor = s.actors[a];
            rows << QStringList{capped(actor.name), EvidenceText::actorKind(actor.kind),
                                blocLabel(blocOf(a)), QString::number(degreeOf[size_t(a)])};
        }
        if (rows.isEmpty())
            c.blocks << text(Kind::Note, tr("No actors in view."));
        else
            c.blocks << table(
                {{tr("Name"), 5}, {tr("Kind"), 2}, {tr("Bloc"), 1.3}, {tr("Degree"), 1}}, rows);
        if (actorsLeftOut)
            c.blocks << text(Kind::Note,
                             tr("%n less connected actor(s) left out (degree %1 or less).", nullptr,
                                actorsLeftOut)
                                     .arg(degreeOf[size_t(actors.last())]) +
                                 QLatin1Char(' ') + howToGetAll());
    }

    // --- Events
    c.blocks << text(Kind::Heading, tr("Events"));
    if (eventsLeftOut > 0) {
        struct Month
        {
            int count = 0;
            int evidence = 0;
            int top = -1;
            QHash<QString, int> types;
        };
        std::map<qint64, Month> months; // key: year * 12 + month
        int undated = 0;
        for (int e : visible.events) {
            const SnapshotEvent &ev = s.events[e];
            if (ev.firstDay <= kOpenPastDay || ev.firstDay >= kOpenFutureDay) {
                ++undated;
                continue;
            }
            const QDate d = QDate::fromJulianDay(ev.firstDay);
            Month &m = months[qint64(d.year()) * 12 + d.month() - 1];
            ++m.count;
            m.evidence += ev.evidenceCount;
            ++m.types[ev.type];
            if (m.top < 0 || ev.evidenceCount > s.events[m.top].evidenceCount)
                m.top = e;
        }
        c.blocks << text(Kind::Text, tr("All %n event(s) in view, per month:", nullptr,
                                        int(visible.events.size())));
        QVector<QStringList> rows;
        for (const auto &[key, m] : months) {
            // The month's event types, most frequent first.
            QVector<std::pair<int, QString>> types;
            for (auto it = m.types.cbegin(); it != m.types.cend(); ++it)
                types.push_back({-it.value(), it.key()});
            std::sort(types.begin(), types.end());
            QStringList typeText;
            for (int i = 0; i < std::min<qsizetype>(3, types.size()); ++i)
                typeText << tr("%1 %2").arg(types[i].second).arg(-types[i].first);
            if (types.size() > 3)
                typeText << tr("%n other type(s)", nullptr, int(types.size() - 3));
            rows << QStringList{
                QDate(int(key / 12), int(key % 12) + 1, 1).toString(QStringLiteral("yyyy-MM")),
                QString::number(m.count), QString::number(m.evidence),
                typeText.join(QStringLiteral(", ")), capped(s.events[m.top].title)};
        }
        c.blocks << table({{tr("Month"), 1.2},
                           {tr("Events"), 1},
                           {tr("Evidence"), 1},
                           {tr("Types"), 4},
                           {tr("Most evidenced event"), 4.5}},
                          rows);
        if (undated)
            c.blocks << text(Kind::Note,
                             tr("%n undated event(s) are not in a month.", nullptr, undated));
        c.blocks << text(Kind::Text, tr("The %1 most evidenced events, by date (%n left out):",
                                        nullptr, eventsLeftOut)
                                         .arg(events.size()));
    }
    {
        QVector<QStringList> rows;
        for (int e : events) {
            const SnapshotEvent &ev = s.events[e];
            QStringList names;
            for (const SnapshotParticipant &p : ev.participants)
                if (p.actor >= 0)
                    names << (p.role.isEmpty() ? name(p.actor)
                                               : tr("%1 (%2)").arg(name(p.actor), p.role));
            rows << QStringList{ev.dateText.isEmpty() ? tr("undated") : breakable(ev.dateText),
                                capped(ev.title),
                                ev.place >= 0 ? s.places[ev.place].name : QString(),
                                capped(names.join(QStringLiteral(", ")))};
        }
        if (rows.isEmpty())
            c.blocks << text(Kind::Note, tr("No events in view."));
        else
            c.blocks << table(
                {{tr("Date"), 1.6}, {tr("Title"), 5}, {tr("Place"), 2}, {tr("Participants"), 4}},
                rows);
        if (eventsLeftOut)
            c.blocks << text(Kind::Note, howToGetAll());
    }

    // --- Relations
    c.blocks << text(Kind::Heading, tr("Relations"));
    if (relationsLeftOut > 0) {
        struct Tally
        {
            int relations = 0;
            int evidence = 0;
        };
        std::map<std::tuple<int, QString, int>, Tally> between; // (source bloc, type, target bloc)
        for (int r : visible.relations) {
            const SnapshotRelation &rel = s.relations[r];
            Tally &t =
                between[{blocOf(rel.source), relationTypeLabel(rel.type), blocOf(rel.target)}];
            ++t.relations;
            t.evidence += rel.evidenceCount;
        }
        QVector<std::pair<std::tuple<int, QString, int>, Tally>> sorted(between.begin(),
                                                                        between.end());
        std::stable_sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) {
            return a.second.relations > b.second.relations;
        });
        QVector<QStringList> rows;
        for (const auto &[key, t] : sorted)
            rows << QStringList{blocLabel(std::get<0>(key)), std::get<1>(key),
                                blocLabel(std::get<2>(key)), QString::number(t.relations),
                                QString::number(t.evidence)};
        c.blocks << text(Kind::Text, tr("All %n relation(s) in view, between blocs, per type:",
                                        nullptr, int(visible.relations.size())));
        c.blocks << table({{tr("Source bloc"), 2},
                           {tr("Type"), 3},
                           {tr("Target bloc"), 2},
                           {tr("Relations"), 1.3},
                           {tr("Evidence"), 1.3}},
                          rows);
        c.blocks << text(Kind::Text, tr("The %1 most evidenced relations (%n left out):", nullptr,
                                        relationsLeftOut)
                                         .arg(relations.size()));
    }
    {
        QVector<QStringList> rows;
        for (int r : relations) {
            const SnapshotRelation &rel = s.relations[r];
            QString type = relationTypeLabel(rel.type);
            if (rel.via >= 0)
                type = tr("%1 via %2").arg(type, name(rel.via));
            rows << QStringList{name(rel.source), type, name(rel.target),
                                breakable(validityText(rel)), QString::number(rel.evidenceCount)};
        }
        if (rows.isEmpty())
            c.blocks << text(Kind::Note, tr("No relations in view."));
        else
            c.blocks << table({{tr("Source"), 3.5},
                               {tr("Type"), 2.5},
                               {tr("Target"), 3.5},
                               {tr("Validity"), 3},
                               {tr("Evidence"), 1.2}},
                              rows);
        if (relationsLeftOut)
            c.blocks << text(Kind::Note, howToGetAll());
    }

    // --- Sources: every article cited by the items listed, with the quotes used.
    c.blocks << text(Kind::Heading, tr("Sources"));
    if (!source.project) {
        c.blocks << text(Kind::Note, tr("The project is not open: sources cannot be listed."));
        return c;
    }
    QHash<QString, int> articleIndex;
    QVector<CitedArticle> cited;
    int quotes = 0;
    auto add = [&](const QVector<EvidenceRecord> &records, const QString &forWhat) {
        for (const EvidenceRecord &rec : records) {
            auto it = articleIndex.constFind(rec.articleId);
            int i = it == articleIndex.cend() ? -1 : *it;
            if (i < 0) {
                i = int(cited.size());
                articleIndex.insert(rec.articleId, i);
                cited.push_back({rec, {}});
            }
            // One quote cited for several items is printed once, with all of them.
            QVector<Citation> &citations = cited[i].citations;
            auto same = std::find_if(citations.begin(), citations.end(),
                                     [&](const Citation &c) { return c.quote == rec.quote; });
            if (same != citations.end() && !same->forWhat.contains(forWhat)) {
                same->forWhat << forWhat;
                continue;
            }
            citations.push_back({rec.quote, {forWhat}});
            ++quotes;
        }
    };
    for (int r : relations) {
        const SnapshotRelation &rel = s.relations[r];
        add(source.project->relationEvidence(rel.id),
            tr("%1 %2 %3").arg(name(rel.source), relationTypeLabel(rel.type), name(rel.target)));
    }
    for (int e : events)
        add(source.project->eventEvidence(s.events[e].id), s.events[e].title);
    std::sort(cited.begin(), cited.end(), [](const CitedArticle &a, const CitedArticle &b) {
        const qint64 da = a.article.published ? a.article.published->firstDay() : 0;
        const qint64 db = b.article.published ? b.article.published->firstDay() : 0;
        return da != db ? da < db : a.article.articleId < b.article.articleId;
    });
    if (cited.isEmpty()) {
        c.blocks << text(Kind::Note, tr("No evidence quotes for the items listed."));
        return c;
    }
    // Every quote when they fit; else the first few of each article, up to the cap, and
    // the articles past the cap in a table of their own.
    const int perArticle = quotes <= maxQuotes ? maxQuotes : quotesPerArticle;
    int shown = 0;
    QVector<QStringList> rest;
    for (const CitedArticle &a : cited) {
        const EvidenceRecord &r = a.article;
        const QString published = r.published ? r.published->toString() : QString();
        if (shown >= maxQuotes) {
            rest << QStringList{capped(r.articleTitle.isEmpty() ? r.articleId : r.articleTitle),
                                r.source, published, r.articleId,
                                QString::number(a.citations.size())};
            continue;
        }
        c.blocks << text(Kind::ArticleTitle,
                         r.articleTitle.isEmpty() ? r.articleId : r.articleTitle);
        QStringList about;
        if (!r.source.isEmpty())
            about << r.source;
        if (!published.isEmpty())
            about << published;
        if (!r.url.isEmpty())
            about << r.url;
        about << tr("id %1").arg(r.articleId);
        if (perArticle < maxQuotes)
            about << tr("%n quote(s) cited", nullptr, int(a.citations.size()));
        c.blocks << text(Kind::ArticleMeta, about.join(QStringLiteral(" · ")));
        int here = 0;
        for (const Citation &q : a.citations) {
            if (here >= perArticle || shown >= maxQuotes)
                break;
            c.blocks << text(Kind::Quote, tr("“%1”").arg(capped(q.quote)));
            c.blocks << text(
                Kind::CitedFor,
                tr("— cited for: %1").arg(capped(q.forWhat.join(QStringLiteral("; ")))));
            ++here;
            ++shown;
        }
        if (here < a.citations.size())
            c.blocks << text(Kind::CitedFor, tr("%n further quote(s) from this article left out.",
                                                nullptr, int(a.citations.size() - here)));
        Block gap;
        gap.kind = Kind::Space;
        gap.space = 6;
        c.blocks << gap;
    }
    if (!rest.isEmpty()) {
        c.blocks << text(Kind::Text, tr("%n further article(s) cited, without their quotes:",
                                        nullptr, int(rest.size())));
        c.blocks << table({{tr("Article"), 6},
                           {tr("Source"), 2.5},
                           {tr("Published"), 1.6},
                           {tr("Id"), 1.4},
                           {tr("Quotes"), 1}},
                          rest);
    }
    if (shown < quotes)
        c.blocks << text(Kind::Note,
                         tr("%n article(s) cited; ", nullptr, int(cited.size())) +
                             tr("%n of their quotes shown, ", nullptr, shown) +
                             tr("%n left out. ", nullptr, quotes - shown) +
                             tr("Every quote is in the evidence panel of each item in Entente; "
                                "the report of a narrower time window or of selected actors "
                                "lists more of them."));
    return c;
}

} // namespace entente
