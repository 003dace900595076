#pragma once

#include <QString>
#include <QVector>

namespace entente {

// One error or warning about an input file: where (file, JSON path or record, line and
// column when known) and what was expected.
struct Diagnostic
{
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    QString file;
    QString path;    // e.g. "relations[3].target"; empty when the whole file is meant
    int line = 0;    // 1-based; 0 = unknown
    int column = 0;  // 1-based; 0 = unknown
    QString message; // says what was found and what was expected

    // "file:line:column: path: message", leaving out the parts that are unknown.
    QString toString() const;
};

using Diagnostics = QVector<Diagnostic>;

// One toString() per line: the whole list as a command line or a test failure shows it.
QString toText(const Diagnostics &list);

} // namespace entente
