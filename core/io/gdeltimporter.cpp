#include "gdeltimporter.h"

#include "geo/countrycodes.h"
#include "io/delimitedreader.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QSet>

#include <spdlog/spdlog.h>

#include <array>

using namespace Qt::StringLiterals;

namespace entente {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Entente::GdeltImporter", text);
}

// clang-format off
enum Column {
    GlobalEventId, SqlDate, Actor1Code, Actor1Name, Actor1Country, Actor1Type, Actor2Code,
    Actor2Name, Actor2Country, Actor2Type, EventCode, EventRootCode, QuadClass, Goldstein,
    NumMentions, NumSources, NumArticles, AvgTone, GeoType, GeoName, GeoCountry, GeoLat, GeoLong,
    GeoFeature, DateAdded, SourceUrl, ColumnCount
};
// clang-format on

// The header names of the codebooks (compared case-insensitively).
// clang-format off
constexpr std::array<const char *, ColumnCount> kNames = {
    "GLOBALEVENTID", "SQLDATE", "Actor1Code", "Actor1Name", "Actor1CountryCode",
    "Actor1Type1Code", "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2Type1Code",
    "EventCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions", "NumSources",
    "NumArticles", "AvgTone", "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode",
    "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID", "DATEADDED", "SOURCEURL"};
// clang-format on

constexpr Column kRequired[] = {GlobalEventId, SqlDate, EventCode, QuadClass};

// Positions in the header-less files. 2.0 added an ADM2 code to each of the three
// geographies, which shifts ActionGeo by four; 1.0 files before April 2013 lack SOURCEURL.
constexpr std::array<int, ColumnCount> kLayout1 = {0,  1,  5,  6,  7,  12, 15, 16, 17,
                                                   22, 26, 28, 29, 30, 31, 32, 33, 34,
                                                   49, 50, 51, 53, 54, 55, 56, 57};
constexpr std::array<int, ColumnCount> kLayout2 = {0,  1,  5,  6,  7,  12, 15, 16, 17,
                                                   22, 26, 28, 29, 30, 31, 32, 33, 34,
                                                   51, 52, 53, 56, 57, 58, 59, 60};

// CAMEO root categories 01..20: the stable type word and the title label.
struct RootCategory
{
    const char *type;
    const char *label;
};
constexpr std::array<RootCategory, 20> kRoots = {{
    {"make_public_statement", QT_TRANSLATE_NOOP("Entente::GdeltImporter", "Make public statement")},
    {"appeal", QT_TRANSLATE_NOOP("Entente::GdeltImporter", "Appeal")},
    {"express_intent_to_cooperate",
     QT_TRANSLATE_NOOP("Entente::GdeltImporter", "Express intent to cooperate")},
    {"consult", QT_TRANSLATE_NOOP("Entente::GdeltImporter", "Consult")},
    {"diplomatic_cooperation",
     QT_TRANSLATE_NOOP("Entente::GdeltImporter", "Engage in diplomatic cooperation")},
    {"material_cooperation",
     QT_TRANSLATE_NOOP("Entente::GdeltImporter", "Engage in material cooperation")},
    {"aid", QT_TRANSLATE_NOOP("Entente::GdeltImporter", "Provide aid")},
    {"yield", QT_TRANSLATE_NOOP("Entente::GdeltImporter", "Yield")},
    {"investigate", QT_TRANSLATE_NOOP("Entente::GdeltImporter", "Investigate")},
    {"demand", QT_TRANSLATE_NOOP("Entente::GdeltImporter", "Demand")},
    {"disapprove", QT_TRANSLATE_NOOP("Entente::GdeltImporter", "Disapprove")},
    {"reject", QT_TRANSLATE_NOOP("Entente::GdeltImporter", "Reject")},
    {"threaten", QT_TRANSLATE_NOOP("Entente::GdeltImporter", "Threaten")},
    {"protest", QT_TRANSLATE_NOOP("Entente::GdeltImporter", "Protest")},
    {"force_posture", QT_TRANSLATE_NOOP("Entente::GdeltImporter", "Exhibit force posture")},
    {"reduce_relations", QT_TRANSLATE_NOOP("Entente::GdeltImporter", "Reduce relations")},
    {"coerce", QT_TRANSLATE_NOOP("Entente::GdeltImporter", "Coerce")},
    {"assault", QT_TRANSLATE_NOOP("Entente::GdeltImporter", "Assault")},
    {"fight", QT_TRANSLATE_NOOP("Entente::GdeltImporter", "Fight")},
    {"mass_violence",
     QT_TRANSLATE_NOOP("Entente::GdeltImporter", "Use unconventional mass violence")},
}};

