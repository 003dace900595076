#include "reportwriter.h"

#include "exportstyle.h"
#include "reportpager.h"
#include "viewframe.h"
#include "timeline/timelinerenderer.h"

#include "store/project.h"
#include "viewpalette.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <map>

namespace entente {

namespace {

QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("Entente::Export", text, comment, n);
}

QString capped(const QString &text)
{
    if (text.size() <= ReportWriter::kMaxCellChars)
        return text;
    return text.left(ReportWriter::kMaxCellChars) + QChar(0x2026);
}

QString eventDate(const SnapshotEvent &e)
{
    return e.dateText.isEmpty() ? tr("undated") : e.dateText;
}

QString kindLabel(ActorKind kind)
{
    return toString(kind);
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

// What a quote was cited for, by article.
struct Citation
{
    QString quote;
    QString forWhat;
};
struct CitedArticle
{
    EvidenceRecord article; // the article fields of the first record
    QVector<Citation> citations;
};

} // namespace

ReportWriter::ReportWriter(ExportSource &source, const ExportOptions &options)
    : m_source(source), m_options(options)
{
}

bool ReportWriter::write(QIODevice *device, QString *error) const
{
    const Snapshot &s = *m_source.snapshot;
    const VisibleSet visible = applyFilter(s, m_source.filter);
    const NetworkAnalysis &analysis = m_source.ensureAnalysis();
    const QString title = m_options.title.isEmpty()
                              ? (m_source.projectName.isEmpty() ? tr("Entente report") : m_source.projectName)
                              : m_options.title;

    QPdfWriter writer(device);
    // Points as device units: the layout code works in points whatever the output.
    writer.setResolution(72);
    writer.setPageSize(QPageSize(m_options.pageSize));
    writer.setPageOrientation(m_options.orientation);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Point);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Entente"));
    const QSizeF page = m_options.pageSizePoints();

    QPainter painter;
    if (!painter.begin(&writer)) {
        if (error)
            *error = tr("Could not start the PDF.");
        return false;
    }
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    ReportPager pager(writer, painter, page, tr("%1 — %2").arg(title, m_source.windowText()));
    const QFont body = ExportStyle::bodyFont();

    // Which items the tables list: the most evidenced up to each cap.
    QVector<int> actors = visible.actors;
    std::vector<int> degreeOf(size_t(s.actors.size()), 0);
    for (int a : actors) {
        const int node = analysis.network.nodeIndex(s.actors[a].id);
        degreeOf[size_t(a)] = node >= 0 ? analysis.centrality.degree(node) : 0;
    }
    std::sort(actors.begin(), actors.end(), [&](int a, int b) {
        const auto ka = std::tuple(-degreeOf[size_t(a)], -(s.actors[a].eventCount + s.actors[a].relationCount));
        const auto kb = std::tuple(-degreeOf[size_t(b)], -(s.actors[b].eventCount + s.actors[b].relationCount));
        return ka != kb ? ka < kb : s.actors[a].name < s.actors[b].name;
    });
    const int actorsLeftOut = std::max<int>(0, actors.size() - kMaxActorRows);
    actors.resize(std::min<qsizetype>(actors.size(), kMaxActorRows));

    QVector<int> events = visible.events;
    const int eventsLeftOut = std::max<int>(0, events.size() - kMaxEventRows);
    if (eventsLeftOut > 0) {
        std::stable_sort(events.begin(), events.end(),
                         [&](int a, int b) { return s.events[a].evidenceCount > s.events[b].evidenceCount; });
        events.resize(kMaxEventRows);
        std::sort(events.begin(), events.end()); // back to date order
    }
    QVector<int> relations = visible.relations;
    std::stable_sort(relations.begin(), relations.end(),
                     [&](int a, int b) { return s.relations[a].evidenceCount > s.relations[b].evidenceCount; });
    const int relationsLeftOut = std::max<int>(0, relations.size() - kMaxRelationRows);
    relations.resize(std::min<qsizetype>(relations.size(), kMaxRelationRows));

