#include "acledimporter.h"

#include "geo/countrycodes.h"
#include "io/delimitedreader.h"
#include "model/textoffsets.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>

#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace entente {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Entente::AcledImporter", text);
}

// The columns read, by header name (compared case-insensitively). Older layouts spell a
// few differently; the first name present wins.
enum Column {
    EventId,
    DataId,
    EventDate,
    TimePrecision,
    DisorderType,
    EventType,
    SubEventType,
    Actor1,
    AssocActor1,
    Inter1,
    Actor2,
    AssocActor2,
    Inter2,
    Interaction,
    CivilianTargeting,
    Iso,
    Iso3,
    Country,
    Admin1,
    Location,
    Latitude,
    Longitude,
    GeoPrecision,
    Source,
    SourceScale,
    Notes,
    Fatalities,
    ColumnCount
};

const QVector<QStringList> &columnNames()
{
    static const QVector<QStringList> names = {
        {u"event_id_cnty"_s},
        {u"data_id"_s},
        {u"event_date"_s},
        {u"time_precision"_s},
        {u"disorder_type"_s},
        {u"event_type"_s},
        {u"sub_event_type"_s},
        {u"actor1"_s},
        {u"assoc_actor_1"_s, u"ally_actor_1"_s},
        {u"inter1"_s},
        {u"actor2"_s},
        {u"assoc_actor_2"_s, u"ally_actor_2"_s},
        {u"inter2"_s},
        {u"interaction"_s},
        {u"civilian_targeting"_s},
        {u"iso"_s},
        {u"iso3"_s},
        {u"country"_s},
        {u"admin1"_s},
        {u"location"_s},
        {u"latitude"_s},
        {u"longitude"_s},
        {u"geo_precision"_s, u"geo_precis"_s},
        {u"source"_s},
        {u"source_scale"_s},
        {u"notes"_s},
        {u"fatalities"_s},
    };
    return names;
}

// Every column but these may be missing; the id may come from either of two.
constexpr Column kRequired[] = {EventDate, EventType, Actor1, Latitude, Longitude};

std::optional<int> monthFromName(QStringView name)
{
    static const char *const months[] = {"january",   "february", "march",    "april",
                                         "may",       "june",     "july",     "august",
                                         "september", "october",  "november", "december"};
    const QString key = name.toString().toLower();
    for (int m = 0; m < 12; ++m) {
        const QLatin1StringView full(months[m]);
        if (key == full || (key.size() == 3 && full.startsWith(key)))
            return m + 1;
    }
    return std::nullopt;
}

// yyyy-mm-dd, dd-mm-yyyy (also with '/'), and "15 January 2010" / "15-Jan-2010".
QDate parseAcledDate(const QString &text)
{
    const QString t = text.trimmed();
    QStringList parts = t.split(QLatin1Char('-'));
    if (parts.size() != 3)
        parts = t.split(QLatin1Char('/'));
    if (parts.size() != 3)
        parts = t.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.size() != 3)
        return {};
    bool okDay = false;
    bool okMonth = false;
    bool okYear = false;
    int year = 0;
    int month = 0;
    int day = 0;
    if (parts.at(0).size() == 4) {
        year = parts.at(0).toInt(&okYear);
        month = parts.at(1).toInt(&okMonth);
        day = parts.at(2).toInt(&okDay);
    } else if (parts.at(2).size() == 4) {
        day = parts.at(0).toInt(&okDay);
        year = parts.at(2).toInt(&okYear);
        month = parts.at(1).toInt(&okMonth);
        if (!okMonth) {
            const auto m = monthFromName(parts.at(1));
            okMonth = m.has_value();
            month = m.value_or(0);
        }
    }
    if (!okDay || !okMonth || !okYear)
        return {};
    return QDate(year, month, day); // invalid for 2019-02-30
}