ActorKind kindOf(const QString &code, const QString &country, const QString &type)
{
    if (type == u"GOV")
        return ActorKind::Government;
    if (type == u"MIL" || type == u"REB" || type == u"INS" || type == u"SEP" || type == u"UAF")
        return ActorKind::ArmedGroup;
    if (type == u"IGO")
        return ActorKind::Intergovernmental;
    if (type == u"NGO" || type == u"NGM")
        return ActorKind::Organisation;
    if (type.isEmpty() && code.size() == 3 && code == country)
        return ActorKind::State;
    return ActorKind::Other;
}

std::optional<FuzzyDate> parseYmd(QStringView digits)
{
    if (digits.size() < 8)
        return std::nullopt;
    bool ok = false;
    const int ymd = digits.left(8).toInt(&ok);
    if (!ok)
        return std::nullopt;
    const QDate date(ymd / 10000, ymd / 100 % 100, ymd % 100);
    if (!date.isValid())
        return std::nullopt;
    return FuzzyDate::fromYmd(date.year(), date.month(), date.day());
}

// The host of an http(s) URL, without parsing the rest (QUrl costs more than the whole row).
QString hostOf(const QString &url)
{
    const qsizetype scheme = url.indexOf(u"://"_s);
    if (scheme < 0)
        return {};
    qsizetype end = scheme + 3;
    while (end < url.size() && url.at(end) != u'/' && url.at(end) != u':' && url.at(end) != u'?' &&
           url.at(end) != u'#')
        ++end;
    QString host = url.mid(scheme + 3, end - scheme - 3);
    if (const qsizetype at = host.lastIndexOf(u'@'); at >= 0)
        host.remove(0, at + 1);
    return host.toLower();
}

class GdeltFile final
{
public:
    GdeltFile(const QString &fileName, const ImportLimits &limits)
        : m_fileName(fileName), m_limits(limits)
    {
        m_out.file = fileName;
        m_index.fill(-1);
        for (size_t i = 0; i < kRoots.size(); ++i) {
            m_types[i] = QString::fromLatin1(kRoots[i].type);
            m_labels[i] = QCoreApplication::translate("Entente::GdeltImporter", kRoots[i].label);
        }
    }

    ParsedFile read(QIODevice *device);

private:
    bool readLayout(DelimitedReader &reader, bool *isHeader);
    void readRow(const DelimitedReader &reader);
    QString value(const DelimitedReader &reader, Column column) const
    {
        return m_index[column] < 0 ? QString() : reader.trimmedField(m_index[column]);
    }
    void error(int line, const QString &path, const QString &message);
    void warning(int line, const QString &message);
    QString actorId(const DelimitedReader &reader, Column code, Column name, Column country,
                    Column type);
    QString placeId(const DelimitedReader &reader, int line, bool *ok);
    int articleIndex(const QString &url, const std::optional<FuzzyDate> &published);
    void relate(RelationType type, const QString &a, const QString &b, const FuzzyDate &date,
                int article);

