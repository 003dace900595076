#include "nativevalidator.h"

#include "io/nativefieldreader.h"
#include "model/textoffsets.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>
#include <memory>

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

// Long quotes are cut in messages; the path and position already say where they are.
QString shown(const QString &text)
{
    qsizetype cut = 60;
    if (text.size() > cut && text.at(cut - 1).isHighSurrogate())
        --cut; // never split a character
    QString s = text.size() > cut ? text.left(cut) + u'…' : text;
    s.replace(u'\n', u' ');
    return u'"' + s + u'"';
}

struct ArticleText
{
    QString text;
    TextOffsets offsets;
};

struct Definition
{
    JsonValue record;
    qsizetype index;
};

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
    void collectIds(Kind kind, JsonValue array, const JsonPath &path);
    std::optional<QString> known(Kind kind, const QString &id);
    std::optional<QString> reference(const ObjectFields &f, std::string_view name, Kind kind,
                                     Need need);
    const ArticleText *articleText(const QString &id);
    bool span(const ObjectFields &f, const QString &articleId, const ArticleText *text,
              TextSpan &out);
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
    std::array<QHash<QString, Definition>, kKindCount> m_ids;
    std::array<QHash<QString, bool>, 3> m_inProject;      // answers of the project, cached
    QHash<QString, std::shared_ptr<ArticleText>> m_texts; // null: no usable text
    QSet<QString> m_mentionedActors;
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
            format.isString() ? shown(format.toString()) : JsonValue::typeName(format.type());
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

void Validator::collectIds(Kind kind, JsonValue array, const JsonPath &path)
{
    auto &ids = m_ids[size_t(kind)];
    qsizetype i = 0;
    for (const JsonValue item : array.elements()) {
        const qsizetype index = i++;
        const JsonValue idValue = item.member("id");
        const QString id = idValue.toString();
        if (id.trimmed().isEmpty())
            continue; // not a string, or empty: reported when the record is read
        const auto it = ids.constFind(id);
        if (it == ids.constEnd()) {
            ids.insert(id, Definition{item, index});
            continue;
        }
        const JsonValue first = it->record.member("id");
        m_in.error(idValue, path.at(index).field("id"),
                   QCoreApplication::translate("Entente::NativeImporter",
                                               "duplicate %1 id \"%2\" (first used in %3[%4] at "
                                               "line %5, column %6); ids must be unique within %3")
                       .arg(kindName(kind), id, latin1(arrayName(kind)))
                       .arg(it->index)
                       .arg(first.line())
                       .arg(first.column()));
    }
}

// The id as already stored (ids, or project answers, seen before), so that the thousands
// of references to one actor share one string; nullopt when the id is unknown.
std::optional<QString> Validator::known(Kind kind, const QString &id)
{
    const auto &ids = m_ids[size_t(kind)];
    if (const auto it = ids.constFind(id); it != ids.constEnd())
        return it.key();
    auto &cache = m_inProject[size_t(kind)];
    auto it = cache.constFind(id);
    if (it == cache.constEnd()) {
        const bool found = kind == Kind::Actor   ? m_project.hasActor(id)
                           : kind == Kind::Place ? m_project.hasPlace(id)
                                                 : m_project.hasArticle(id);
        it = cache.insert(id, found);
    }
    return *it ? std::optional<QString>(it.key()) : std::nullopt;
}

std::optional<QString> Validator::reference(const ObjectFields &f, std::string_view name, Kind kind,
                                            Need need)
{
    const auto id = m_in.string(f, name, need);
    if (!id)
        return id;
    if (auto stored = known(kind, *id))
        return stored;
    QString message =
        QCoreApplication::translate("Entente::NativeImporter",
                                    "unknown %1 \"%2\": defined neither in this file's \"%3\" "
                                    "nor in the project")
            .arg(kindName(kind), *id, latin1(arrayName(kind)));
    for (int other = 0; other < kKindCount; ++other) {
        if (other != int(kind) && m_ids[size_t(other)].contains(*id)) {
            message += u' ' + QCoreApplication::translate("Entente::NativeImporter",
                                                          "(\"%1\" is the id of a %2)")
                                  .arg(*id, kindName(Kind(other)));
            break;
        }
    }
    m_in.error(f.get(name), f.pathOf(name), message);
    return std::nullopt;
}

const ArticleText *Validator::articleText(const QString &id)
{
    const auto it = m_texts.constFind(id);
    if (it != m_texts.constEnd())
        return it->get();
    // Every article of this file is cached when read, so this one is in the project.
    std::shared_ptr<ArticleText> text;
    if (const auto stored = m_project.articleText(id))
        text = std::make_shared<ArticleText>(ArticleText{*stored, TextOffsets(*stored)});
    m_texts.insert(id, text);
    return text.get();
}

