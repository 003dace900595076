#include "output.h"

#include <QCoreApplication>

#include <cstdio>

namespace entente::cli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

QString tr(const char *text, const char *disambiguation, int n)
{
    return QCoreApplication::translate("Entente::Cli", text, disambiguation, n);
}

} // namespace entente::cli