    QString m_fileName;
    ImportLimits m_limits;
    ParsedFile m_out;
    int m_errorCount = 0;
    int m_warningCount = 0;
    int m_fields = 0;
    std::array<int, ColumnCount> m_index{};
    QHash<QString, int> m_actors;
    QHash<QString, int> m_places;
    QHash<QString, int> m_articles; // url -> index
    QHash<QString, int> m_relations;
    QSet<quint64> m_relationEvidence; // relation index << 32 | article index
    QHash<QString, int> m_eventLines;
    // Built once per file rather than per row: 100k rows is 100k of each.
    std::array<QString, 20> m_types;
    std::array<QString, 20> m_labels;
    QString m_bothTitle = tr("%1 → %2: %3");
    QString m_oneTitle = tr("%1: %2");
};

void GdeltFile::error(int line, const QString &path, const QString &message)
{
    ++m_errorCount;
    if (m_limits.maxErrors > 0 && m_errorCount > m_limits.maxErrors)
        return;
    m_out.errors << Diagnostic{Diagnostic::Severity::Error, m_fileName, path, line, 0, message};
}

void GdeltFile::warning(int line, const QString &message)
{
    ++m_warningCount;
    if (m_limits.maxErrors > 0 && m_warningCount > m_limits.maxErrors)
        return;
    m_out.warnings << Diagnostic{Diagnostic::Severity::Warning, m_fileName, {}, line, 0, message};
}

bool GdeltFile::readLayout(DelimitedReader &reader, bool *isHeader)
{
    const DelimitedReader::Status status = reader.next();
    if (status == DelimitedReader::Status::End) {
        error(0, {}, tr("the file is empty; expected GDELT event rows"));
        return false;
    }
    if (status != DelimitedReader::Status::Ok) {
        error(reader.line(), {}, reader.statusMessage(status));
        return false;
    }
    m_fields = reader.fieldCount();
    *isHeader = reader.trimmedField(0).compare(u"GLOBALEVENTID"_s, Qt::CaseInsensitive) == 0;
    if (*isHeader) {
        QHash<QString, int> byName;
        for (int i = 0; i < reader.fieldCount(); ++i)
            byName.insert(reader.trimmedField(i).toLower(), i);
        for (int c = 0; c < ColumnCount; ++c)
            m_index[c] = byName.value(QString::fromLatin1(kNames[c]).toLower(), -1);
        bool ok = true;
        for (Column c : kRequired) {
            if (m_index[c] < 0) {
                error(1, {},
                      tr("missing required column \"%1\"").arg(QString::fromLatin1(kNames[c])));
                ok = false;
            }
        }
        return ok;
    }
    if (m_fields == 57 || m_fields == 58)
        m_index = kLayout1;
    else if (m_fields == 61)
        m_index = kLayout2;
    else {
        error(reader.line(), {},
              tr("not a GDELT events file: found %1 fields, expected 57 or 58 (GDELT 1.0) or "
                 "61 (GDELT 2.0) tab-separated fields, or a header row starting with "
                 "GLOBALEVENTID")
                  .arg(m_fields));
        return false;
    }
    if (m_fields == 57)
        m_index[SourceUrl] = -1;
    return true;
}

QString GdeltFile::actorId(const DelimitedReader &reader, Column codeColumn, Column nameColumn,
                           Column countryColumn, Column typeColumn)
{
    const QString code = value(reader, codeColumn);
    const QString name = value(reader, nameColumn);
    if (code.isEmpty() && name.isEmpty())
        return {};
    const QString id = u"gdelt:"_s + (code.isEmpty() ? name : code);
    const auto it = m_actors.constFind(id);
    if (it != m_actors.cend()) {
        Actor &actor = m_out.corpus.actors[*it];
        // One code, several spellings: keep the others as aliases, a few at most.
        if (!name.isEmpty() && name != actor.name && actor.aliases.size() < 16 &&
            !actor.aliases.contains(name))
            actor.aliases << name;
        return actor.id; // shared with the actor, not a copy per row
    }
    Actor actor;
    actor.id = id;
    actor.name = name.isEmpty() ? code : name;
    const QString country = value(reader, countryColumn);
    if (const auto c = CountryCodes::fromAlpha3(country))
        actor.country = c->alpha3;
    actor.kind = kindOf(code, country, value(reader, typeColumn));
    if (!name.isEmpty() && !code.isEmpty() && code != name)
        actor.aliases << code;
    m_actors.insert(id, int(m_out.corpus.actors.size()));
    m_out.corpus.actors << actor;
    return id;
}

