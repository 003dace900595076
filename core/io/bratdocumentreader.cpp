#include "bratdocumentreader.h"

#include "io/bratentityresolver.h"
#include "io/brattext.h"
#include "model/textoffsets.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace entente {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Entente::BratImporter", text);
}

QString tr(const char *text, int n)
{
    return QCoreApplication::translate("Entente::BratImporter", text, nullptr, n);
}

enum class Class { Trigger, Actor, Place, Date, Unmapped, Ignored };

bool isOneOf(const QString &name, std::initializer_list<const char16_t *> names)
{
    for (const char16_t *n : names) {
        if (name.compare(QStringView(n), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool isNegation(const QString &n)
{
    return isOneOf(n, {u"Negation", u"Negated"});
}
bool isSpeculation(const QString &n)
{
    return isOneOf(n, {u"Speculation", u"Speculated", u"Uncertain"});
}
bool isDate(const QString &n)
{
    return isOneOf(n, {u"Date", u"Time", u"When", u"Valid"});
}

} // namespace

struct BratDocumentReader::State
{
    struct Attr
    {
        bool negated = false;
        bool speculated = false;
        std::optional<double> confidence;
        std::optional<TimeSpan> date;
        QString aspect;
        QString cameo;
        QString country;
        QVector<EventAttribute> extra;
    };

    TextOffsets offsets;
    QHash<QString, int> byId;
    QVector<Class> cls;
    QVector<const BratMapping::EntityRule *> rule;
    QVector<qint64> coverStart, coverEnd;
    QVector<int> normLine; // the N line that gave norm
    QVector<QString> norm, normName;
    QVector<std::optional<TimeSpan>> dateValue;
    QHash<int, Attr> attrs;        // by target line index
    QHash<int, QStringList> notes; // by target line index

    std::optional<BratEntityResolver> entities;
    int find(int i) { return entities->root(i); }
};

BratDocumentReader::BratDocumentReader(const BratMapping &mapping, const ProjectLookup &project,
                                       QString annFile, QString baseName)
    : m_mapping(mapping), m_project(project), m_file(std::move(annFile)),
      m_base(std::move(baseName)), m_state(std::make_unique<State>())
{
}

BratDocumentReader::~BratDocumentReader() = default;

QString BratDocumentReader::articleId(const QString &baseName)
{
    return u"brat:" + baseName;
}

std::optional<FuzzyDate> BratDocumentReader::dateFromBaseName(const QString &baseName)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4}-\\d{2}(?:-\\d{2})?)(?!\\d)"));
    const auto match = re.match(baseName);
    if (!match.hasMatch())
        return std::nullopt;
    return FuzzyDate::parse(match.captured(1));
}

void BratDocumentReader::error(const BratLine &line, int column, const QString &message)
{
    Diagnostic d;
    d.file = m_file;
    d.line = line.line;
    d.column = column;
    d.path = line.id;
    d.message = message;
    m_errors.push_back(d);
}

void BratDocumentReader::warning(const BratLine &line, const QString &message)
{
    Diagnostic d;
    d.severity = Diagnostic::Severity::Warning;
    d.file = m_file;
    d.line = line.line;
    d.path = line.id;
    d.message = message;
    m_warnings.push_back(d);
}

void BratDocumentReader::read(const QString &text, const QVector<BratLine> &lines)
{
    m_lines = &lines;
    State &s = *m_state;
    const int n = int(lines.size());
    s.offsets = TextOffsets(text);
    s.cls.fill(Class::Ignored, n);
    s.rule.fill(nullptr, n);
    s.coverStart.fill(0, n);
    s.coverEnd.fill(0, n);
    s.norm.resize(n);
    s.normName.resize(n);
    s.dateValue.resize(n);
    s.normLine.fill(-1, n);
    for (int i = 0; i < n; ++i)
        s.byId.insert(lines.at(i).id, i);
    const bool spansOk = checkSpans(text);
    if (!checkReferences() || !spansOk)
        return;
    classify();
    readAttributes();
    if (!m_errors.isEmpty())
        return;
    collapse();
    buildArticle(text);
    buildEvents(text);
    buildRelations(text);
}