ActorKind kindFromInter(const QString &inter)
{
    const QString v = inter.trimmed().toLower();
    if (v == u"1" || v.startsWith(u"state forces"))
        return ActorKind::Government;
    if (v == u"2" || v == u"3" || v == u"4" || v.startsWith(u"rebel") ||
        v.startsWith(u"political militia") || v.startsWith(u"identity militia"))
        return ActorKind::ArmedGroup;
    return ActorKind::Other;
}

// "Armed clash" -> "armed_clash"; "Explosions/Remote violence" -> "explosions_remote_violence".
QString typeWord(const QString &label)
{
    QString out;
    for (const QChar c : label.trimmed().toLower()) {
        if (c.isLetterOrNumber())
            out += c;
        else if (!out.isEmpty() && !out.endsWith(u'_'))
            out += u'_';
    }
    while (out.endsWith(u'_'))
        out.chop(1);
    return out.isEmpty() ? u"other"_s : out;
}

// One file's reading: the state that a row adds to.
class AcledFile final
{
public:
    AcledFile(const QString &fileName, const ImportLimits &limits)
        : m_fileName(fileName), m_limits(limits)
    {
        m_out.file = fileName;
    }

    ParsedFile read(QIODevice *device);

private:
    bool readHeader(DelimitedReader &reader);
    void readRow(const DelimitedReader &reader);
    QString value(const DelimitedReader &reader, Column column) const
    {
        return m_index[column] < 0 ? QString() : reader.trimmedField(m_index[column]);
    }
    void error(int line, const QString &path, const QString &message);
    QString actorId(const QString &name, const QString &inter);
    QString placeId(const DelimitedReader &reader, int line, bool *ok);

    QString m_fileName;
    ImportLimits m_limits;
    ParsedFile m_out;
    int m_errorCount = 0;
    int m_fields = 0;
    std::array<int, ColumnCount> m_index{};
    QHash<QString, int> m_actors;     // name -> index in corpus.actors
    QHash<QString, int> m_places;     // location|lat|lon -> index in corpus.places
    QHash<QString, int> m_eventLines; // event id -> line, for duplicates
};

void AcledFile::error(int line, const QString &path, const QString &message)
{
    ++m_errorCount;
    if (m_limits.maxErrors > 0 && m_errorCount > m_limits.maxErrors)
        return;
    Diagnostic d;
    d.file = m_fileName;
    d.line = line;
    d.path = path;
    d.message = message;
    m_out.errors << d;
}

bool AcledFile::readHeader(DelimitedReader &reader)
{
    const DelimitedReader::Status status = reader.next();
    if (status == DelimitedReader::Status::End) {
        error(0, {}, tr("the file is empty; expected an ACLED CSV export with a header row"));
        return false;
    }
    if (status != DelimitedReader::Status::Ok) {
        error(reader.line(), {}, reader.statusMessage(status));
        return false;
    }
    QHash<QString, int> byName;
    const QStringList header = reader.fields();
    for (int i = 0; i < header.size(); ++i)
        byName.insert(header.at(i).trimmed().toLower(), i);
    m_fields = int(header.size());

    int known = 0;
    for (int c = 0; c < ColumnCount; ++c) {
        m_index[c] = -1;
        for (const QString &name : columnNames().at(c)) {
            if (byName.contains(name)) {
                m_index[c] = byName.value(name);
                ++known;
                break;
            }
        }
    }
    if (header.size() < 2 || known == 0) {
        error(1, {},
              tr("not an ACLED CSV file: the first line should be a header naming columns such "
                 "as event_id_cnty, event_date, event_type and actor1, separated by commas or "
                 "semicolons"));
        return false;
    }
    bool ok = true;
    if (m_index[EventId] < 0 && m_index[DataId] < 0) {
        error(1, {}, tr("missing required column \"event_id_cnty\" (or \"data_id\")"));
        ok = false;
    }
    for (Column c : kRequired) {
        if (m_index[c] < 0) {
            error(1, {},
                  tr("missing required column \"%1\"").arg(columnNames().at(c).constFirst()));
            ok = false;
        }
    }
    return ok;
}