QString GdeltFile::placeId(const DelimitedReader &reader, int line, bool *ok)
{
    const QString latText = value(reader, GeoLat);
    const QString lonText = value(reader, GeoLong);
    if (latText.isEmpty() || lonText.isEmpty())
        return {}; // GDELT leaves ActionGeo empty when it found no place
    bool latOk = false;
    bool lonOk = false;
    const double lat = latText.toDouble(&latOk);
    const double lon = lonText.toDouble(&lonOk);
    if (!latOk || lat < -90 || lat > 90) {
        error(line, u"ActionGeo_Lat"_s,
              tr("\"%1\" is not a latitude; expected a number from -90 to 90").arg(latText));
        *ok = false;
    }
    if (!lonOk || lon < -180 || lon > 180) {
        error(line, u"ActionGeo_Long"_s,
              tr("\"%1\" is not a longitude; expected a number from -180 to 180").arg(lonText));
        *ok = false;
    }
    if (!*ok)
        return {};
    const QString feature = value(reader, GeoFeature);
    const QString key = feature.isEmpty()
                            ? QString::number(lat, 'f', 4) + u',' + QString::number(lon, 'f', 4)
                            : feature;
    const auto it = m_places.constFind(key);
    if (it != m_places.cend())
        return m_out.corpus.places.at(*it).id;
    Place place;
    place.id = u"gdelt:place:"_s + key;
    place.name = value(reader, GeoName);
    if (place.name.isEmpty())
        place.name = key;
    place.lat = lat;
    place.lon = lon;
    // ActionGeo_CountryCode is FIPS 10-4, not ISO: the coordinates locate the place.
    const QString type = value(reader, GeoType);
    if (type == u"1")
        place.kind = PlaceKind::Country;
    else if (type == u"2" || type == u"5")
        place.kind = PlaceKind::Region;
    else if (type == u"3" || type == u"4")
        place.kind = PlaceKind::City;
    m_places.insert(key, int(m_out.corpus.places.size()));
    m_out.corpus.places << place;
    return place.id;
}

int GdeltFile::articleIndex(const QString &url, const std::optional<FuzzyDate> &published)
{
    const auto it = m_articles.constFind(url);
    if (it != m_articles.cend())
        return *it;
    Article article;
    article.id = u"gdelt:"_s + url;
    article.title = url; // shares the url's data
    article.url = url;
    article.source = hostOf(url);
    article.published = published;
    const int index = int(m_out.corpus.articles.size());
    m_articles.insert(url, index);
    m_out.corpus.articles << article;
    return index;
}

void GdeltFile::relate(RelationType type, const QString &a, const QString &b, const FuzzyDate &date,
                       int article)
{
    QString source = a;
    QString target = b;
    if (!relationIsDirected(type) && target < source)
        std::swap(source, target);
    const FuzzyDate month = FuzzyDate::fromYmd(date.year(), date.month());
    const QString id =
        u"gdelt:%1:%2:%3:%4"_s.arg(toString(type), source.mid(6), target.mid(6), month.toString());
    auto it = m_relations.constFind(id);
    int index = 0;
    if (it == m_relations.cend()) {
        Relation relation;
        relation.id = id;
        relation.sourceId = source;
        relation.targetId = target;
        relation.type = type;
        relation.valid = TimeSpan::interval(month, month);
        index = int(m_out.corpus.relations.size());
        m_relations.insert(id, index);
        m_out.corpus.relations << relation;
    } else {
        index = *it;
    }
    // One evidence per row; a second row from the same article adds nothing the store
    // would keep (it unites equal spans).
    if (article >= 0 && !m_relationEvidence.contains(quint64(index) << 32 | quint32(article))) {
        m_relationEvidence.insert(quint64(index) << 32 | quint32(article));
        m_out.corpus.relations[index].evidence
            << Evidence{m_out.corpus.articles.at(article).id, TextSpan{}};
    }
}

