#include "nativevalidator.h"

#include "io/flatidtable.h"
#include "io/nativefieldreader.h"
#include "model/textoffsets.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <array>
#include <cmath>
#include <deque>
#include <memory>
#include <unordered_map>

namespace entente {

namespace {

constexpr std::array<std::string_view, 7> kTopFields{"format", "version", "articles", "actors",
                                                     "places", "events",  "relations"};
constexpr std::array<std::string_view, 8> kArticleFields{
    "id", "title", "text", "source", "url", "published", "language", "mentions"};
constexpr std::array<std::string_view, 5> kMentionFields{"start", "end", "quote", "actor", "place"};
constexpr std::array<std::string_view, 4> kEvidenceFields{"article", "start", "end", "quote"};
constexpr std::array<std::string_view, 6> kActorFields{"id",      "name",    "kind",
                                                       "country", "aliases", "base"};
constexpr std::array<std::string_view, 6> kPlaceFields{"id",  "name",    "lat",
                                                       "lon", "country", "kind"};
constexpr std::array<std::string_view, 8> kEventFields{
    "id", "type", "date", "title", "place", "participants", "cameo", "evidence"};
constexpr std::array<std::string_view, 2> kParticipantFields{"actor", "role"};
constexpr std::array<std::string_view, 10> kRelationFields{
    "id",    "source", "target",     "type",       "aspect",
    "valid", "via",    "claimed_by", "confidence", "evidence"};

// Kinds of records with ids; the first three can be referred to.
enum class Kind { Actor, Place, Article, Event, Relation };
constexpr int kKindCount = 5;

QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::Actor:
        return QCoreApplication::translate("Entente::NativeImporter", "actor");
    case Kind::Place:
        return QCoreApplication::translate("Entente::NativeImporter", "place");
    case Kind::Article:
        return QCoreApplication::translate("Entente::NativeImporter", "article");
    case Kind::Event:
        return QCoreApplication::translate("Entente::NativeImporter", "event");
    case Kind::Relation:
        return QCoreApplication::translate("Entente::NativeImporter", "relation");
    }
    return {};
}

std::string_view arrayName(Kind kind)
{
    switch (kind) {
    case Kind::Actor:
        return "actors";
    case Kind::Place:
        return "places";
    case Kind::Article:
        return "articles";
    case Kind::Event:
        return "events";
    case Kind::Relation:
        return "relations";
    }
    return "";
}

// BCP 47 in short: a language of 2-3 letters (longer ones are reserved or unused, and
// "English" is the mistake to catch) or "x" for private use, then subtags of 1-8 letters or
// digits joined by '-'. Registry checks are left to the user's eyes.
bool isLanguageTag(const QString &tag)
{
    const QStringList parts = tag.split(u'-');
    const auto alnum = [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
    };
    const QString &first = parts.first();
    const bool language = (first.size() >= 2 && first.size() <= 3 &&
                           std::all_of(first.begin(), first.end(),
                                       [&](QChar c) { return alnum(c) && !c.isDigit(); })) ||
                          (first.compare(u"x", Qt::CaseInsensitive) == 0 && parts.size() > 1);
    return language && std::all_of(parts.begin() + 1, parts.end(), [&](const QString &p) {
               return !p.isEmpty() && p.size() <= 8 && std::all_of(p.begin(), p.end(), alnum);
           });
}

class Validator
{
public:
    Validator(const JsonDocument &doc, const QString &file, const ProjectLookup &project,
              int maxErrors)
        : m_doc(doc), m_project(project), m_in(file, maxErrors)
    {
    }

    ParsedFile run();

private:
    using Need = NativeFieldReader::Need;

    bool isObject(JsonValue value, const JsonPath &path);
    bool readHeader(const ObjectFields &top);
    // Ids by their UTF-8 bytes, which point into the document (or into m_decodedIds for an
    // id written with escapes), so that checking a reference allocates nothing.
    struct Definition
    {
        JsonValue record;
        qsizetype index;
        QString id;
        bool mentioned = false;
        std::shared_ptr<ArticleText> text; // articles: null when the text is unusable
    };
    using IdTable = FlatIdTable<Definition>;

