#include "exportstyle.h"

#include <cmath>

namespace entente {

QFont ExportStyle::font(double points, bool bold)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif);
    f.setPixelSize(std::max(1, int(std::lround(points))));
    f.setBold(bold);
    // Kerning and hinting would be tuned to one device's pixels; pages are scaled.
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

QPalette ExportStyle::printPalette()
{
    QPalette p;
    const QColor white(Qt::white);
    for (auto group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        p.setColor(group, QPalette::Base, white);
        p.setColor(group, QPalette::Window, white);
        p.setColor(group, QPalette::AlternateBase, QColor(0xf5, 0xf5, 0xf5));
        p.setColor(group, QPalette::Button, QColor(0xee, 0xee, 0xee));
        p.setColor(group, QPalette::Text, text());
        p.setColor(group, QPalette::WindowText, text());
        p.setColor(group, QPalette::ButtonText, text());
        p.setColor(group, QPalette::PlaceholderText, muted());
        p.setColor(group, QPalette::Mid, QColor(0xc0, 0xc0, 0xc0));
        p.setColor(group, QPalette::Dark, QColor(0x90, 0x90, 0x90));
        p.setColor(group, QPalette::Light, white);
        p.setColor(group, QPalette::Midlight, QColor(0xe0, 0xe0, 0xe0));
        p.setColor(group, QPalette::Shadow, QColor(0x40, 0x40, 0x40));
        p.setColor(group, QPalette::Highlight, QColor(0x30, 0x6e, 0xc8));
        p.setColor(group, QPalette::HighlightedText, white);
        p.setColor(group, QPalette::ToolTipBase, QColor(0xff, 0xff, 0xdc));
        p.setColor(group, QPalette::ToolTipText, text());
    }
    return p;
}

} // namespace entente