TextSpan BratDocumentReader::spanOf(const QString &text, qint64 start, qint64 end) const
{
    return TextSpan{start, end, m_state->offsets.slice(text, start, end)};
}

bool BratDocumentReader::checkSpans(const QString &text)
{
    State &s = *m_state;
    const qint64 length = s.offsets.codePointCount();
    bool ok = true;
    for (int i = 0; i < m_lines->size(); ++i) {
        const BratLine &l = m_lines->at(i);
        if (l.kind != BratLine::Kind::TextBound)
            continue;
        QStringList parts;
        bool inside = true;
        for (const BratLine::Fragment &f : l.fragments) {
            if (f.end > length) {
                error(l, l.spanColumn,
                      tr("span %1 %2 ends past the end of the text (%n character(s))", int(length))
                          .arg(f.start)
                          .arg(f.end));
                inside = false;
                break;
            }
            parts << s.offsets.slice(text, f.start, f.end);
        }
        if (!inside) {
            ok = false;
            continue;
        }
        s.coverStart[i] = l.fragments.front().start;
        s.coverEnd[i] = l.fragments.front().end;
        for (const BratLine::Fragment &f : l.fragments) {
            s.coverStart[i] = std::min(s.coverStart[i], f.start);
            s.coverEnd[i] = std::max(s.coverEnd[i], f.end);
        }
        const QString actual = BratText::flattened(parts.join(u' '));
        if (BratText::flattened(l.text) != actual) {
            error(l, l.textColumn,
                  tr("the quote %1 does not match the text at its offsets, which is %2")
                      .arg(BratText::shown(l.text), BratText::shown(actual)));
            ok = false;
        }
    }
    return ok;
}

bool BratDocumentReader::checkReferences()
{
    State &s = *m_state;
    bool ok = true;
    const auto need = [&](const BratLine &l, const QString &id, int column, bool textBound) {
        const auto it = s.byId.constFind(id);
        if (it == s.byId.cend()) {
            error(l, column, tr("unknown id %1 (no line of this file defines it)").arg(id));
            ok = false;
        } else if (textBound && m_lines->at(*it).kind != BratLine::Kind::TextBound) {
            error(l, column, tr("%1 is not a text-bound annotation (expected a T id)").arg(id));
            ok = false;
        }
    };
    for (const BratLine &l : *m_lines) {
        switch (l.kind) {
        case BratLine::Kind::TextBound:
            break;
        case BratLine::Kind::Relation:
        case BratLine::Kind::Equiv:
            for (const BratLine::Argument &a : l.arguments)
                need(l, a.id, a.column, l.kind == BratLine::Kind::Equiv);
            break;
        case BratLine::Kind::Event:
            for (qsizetype k = 0; k < l.arguments.size(); ++k)
                need(l, l.arguments.at(k).id, l.arguments.at(k).column, k == 0);
            break;
        case BratLine::Kind::Attribute:
        case BratLine::Kind::Normalization:
        case BratLine::Kind::Note:
            need(l, l.target, l.targetColumn, false);
            break;
        }
    }
    return ok;
}