    static std::string_view idKey(JsonValue id, std::string &buffer);
    void collectIds(Kind kind, JsonValue array, const JsonPath &path);
    Definition *definition(Kind kind, JsonValue id);
    QString ownId(Kind kind, const ObjectFields &f, Definition **self = nullptr);
    std::optional<QString> reference(const ObjectFields &f, std::string_view name, Kind kind,
                                     Need need, Definition **defined = nullptr);
    const ArticleText *projectArticleText(const QString &id);
    QString common(const ObjectFields &f, std::string_view name, Need need);
    QVector<Evidence> evidence(const ObjectFields &f);

    void readArticle(JsonValue value, const JsonPath &path);
    void readActor(JsonValue value, const JsonPath &path);
    void readPlace(JsonValue value, const JsonPath &path);
    void readEvent(JsonValue value, const JsonPath &path);
    void readRelation(JsonValue value, const JsonPath &path);
    void warnUnmentionedActors();

    const JsonDocument &m_doc;
    const ProjectLookup &m_project;
    NativeFieldReader m_in;
    const JsonPath m_root;
    std::array<IdTable, kKindCount> m_ids;
    std::deque<std::string> m_decodedIds;
    std::unordered_map<std::string_view, QString> m_common;      // keys point into the document
    std::array<QHash<QString, bool>, 3> m_inProject;             // answers of the project, cached
    QHash<QString, std::shared_ptr<ArticleText>> m_projectTexts; // null: no text
    const QStringList m_eventTypes = suggestedEventTypes();
    const QStringList m_aspects = supportAspectNames();
    Corpus m_corpus;
};

ParsedFile Validator::run()
{
    const JsonValue top = m_doc.root();
    if (!top.isObject()) {
        m_in.error(top, m_root,
                   QCoreApplication::translate("Entente::NativeImporter",
                                               "the top level is %1; expected an object with "
                                               "\"format\": \"entente-corpus\"")
                       .arg(JsonValue::typeName(top.type())));
    } else if (const ObjectFields f = m_in.fields(top, m_root, kTopFields); readHeader(f)) {
        // References may point forwards, so every id is known before any record is read.
        constexpr std::array kinds{Kind::Place, Kind::Actor, Kind::Article, Kind::Event,
                                   Kind::Relation};
        std::array<JsonValue, kKindCount> arrays;
        for (const Kind kind : kinds) {
            arrays[size_t(kind)] = m_in.array(f, arrayName(kind));
            collectIds(kind, arrays[size_t(kind)], m_root.field(arrayName(kind)));
        }
        m_corpus.places.reserve(arrays[size_t(Kind::Place)].size());
        m_corpus.actors.reserve(arrays[size_t(Kind::Actor)].size());
        m_corpus.articles.reserve(arrays[size_t(Kind::Article)].size());
        m_corpus.events.reserve(arrays[size_t(Kind::Event)].size());
        m_corpus.relations.reserve(arrays[size_t(Kind::Relation)].size());
        for (const Kind kind : kinds) {
            const JsonPath arrayPath = m_root.field(arrayName(kind));
            qsizetype i = 0;
            for (const JsonValue item : arrays[size_t(kind)].elements()) {
                const JsonPath path = arrayPath.at(i++);
                if (!isObject(item, path))
                    continue;
                switch (kind) {
                case Kind::Place:
                    readPlace(item, path);
                    break;
                case Kind::Actor:
                    readActor(item, path);
                    break;
                case Kind::Article:
                    readArticle(item, path);
                    break;
                case Kind::Event:
                    readEvent(item, path);
                    break;
                case Kind::Relation:
                    readRelation(item, path);
                    break;
                }
            }
        }
        warnUnmentionedActors();
        if (m_in.errorCount() == 0 && m_corpus.isEmpty())
            m_in.warning(top, m_root,
                         QCoreApplication::translate("Entente::NativeImporter",
                                                     "the file holds no articles, actors, "
                                                     "places, events or relations"));
    }
    ParsedFile out;
    m_in.finish(out);
    if (out.errors.isEmpty())
        out.corpus = std::move(m_corpus);
    return out;
}

