#include "bratentityresolver.h"

#include "io/brattext.h"

#include <algorithm>

namespace entente {

BratEntityResolver::BratEntityResolver(qsizetype count, QString fallbackPrefix)
    : m_parent(count), m_cls(count, -1), m_norm(count), m_name(count), m_annotationId(count),
      m_id(count), m_fallbackPrefix(std::move(fallbackPrefix))
{
    for (qsizetype i = 0; i < count; ++i)
        m_parent[i] = int(i);
}

void BratEntityResolver::add(int index, int cls, const QString &norm, const QString &name,
                             const QString &annotationId)
{
    m_cls[index] = cls;
    m_norm[index] = norm;
    m_name[index] = name;
    m_annotationId[index] = annotationId;
}

int BratEntityResolver::root(int index)
{
    while (m_parent[index] != index)
        index = m_parent[index] = m_parent[m_parent[index]];
    return index;
}

void BratEntityResolver::unite(int a, int b)
{
    a = root(a);
    b = root(b);
    if (a != b)
        m_parent[std::max(a, b)] = std::min(a, b); // the earliest line stays the root
}

bool BratEntityResolver::equate(int a, int b)
{
    if (!isEntity(a) || m_cls.at(a) != m_cls.at(b))
        return false;
    unite(a, b);
    return true;
}

QVector<BratEntityResolver::Conflict> BratEntityResolver::resolve()
{
    const int n = int(m_parent.size());
    const auto key = [this](int i, const QString &value) -> QString {
        return QString::number(m_cls.at(i)) + u'|' + value;
    };
    QHash<QString, int> byNorm;
    for (int i = 0; i < n; ++i) {
        if (!isEntity(i) || m_norm.at(i).isEmpty())
            continue;
        const auto it = byNorm.constFind(key(i, m_norm.at(i)));
        if (it == byNorm.cend())
            byNorm.insert(key(i, m_norm.at(i)), i);
        else
            unite(*it, i);
    }
    // A group's normalisation is its first member's; Equiv may have joined others.
    QVector<Conflict> conflicts;
    QHash<int, QString> groupNorm;
    for (int i = 0; i < n; ++i) {
        if (!isEntity(i) || m_norm.at(i).isEmpty())
            continue;
        const auto it = groupNorm.constFind(root(i));
        if (it == groupNorm.cend())
            groupNorm.insert(root(i), m_norm.at(i));
        else if (*it != m_norm.at(i))
            conflicts.push_back({i, m_norm.at(i), *it});
    }
    QHash<QString, int> byName;
    for (int i = 0; i < n; ++i) {
        if (!isEntity(i))
            continue;
        const QString k = key(i, BratText::slug(m_name.at(i)));
        const auto it = byName.constFind(k);
        if (it == byName.cend()) {
            byName.insert(k, i);
            continue;
        }
        const int a = root(*it);
        const int b = root(i);
        const QString na = groupNorm.value(a);
        const QString nb = groupNorm.value(b);
        if (a == b || (!na.isEmpty() && !nb.isEmpty() && na != nb))
            continue; // two people called Ali
        unite(a, b);
        groupNorm.insert(std::min(a, b), na.isEmpty() ? nb : na);
    }
    for (int i = 0; i < n; ++i) {
        if (!isEntity(i))
            continue;
        const int r = root(i);
        QString id = groupNorm.value(r);
        if (id.isEmpty()) {
            const QString name = BratText::slug(m_name.at(r));
            id = name.isEmpty() ? QString(m_fallbackPrefix + m_annotationId.at(r))
                                : QString(u"brat:" + name);
        }
        m_id[i] = id;
    }
    return conflicts;
}

} // namespace entente
