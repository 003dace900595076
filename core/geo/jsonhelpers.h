#pragma once

#include "model/diagnostic.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QString>

#include <optional>

// Small helpers the GeoJSON and TopoJSON readers share: reading a file into a JSON
// document with a diagnostic that says where parsing failed, and naming JSON value types
// in messages ("expected an array, found a number").

namespace entente::geo::json {

// Reads fileName (a path or a ":/resource"); on failure adds an error to diagnostics.
std::optional<QByteArray> readFile(const QString &fileName, Diagnostics &diagnostics);

// Parses data; on a syntax error adds an error with line and column to diagnostics.
std::optional<QJsonDocument> parse(const QByteArray &data, const QString &fileName,
                                   Diagnostics &diagnostics);

// "a number", "a string", "an array", "an object", "null", "true or false" (translated).
QString describe(const QJsonValue &value);

// "path[3]" and "path.member", leaving out the separator when path is empty.
QString indexPath(const QString &path, qsizetype index);
QString memberPath(const QString &path, const QString &member);

Diagnostic error(const QString &fileName, const QString &path, const QString &message);
Diagnostic warning(const QString &fileName, const QString &path, const QString &message);

} // namespace entente::geo::json