bool Validator::isObject(JsonValue value, const JsonPath &path)
{
    if (value.isObject())
        return true;
    m_in.typeError(value, path, JsonType::Object);
    return false;
}

bool Validator::readHeader(const ObjectFields &f)
{
    bool ok = true;
    const JsonValue format = f.get("format");
    if (!format.isValid()) {
        m_in.error(f.object, f.pathOf("format"),
                   QCoreApplication::translate("Entente::NativeImporter",
                                               "missing \"format\"; expected \"format\": "
                                               "\"entente-corpus\" (is this an Entente corpus?)"));
        ok = false;
    } else if (!format.stringEquals("entente-corpus")) {
        const QString found =
            format.isString() ? shownText(format.toString()) : JsonValue::typeName(format.type());
        m_in.error(format, f.pathOf("format"),
                   QCoreApplication::translate("Entente::NativeImporter",
                                               "unsupported format %1; expected \"entente-corpus\"")
                       .arg(found));
        ok = false;
    }
    const JsonValue version = f.get("version");
    const QString supported = QString::number(NativeImporter::kFormatVersion);
    if (!version.isValid()) {
        m_in.error(f.object, f.pathOf("version"),
                   QCoreApplication::translate("Entente::NativeImporter",
                                               "missing \"version\"; supported versions: %1")
                       .arg(supported));
        ok = false;
    } else if (!version.isNumber()) {
        m_in.typeError(version, f.pathOf("version"), JsonType::Number);
        ok = false;
    } else if (version.toInteger() != NativeImporter::kFormatVersion) {
        const QString found =
            QString::fromUtf8(version.rawText().data(), qsizetype(version.rawText().size()));
        m_in.error(version, f.pathOf("version"),
                   QCoreApplication::translate("Entente::NativeImporter",
                                               "unsupported version %1; supported versions: %2")
                       .arg(found, supported));
        ok = false;
    }
    return ok;
}

std::string_view Validator::idKey(JsonValue id, std::string &buffer)
{
    if (!id.hasEscapes())
        return id.rawText();
    buffer = id.toUtf8();
    return buffer;
}

void Validator::collectIds(Kind kind, JsonValue array, const JsonPath &path)
{
    auto &ids = m_ids[size_t(kind)];
    ids.reserve(ids.size() + size_t(array.size()));
    qsizetype i = 0;
    for (const JsonValue item : array.elements()) {
        const qsizetype index = i++;
        const JsonValue idValue = item.member("id");
        if (!idValue.isString() || NativeFieldReader::isBlank(idValue))
            continue; // reported when the record is read
        std::string buffer;
        std::string_view key = idKey(idValue, buffer);
        const Definition *known = ids.find(key);
        if (!known) {
            if (!buffer.empty())
                key = m_decodedIds.emplace_back(std::move(buffer));
            ids.insert(key, Definition{item, index, idValue.toString()});
            continue;
        }
        const JsonValue first = known->record.member("id");
        m_in.error(idValue, path.at(index).field("id"),
                   QCoreApplication::translate("Entente::NativeImporter",
                                               "duplicate %1 id \"%2\" (first used in %3[%4] at "
                                               "line %5, column %6); ids must be unique within %3")
                       .arg(kindName(kind), known->id, latin1(arrayName(kind)).toString(),
                            QString::number(known->index), QString::number(first.line()),
                            QString::number(first.column())));
    }
}