void BratDocumentReader::classify()
{
    State &s = *m_state;
    for (const BratLine &l : *m_lines) {
        if (l.kind == BratLine::Kind::Event)
            s.cls[s.byId.value(l.arguments.front().id)] = Class::Trigger;
    }
    // Unmapped types are reported once per type, at their first line, with a count.
    QHash<QString, int> unmappedCount;
    QVector<int> unmappedFirst;
    for (int i = 0; i < m_lines->size(); ++i) {
        const BratLine &l = m_lines->at(i);
        if (l.kind == BratLine::Kind::Normalization) {
            const int t = s.byId.value(l.target);
            if (m_lines->at(t).kind != BratLine::Kind::TextBound)
                warning(
                    l,
                    tr("a normalisation of %1, which is not an entity, is not used").arg(l.target));
            else if (s.norm[t].isEmpty()) {
                s.norm[t] = l.value;
                s.normName[t] = l.text;
                s.normLine[t] = i;
            }
        } else if (l.kind == BratLine::Kind::Note) {
            s.notes[s.byId.value(l.target)] << l.text;
        }
        if (l.kind != BratLine::Kind::TextBound || s.cls[i] == Class::Trigger)
            continue;
        const BratMapping::EntityRule *rule = m_mapping.entity(l.type);
        s.rule[i] = rule;
        if (!rule && m_mapping.event(l.type))
            continue; // a trigger no event uses: nothing to import, nothing lost
        if (!rule) {
            s.cls[i] = Class::Unmapped;
            if (unmappedCount[l.type]++ == 0)
                unmappedFirst << i;
            continue;
        }
        switch (rule->target) {
        case BratMapping::EntityTarget::Actor:
            s.cls[i] = Class::Actor;
            break;
        case BratMapping::EntityTarget::Place:
            s.cls[i] = Class::Place;
            break;
        case BratMapping::EntityTarget::Date:
            s.cls[i] = Class::Date;
            break;
        case BratMapping::EntityTarget::Ignore:
            s.cls[i] = Class::Ignored;
            break;
        }
    }
    for (int i : unmappedFirst) {
        const BratLine &l = m_lines->at(i);
        warning(l, tr("entity type \"%1\" is not in the mapping: %n annotation(s) of this type "
                      "not imported (map the type to an actor kind, a place or \"ignore\")",
                      unmappedCount.value(l.type))
                       .arg(l.type));
    }
    // Normalised ids: Wikidata and other databases keep their prefix; "Entente:" names an
    // id of the project itself.
    for (int i = 0; i < m_lines->size(); ++i) {
        if (s.norm[i].isEmpty())
            continue;
        const qsizetype colon = s.norm[i].indexOf(u':');
        const QString db = s.norm[i].left(colon).toLower();
        const QString id = s.norm[i].mid(colon + 1);
        if (s.cls[i] == Class::Date) {
            const auto date = TimeSpan::parse(id);
            if (!date) {
                const BratLine &t = m_lines->at(s.normLine[i]);
                error(t, t.targetColumn + int(t.target.size()) + 1,
                      tr("bad date: the normalisation %1 of this date is not an ISO date "
                         "(expected YYYY, YYYY-MM, YYYY-MM-DD or an interval start/end)")
                          .arg(s.norm[i]));
            } else {
                s.dateValue[i] = *date;
            }
            continue;
        }
        s.norm[i] = db == u"entente" ? id : db + u':' + id;
    }
    for (int i = 0; i < m_lines->size(); ++i) {
        if (s.cls[i] == Class::Date && !s.dateValue[i]) {
            if (auto date = TimeSpan::parse(m_lines->at(i).text.trimmed()))
                s.dateValue[i] = *date;
        }
    }
}

void BratDocumentReader::readAttributes()
{
    State &s = *m_state;
    for (const BratLine &l : *m_lines) {
        if (l.kind != BratLine::Kind::Attribute)
            continue;
        const int t = s.byId.value(l.target);
        const BratLine::Kind targetKind = m_lines->at(t).kind;
        const bool onRelation = targetKind == BratLine::Kind::Relation;
        const bool onEvent = targetKind == BratLine::Kind::Event;
        const bool onEntity = s.cls[t] == Class::Actor || s.cls[t] == Class::Place;
        State::Attr &a = s.attrs[t];
        const int valueColumn = l.targetColumn + int(l.target.size()) + 1;
        if ((onRelation || onEvent) && isNegation(l.type)) {
            a.negated = true;
        } else if (onRelation && isSpeculation(l.type)) {
            a.speculated = true;
        } else if ((onRelation || onEvent) && isDate(l.type)) {
            const auto date = TimeSpan::parse(l.value);
            if (!date)
                error(l, valueColumn,
                      tr("bad date %1 (expected YYYY, YYYY-MM, YYYY-MM-DD or an interval "
                         "start/end with \"..\" for an open end)")
                          .arg(BratText::shown(l.value)));
            else
                a.date = *date;
        } else if (onRelation && isOneOf(l.type, {u"Confidence"})) {
            bool ok = false;
            const double c = l.value.toDouble(&ok);
            if (!ok || c < 0 || c > 1)
                error(l, valueColumn,
                      tr("bad confidence %1 (expected a number from 0 to 1)")
                          .arg(BratText::shown(l.value)));
            else
                a.confidence = c;
        } else if (onRelation && isOneOf(l.type, {u"Aspect"}) && !l.value.isEmpty()) {
            a.aspect = l.value.toLower();
            if (!supportAspectNames().contains(a.aspect))
                warning(l, tr("aspect \"%1\" is not one of %2; kept as written")
                               .arg(a.aspect, supportAspectNames().join(u", ")));
        } else if (onEvent && isOneOf(l.type, {u"CAMEO"}) && !l.value.isEmpty()) {
            a.cameo = l.value;
        } else if (onEvent) {
            a.extra.push_back({BratText::attributeKey(l.type),
                               l.value.isEmpty() ? QStringLiteral("true") : l.value});
        } else if (onEntity && isOneOf(l.type, {u"Country"}) && !l.value.isEmpty()) {
            a.country = l.value.toUpper();
        } else {
            warning(l,
                    tr("attribute \"%1\" on %2 is not used: not imported").arg(l.type, l.target));
        }
    }
}