QString AcledFile::actorId(const QString &name, const QString &inter)
{
    const auto it = m_actors.constFind(name);
    if (it != m_actors.cend()) {
        // An actor first seen as an associate (no inter code) learns its kind later.
        Actor &actor = m_out.corpus.actors[*it];
        if (actor.kind == ActorKind::Other && !inter.isEmpty())
            actor.kind = kindFromInter(inter);
        return actor.id;
    }
    Actor actor;
    actor.id = u"acled:"_s + name;
    actor.name = name;
    actor.kind = kindFromInter(inter);
    m_actors.insert(name, int(m_out.corpus.actors.size()));
    m_out.corpus.actors << actor;
    return actor.id;
}

QString AcledFile::placeId(const DelimitedReader &reader, int line, bool *ok)
{
    const QString latText = value(reader, Latitude);
    const QString lonText = value(reader, Longitude);
    QString location = value(reader, Location);
    if (latText.isEmpty() && lonText.isEmpty() && location.isEmpty())
        return {};
    bool latOk = false;
    bool lonOk = false;
    // Some European exports write decimal commas.
    const double lat = QString(latText).replace(u',', u'.').toDouble(&latOk);
    const double lon = QString(lonText).replace(u',', u'.').toDouble(&lonOk);
    if (!latOk || lat < -90 || lat > 90) {
        error(line, u"latitude"_s,
              tr("\"%1\" is not a latitude; expected a number from -90 to 90").arg(latText));
        *ok = false;
    }
    if (!lonOk || lon < -180 || lon > 180) {
        error(line, u"longitude"_s,
              tr("\"%1\" is not a longitude; expected a number from -180 to 180").arg(lonText));
        *ok = false;
    }
    if (!*ok)
        return {};
    const QString coords = QString::number(lat, 'f', 4) + u',' + QString::number(lon, 'f', 4);
    const QString key = location + u'@' + coords;
    const auto it = m_places.constFind(key);
    if (it != m_places.cend())
        return m_out.corpus.places.at(*it).id;

    Place place;
    place.id = u"acled:"_s + key;
    place.name = location.isEmpty() ? coords : location;
    place.lat = lat;
    place.lon = lon;
    if (const QString iso = value(reader, Iso); !iso.isEmpty())
        place.country = CountryCodes::alpha3FromNumeric(iso);
    if (place.country.isEmpty()) {
        if (const auto c = CountryCodes::fromAlpha3(value(reader, Iso3)))
            place.country = c->alpha3;
    }
    if (place.country.isEmpty()) {
        if (const auto c = CountryCodes::fromName(value(reader, Country)))
            place.country = c->alpha3;
    }
    m_places.insert(key, int(m_out.corpus.places.size()));
    m_out.corpus.places << place;
    return place.id;
}