Validator::Definition *Validator::definition(Kind kind, JsonValue id)
{
    std::string buffer;
    return m_ids[size_t(kind)].find(idKey(id, buffer));
}

// The record's own id, shared with its definition (a duplicate, reported already, gets a
// copy of its own).
QString Validator::ownId(Kind kind, const ObjectFields &f, Definition **self)
{
    const JsonValue id = m_in.stringValue(f, "id", Need::Required);
    if (!id.isValid())
        return {};
    Definition *d = definition(kind, id);
    if (!d || !(d->record == f.object))
        return id.toString();
    if (self)
        *self = d;
    return d->id;
}

// Returns the id as already stored (by its definition, or by an earlier answer of the
// project), so that the thousands of references to one actor share one string.
std::optional<QString> Validator::reference(const ObjectFields &f, std::string_view name, Kind kind,
                                            Need need, Definition **defined)
{
    const JsonValue value = m_in.stringValue(f, name, need);
    if (!value.isValid())
        return std::nullopt;
    if (Definition *d = definition(kind, value)) {
        if (defined)
            *defined = d;
        return d->id;
    }
    const QString id = value.toString();
    auto &cache = m_inProject[size_t(kind)];
    auto it = cache.constFind(id);
    if (it == cache.constEnd()) {
        const bool found = kind == Kind::Actor   ? m_project.hasActor(id)
                           : kind == Kind::Place ? m_project.hasPlace(id)
                                                 : m_project.hasArticle(id);
        it = cache.insert(id, found);
    }
    if (*it)
        return it.key();
    QString message =
        QCoreApplication::translate("Entente::NativeImporter",
                                    "unknown %1 \"%2\": defined neither in this file's \"%3\" "
                                    "nor in the project")
            .arg(kindName(kind), id, latin1(arrayName(kind)));
    for (int other = 0; other < kKindCount; ++other) {
        if (other != int(kind) && definition(Kind(other), value)) {
            message += u' ' + QCoreApplication::translate("Entente::NativeImporter",
                                                          "(\"%1\" is the id of a %2)")
                                  .arg(id, kindName(Kind(other)));
            break;
        }
    }
    m_in.error(value, f.pathOf(name), message);
    return std::nullopt;
}

// One shared string for each value of the free-word fields that repeat across thousands
// of records (types, roles, outlets, languages): less memory, fewer allocations.
QString Validator::common(const ObjectFields &f, std::string_view name, Need need)
{
    const JsonValue value = m_in.stringValue(f, name, need);
    if (!value.isValid())
        return {};
    if (value.hasEscapes())
        return value.toString();
    const auto [it, inserted] = m_common.try_emplace(value.rawText());
    if (inserted)
        it->second = value.toString();
    return it->second;
}

const ArticleText *Validator::projectArticleText(const QString &id)
{
    const auto it = m_projectTexts.constFind(id);
    if (it != m_projectTexts.constEnd())
        return it->get();
    std::shared_ptr<ArticleText> text;
    if (const auto stored = m_project.articleText(id))
        text = std::make_shared<ArticleText>(ArticleText{*stored, TextOffsets(*stored)});
    m_projectTexts.insert(id, text);
    return text.get();
}

QVector<Evidence> Validator::evidence(const ObjectFields &f)
{
    QVector<Evidence> out;
    const JsonPath path = f.pathOf("evidence");
    const JsonValue list = m_in.array(f, "evidence");
    out.reserve(list.size());
    qsizetype i = 0;
    for (const JsonValue item : list.elements()) {
        const JsonPath itemPath = path.at(i++);
        if (!isObject(item, itemPath))
            continue;
        const ObjectFields e = m_in.fields(item, itemPath, kEvidenceFields);
        Definition *article = nullptr;
        const auto articleId = reference(e, "article", Kind::Article, Need::Required, &article);
        // An article of this file without usable text has its own error already.
        const ArticleText *text = article     ? article->text.get()
                                  : articleId ? projectArticleText(*articleId)
                                              : nullptr;
        if (articleId && !article && !text)
            m_in.error(e.get("article"), e.pathOf("article"),
                       QCoreApplication::translate("Entente::NativeImporter",
                                                   "the project holds no text for article \"%1\"")
                           .arg(*articleId));
        Evidence ev;
        if (m_in.span(e, articleId.value_or(QString()), text, ev.span)) {
            ev.articleId = *articleId;
            out << std::move(ev);
        }
    }
    return out;
}