void GdeltFile::readRow(const DelimitedReader &reader)
{
    const int line = reader.line();
    if (reader.fieldCount() != m_fields) {
        error(line, {},
              tr("found %1 fields, expected %2 (a truncated line?)")
                  .arg(reader.fieldCount())
                  .arg(m_fields));
        return;
    }
    bool ok = true;
    const QString rawId = value(reader, GlobalEventId);
    bool idOk = false;
    rawId.toLongLong(&idOk);
    if (!idOk) {
        error(line, u"GLOBALEVENTID"_s,
              tr("\"%1\" is not an event id; expected a number").arg(rawId));
        ok = false;
    }
    const QString dateText = value(reader, SqlDate);
    const std::optional<FuzzyDate> date = dateText.size() == 8 ? parseYmd(dateText) : std::nullopt;
    if (!date) {
        error(line, u"SQLDATE"_s, tr("\"%1\" is not a date; expected YYYYMMDD").arg(dateText));
        ok = false;
    }
    const QString quadText = value(reader, QuadClass);
    const int quad = quadText.toInt();
    if (quad < 1 || quad > 4) {
        error(line, u"QuadClass"_s,
              tr("\"%1\" is not a quad class; expected 1, 2, 3 or 4").arg(quadText));
        ok = false;
    }
    const QString code = value(reader, EventCode);
    if (code.isEmpty()) {
        error(line, u"EventCode"_s, tr("the CAMEO event code is empty"));
        ok = false;
    }
    const QString place = placeId(reader, line, &ok);
    if (!ok || m_errorCount > 0)
        return;
    if (const auto seen = m_eventLines.constFind(rawId); seen != m_eventLines.cend()) {
        warning(line,
                tr("event %1 is already on line %2; this row is skipped").arg(rawId).arg(*seen));
        return;
    }
    m_eventLines.insert(rawId, line);

    QString rootText = value(reader, EventRootCode);
    if (rootText.isEmpty())
        rootText = code.left(2);
    const int root = rootText.toInt();
    const bool known = root >= 1 && root <= 20;

    Event event;
    event.id = u"gdelt:"_s + rawId;
    event.type = known ? m_types[size_t(root - 1)] : u"other"_s;
    event.date = TimeSpan(*date);
    event.placeId = place;
    event.cameo = code;
    const QString actor1 = actorId(reader, Actor1Code, Actor1Name, Actor1Country, Actor1Type);
    const QString actor2 = actorId(reader, Actor2Code, Actor2Name, Actor2Country, Actor2Type);
    if (!actor1.isEmpty())
        event.participants << Participant{actor1, u"initiator"_s};
    if (!actor2.isEmpty() && actor2 != actor1)
        event.participants << Participant{actor2, u"target"_s};

    const QString label = known ? m_labels[size_t(root - 1)] : tr("CAMEO %1").arg(code);
    const auto nameOf = [this](const QString &id) {
        return m_out.corpus.actors.at(m_actors.value(id)).name;
    };
    if (!actor1.isEmpty() && !actor2.isEmpty())
        event.title = m_bothTitle.arg(nameOf(actor1), nameOf(actor2), label);
    else if (!actor1.isEmpty() || !actor2.isEmpty())
        event.title = m_oneTitle.arg(nameOf(actor1.isEmpty() ? actor2 : actor1), label);
    else
        event.title = label;

    event.attributes.reserve(6);
    const auto attribute = [&](const QString &key, Column column) {
        const QString v = value(reader, column);
        if (!v.isEmpty())
            event.attributes << EventAttribute{key, v};
    };
    attribute(u"quad_class"_s, QuadClass);
    attribute(u"goldstein_scale"_s, Goldstein);
    attribute(u"num_mentions"_s, NumMentions);
    attribute(u"num_sources"_s, NumSources);
    attribute(u"num_articles"_s, NumArticles);
    attribute(u"avg_tone"_s, AvgTone);

    int article = -1;
    if (const QString url = value(reader, SourceUrl); !url.isEmpty()) {
        std::optional<FuzzyDate> published = parseYmd(value(reader, DateAdded));
        article = articleIndex(url, published ? published : date);
        event.evidence << Evidence{m_out.corpus.articles.at(article).id, TextSpan{}};
    }

    // Cooperation, verbal or material, reads as cooperates_with; verbal conflict and the
    // material conflict short of violence (force posture, reduced relations, coercion)
    // as opposes; assault, fighting and mass violence (roots 18-20) as fights.
    if (!actor1.isEmpty() && !actor2.isEmpty() && actor1 != actor2) {
        RelationType type = RelationType::CooperatesWith;
        if (quad == 3 || (quad == 4 && root < 18))
            type = RelationType::Opposes;
        else if (quad == 4)
            type = RelationType::Fights;
        relate(type, actor1, actor2, *date, article);
    }
    m_out.corpus.events << std::move(event);
}

