#include "bratwriter.h"

#include "io/brattext.h"
#include "store/project.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QSaveFile>
#include <QSet>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <limits>

namespace entente {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Entente::BratImporter", text);
}

// "brat:<base>:E3" -> ("brat:<base>", "E3") when the id has that shape for `prefix`.
std::pair<QString, QString> bratIdParts(const QString &id, QChar prefix)
{
    const qsizetype colon = id.lastIndexOf(u':');
    if (!id.startsWith(u"brat:") || colon <= 5 || colon + 2 > id.size() ||
        id.at(colon + 1) != prefix)
        return {};
    for (qsizetype i = colon + 2; i < id.size(); ++i) {
        if (!id.at(i).isDigit())
            return {};
    }
    return {id.left(colon), id.mid(colon + 1)};
}

QString capitalised(QString word)
{
    if (!word.isEmpty())
        word[0] = word[0].toUpper();
    return word;
}

// The lines of one .ann file and its id counters.
class AnnBuilder
{
public:
    QString textBound(const QString &type, const TextSpan &span)
    {
        const QString id = u'T' + QString::number(++m_t);
        add(id + u'\t' + type + u' ' + QString::number(span.start) + u' ' +
            QString::number(span.end) + u'\t' + BratText::flattened(span.quote));
        return id;
    }
    void attribute(const QString &name, const QString &target, const QString &value = {})
    {
        add(u'A' + QString::number(++m_a) + u'\t' + name + u' ' + target +
            (value.isEmpty() ? QString() : u' ' + value));
    }
    void normalisation(const QString &target, const QString &ref, const QString &name)
    {
        add(u'N' + QString::number(++m_n) + u"\tReference " + target + u' ' + ref + u'\t' +
            BratText::flattened(name));
    }
    void note(const QString &target, const QString &text)
    {
        add(u'#' + QString::number(++m_note) + u"\tAnnotatorNotes " + target + u'\t' +
            BratText::flattened(text));
    }
    void add(const QString &line) { m_lines << line; }
    QString text() const { return m_lines.isEmpty() ? QString() : m_lines.join(u'\n') + u'\n'; }

private:
    QStringList m_lines;
    int m_t = 0, m_a = 0, m_n = 0, m_note = 0;
};

} // namespace

BratWriter::BratWriter(BratMapping mapping) : m_mapping(std::move(mapping)) {}

QString BratWriter::baseNameFor(const QString &articleId)
{
    QString base = articleId.startsWith(u"brat:") ? articleId.mid(5) : articleId;
    for (QChar &c : base) {
        if (!c.isLetterOrNumber() && c != u'-' && c != u'_' && c != u'.')
            c = u'_';
    }
    return base.isEmpty() ? QStringLiteral("article") : base;
}

