#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace entente {

// The annotation types a batch of brat documents uses, with counts, for the import
// dialog's mapping step. A cheap line scan of the .ann files: nothing is validated here
// (the importer does that later), a line it cannot read is simply not counted.
class BratTypeScan final
{
public:
    enum class Kind { Entity, Relation, Event };

    struct Type
    {
        Kind kind = Kind::Entity;
        QString name;  // as written in the files
        int count = 0; // annotations of this type in all the files
        friend bool operator==(const Type &, const Type &) = default;
    };

    // `paths` name brat documents by either half (.txt or .ann); other files are passed
    // over. A .txt whose .ann is missing, or an .ann that cannot be read, is listed in
    // unreadable().
    static BratTypeScan scan(const QStringList &paths);
    // One .ann file's content, for tests and for callers that already hold the text.
    void addAnnotations(const QByteArray &ann);

    // Entities first, then relations, then events; each by name. An event trigger (the
    // T an E line points at) counts for its event, not as an entity.
    QVector<Type> types() const;
    QVector<Type> types(Kind kind) const;
    QStringList unreadable() const { return m_unreadable; }
    int documents() const { return m_documents; }

private:
    void add(Kind kind, const QString &name, int count);

    QVector<Type> m_types;
    QStringList m_unreadable;
    int m_documents = 0;
};

} // namespace entente