void AcledFile::readRow(const DelimitedReader &reader)
{
    const int line = reader.line();
    if (reader.fieldCount() != m_fields) {
        error(line, {},
              tr("found %1 fields, expected %2 as in the header (a truncated line or an "
                 "unquoted separator?)")
                  .arg(reader.fieldCount())
                  .arg(m_fields));
        return;
    }
    bool ok = true;
    QString rawId = value(reader, EventId);
    if (rawId.isEmpty())
        rawId = value(reader, DataId);
    if (rawId.isEmpty()) {
        error(line, columnNames().at(m_index[EventId] >= 0 ? EventId : DataId).constFirst(),
              tr("the event id is empty"));
        ok = false;
    } else if (const auto seen = m_eventLines.constFind(rawId); seen != m_eventLines.cend()) {
        error(line, u"event_id_cnty"_s,
              tr("event \"%1\" is already on line %2").arg(rawId).arg(*seen));
        ok = false;
    } else {
        m_eventLines.insert(rawId, line);
    }

    const QString dateText = value(reader, EventDate);
    const QDate date = parseAcledDate(dateText);
    if (!date.isValid()) {
        error(line, u"event_date"_s,
              tr("\"%1\" is not a date; expected yyyy-mm-dd, dd-mm-yyyy or \"15 January 2010\"")
                  .arg(dateText));
        ok = false;
    }
    const QString precision = value(reader, TimePrecision);
    if (!precision.isEmpty() && precision != u"1" && precision != u"2" && precision != u"3") {
        error(line, u"time_precision"_s,
              tr("\"%1\" is not a time precision; expected 1, 2 or 3").arg(precision));
        ok = false;
    }
    const QString fatalities = value(reader, Fatalities);
    bool fatalitiesOk = true;
    if (!fatalities.isEmpty() && fatalities.toInt(&fatalitiesOk) < 0)
        fatalitiesOk = false;
    if (!fatalitiesOk) {
        error(line, u"fatalities"_s,
              tr("\"%1\" is not a number of fatalities; expected a whole number").arg(fatalities));
        ok = false;
    }
    const QString actor1 = value(reader, Actor1);
    if (actor1.isEmpty()) {
        error(line, u"actor1"_s, tr("actor1 is empty; every ACLED event has one"));
        ok = false;
    }
    const QString place = placeId(reader, line, &ok);
    if (!ok || m_errorCount > 0)
        return; // nothing more is built once the file is known to be refused

    Event event;
    event.id = u"acled:"_s + rawId;
    const QString eventType = value(reader, EventType);
    const QString subType = value(reader, SubEventType);
    event.type = typeWord(subType.isEmpty() ? eventType : subType);
    FuzzyDate reported = FuzzyDate::fromYmd(date.year(), date.month(), date.day());
    if (precision == u"3") {
        reported = FuzzyDate::fromYmd(date.year(), date.month());
        event.date = TimeSpan(reported);
    } else if (precision == u"2") {
        // "About a week": the ISO week (Monday to Sunday) holding the reported day.
        const QDate monday = date.addDays(1 - date.dayOfWeek());
        const QDate sunday = monday.addDays(6);
        event.date =
            TimeSpan::interval(FuzzyDate::fromYmd(monday.year(), monday.month(), monday.day()),
                               FuzzyDate::fromYmd(sunday.year(), sunday.month(), sunday.day()));
    } else {
        event.date = TimeSpan(reported);
    }
    event.placeId = place;

    const auto addParticipant = [&event](const QString &id, const QString &role) {
        for (const Participant &p : std::as_const(event.participants)) {
            if (p.actorId == id)
                return;
        }
        event.participants << Participant{id, role};
    };
    const QString actor2 = value(reader, Actor2);
    const QString actor1Id = actorId(actor1, value(reader, Inter1));
    addParticipant(actor1Id, u"actor1"_s);
    QString actor2Id;
    if (!actor2.isEmpty()) {
        actor2Id = actorId(actor2, value(reader, Inter2));
        addParticipant(actor2Id, u"actor2"_s);
    }
    for (const auto &[column, role] :
         {std::pair{AssocActor1, u"assoc_actor1"_s}, std::pair{AssocActor2, u"assoc_actor2"_s}}) {
        const QStringList names = value(reader, column).split(u';', Qt::SkipEmptyParts);
        for (const QString &name : names) {
            if (!name.trimmed().isEmpty())
                addParticipant(actorId(name.trimmed(), {}), role);
        }
    }

    QString where = value(reader, Location);
    if (where.isEmpty())
        where = value(reader, Country);
    const QString what = subType.isEmpty() ? eventType : subType;
    const QString who = actor2.isEmpty() ? actor1 : tr("%1 and %2").arg(actor1, actor2);
    event.title =
        where.isEmpty() ? tr("%1: %2").arg(what, who) : tr("%1 in %2: %3").arg(what, where, who);

    const auto attribute = [&](const char *key, Column column) {
        const QString v = value(reader, column);
        if (!v.isEmpty())
            event.attributes << EventAttribute{QString::fromLatin1(key), v};
    };
    attribute("event_type", EventType);
    attribute("sub_event_type", SubEventType);
    attribute("disorder_type", DisorderType);
    attribute("fatalities", Fatalities);
    attribute("inter1", Inter1);
    attribute("inter2", Inter2);
    attribute("interaction", Interaction);
    attribute("civilian_targeting", CivilianTargeting);
    attribute("time_precision", TimePrecision);
    attribute("geo_precision", GeoPrecision);
    attribute("admin1", Admin1);
    attribute("source_scale", SourceScale);

    const QString notes = value(reader, Notes);
    const QString source = value(reader, Source);
    QVector<Evidence> evidence;
    if (!notes.isEmpty()) {
        Article article;
        article.id = event.id;
        article.title = tr("ACLED %1").arg(rawId);
        article.text = notes;
        article.source = source;
        article.published = reported;
        article.language = u"en"_s;
        evidence << Evidence{article.id, TextSpan{0, TextOffsets::codePointCount(notes), notes}};
        m_out.corpus.articles << article;
    } else if (!source.isEmpty()) {
        // No notes, no article: keep who reported it beside the event.
        event.attributes << EventAttribute{u"source"_s, source};
    }
    event.evidence = evidence;

    // Battles set two armed actors against each other. Older files say "Battle-No change
    // of territory" and the like.
    if (eventType.startsWith(u"battle", Qt::CaseInsensitive) && !actor2Id.isEmpty() &&
        actor1Id != actor2Id) {
        Relation fights;
        fights.id = event.id + u":fights"_s;
        fights.sourceId = actor1Id;
        fights.targetId = actor2Id;
        fights.type = RelationType::Fights;
        fights.valid = TimeSpan::interval(event.date.start(), event.date.end());
        fights.evidence = evidence;
        m_out.corpus.relations << fights;
    }
    m_out.corpus.events << event;
}