void BratDocumentReader::collapse()
{
    State &s = *m_state;
    s.entities.emplace(m_lines->size(), articleId(m_base) + u':');
    for (int i = 0; i < m_lines->size(); ++i) {
        if (s.cls[i] == Class::Actor || s.cls[i] == Class::Place)
            s.entities->add(i, int(s.cls[i]), s.norm[i], m_lines->at(i).text, m_lines->at(i).id);
    }
    for (const BratLine &l : *m_lines) {
        if (l.kind != BratLine::Kind::Equiv)
            continue;
        const int first = s.byId.value(l.arguments.front().id);
        for (const BratLine::Argument &a : l.arguments) {
            const int other = s.byId.value(a.id);
            // Unmapped or ignored members were reported by type already.
            if (!s.entities->isEntity(first) || !s.entities->isEntity(other) ||
                s.entities->equate(first, other))
                continue;
            warning(l, tr("%1 and %2 are not both actors or both places: not merged")
                           .arg(l.arguments.front().id, a.id));
        }
    }
    for (const BratEntityResolver::Conflict &c : s.entities->resolve())
        warning(m_lines->at(c.index), tr("normalised as %1 but marked equivalent to an entity "
                                         "normalised as %2; %2 is kept")
                                          .arg(c.norm, c.kept));
}

