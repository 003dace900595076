#include "io/networkexporter.h"

#include <QCoreApplication>
#include <QDate>
#include <QIODevice>
#include <QSaveFile>

namespace entente {

NetworkExporter::NetworkExporter(Network network) : m_network(std::move(network)) {}

const Blocs &NetworkExporter::blocs()
{
    if (!m_blocs)
        m_blocs = Blocs::detect(m_network);
    return *m_blocs;
}

const Centrality &NetworkExporter::centrality()
{
    if (!m_centrality) {
        CentralityOptions options;
        options.computeBetweenness = false;
        m_centrality = Centrality::compute(m_network, options);
    }
    return *m_centrality;
}

QString NetworkExporter::description() const
{
    if (!m_description.isEmpty())
        return m_description;
    const QString from = isoDay(m_network.fromDay());
    const QString to = isoDay(m_network.toDay());
    if (from.isEmpty() && to.isEmpty())
        return QCoreApplication::translate("Entente::NetworkExporter", "Support network");
    return QCoreApplication::translate("Entente::NetworkExporter", "Support network, %1 to %2")
        .arg(from.isEmpty() ? QStringLiteral("..") : from,
             to.isEmpty() ? QStringLiteral("..") : to);
}

bool NetworkExporter::write(QIODevice *device)
{
    m_error.clear();
    if (!device || !device->isWritable()) {
        m_error = QCoreApplication::translate("Entente::NetworkExporter",
                                              "The output is not open for writing.");
        return false;
    }
    return writeTo(device);
}

bool NetworkExporter::writeFile(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_error = QCoreApplication::translate("Entente::NetworkExporter", "Cannot write %1: %2")
                      .arg(path, file.errorString());
        return false;
    }
    if (!write(&file)) {
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        m_error = QCoreApplication::translate("Entente::NetworkExporter", "Cannot write %1: %2")
                      .arg(path, file.errorString());
        return false;
    }
    return true;
}

QString NetworkExporter::isoDay(qint64 day)
{
    if (day <= kOpenPastDay || day >= kOpenFutureDay)
        return {};
    const QDate date = QDate::fromJulianDay(day);
    if (!date.isValid() || date.year() < 1 || date.year() > 9999)
        return {};
    return date.toString(Qt::ISODate);
}

QString NetworkExporter::xmlSafe(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            out += c;
            out += text[++i];
            continue;
        }
        const char16_t u = c.unicode();
        const bool allowed = u == 0x9 || u == 0xA || u == 0xD || (u >= 0x20 && u < 0xD800) ||
                             (u >= 0xE000 && u <= 0xFFFD);
        if (allowed)
            out += c;
    }
    return out;
}

QString NetworkExporter::validityText(const NetworkEdge &edge)
{
    QStringList parts;
    for (const ValidityPeriod &period : edge.periods) {
        const QString from = isoDay(period.firstDay);
        const QString to = isoDay(period.lastDay);
        parts << (from.isEmpty() ? QStringLiteral("..") : from) + u'/' +
                     (to.isEmpty() ? QStringLiteral("..") : to);
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace entente
