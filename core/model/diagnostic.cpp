#include "diagnostic.h"

#include <QStringList>

namespace entente {

QString Diagnostic::toString() const
{
    QString out = file;
    if (line > 0) {
        out += u':' + QString::number(line);
        if (column > 0)
            out += u':' + QString::number(column);
    }
    if (!out.isEmpty())
        out += QStringLiteral(": ");
    out += severity == Severity::Error ? QStringLiteral("error: ") : QStringLiteral("warning: ");
    if (!path.isEmpty())
        out += path + QStringLiteral(": ");
    out += message;
    return out;
}

QString toText(const Diagnostics &list)
{
    QStringList lines;
    lines.reserve(list.size());
    for (const Diagnostic &d : list)
        lines << d.toString();
    return lines.join(u'\n');
}

} // namespace entente