void BratDocumentReader::buildArticle(const QString &text)
{
    State &s = *m_state;
    Article article;
    article.id = articleId(m_base);
    for (const QString &line : text.split(u'\n')) {
        if (!line.trimmed().isEmpty()) {
            article.title = line.simplified().left(200);
            break;
        }
    }
    if (article.title.isEmpty())
        article.title = m_base;
    article.text = text;
    article.published = dateFromBaseName(m_base);
    if (!article.published)
        article.published = m_mapping.documentDate;

    // A group's name: its first normalisation name, else its first quote.
    QHash<int, QString> groupName;
    for (int i = 0; i < m_lines->size(); ++i) {
        const bool entity = s.cls[i] == Class::Actor || s.cls[i] == Class::Place;
        if (entity && !s.normName[i].isEmpty() && !groupName.contains(s.find(i)))
            groupName.insert(s.find(i), s.normName[i]);
    }
    // An "Aliases: a; b" note on a member sets the group's aliases instead of its quotes.
    QHash<int, QStringList> explicitAliases;
    for (int i = 0; i < m_lines->size(); ++i) {
        if (s.cls[i] != Class::Actor)
            continue;
        for (const QString &note : s.notes.value(i)) {
            if (!note.startsWith(u"aliases:", Qt::CaseInsensitive))
                continue;
            QStringList &list = explicitAliases[s.find(i)];
            for (const QString &alias : note.mid(8).split(u';')) {
                if (!alias.trimmed().isEmpty() && !list.contains(alias.trimmed()))
                    list << alias.trimmed();
            }
        }
    }
    QHash<QString, int> actorAt, placeAt; // id -> index in the corpus
    for (int i = 0; i < m_lines->size(); ++i) {
        const bool isActor = s.cls[i] == Class::Actor;
        if (!isActor && s.cls[i] != Class::Place)
            continue;
        const BratLine &l = m_lines->at(i);
        const QString &id = s.entities->id(i);
        for (const BratLine::Fragment &f : l.fragments) {
            Mention m;
            m.span = spanOf(text, f.start, f.end);
            (isActor ? m.actorId : m.placeId) = id;
            article.mentions.push_back(m);
        }
        // The actor or place record, unless the project already has it: an annotation's
        // guess must not overwrite what an analyst entered.
        if (isActor ? m_project.hasActor(id) : m_project.hasPlace(id))
            continue;
        QHash<QString, int> &at = isActor ? actorAt : placeAt;
        const QString country = s.attrs.value(i).country;
        auto it = at.find(id);
        if (it == at.end()) {
            const QString name = groupName.value(s.find(i), l.text);
            it = at.insert(id, int(isActor ? m_corpus.actors.size() : m_corpus.places.size()));
            if (isActor) {
                m_corpus.actors.push_back(Actor{id, name, s.rule[i]->actorKind, {}, {}, {}});
            } else {
                Place p;
                p.id = id;
                p.name = name;
                p.kind = s.rule[i]->placeKind;
                m_corpus.places.push_back(p);
            }
        }
        QString &recordCountry =
            isActor ? m_corpus.actors[*it].country : m_corpus.places[*it].country;
        if (recordCountry.isEmpty())
            recordCountry = country;
        if (!isActor)
            continue;
        Actor &actor = m_corpus.actors[*it];
        const auto given = explicitAliases.constFind(s.find(i));
        if (given != explicitAliases.cend()) {
            actor.aliases = *given;
            actor.aliases.removeAll(actor.name);
            continue;
        }
        for (const QString &alias : {s.normName[i], l.text}) {
            if (!alias.isEmpty() && alias != actor.name && !actor.aliases.contains(alias))
                actor.aliases << alias;
        }
    }
    m_corpus.articles.push_back(article);
}

void BratDocumentReader::buildEvents(const QString &text)
{
    State &s = *m_state;
    const std::optional<FuzzyDate> documentDate = m_corpus.articles.front().published;
    for (int i = 0; i < m_lines->size(); ++i) {
        const BratLine &l = m_lines->at(i);
        if (l.kind != BratLine::Kind::Event)
            continue;
        const State::Attr attr = s.attrs.value(i);
        if (attr.negated) {
            warning(l, tr("the event is marked as negated (it did not happen): not imported"));
            continue;
        }
        Event e;
        e.id = articleId(m_base) + u':' + l.id;
        const BratMapping::EventRule *rule = m_mapping.event(l.type);
        if (rule && rule->eventType.isEmpty())
            continue; // ignored on purpose
        if (rule) {
            e.type = rule->eventType;
        } else {
            e.type = BratText::attributeKey(l.type);
            warning(l, tr("event type \"%1\" is not in the mapping: imported as \"%2\"")
                           .arg(l.type, e.type));
        }
        std::optional<TimeSpan> date = attr.date;
        for (const QString &note : s.notes.value(i)) {
            if (const auto d = TimeSpan::parse(note.trimmed())) {
                if (!date)
                    date = *d;
            } else if (e.title.isEmpty()) {
                e.title = note.simplified();
            }
        }
        for (qsizetype k = 1; k < l.arguments.size(); ++k) {
            const BratLine::Argument &a = l.arguments.at(k);
            const int t = s.byId.value(a.id);
            switch (s.cls[t]) {
            case Class::Actor: {
                const Participant p{s.entities->id(t), BratText::roleName(a.role)};
                if (!e.participants.contains(p))
                    e.participants.push_back(p);
                break;
            }
            case Class::Place:
                if (e.placeId.isEmpty() || e.placeId == s.entities->id(t))
                    e.placeId = s.entities->id(t);
                else
                    warning(l, tr("a second place %1 (%2): only the first is kept")
                                   .arg(a.id, m_lines->at(t).text));
                break;
            case Class::Date:
                if (!date && s.dateValue[t])
                    date = s.dateValue[t];
                else if (!s.dateValue[t])
                    warning(l, tr("the date %1 %2 is not an ISO date and has no normalisation: "
                                  "not used")
                                   .arg(a.id, BratText::shown(m_lines->at(t).text)));
                break;
            case Class::Unmapped:
                break;
            case Class::Ignored:
                if (m_lines->at(t).kind == BratLine::Kind::TextBound)
                    break; // ignored on purpose by the mapping
                [[fallthrough]];
            case Class::Trigger:
                warning(l,
                        tr("argument %1:%2 is an event or a trigger: not kept").arg(a.role, a.id));
                break;
            }
        }
        if (!date && documentDate)
            date = TimeSpan(*documentDate);
        if (!date) {
            warning(l, tr("the event has no date (no Date attribute, no date note or argument, "
                          "no document date): not imported"));
            continue;
        }
        e.date = *date;
        const int trigger = s.byId.value(l.arguments.front().id);
        e.evidence.push_back(
            {articleId(m_base), spanOf(text, s.coverStart[trigger], s.coverEnd[trigger])});
        if (e.title.isEmpty()) {
            const qsizetype at = s.offsets.toUtf16(s.coverStart[trigger]);
            const auto [from, to] = BratText::sentenceAround(text, at);
            e.title = text.mid(from, to - from).simplified().left(200);
        }
        e.cameo = attr.cameo;
        e.attributes = attr.extra;
        m_corpus.events.push_back(e);
    }
}

