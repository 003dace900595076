#pragma once

#include <QTextStream>

namespace entente::cli {

// The one printing layer of the command line: results to stdout, messages to stderr.
QTextStream &out();
QTextStream &err();

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1);

} // namespace entente::cli
