#include "jsonhelpers.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>

namespace entente::geo::json {

std::optional<QByteArray> readFile(const QString &fileName, Diagnostics &diagnostics)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        diagnostics.append(
            error(fileName, {},
                  QCoreApplication::translate("Entente::Json", "cannot open the file: %1")
                      .arg(file.errorString())));
        return std::nullopt;
    }
    return file.readAll();
}

std::optional<QJsonDocument> parse(const QByteArray &data, const QString &fileName,
                                   Diagnostics &diagnostics)
{
    QJsonParseError parseError;
    QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error == QJsonParseError::NoError)
        return document;
    Diagnostic d = error(fileName, {},
                         QCoreApplication::translate("Entente::Json", "not valid JSON: %1")
                             .arg(parseError.errorString()));
    // QJsonParseError gives a byte offset; count lines up to it.
    const qsizetype offset = std::clamp<qsizetype>(parseError.offset, 0, data.size());
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (data.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    d.line = line;
    d.column = int(offset - lineStart) + 1;
    diagnostics.append(d);
    return std::nullopt;
}

QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QCoreApplication::translate("Entente::Json", "null");
    case QJsonValue::Bool:
        return QCoreApplication::translate("Entente::Json", "true or false");
    case QJsonValue::Double:
        return QCoreApplication::translate("Entente::Json", "a number");
    case QJsonValue::String:
        return QCoreApplication::translate("Entente::Json", "a string");
    case QJsonValue::Array:
        return QCoreApplication::translate("Entente::Json", "an array");
    case QJsonValue::Object:
        return QCoreApplication::translate("Entente::Json", "an object");
    case QJsonValue::Undefined:
        break;
    }
    return QCoreApplication::translate("Entente::Json", "nothing");
}

QString indexPath(const QString &path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

QString memberPath(const QString &path, const QString &member)
{
    return path.isEmpty() ? member : path + u'.' + member;
}

Diagnostic error(const QString &fileName, const QString &path, const QString &message)
{
    Diagnostic d;
    d.severity = Diagnostic::Severity::Error;
    d.file = fileName;
    d.path = path;
    d.message = message;
    return d;
}

Diagnostic warning(const QString &fileName, const QString &path, const QString &message)
{
    Diagnostic d = error(fileName, path, message);
    d.severity = Diagnostic::Severity::Warning;
    return d;
}

} // namespace entente::geo::json