void Validator::readArticle(JsonValue value, const JsonPath &path)
{
    const ObjectFields f = m_in.fields(value, path, kArticleFields);
    Article a;
    Definition *self = nullptr;
    a.id = ownId(Kind::Article, f, &self);
    a.title = m_in.string(f, "title", Need::Required).value_or(QString());
    const auto text = m_in.string(f, "text", Need::Required);
    a.text = text.value_or(QString());
    a.source = common(f, "source", Need::Optional);
    a.url = m_in.string(f, "url", Need::Optional).value_or(QString());
    a.language = common(f, "language", Need::Optional);
    if (!a.language.isEmpty() && !isLanguageTag(a.language))
        m_in.error(f.get("language"), f.pathOf("language"),
                   QCoreApplication::translate("Entente::NativeImporter",
                                               "language \"%1\" is not a BCP 47 tag; expected "
                                               "a tag such as \"en\", \"ar\" or \"fr-CA\"")
                       .arg(a.language));
    if (const auto published = m_in.date(f, "published", Need::Optional, true, false))
        a.published = published->start();

    std::shared_ptr<ArticleText> articleText;
    if (text)
        articleText = std::make_shared<ArticleText>(ArticleText{*text, TextOffsets(*text)});
    if (self)
        self->text = articleText;

    const JsonPath mentionsPath = f.pathOf("mentions");
    const JsonValue mentions = m_in.array(f, "mentions");
    a.mentions.reserve(mentions.size());
    qsizetype i = 0;
    for (const JsonValue item : mentions.elements()) {
        const JsonPath itemPath = mentionsPath.at(i++);
        if (!isObject(item, itemPath))
            continue;
        const ObjectFields m = m_in.fields(item, itemPath, kMentionFields);
        const bool hasActor = m_in.present(m, "actor", Need::Optional).isValid();
        const bool hasPlace = m_in.present(m, "place", Need::Optional).isValid();
        Mention mention;
        std::optional<QString> target;
        if (hasActor && hasPlace) {
            m_in.error(item, itemPath,
                       QCoreApplication::translate("Entente::NativeImporter",
                                                   "a mention names an actor or a place, not "
                                                   "both"));
        } else if (!hasActor && !hasPlace) {
            m_in.error(item, itemPath,
                       QCoreApplication::translate("Entente::NativeImporter",
                                                   "missing \"actor\" or \"place\": a mention "
                                                   "names exactly one of them"));
        } else if (hasActor) {
            Definition *actor = nullptr;
            target = reference(m, "actor", Kind::Actor, Need::Required, &actor);
            if (actor)
                actor->mentioned = true;
            mention.actorId = target.value_or(QString());
        } else {
            target = reference(m, "place", Kind::Place, Need::Required);
            mention.placeId = target.value_or(QString());
        }
        if (m_in.span(m, a.id, articleText.get(), mention.span) && target)
            a.mentions << std::move(mention);
    }
    m_corpus.articles << std::move(a);
}

void Validator::readActor(JsonValue value, const JsonPath &path)
{
    const ObjectFields f = m_in.fields(value, path, kActorFields);
    Actor a;
    a.id = ownId(Kind::Actor, f);
    a.name = m_in.string(f, "name", Need::Required).value_or(QString());
    a.kind = m_in.enumValue(f, "kind", Need::Required, &actorKindFromString, &actorKindNames,
                            QT_TRANSLATE_NOOP("Entente::NativeImporter", "actor kind"))
                 .value_or(ActorKind::Other);
    a.country = m_in.countryCode(f, "country");
    a.aliases = m_in.stringList(f, "aliases");
    a.baseId = reference(f, "base", Kind::Place, Need::Optional).value_or(QString());
    m_corpus.actors << std::move(a);
}

