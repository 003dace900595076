#pragma once

#include <QFontMetricsF>
#include <QHash>
#include <QString>

class QFont;

namespace entente {

// Text widths in one font, each text measured once per thread and font: the views lay
// out the same thousands of names window after window, and shaping them again took
// milliseconds of each. Per thread, as pictures and exports are laid out on workers too.
class TextWidths
{
public:
    explicit TextWidths(const QFont &font);
    double advance(const QString &text);

private:
    QFontMetricsF m_metrics;
    QHash<QString, double> *m_widths; // this thread's, for this font
};

} // namespace entente