// Reads start, end and quote of a mention or of evidence and checks them against the
// article's text. A quote that disagrees with the offsets re-anchors them when it occurs
// exactly once in the text.
bool Validator::span(const ObjectFields &f, const QString &articleId, const ArticleText *text,
                     TextSpan &out)
{
    const auto start = m_in.integer(f, "start", Need::Required);
    const auto end = m_in.integer(f, "end", Need::Required);
    const auto quote = m_in.string(f, "quote", Need::Optional);
    if (!start || !end || !text)
        return false;
    const qint64 length = text->offsets.codePointCount();
    std::string_view where = "end";
    QString problem;
    if (*start < 0 || *end < 0) {
        where = *start < 0 ? "start" : "end";
        problem = QCoreApplication::translate("Entente::NativeImporter",
                                              "offset %1 is negative; offsets count code points "
                                              "from 0")
                      .arg(*start < 0 ? *start : *end);
    } else if (*end < *start) {
        problem = QCoreApplication::translate("Entente::NativeImporter",
                                              "the span is reversed: end %1 comes before start %2")
                      .arg(*end)
                      .arg(*start);
    } else if (*end == *start) {
        problem = QCoreApplication::translate("Entente::NativeImporter",
                                              "the span is empty: end %1 equals start; expected "
                                              "end > start (end is exclusive)")
                      .arg(*end);
    } else if (*end > length) {
        problem = QCoreApplication::translate("Entente::NativeImporter",
                                              "end %1 is out of range: the text of article "
                                              "\"%2\" has %3 code points")
                      .arg(*end)
                      .arg(articleId)
                      .arg(length);
    }
    if (problem.isEmpty()) {
        const qsizetype from = text->offsets.toUtf16(*start);
        const QStringView actual =
            QStringView(text->text).mid(from, text->offsets.toUtf16(*end) - from);
        if (!quote || *quote == actual) {
            out = TextSpan{*start, *end, quote ? *quote : actual.toString()};
            return true;
        }
        problem = QCoreApplication::translate("Entente::NativeImporter", "the text at %1..%2 is %3")
                      .arg(*start)
                      .arg(*end)
                      .arg(shown(actual.toString()));
    }
    if (!quote) {
        m_in.error(f.get(where), f.pathOf(where), problem);
        return false;
    }
    const JsonValue quoteValue = f.get("quote");
    const JsonPath quotePath = f.pathOf("quote");
    if (quote->isEmpty()) {
        m_in.error(quoteValue, quotePath,
                   QCoreApplication::translate("Entente::NativeImporter",
                                               "the quote is empty (%1); expected the text of "
                                               "the span")
                       .arg(problem));
        return false;
    }
    qsizetype found = -1;
    int count = 0;
    for (qsizetype at = text->text.indexOf(*quote); at >= 0 && count < 1000;
         at = text->text.indexOf(*quote, at + 1)) {
        if (count++ == 0)
            found = at;
    }
    if (count == 1) {
        const qint64 newStart = text->offsets.toCodePoint(found);
        const qint64 newEnd = text->offsets.toCodePoint(found + quote->size());
        m_in.warning(quoteValue, quotePath,
                     QCoreApplication::translate("Entente::NativeImporter",
                                                 "quote %1 did not match the offsets (%2); "
                                                 "re-anchored from %3..%4 to %5..%6")
                         .arg(shown(*quote), problem)
                         .arg(*start)
                         .arg(*end)
                         .arg(newStart)
                         .arg(newEnd));
        out = TextSpan{newStart, newEnd, *quote};
        return true;
    }
    const QString message =
        count == 0 ? QCoreApplication::translate("Entente::NativeImporter",
                                                 "quote %1 does not match the offsets (%2) and "
                                                 "does not occur in article \"%3\"")
                         .arg(shown(*quote), problem, articleId)
                   : QCoreApplication::translate("Entente::NativeImporter",
                                                 "quote %1 does not match the offsets (%2) and "
                                                 "occurs %3 times in article \"%4\", so it cannot "
                                                 "be re-anchored; fix start and end")
                         .arg(shown(*quote), problem)
                         .arg(count)
                         .arg(articleId);
    m_in.error(quoteValue, quotePath, message);
    return false;
}

QVector<Evidence> Validator::evidence(const ObjectFields &f)
{
    QVector<Evidence> out;
    const JsonPath path = f.pathOf("evidence");
    qsizetype i = 0;
    for (const JsonValue item : m_in.array(f, "evidence").elements()) {
        const JsonPath itemPath = path.at(i++);
        if (!isObject(item, itemPath))
            continue;
        const ObjectFields e = m_in.fields(item, itemPath, kEvidenceFields);
        const auto articleId = reference(e, "article", Kind::Article, Need::Required);
        const ArticleText *text = articleId ? articleText(*articleId) : nullptr;
        if (articleId && !text && !m_ids[size_t(Kind::Article)].contains(*articleId))
            m_in.error(e.get("article"), e.pathOf("article"),
                       QCoreApplication::translate("Entente::NativeImporter",
                                                   "the project holds no text for article \"%1\"")
                           .arg(*articleId));
        Evidence ev;
        if (span(e, articleId.value_or(QString()), text, ev.span)) {
            ev.articleId = *articleId;
            out << ev;
        }
    }
    return out;
}

