#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVector>

#include <type_traits>

namespace entente {

// A run of values out of one array a whole network shares: the relation ids, intermediaries,
// aspects or validity periods of one edge. A window's 10,000 edges with lists of their own
// made some 30,000 allocations to build and as many to free, a third of the analysis a
// window change waits for. A copy shares the array (as a QVector copy does), so an edge
// stays valid on its own; the array is never changed once the network is built.
template <typename T> class EdgeList
{
public:
    EdgeList() = default;
    EdgeList(QVector<T> values, qsizetype first, qsizetype count)
        : m_values(std::move(values)), m_first(first), m_count(count)
    {
    }

    const T *begin() const { return m_values.constData() + m_first; }
    const T *end() const { return begin() + m_count; }
    qsizetype size() const { return m_count; }
    bool isEmpty() const { return m_count == 0; }
    const T &operator[](qsizetype i) const { return begin()[i]; }
    const T &first() const { return *begin(); }
    const T &last() const { return end()[-1]; }
    QList<T> toList() const { return QList<T>(begin(), end()); }

    QString join(QStringView separator) const requires std::is_same_v<T, QString>
    {
        return QStringList(toList()).join(separator);
    }
    QString join(QChar separator) const requires std::is_same_v<T, QString>
    {
        return QStringList(toList()).join(separator);
    }

private:
    QVector<T> m_values;
    qsizetype m_first = 0;
    qsizetype m_count = 0;
};

} // namespace entente