    // --- Title page
    {
        const QRectF b = pager.bodyRect();
        pager.advance(b.height() * 0.12);
        painter.setPen(ExportStyle::text());
        const QFont big = ExportStyle::font(24, true);
        pager.advance(ReportPager::wrappedText(&painter, QPointF(b.left(), pager.y()), b.width(), title, big) + 10);
        painter.setPen(ExportStyle::muted());
        pager.advance(ReportPager::wrappedText(&painter, QPointF(b.left(), pager.y()), b.width(),
                                               tr("Analyst report"), ExportStyle::font(13)) + 24);
        const QStringList lines = {
            tr("Project: %1").arg(m_source.projectName),
            tr("Time window: %1").arg(m_source.windowText()),
            tr("Filter: %1").arg(m_source.filterText()),
            tr("Exported: %1").arg(QLocale().toString(QDateTime::currentDateTime(), QLocale::LongFormat)),
            tr("Contents: %n actor(s), ", nullptr, int(visible.actors.size())) +
                tr("%n event(s), ", nullptr, int(visible.events.size())) +
                tr("%n relation(s) in view; ", nullptr, int(visible.relations.size())) +
                tr("%n bloc(s).", nullptr, analysis.blocs.blocCount()),
        };
        for (const QString &line : lines)
            pager.paragraph(line, ExportStyle::font(10), ExportStyle::text());
        if (actorsLeftOut || eventsLeftOut || relationsLeftOut) {
            pager.advance(10);
            pager.paragraph(tr("This project is large: to stay readable the tables list at most %1 actors "
                               "(by degree), %2 events and %3 relations (the most evidenced), the events "
                               "are also summarised per month, and the sources cover the items listed "
                               "(at most %4 quotes). Each table says how many items it leaves out.")
                                .arg(kMaxActorRows)
                                .arg(kMaxEventRows)
                                .arg(kMaxRelationRows)
                                .arg(kMaxQuotes),
                            body, ExportStyle::muted());
        }
    }

    // --- The views, one per page
    for (auto view : {ExportOptions::What::Timeline, ExportOptions::What::Map, ExportOptions::What::Network}) {
        pager.newPage();
        ViewFrame::paint(painter, pager.bodyRect(), view, m_source);
    }

    // --- Actors
    pager.newPage();
    pager.heading(tr("Actors"));
    {
        QVector<QStringList> rows;
        for (int a : actors) {
            const SnapshotActor &actor = s.actors[a];
            const int bloc = analysis.blocOfActor.value(a, -1);
            rows << QStringList{capped(actor.name), kindLabel(actor.kind),
                                bloc >= 0 ? tr("Bloc %1").arg(bloc + 1) : tr("—"),
                                QString::number(degreeOf[size_t(a)])};
        }
        if (rows.isEmpty())
            pager.paragraph(tr("No actors in view."), body, ExportStyle::muted());
        else
            pager.table({{tr("Name"), 5}, {tr("Kind"), 2}, {tr("Bloc"), 1.3}, {tr("Degree"), 1}}, rows);
        if (actorsLeftOut)
            pager.paragraph(tr("%n less connected actor(s) left out.", nullptr, actorsLeftOut), body,
                            ExportStyle::muted());
    }

    // --- Events
    pager.newPage();
    pager.heading(tr("Events"));
    if (eventsLeftOut > 0) {
        // Every event, counted per month, before the most evidenced ones are listed.
        struct Month { int count = 0; int evidence = 0; int top = -1; QHash<QString, int> types; };
        std::map<qint64, Month> months; // key: year * 12 + month
        for (int e : visible.events) {
            const SnapshotEvent &ev = s.events[e];
            const QDate d = QDate::fromJulianDay(ev.firstDay);
            Month &m = months[qint64(d.year()) * 12 + d.month() - 1];
            ++m.count;
            m.evidence += ev.evidenceCount;
            ++m.types[ev.type];
            if (m.top < 0 || ev.evidenceCount > s.events[m.top].evidenceCount)
                m.top = e;
        }
        pager.paragraph(tr("All %n event(s) in view, per month:", nullptr, int(visible.events.size())), body,
                        ExportStyle::text());
        QVector<QStringList> rows;
        for (const auto &[key, m] : months) {
            QString topType;
            int topCount = 0;
            for (auto it = m.types.cbegin(); it != m.types.cend(); ++it)
                if (it.value() > topCount || (it.value() == topCount && it.key() < topType))
                    topType = it.key(), topCount = it.value();
            rows << QStringList{QDate(int(key / 12), int(key % 12) + 1, 1).toString(QStringLiteral("yyyy-MM")),
                                QString::number(m.count), QString::number(m.evidence),
                                tr("%1 (%2)").arg(topType).arg(topCount), capped(s.events[m.top].title)};
        }
        pager.table({{tr("Month"), 1.2}, {tr("Events"), 1}, {tr("Evidence"), 1}, {tr("Most frequent type"), 2.5},
                     {tr("Most evidenced event"), 5}},
                    rows);
        pager.paragraph(tr("The %1 most evidenced events, by date (%n left out):", nullptr, eventsLeftOut)
                            .arg(events.size()),
                        body, ExportStyle::text());
    }
    {
        QVector<QStringList> rows;
        for (int e : events) {
            const SnapshotEvent &ev = s.events[e];
            QStringList names;
            for (const SnapshotParticipant &p : ev.participants)
                if (p.actor >= 0)
                    names << (p.role.isEmpty() ? s.actors[p.actor].name
                                               : tr("%1 (%2)").arg(s.actors[p.actor].name, p.role));
            rows << QStringList{eventDate(ev), capped(ev.title), ev.place >= 0 ? s.places[ev.place].name : QString(),
                                capped(names.join(QStringLiteral(", ")))};
        }
        if (rows.isEmpty())
            pager.paragraph(tr("No events in view."), body, ExportStyle::muted());
        else
            pager.table({{tr("Date"), 1.6}, {tr("Title"), 5}, {tr("Place"), 2}, {tr("Participants"), 4}}, rows);
    }