void Validator::readArticle(JsonValue value, const JsonPath &path)
{
    const ObjectFields f = m_in.fields(value, path, kArticleFields);
    Article a;
    const auto id = m_in.string(f, "id", Need::Required);
    a.id = id.value_or(QString());
    a.title = m_in.string(f, "title", Need::Required).value_or(QString());
    const auto text = m_in.string(f, "text", Need::Required);
    a.text = text.value_or(QString());
    a.source = m_in.string(f, "source", Need::Optional).value_or(QString());
    a.url = m_in.string(f, "url", Need::Optional).value_or(QString());
    a.language = m_in.string(f, "language", Need::Optional).value_or(QString());
    if (const auto published = m_in.date(f, "published", Need::Optional, true, false))
        a.published = published->start();

    std::shared_ptr<ArticleText> articleText;
    if (text)
        articleText = std::make_shared<ArticleText>(ArticleText{*text, TextOffsets(*text)});
    if (id && !m_texts.contains(*id))
        m_texts.insert(*id, articleText);

    const JsonPath mentionsPath = f.pathOf("mentions");
    qsizetype i = 0;
    for (const JsonValue item : m_in.array(f, "mentions").elements()) {
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
            target = reference(m, "actor", Kind::Actor, Need::Required);
            mention.actorId = target.value_or(QString());
        } else {
            target = reference(m, "place", Kind::Place, Need::Required);
            mention.placeId = target.value_or(QString());
        }
        if (span(m, a.id, articleText.get(), mention.span) && target) {
            if (hasActor)
                m_mentionedActors.insert(*target);
            a.mentions << mention;
        }
    }
    m_corpus.articles << a;
}

void Validator::readActor(JsonValue value, const JsonPath &path)
{
    const ObjectFields f = m_in.fields(value, path, kActorFields);
    Actor a;
    a.id = m_in.string(f, "id", Need::Required).value_or(QString());
    a.name = m_in.string(f, "name", Need::Required).value_or(QString());
    a.kind = m_in.enumValue(f, "kind", Need::Required, &actorKindFromString, actorKindNames(),
                            QCoreApplication::translate("Entente::NativeImporter", "actor kind"))
                 .value_or(ActorKind::Other);
    a.country = m_in.countryCode(f, "country");
    a.aliases = m_in.stringList(f, "aliases");
    a.baseId = reference(f, "base", Kind::Place, Need::Optional).value_or(QString());
    m_corpus.actors << a;
}

void Validator::readPlace(JsonValue value, const JsonPath &path)
{
    const ObjectFields f = m_in.fields(value, path, kPlaceFields);
    Place p;
    p.id = m_in.string(f, "id", Need::Required).value_or(QString());
    p.name = m_in.string(f, "name", Need::Required).value_or(QString());
    p.country = m_in.countryCode(f, "country");
    p.kind = m_in.enumValue(f, "kind", Need::Optional, &placeKindFromString, placeKindNames(),
                            QCoreApplication::translate("Entente::NativeImporter", "place kind"))
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
    m_corpus.places << p;
}

void Validator::readEvent(JsonValue value, const JsonPath &path)
{
    const ObjectFields f = m_in.fields(value, path, kEventFields);
    Event e;
    e.id = m_in.string(f, "id", Need::Required).value_or(QString());
    e.type = m_in.string(f, "type", Need::Required).value_or(QString());
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
    qsizetype i = 0;
    for (const JsonValue item : m_in.array(f, "participants").elements()) {
        const JsonPath itemPath = participantsPath.at(i++);
        if (!isObject(item, itemPath))
            continue;
        const ObjectFields p = m_in.fields(item, itemPath, kParticipantFields);
        Participant participant;
        participant.actorId =
            reference(p, "actor", Kind::Actor, Need::Required).value_or(QString());
        participant.role = m_in.string(p, "role", Need::Optional).value_or(QString());
        e.participants << participant;
    }
    e.cameo = m_in.string(f, "cameo", Need::Optional).value_or(QString());
    e.evidence = evidence(f);
    m_corpus.events << e;
}

void Validator::readRelation(JsonValue value, const JsonPath &path)
{
    const ObjectFields f = m_in.fields(value, path, kRelationFields);
    Relation r;
    r.id = m_in.string(f, "id", Need::Required).value_or(QString());
    r.sourceId = reference(f, "source", Kind::Actor, Need::Required).value_or(QString());
    r.targetId = reference(f, "target", Kind::Actor, Need::Required).value_or(QString());
    const auto type =
        m_in.enumValue(f, "type", Need::Required, &relationTypeFromString, relationTypeNames(),
                       QCoreApplication::translate("Entente::NativeImporter", "relation type"));
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
    m_corpus.relations << r;
}

void Validator::warnUnmentionedActors()
{
    const JsonPath actorsPath = m_root.field("actors");
    for (auto it = m_ids[size_t(Kind::Actor)].cbegin(); it != m_ids[size_t(Kind::Actor)].cend();
         ++it) {
        if (m_mentionedActors.contains(it.key()) || m_project.isActorMentioned(it.key()))
            continue;
        m_in.warning(it->record, actorsPath.at(it->index),
                     QCoreApplication::translate("Entente::NativeImporter",
                                                 "actor \"%1\" is never mentioned in any article")
                         .arg(it.key()));
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
