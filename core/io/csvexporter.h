#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

class QIODevice;

namespace entente {

class Project;

// Writes a project's events, actors and relations as three CSV files (RFC 4180: UTF-8
// without a byte-order mark, a header row, CRLF line ends, fields quoted only when they
// hold a comma, a quote or a line break) for spreadsheets and scripts. Event attributes
// (ACLED fatalities, GDELT Goldstein scores...) become one column per key.
class CsvExporter final
{
public:
    struct Result
    {
        QStringList files; // written, in the order events, actors, relations
        int events = 0;
        int actors = 0;
        int relations = 0;
        QString error; // translated; empty on success
        bool ok() const { return error.isEmpty(); }
    };

    explicit CsvExporter(const Project &project) : m_project(project) {}

    // Writes <directory>/<prefix>events.csv, <prefix>actors.csv and <prefix>relations.csv,
    // each replaced atomically. Fails when the directory does not exist.
    Result exportTo(const QString &directory, const QString &prefix = {}) const;

    int writeEvents(QIODevice *device) const; // returns the rows written
    int writeActors(QIODevice *device) const;
    int writeRelations(QIODevice *device) const;

    // The three tables as bytes (for tests and the clipboard).
    QByteArray eventsCsv() const;
    QByteArray actorsCsv() const;
    QByteArray relationsCsv() const;

    // One record: the fields escaped as RFC 4180 says, joined by commas, ending in CRLF.
    static QByteArray record(const QStringList &fields);
    static QString escaped(const QString &field);

private:
    const Project &m_project;
};

} // namespace entente