void Validator::readPlace(JsonValue value, const JsonPath &path)
{
    const ObjectFields f = m_in.fields(value, path, kPlaceFields);
    Place p;
    p.id = ownId(Kind::Place, f);
    p.name = m_in.string(f, "name", Need::Required).value_or(QString());
    p.country = m_in.countryCode(f, "country");
    p.kind = m_in.enumValue(f, "kind", Need::Optional, &placeKindFromString, &placeKindNames,
                            QT_TRANSLATE_NOOP("Entente::NativeImporter", "place kind"))
                 .value_or(PlaceKind::Unspecified);
    const auto coordinate = [&](std::string_view name, double limit) -> std::optional<double> {
        const auto v = m_in.number(f, name, Need::Optional);
        if (v && std::abs(*v) > limit) {
            m_in.error(f.get(name), f.pathOf(name),
                       QCoreApplication::translate("Entente::NativeImporter",
                                                   "\"%1\" %2 is out of range; expected WGS 84 "
                                                   "degrees from -%3 to %3")
                           .arg(latin1(name))
                           .arg(*v)
                           .arg(limit));
            return std::nullopt;
        }
        return v;
    };
    p.lat = coordinate("lat", 90);
    p.lon = coordinate("lon", 180);
    const auto given = [&](std::string_view name) {
        const JsonValue v = f.get(name);
        return v.isValid() && !v.isNull();
    };
    if (given("lat") != given("lon")) {
        const std::string_view has = given("lat") ? "lat" : "lon";
        m_in.error(f.get(has), f.pathOf(has),
                   QCoreApplication::translate("Entente::NativeImporter",
                                               "\"%1\" given without \"%2\"; a position needs both")
                       .arg(latin1(has), latin1(given("lat") ? "lon" : "lat")));
    } else if (!given("lat") && !given("country")) {
        m_in.error(value, path,
                   QCoreApplication::translate("Entente::NativeImporter",
                                               "place \"%1\" has no position; expected \"lat\" "
                                               "and \"lon\", or a \"country\" that locates it")
                       .arg(p.id));
    }
    m_corpus.places << std::move(p);
}

void Validator::readEvent(JsonValue value, const JsonPath &path)
{
    const ObjectFields f = m_in.fields(value, path, kEventFields);
    Event e;
    e.id = ownId(Kind::Event, f);
    e.type = common(f, "type", Need::Required);
    if (!e.type.isEmpty() && !m_eventTypes.contains(e.type))
        m_in.warning(f.get("type"), f.pathOf("type"),
                     QCoreApplication::translate("Entente::NativeImporter",
                                                 "event type \"%1\" is not one of the suggested "
                                                 "types (%2); kept as given")
                         .arg(e.type, m_eventTypes.join(QStringLiteral(", "))));
    if (const auto date = m_in.date(f, "date", Need::Required, true, true)) {
        if (date->isOpenStart() && date->isOpenEnd())
            m_in.error(f.get("date"), f.pathOf("date"),
                       QCoreApplication::translate("Entente::NativeImporter",
                                                   "invalid date \"../..\" in \"date\"; an event "
                                                   "needs at least one known end"));
        e.date = *date;
    }
    e.title = m_in.string(f, "title", Need::Required).value_or(QString());
    e.placeId = reference(f, "place", Kind::Place, Need::Optional).value_or(QString());
    const JsonPath participantsPath = f.pathOf("participants");
    const JsonValue participants = m_in.array(f, "participants");
    e.participants.reserve(participants.size());
    qsizetype i = 0;
    for (const JsonValue item : participants.elements()) {
        const JsonPath itemPath = participantsPath.at(i++);
        if (!isObject(item, itemPath))
            continue;
        const ObjectFields p = m_in.fields(item, itemPath, kParticipantFields);
        Participant participant;
        participant.actorId =
            reference(p, "actor", Kind::Actor, Need::Required).value_or(QString());
        participant.role = common(p, "role", Need::Optional);
        e.participants << participant;
    }
    e.cameo = m_in.string(f, "cameo", Need::Optional).value_or(QString());
    e.evidence = evidence(f);
    m_corpus.events << std::move(e);
}

