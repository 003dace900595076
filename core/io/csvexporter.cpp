#include "csvexporter.h"

#include "store/project.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>

#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace entente {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Entente::CsvExporter", text);
}

QString isoDay(qint64 julianDay)
{
    if (julianDay == kOpenPastDay || julianDay == kOpenFutureDay)
        return {};
    return QDate::fromJulianDay(julianDay).toString(Qt::ISODate);
}

QString number(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'g', 10) : QString();
}

QString validityName(RelationValidity validity)
{
    switch (validity) {
    case RelationValidity::Explicit:
        return u"explicit"_s;
    case RelationValidity::AsReported:
        return u"as_reported"_s;
    case RelationValidity::Undated:
        return u"undated"_s;
    }
    return {};
}

QByteArray toBytes(const CsvExporter &exporter, int (CsvExporter::*write)(QIODevice *) const)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    (exporter.*write)(&buffer);
    return buffer.data();
}

} // namespace

QString CsvExporter::escaped(const QString &field)
{
    const bool quote = field.contains(u',') || field.contains(u'"') || field.contains(u'\n') ||
                       field.contains(u'\r');
    if (!quote)
        return field;
    QString out = field;
    out.replace(u"\""_s, u"\"\""_s);
    return u'"' + out + u'"';
}

QByteArray CsvExporter::record(const QStringList &fields)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += u',';
        line += escaped(fields.at(i));
    }
    QByteArray bytes = line.toUtf8();
    bytes += "\r\n";
    return bytes;
}

int CsvExporter::writeEvents(QIODevice *device) const
{
    const QVector<EventRecord> events = m_project.events();
    QHash<QString, Place> places;
    for (const Place &p : m_project.places())
        places.insert(p.id, p);

    // One column per attribute key, in the order keys are first met; the store keeps an
    // event's attributes apart from the bulk event load.
    QVector<QVector<EventAttribute>> attributes;
    attributes.reserve(events.size());
    QStringList keys;
    for (const EventRecord &r : events) {
        QVector<EventAttribute> list = r.event.attributes.isEmpty()
                                           ? m_project.eventAttributes(r.event.id)
                                           : r.event.attributes;
        for (const EventAttribute &a : std::as_const(list)) {
            if (!keys.contains(a.key))
                keys << a.key;
        }
        attributes << list;
    }

    QStringList header = {u"id"_s,       u"type"_s,          u"date"_s,     u"first_day"_s,
                          u"last_day"_s, u"title"_s,         u"place_id"_s, u"place"_s,
                          u"latitude"_s, u"longitude"_s,     u"country"_s,  u"participants"_s,
                          u"cameo"_s,    u"evidence_count"_s};
    header += keys;
    device->write(record(header));
    for (qsizetype i = 0; i < events.size(); ++i) {
        const EventRecord &r = events.at(i);
        const Event &e = r.event;
        const Place place = places.value(e.placeId);
        QStringList participants;
        for (const Participant &p : e.participants)
            participants << (p.role.isEmpty() ? p.actorId : p.actorId + u" ("_s + p.role + u')');
        QStringList row = {e.id,
                           e.type,
                           e.date.toString(),
                           isoDay(r.firstDay),
                           isoDay(r.lastDay),
                           e.title,
                           e.placeId,
                           place.name,
                           number(place.lat),
                           number(place.lon),
                           place.country,
                           participants.join(u"; "_s),
                           e.cameo,
                           QString::number(r.evidenceCount)};
        for (const QString &key : std::as_const(keys)) {
            QString value;
            for (const EventAttribute &a : attributes.at(i)) {
                if (a.key == key) {
                    value = a.value;
                    break;
                }
            }
            row << value;
        }
        device->write(record(row));
    }
    return int(events.size());
}

int CsvExporter::writeActors(QIODevice *device) const
{
    const QVector<Actor> actors = m_project.actors();
    QHash<QString, ActorRelationCount> counts;
    for (const ActorRelationCount &c : m_project.actorRelationCounts())
        counts.insert(c.actorId, c);
    device->write(record({u"id"_s, u"name"_s, u"kind"_s, u"country"_s, u"aliases"_s, u"base"_s,
                          u"relations_out"_s, u"relations_in"_s}));
    for (const Actor &a : actors) {
        const ActorRelationCount c = counts.value(a.id);
        device->write(record({a.id, a.name, toString(a.kind), a.country, a.aliases.join(u"; "_s),
                              a.baseId, QString::number(c.outgoing), QString::number(c.incoming)}));
    }
    return int(actors.size());
}

int CsvExporter::writeRelations(QIODevice *device) const
{
    const QVector<RelationRecord> relations = m_project.relations();
    QHash<QString, QString> names;
    for (const Actor &a : m_project.actors())
        names.insert(a.id, a.name);
    device->write(record({u"id"_s, u"source"_s, u"source_name"_s, u"target"_s, u"target_name"_s,
                          u"type"_s, u"sign"_s, u"aspect"_s, u"valid"_s, u"validity"_s, u"via"_s,
                          u"claimed_by"_s, u"confidence"_s, u"evidence_count"_s}));
    for (const RelationRecord &r : relations) {
        const Relation &rel = r.relation;
        device->write(record({rel.id, rel.sourceId, names.value(rel.sourceId), rel.targetId,
                              names.value(rel.targetId), toString(rel.type),
                              QString::number(relationSign(rel.type)), rel.aspect,
                              rel.valid ? rel.valid->toString() : QString(),
                              validityName(r.validity), rel.viaId, rel.claimedById,
                              number(rel.confidence), QString::number(r.evidenceCount)}));
    }
    return int(relations.size());
}

QByteArray CsvExporter::eventsCsv() const
{
    return toBytes(*this, &CsvExporter::writeEvents);
}

QByteArray CsvExporter::actorsCsv() const
{
    return toBytes(*this, &CsvExporter::writeActors);
}

QByteArray CsvExporter::relationsCsv() const
{
    return toBytes(*this, &CsvExporter::writeRelations);
}

CsvExporter::Result CsvExporter::exportTo(const QString &directory, const QString &prefix) const
{
    Result result;
    if (!QFileInfo(directory).isDir()) {
        result.error = tr("%1 is not a folder.").arg(QDir::toNativeSeparators(directory));
        return result;
    }
    const QDir dir(directory);
    const struct
    {
        const char *name;
        int (CsvExporter::*write)(QIODevice *) const;
        int *count;
    } tables[] = {{"events.csv", &CsvExporter::writeEvents, &result.events},
                  {"actors.csv", &CsvExporter::writeActors, &result.actors},
                  {"relations.csv", &CsvExporter::writeRelations, &result.relations}};
    for (const auto &table : tables) {
        const QString path = dir.filePath(prefix + QString::fromLatin1(table.name));
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            result.error =
                tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
            return result;
        }
        *table.count = (this->*table.write)(&file);
        if (!file.commit()) {
            result.error =
                tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
            return result;
        }
        result.files << path;
    }
    spdlog::info("CSV export to {}: {} events, {} actors, {} relations", directory.toStdString(),
                 result.events, result.actors, result.relations);
    return result;
}

} // namespace entente