void BratDocumentReader::buildRelations(const QString &text)
{
    State &s = *m_state;
    for (int i = 0; i < m_lines->size(); ++i) {
        const BratLine &l = m_lines->at(i);
        if (l.kind != BratLine::Kind::Relation)
            continue;
        const BratMapping::RelationRule *rule = m_mapping.relation(l.type);
        if (!rule) {
            warning(l, tr("relation type \"%1\" is not in the mapping: not imported (map it to "
                          "one of %2 or \"ignore\")")
                           .arg(l.type, relationTypeNames().join(u", ")));
            continue;
        }
        if (!rule->type)
            continue; // ignored on purpose
        const State::Attr attr = s.attrs.value(i);
        if (attr.negated) {
            warning(l, tr("the relation is marked as negated: not imported"));
            continue;
        }
        const int a = s.byId.value(l.arguments.at(0).id);
        const int b = s.byId.value(l.arguments.at(1).id);
        bool actors = true;
        for (int t : {a, b}) {
            if (s.cls[t] != Class::Actor) {
                actors = false;
                if (s.cls[t] != Class::Unmapped)
                    warning(l, tr("%1 %2 is not an actor: the relation is not imported")
                                   .arg(m_lines->at(t).id, BratText::shown(m_lines->at(t).text)));
            }
        }
        if (!actors)
            continue;
        if (s.entities->id(a) == s.entities->id(b)) {
            warning(
                l, tr("both arguments are the same actor %1: not imported").arg(s.entities->id(a)));
            continue;
        }
        Relation r;
        r.id = articleId(m_base) + u':' + l.id;
        r.sourceId = s.entities->id(a);
        r.targetId = s.entities->id(b);
        r.type = *rule->type;
        r.aspect = attr.aspect;
        r.valid = attr.date;
        r.confidence = attr.confidence;
        if (!r.confidence && attr.speculated)
            r.confidence = m_mapping.speculationConfidence;
        // Evidence: from the first argument to the second, within the first one's sentence.
        const int first = s.coverStart[a] <= s.coverStart[b] ? a : b;
        qint64 start = std::min(s.coverStart[a], s.coverStart[b]);
        qint64 end = std::max(s.coverEnd[a], s.coverEnd[b]);
        const auto [from, to] =
            BratText::sentenceAround(text, s.offsets.toUtf16(s.coverStart[first]));
        end = std::max(std::min(end, qint64(s.offsets.toCodePoint(to))), s.coverEnd[first]);
        start = std::max(start, qint64(s.offsets.toCodePoint(from)));
        r.evidence.push_back({articleId(m_base), spanOf(text, start, end)});
        m_corpus.relations.push_back(r);
    }
}

} // namespace entente