QVector<BratWriter::Document> BratWriter::write(const Corpus &corpus, QStringList *notes) const
{
    const auto note = [notes](const QString &text) {
        if (notes)
            *notes << text;
    };
    QHash<QString, const Actor *> actors;
    for (const Actor &a : corpus.actors)
        actors.insert(a.id, &a);
    QHash<QString, const Place *> places;
    for (const Place &p : corpus.places)
        places.insert(p.id, &p);
    // brat annotates text: a source that records only a link (GDELT) has nothing to
    // write, and its evidence counts as absent.
    QSet<QString> articleIds;
    for (const Article &a : corpus.articles) {
        if (!a.text.isEmpty())
            articleIds.insert(a.id);
    }

    // Each event and relation is written once: into the document its brat id came from,
    // else into the article of its first evidence.
    const auto owner = [&](const QString &id, QChar prefix,
                           const QVector<Evidence> &evidence) -> QString {
        const QString fromId = bratIdParts(id, prefix).first;
        if (articleIds.contains(fromId)) {
            for (const Evidence &e : evidence) {
                if (e.articleId == fromId)
                    return fromId;
            }
        }
        for (const Evidence &e : evidence) {
            if (articleIds.contains(e.articleId))
                return e.articleId;
        }
        return {};
    };
    QHash<QString, QVector<const Event *>> eventsOf;
    for (const Event &e : corpus.events) {
        const QString article = owner(e.id, u'E', e.evidence);
        if (article.isEmpty())
            note(tr("event %1 has no evidence in the articles written: left out").arg(e.id));
        else
            eventsOf[article].push_back(&e);
    }
    QHash<QString, QVector<const Relation *>> relationsOf;
    for (const Relation &r : corpus.relations) {
        const QString article = owner(r.id, u'R', r.evidence);
        if (article.isEmpty())
            note(tr("relation %1 has no evidence in the articles written: left out").arg(r.id));
        else
            relationsOf[article].push_back(&r);
    }

    QVector<Document> out;
    QSet<QString> usedBases;
    for (const Article &article : corpus.articles) {
        if (article.text.isEmpty()) {
            note(tr("article %1 has no text: not written").arg(article.id));
            continue;
        }
        QString base = baseNameFor(article.id);
        for (int k = 2; usedBases.contains(base); ++k)
            base = baseNameFor(article.id) + u'_' + QString::number(k);
        usedBases.insert(base);
        if (u"brat:" + base != article.id)
            note(tr("article %1 is written as %2.txt; read back, its id is brat:%2")
                     .arg(article.id, base));

        AnnBuilder ann;
        QVector<QString> mentionT;
        QSet<QString> firstMention; // actor and place ids already written once
        // What BratImporter takes as aliases when no note says: the other quotes.
        QHash<QString, QStringList> quotedAliases;
        for (const Mention &m : article.mentions) {
            const Actor *actor = actors.value(m.actorId);
            QStringList &list = quotedAliases[m.actorId];
            const QString quote = BratText::flattened(m.span.quote);
            if (actor && quote != actor->name && !list.contains(quote))
                list << quote;
        }
        for (const Mention &m : article.mentions) {
            const bool isActor = !m.actorId.isEmpty();
            const QString &id = isActor ? m.actorId : m.placeId;
            const Actor *actor = isActor ? actors.value(id) : nullptr;
            const Place *place = isActor ? nullptr : places.value(id);
            QString type =
                isActor ? m_mapping.bratTypeFor(actor ? actor->kind : ActorKind::Other)
                        : m_mapping.bratTypeFor(place ? place->kind : PlaceKind::Unspecified);
            if (type.isEmpty())
                type = isActor ? QStringLiteral("Actor") : QStringLiteral("Location");
            const QString t = ann.textBound(type, m.span);
            mentionT << t;
            const QString ref = id.startsWith(u"wikidata:") ? QString(u"Wikidata:" + id.mid(9))
                                                            : QString(u"Entente:" + id);
            const QString name = actor ? actor->name : place ? place->name : m.span.quote;
            ann.normalisation(t, ref, name);
            const QString key = (isActor ? QStringLiteral("a:") : QStringLiteral("p:")) + id;
            if (firstMention.contains(key))
                continue;
            firstMention.insert(key);
            const QString country = actor ? actor->country : place ? place->country : QString();
            if (!country.isEmpty())
                ann.attribute(QStringLiteral("Country"), t, country);
            // The aliases as a note, when the reader would not find them from the quotes.
            if (actor && quotedAliases.value(id) != actor->aliases)
                ann.note(t, u"Aliases: " + actor->aliases.join(u"; "));
        }
        // Mentions of each actor ("a:" id) and place ("p:" id), by start then article order.
        QHash<QString, QVector<int>> mentionsOf;
        for (int i = 0; i < article.mentions.size(); ++i) {
            const Mention &m = article.mentions.at(i);
            mentionsOf[m.actorId.isEmpty() ? u"p:" + m.placeId : u"a:" + m.actorId] << i;
        }
        const auto startOf = [&](int i) { return article.mentions.at(i).span.start; };
        for (QVector<int> &list : mentionsOf) {
            std::stable_sort(list.begin(), list.end(),
                             [&](int x, int y) { return startOf(x) < startOf(y); });
        }
        // The mention of `id` closest to code point `at`, preferring one inside [from, to);
        // on a tie the first in the article. -1 when the article never mentions it.
        const auto mentionNear = [&](const QString &id, bool actor, qint64 at, qint64 from,
                                     qint64 to) -> int {
            const auto found = mentionsOf.constFind((actor ? u"a:"_s : u"p:"_s) + id);
            if (found == mentionsOf.cend())
                return -1;
            const QVector<int> &list = *found;
            const auto firstFrom = [&](qint64 pos) {
                return std::lower_bound(list.cbegin(), list.cend(), pos,
                                        [&](int i, qint64 p) { return startOf(i) < p; });
            };
            int best = -1;
            qint64 bestDistance = std::numeric_limits<qint64>::max();
            const auto consider = [&](int i) {
                const qint64 distance = qAbs(startOf(i) - at);
                if (distance < bestDistance || (distance == bestDistance && i < best)) {
                    best = i;
                    bestDistance = distance;
                }
            };
            for (auto it = firstFrom(from); it != list.cend() && startOf(*it) < to; ++it) {
                if (article.mentions.at(*it).span.end <= to)
                    consider(*it);
            }
            if (best >= 0)
                return best;
            // None inside: the nearest on either side of `at`, with every mention that
            // starts at the same place.
            const auto next = firstFrom(at);
            for (auto side : {next, next == list.cbegin() ? list.cend() : next - 1}) {
                if (side == list.cend())
                    continue;
                for (auto it = firstFrom(startOf(*side));
                     it != list.cend() && startOf(*it) == startOf(*side); ++it)
                    consider(*it);
            }
            return best;
        };

        QSet<QString> usedE, usedR;
        for (const Event *e : eventsOf.value(article.id))
            usedE.insert(bratIdParts(e->id, u'E').second);
        for (const Relation *r : relationsOf.value(article.id))
            usedR.insert(bratIdParts(r->id, u'R').second);
        int nextE = 0, nextR = 0;
        const auto annId = [&](const QString &id, QChar prefix, const QSet<QString> &used,
                               int &next) {
            const auto [fromArticle, own] = bratIdParts(id, prefix);
            if (fromArticle == article.id)
                return own;
            QString fresh;
            do
                fresh = prefix + QString::number(++next);
            while (used.contains(fresh));
            note(tr("%1 is written as %2 of %3").arg(id, fresh, base));
            return fresh;
        };
        for (const Event *e : eventsOf.value(article.id)) {
            const Evidence *evidence = nullptr;
            for (const Evidence &ev : e->evidence) {
                if (ev.articleId == article.id) {
                    evidence = &ev;
                    break;
                }
            }
            QString type = m_mapping.bratEventTypeFor(e->type);
            if (type.isEmpty())
                type = BratText::typeName(e->type);
            const QString id = annId(e->id, u'E', usedE, nextE);
            const QString trigger = ann.textBound(type, evidence->span);
            QString line = id + u'\t' + type + u':' + trigger;
            QHash<QString, int> roleCount;
            for (const Participant &p : e->participants) {
                const int m = mentionNear(p.actorId, true, evidence->span.start,
                                          evidence->span.start, evidence->span.end);
                if (m < 0) {
                    note(tr("event %1: participant %2 is not mentioned in %3: left out")
                             .arg(e->id, p.actorId, base));
                    continue;
                }
                const QString role =
                    capitalised(p.role.isEmpty() ? QStringLiteral("participant") : p.role);
                const int n = ++roleCount[role];
                line +=
                    u' ' + role + (n > 1 ? QString::number(n) : QString()) + u':' + mentionT.at(m);
            }
            if (!e->placeId.isEmpty()) {
                const int m = mentionNear(e->placeId, false, evidence->span.start, 0, 0);
                if (m < 0)
                    note(tr("event %1: place %2 is not mentioned in %3: left out")
                             .arg(e->id, e->placeId, base));
                else
                    line += u" Place:" + mentionT.at(m);
            }
            ann.add(line);
            ann.attribute(QStringLiteral("Date"), id, e->date.toString());
            if (!e->cameo.isEmpty())
                ann.attribute(QStringLiteral("CAMEO"), id, e->cameo);
            for (const EventAttribute &a : e->attributes)
                ann.attribute(BratText::typeName(a.key), id,
                              a.value == u"true" ? QString() : a.value);
            ann.note(id, e->title);
        }
        for (const Relation *r : relationsOf.value(article.id)) {
            const Evidence *evidence = nullptr;
            for (const Evidence &ev : r->evidence) {
                if (ev.articleId == article.id) {
                    evidence = &ev;
                    break;
                }
            }
            const TextSpan &span = evidence->span;
            const int a = mentionNear(r->sourceId, true, span.start, span.start, span.end);
            const int b = mentionNear(r->targetId, true, span.end, span.start, span.end);
            if (a < 0 || b < 0) {
                note(tr("relation %1: %2 is not mentioned in %3: left out")
                         .arg(r->id, a < 0 ? r->sourceId : r->targetId, base));
                continue;
            }
            QString type = m_mapping.bratTypeFor(r->type);
            if (type.isEmpty())
                type = toString(r->type);
            const QString id = annId(r->id, u'R', usedR, nextR);
            ann.add(id + u'\t' + type + u" Arg1:" + mentionT.at(a) + u" Arg2:" + mentionT.at(b));
            if (r->valid)
                ann.attribute(QStringLiteral("Date"), id, r->valid->toString());
            if (r->confidence && *r->confidence == m_mapping.speculationConfidence)
                ann.attribute(QStringLiteral("Speculation"), id);
            else if (r->confidence)
                ann.attribute(QStringLiteral("Confidence"), id, QString::number(*r->confidence));
            if (!r->aspect.isEmpty())
                ann.attribute(QStringLiteral("Aspect"), id, r->aspect);
            if (!r->viaId.isEmpty() || !r->claimedById.isEmpty())
                note(tr("relation %1: brat has no place for \"via\" or \"claimed by\"; left out")
                         .arg(r->id));
        }
        out.push_back({base, article.text, ann.text()});
    }
    return out;
}

