#pragma once

#include <QColor>
#include <QFont>
#include <QPalette>

namespace entente {

// Fonts and colours of exported pages. Everything is laid out in points (1/72 inch) and
// fonts are sized in pixels of that space, so text measures the same on a PDF, an SVG
// and a PNG of any DPI (a point-sized font would follow each device's own DPI).
class ExportStyle
{
public:
    static QFont font(double points, bool bold = false);
    static QFont bodyFont() { return font(8.5); }
    static QFont smallFont() { return font(7); }
    static QFont headingFont() { return font(14, true); }
    // A light palette for print, whatever the desktop theme.
    static QPalette printPalette();
    static QColor text() { return QColor(0x20, 0x20, 0x20); }
    static QColor muted() { return QColor(0x66, 0x66, 0x66); }
    static QColor rule() { return QColor(0xbb, 0xbb, 0xbb); }
    static QColor band() { return QColor(0xf2, 0xf2, 0xf2); }
};

} // namespace entente
