#include "jsonreader.h"

#include "io/jsonparser.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace entente {

std::optional<JsonDocument> JsonReader::parse(const QByteArray &utf8, JsonError *error) const
{
    JsonDocument doc;
    doc.m_source = utf8;
    JsonParser parser(doc.m_source, m_limits, doc);
    if (!parser.run()) {
        if (error)
            *error = parser.error();
        return std::nullopt;
    }
    return doc;
}

std::optional<JsonDocument> JsonReader::readFile(const QString &path, JsonError *error) const
{
    const auto refuse = [&](const QString &message) {
        if (error)
            *error = JsonError{message, -1, 0, 0, {}};
        return std::nullopt;
    };
    const QFileInfo info(path);
    if (!info.exists())
        return refuse(QCoreApplication::translate("Entente::JsonReader", "file not found"));
    if (info.size() > m_limits.maxBytes)
        return refuse(QCoreApplication::translate("Entente::JsonReader",
                                                  "the file is %1 bytes; the limit is %2 bytes")
                          .arg(info.size())
                          .arg(m_limits.maxBytes));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(QCoreApplication::translate("Entente::JsonReader", "cannot open the file: %1")
                          .arg(file.errorString()));
    // Read in chunks and stop past the limit: pipes, devices and /proc files report no
    // size, and a file may grow after the check above.
    QByteArray data;
    if (info.isFile() && info.size() > 0)
        data.reserve(info.size());
    for (;;) {
        const QByteArray chunk = file.read(qint64(1) << 20);
        if (chunk.isEmpty())
            break;
        data += chunk;
        if (data.size() > m_limits.maxBytes)
            return refuse(QCoreApplication::translate("Entente::JsonReader",
                                                      "the file is larger than the limit of %1 "
                                                      "bytes")
                              .arg(m_limits.maxBytes));
    }
    if (file.error() != QFileDevice::NoError)
        return refuse(QCoreApplication::translate("Entente::JsonReader", "cannot read the file: %1")
                          .arg(file.errorString()));
    return parse(data, error);
}

} // namespace entente