bool BratWriter::writeFolder(const Corpus &corpus, const QString &folder, QStringList *notes,
                             QString *error, QStringList *written) const
{
    if (!QDir().mkpath(folder)) {
        if (error)
            *error = tr("%1: the folder cannot be created.").arg(folder);
        return false;
    }
    const QVector<Document> documents = write(corpus, notes);
    for (const Document &d : documents) {
        for (const auto &[suffix, content] : {std::pair{QStringLiteral(".txt"), &d.text},
                                              std::pair{QStringLiteral(".ann"), &d.ann}}) {
            const QString path = QDir(folder).filePath(d.baseName + suffix);
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(content->toUtf8()) < 0 ||
                !file.commit()) {
                if (error)
                    *error = tr("%1: cannot be written (%2).").arg(path, file.errorString());
                return false;
            }
            if (written)
                *written << path;
        }
    }
    spdlog::info("brat export: {} documents into {}", documents.size(), folder.toStdString());
    return true;
}

Corpus BratWriter::corpusFromProject(const Project &project)
{
    Corpus corpus;
    for (const ArticleSummary &summary : project.articles()) {
        if (auto article = project.article(summary.id))
            corpus.articles.push_back(std::move(*article));
    }
    corpus.actors = project.actors();
    corpus.places = project.places();
    const auto evidenceOf = [](const QVector<EvidenceRecord> &records) {
        QVector<Evidence> out;
        for (const EvidenceRecord &r : records)
            out.push_back({r.articleId, TextSpan{r.start, r.end, r.quote}});
        return out;
    };
    for (const EventRecord &record : project.events()) {
        Event e = record.event;
        e.evidence = evidenceOf(project.eventEvidence(e.id));
        corpus.events.push_back(std::move(e));
    }
    for (const RelationRecord &record : project.relations()) {
        Relation r = record.relation;
        r.evidence = evidenceOf(project.relationEvidence(r.id));
        corpus.relations.push_back(std::move(r));
    }
    return corpus;
}

} // namespace entente