    // --- Relations
    pager.newPage();
    pager.heading(tr("Relations"));
    {
        QVector<QStringList> rows;
        for (int r : relations) {
            const SnapshotRelation &rel = s.relations[r];
            QString type = relationTypeLabel(rel.type);
            if (rel.via >= 0)
                type = tr("%1 via %2").arg(type, s.actors[rel.via].name);
            rows << QStringList{rel.source >= 0 ? s.actors[rel.source].name : QString(), type,
                                rel.target >= 0 ? s.actors[rel.target].name : QString(), validityText(rel),
                                QString::number(rel.evidenceCount)};
        }
        if (rows.isEmpty())
            pager.paragraph(tr("No relations in view."), body, ExportStyle::muted());
        else
            pager.table({{tr("Source"), 3.5}, {tr("Type"), 2.5}, {tr("Target"), 3.5}, {tr("Validity"), 3},
                         {tr("Evidence"), 1.2}},
                        rows);
        if (relationsLeftOut)
            pager.paragraph(tr("%n less evidenced relation(s) left out.", nullptr, relationsLeftOut), body,
                            ExportStyle::muted());
    }

    // --- Sources: every article cited by the items listed, with the quotes used.
    pager.newPage();
    pager.heading(tr("Sources"));
    if (!m_source.project) {
        pager.paragraph(tr("The project is not open: sources cannot be listed."), body, ExportStyle::muted());
    } else {
        QHash<QString, int> articleIndex;
        QVector<CitedArticle> cited;
        int quotes = 0, quotesLeftOut = 0;
        auto add = [&](const QVector<EvidenceRecord> &records, const QString &forWhat) {
            for (const EvidenceRecord &rec : records) {
                if (quotes >= kMaxQuotes) {
                    ++quotesLeftOut;
                    continue;
                }
                auto it = articleIndex.constFind(rec.articleId);
                int i = it == articleIndex.cend() ? -1 : *it;
                if (i < 0) {
                    i = int(cited.size());
                    articleIndex.insert(rec.articleId, i);
                    cited.push_back({rec, {}});
                }
                cited[i].citations.push_back({rec.quote, forWhat});
                ++quotes;
            }
        };
        for (int r : relations) {
            const SnapshotRelation &rel = s.relations[r];
            add(m_source.project->relationEvidence(rel.id),
                tr("%1 %2 %3")
                    .arg(rel.source >= 0 ? s.actors[rel.source].name : QString(),
                         relationTypeLabel(rel.type),
                         rel.target >= 0 ? s.actors[rel.target].name : QString()));
        }
        for (int e : events)
            add(m_source.project->eventEvidence(s.events[e].id), s.events[e].title);
        std::sort(cited.begin(), cited.end(), [](const CitedArticle &a, const CitedArticle &b) {
            const qint64 da = a.article.published ? a.article.published->firstDay() : 0;
            const qint64 db = b.article.published ? b.article.published->firstDay() : 0;
            return da != db ? da < db : a.article.articleId < b.article.articleId;
        });
        if (cited.isEmpty())
            pager.paragraph(tr("No evidence quotes for the items listed."), body, ExportStyle::muted());
        const QFont bold = ExportStyle::font(9, true);
        const QFont quoteFont = ExportStyle::font(8.5);
        QFont italic = quoteFont;
        italic.setItalic(true);
        for (const CitedArticle &c : cited) {
            const EvidenceRecord &a = c.article;
            pager.ensureSpace(60);
            pager.paragraph(a.articleTitle.isEmpty() ? a.articleId : a.articleTitle, bold, ExportStyle::text());
            QStringList about;
            if (!a.source.isEmpty())
                about << a.source;
            if (a.published)
                about << a.published->toString();
            if (!a.url.isEmpty())
                about << a.url;
            about << tr("id %1").arg(a.articleId);
            pager.paragraph(about.join(QStringLiteral(" · ")), ExportStyle::smallFont(), ExportStyle::muted());
            for (const Citation &q : c.citations) {
                pager.paragraph(tr("“%1”").arg(capped(q.quote)), italic, ExportStyle::text());
                pager.paragraph(tr("— cited for: %1").arg(capped(q.forWhat)), ExportStyle::smallFont(),
                                ExportStyle::muted());
            }
            pager.advance(6);
        }
        if (quotesLeftOut)
            pager.paragraph(tr("%n further quote(s) left out.", nullptr, quotesLeftOut), body, ExportStyle::muted());
    }

    if (!painter.end()) {
        if (error)
            *error = tr("Could not finish the PDF.");
        return false;
    }
    return true;
}

} // namespace entente