ParsedFile AcledFile::read(QIODevice *device)
{
    DelimitedReader::Options options;
    options.candidates = QByteArrayLiteral(",;\t");
    DelimitedReader reader(device, options);
    if (readHeader(reader)) {
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
        if (m_eventLines.isEmpty() && m_errorCount == 0)
            m_out.warnings << Diagnostic{Diagnostic::Severity::Warning,
                                         m_fileName,
                                         {},
                                         0,
                                         0,
                                         tr("the file has a header but no events")};
    }
    if (m_limits.maxErrors > 0 && m_errorCount > m_limits.maxErrors) {
        Diagnostic more;
        more.file = m_fileName;
        more.message =
            QCoreApplication::translate("Entente::AcledImporter", "%n more error(s) not listed",
                                        nullptr, m_errorCount - m_limits.maxErrors);
        m_out.errors << more;
    }
    if (!m_out.errors.isEmpty()) {
        m_out.corpus = Corpus();
    } else {
        spdlog::info(
            "ACLED {}: {} events, {} actors, {} places, {} relations ({})",
            m_fileName.toStdString(), m_out.corpus.events.size(), m_out.corpus.actors.size(),
            m_out.corpus.places.size(), m_out.corpus.relations.size(),
            reader.encoding() == DelimitedReader::Encoding::Windows1252 ? "Windows-1252" : "UTF-8");
    }
    return std::move(m_out);
}

} // namespace

ParsedFile AcledImporter::readDevice(QIODevice *device, const QString &fileName,
                                     const ProjectLookup &) const
{
    return AcledFile(fileName, m_limits).read(device);
}

ParsedFile AcledImporter::readFile(const QString &path, const ProjectLookup &project) const
{
    return readFileThrough(path, m_limits,
                           [&](QIODevice *device) { return readDevice(device, path, project); });
}

ParsedFile AcledImporter::readData(const QByteArray &bytes, const QString &fileName,
                                   const ProjectLookup &project) const
{
    return readBytesThrough(bytes,
                            [&](QIODevice *device) { return readDevice(device, fileName, project); });
}

} // namespace entente