ParsedFile GdeltFile::read(QIODevice *device)
{
    // GDELT's own files are tab-separated and never quoted; a query tool's CSV export
    // is comma-separated and quotes as RFC 4180 says.
    const QByteArray head = device->peek(64 * 1024);
    const qsizetype newline = head.indexOf('\n');
    const bool tabs = head.left(newline < 0 ? head.size() : newline).contains('\t');
    DelimitedReader::Options options;
    options.separator = tabs ? '\t' : ',';
    options.quoting = !tabs;
    DelimitedReader reader(device, options);

    bool isHeader = false;
    if (readLayout(reader, &isHeader)) {
        if (!isHeader)
            readRow(reader);
        for (;;) {
            const DelimitedReader::Status status = reader.next();
            if (status == DelimitedReader::Status::End)
                break;
            if (status != DelimitedReader::Status::Ok) {
                error(reader.line(), {}, reader.statusMessage(status));
                break;
            }
            readRow(reader);
        }
    }
    if (m_limits.maxErrors > 0 && m_errorCount > m_limits.maxErrors) {
        m_out.errors << Diagnostic{
            Diagnostic::Severity::Error,
            m_fileName,
            {},
            0,
            0,
            QCoreApplication::translate("Entente::GdeltImporter", "%n more error(s) not listed",
                                        nullptr, m_errorCount - m_limits.maxErrors)};
    }
    if (m_limits.maxErrors > 0 && m_warningCount > m_limits.maxErrors) {
        m_out.warnings << Diagnostic{
            Diagnostic::Severity::Warning,
            m_fileName,
            {},
            0,
            0,
            QCoreApplication::translate("Entente::GdeltImporter", "%n more warning(s) not listed",
                                        nullptr, m_warningCount - m_limits.maxErrors)};
    }
    if (!m_out.errors.isEmpty()) {
        m_out.corpus = Corpus();
    } else {
        spdlog::info("GDELT {}: {} events, {} actors, {} places, {} articles, {} relations",
                     m_fileName.toStdString(), m_out.corpus.events.size(),
                     m_out.corpus.actors.size(), m_out.corpus.places.size(),
                     m_out.corpus.articles.size(), m_out.corpus.relations.size());
    }
    return std::move(m_out);
}

} // namespace

ParsedFile GdeltImporter::readDevice(QIODevice *device, const QString &fileName,
                                     const ProjectLookup &) const
{
    return GdeltFile(fileName, m_limits).read(device);
}

ParsedFile GdeltImporter::readFile(const QString &path, const ProjectLookup &project) const
{
    return readFileThrough(path, m_limits,
                           [&](QIODevice *device) { return readDevice(device, path, project); });
}

ParsedFile GdeltImporter::readData(const QByteArray &bytes, const QString &fileName,
                                   const ProjectLookup &project) const
{
    return readBytesThrough(bytes,
                            [&](QIODevice *device) { return readDevice(device, fileName, project); });
}

} // namespace entente
