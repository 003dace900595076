#include "brattypescan.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace entente {

namespace {

// The .ann half of a brat document named by either half, or empty for other files.
QString annotationFile(const QString &path)
{
    const QFileInfo info(path);
    const QString suffix = info.suffix().toLower();
    if (suffix == u"ann")
        return path;
    if (suffix == u"txt")
        return info.path() + u'/' + info.completeBaseName() + u".ann";
    return {};
}

} // namespace

BratTypeScan BratTypeScan::scan(const QStringList &paths)
{
    BratTypeScan result;
    QSet<QString> seen; // the two halves of a document count once
    for (const QString &path : paths) {
        const QString ann = annotationFile(path);
        if (ann.isEmpty() || seen.contains(ann))
            continue;
        seen.insert(ann);
        QFile file(ann);
        if (!file.open(QIODevice::ReadOnly)) {
            result.m_unreadable << ann;
            continue;
        }
        result.addAnnotations(file.readAll());
    }
    return result;
}

void BratTypeScan::addAnnotations(const QByteArray &ann)
{
    ++m_documents;
    QHash<QByteArray, QByteArray> textBoundType; // T id -> type
    QSet<QByteArray> triggers;                   // T ids an E line uses
    QHash<QByteArray, int> relations;
    QHash<QByteArray, int> events;
    QVector<QByteArray> textBoundOrder;

    qsizetype start = ann.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (start < ann.size()) {
        qsizetype end = ann.indexOf('\n', start);
        if (end < 0)
            end = ann.size();
        const QByteArrayView line(ann.constData() + start, end - start);
        start = end + 1;
        const qsizetype tab = line.indexOf('\t');
        if (tab < 2)
            continue;
        const QByteArrayView id = line.first(tab);
        QByteArrayView body = line.sliced(tab + 1);
        if (const qsizetype tab2 = body.indexOf('\t'); tab2 >= 0)
            body = body.first(tab2);
        body = body.trimmed();
        const qsizetype space = body.indexOf(' ');
        const QByteArrayView head = space < 0 ? body : body.first(space);
        if (head.isEmpty())
            continue;
        switch (id.front()) {
        case 'T':
            if (space > 0) {
                textBoundType.insert(id.toByteArray(), head.toByteArray());
                textBoundOrder << id.toByteArray();
            }
            break;
        case 'R':
            ++relations[head.toByteArray()];
            break;
        case 'E': {
            const qsizetype colon = head.indexOf(':');
            if (colon <= 0)
                break;
            ++events[head.first(colon).toByteArray()];
            triggers.insert(head.sliced(colon + 1).toByteArray());
            break;
        }
        default:
            break; // attributes, notes, normalisations, equivalences: no types to map
        }
    }

    QHash<QByteArray, int> entities;
    for (const QByteArray &id : textBoundOrder) {
        if (!triggers.contains(id))
            ++entities[textBoundType.value(id)];
    }
    for (auto it = entities.cbegin(); it != entities.cend(); ++it)
        add(Kind::Entity, QString::fromUtf8(it.key()), it.value());
    for (auto it = relations.cbegin(); it != relations.cend(); ++it)
        add(Kind::Relation, QString::fromUtf8(it.key()), it.value());
    for (auto it = events.cbegin(); it != events.cend(); ++it)
        add(Kind::Event, QString::fromUtf8(it.key()), it.value());
}

void BratTypeScan::add(Kind kind, const QString &name, int count)
{
    for (Type &t : m_types) {
        if (t.kind == kind && t.name == name) {
            t.count += count;
            return;
        }
    }
    m_types.push_back({kind, name, count});
}

QVector<BratTypeScan::Type> BratTypeScan::types() const
{
    QVector<Type> sorted = m_types;
    std::sort(sorted.begin(), sorted.end(), [](const Type &a, const Type &b) {
        if (a.kind != b.kind)
            return a.kind < b.kind;
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    return sorted;
}

QVector<BratTypeScan::Type> BratTypeScan::types(Kind kind) const
{
    QVector<Type> result;
    for (const Type &t : types()) {
        if (t.kind == kind)
            result << t;
    }
    return result;
}

} // namespace entente