void Validator::readRelation(JsonValue value, const JsonPath &path)
{
    const ObjectFields f = m_in.fields(value, path, kRelationFields);
    Relation r;
    r.id = ownId(Kind::Relation, f);
    r.sourceId = reference(f, "source", Kind::Actor, Need::Required).value_or(QString());
    r.targetId = reference(f, "target", Kind::Actor, Need::Required).value_or(QString());
    const auto type =
        m_in.enumValue(f, "type", Need::Required, &relationTypeFromString, &relationTypeNames,
                       QT_TRANSLATE_NOOP("Entente::NativeImporter", "relation type"));
    r.type = type.value_or(RelationType::Supports);
    if (const auto aspect = m_in.string(f, "aspect", Need::Optional)) {
        if (!m_aspects.contains(*aspect))
            m_in.error(f.get("aspect"), f.pathOf("aspect"),
                       QCoreApplication::translate("Entente::NativeImporter",
                                                   "unknown aspect \"%1\"; expected one of: %2")
                           .arg(*aspect, m_aspects.join(QStringLiteral(", "))));
        else if (type && *type != RelationType::Supports)
            m_in.warning(f.get("aspect"), f.pathOf("aspect"),
                         QCoreApplication::translate("Entente::NativeImporter",
                                                     "\"aspect\" qualifies \"supports\" "
                                                     "relations; kept, but this one is \"%1\"")
                             .arg(toString(*type)));
        r.aspect = *aspect;
    }
    if (!r.sourceId.isEmpty() && r.sourceId == r.targetId)
        m_in.warning(f.get("target"), f.pathOf("target"),
                     QCoreApplication::translate("Entente::NativeImporter",
                                                 "source and target are the same actor \"%1\"")
                         .arg(r.sourceId));
    r.valid = m_in.date(f, "valid", Need::Optional, false, true);
    r.viaId = reference(f, "via", Kind::Actor, Need::Optional).value_or(QString());
    r.claimedById = reference(f, "claimed_by", Kind::Actor, Need::Optional).value_or(QString());
    r.confidence = m_in.number(f, "confidence", Need::Optional);
    if (r.confidence && (*r.confidence < 0 || *r.confidence > 1))
        m_in.error(f.get("confidence"), f.pathOf("confidence"),
                   QCoreApplication::translate("Entente::NativeImporter",
                                               "confidence %1 is out of range; expected a number "
                                               "from 0 to 1")
                       .arg(*r.confidence));
    r.evidence = evidence(f);
    m_corpus.relations << std::move(r);
}

void Validator::warnUnmentionedActors()
{
    const JsonPath actorsPath = m_root.field("actors");
    for (const auto &[key, actor] : m_ids[size_t(Kind::Actor)]) {
        if (actor.mentioned || m_project.isActorMentioned(actor.id))
            continue;
        m_in.warning(actor.record, actorsPath.at(actor.index),
                     QCoreApplication::translate("Entente::NativeImporter",
                                                 "actor \"%1\" is never mentioned in any article")
                         .arg(actor.id));
    }
}

} // namespace

ParsedFile validateNativeCorpus(const JsonDocument &doc, const QString &fileName,
                                const ProjectLookup &project, int maxErrors)
{
    ParsedFile out = Validator(doc, fileName, project, maxErrors).run();
    out.file = fileName;
    return out;
}

} // namespace entente
