#pragma once

#include <QHash>
#include <QString>
#include <QVector>

namespace entente {

// Decides which brat entities of one document are the same actor or place, and gives
// each its id. Entities are one when an Equiv line says so, when they share a
// normalisation, or when they share a name (as BratText::slug compares names) unless both
// are normalised to different ids. Entities of different classes (actors, places) are
// never one. Indices are the caller's (the .ann line index).
class BratEntityResolver final
{
public:
    // A member normalised differently from its group: `kept` is the group's id.
    struct Conflict
    {
        int index = 0;
        QString norm;
        QString kept;
    };

    // `fallbackPrefix` makes an id for an entity whose name has no letter or digit:
    // fallbackPrefix + its annotation id.
    BratEntityResolver(qsizetype count, QString fallbackPrefix);

    // `cls` separates actors from places; `norm` is the normalised id or empty.
    void add(int index, int cls, const QString &norm, const QString &name,
             const QString &annotationId);
    bool isEntity(int index) const { return m_cls.at(index) >= 0; }
    // Marks two entities as one; false (nothing done) when they are not of one class.
    bool equate(int a, int b);
    // Applies normalisations and names, then fixes every entity's id. Call once, after
    // every add() and equate().
    QVector<Conflict> resolve();

    int root(int index); // the group's first index
    QString id(int index) const { return m_id.at(index); }

private:
    void unite(int a, int b);

    QVector<int> m_parent;
    QVector<int> m_cls; // -1: not an entity
    QVector<QString> m_norm, m_name, m_annotationId, m_id;
    QString m_fallbackPrefix;
};

} // namespace entente
