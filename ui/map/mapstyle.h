#pragma once

#include "timeline/timelinestyle.h"
#include "viewpalette.h"

#include <QColor>
#include <QFont>
#include <QPalette>

namespace entente {

// Colours, fonts and sizes of the actor map, derived from the widget palette so the map
// reads on light and dark backgrounds. Blocs and relation strokes come from ViewPalette
// and event marks from TimelineStyle, so a bloc, a tie or an event type looks the same on
// the map as in the network and the timeline.
class MapStyle
{
public:
    explicit MapStyle(const QPalette &palette = QPalette(), const QFont &font = QFont());

    const ViewPalette &blocs() const { return m_view; }
    const TimelineStyle &events() const { return m_events; }
    void setEventTypes(const QStringList &types) { m_events.setEventTypes(types); }

    const QPalette &palette() const { return m_palette; }
    bool isDark() const { return m_view.isDark(); }
    QFont font() const { return m_font; }
    QFont labelFont() const;
    QFont smallFont() const;

    QColor ocean() const;
    QColor outsideWorld() const;
    QColor land() const; // countries of no actor
    QColor border() const;
    QColor graticule() const;
    QColor text() const { return m_palette.color(QPalette::Text); }
    QColor mutedText() const;
    QColor labelBackground() const;
    QColor highlight() const { return m_palette.color(QPalette::Highlight); }
    QColor hover() const;
    QColor markerOutline() const;
    QColor panelBackground() const; // legend and scale bar boxes

    // Fill of a country: its state's bloc, neutral when the state has no side in the
    // window, plain land when no state actor of the project stands for it.
    QColor countryFill(int bloc, bool hasState) const;

    static constexpr double kMarkerRadius = 5.0;
    static constexpr double kEventMarkSize = 9.0;
    static constexpr double kClusterCell = 44.0; // grid cell of event clustering, pixels

private:
    QPalette m_palette;
    QFont m_font;
    ViewPalette m_view;
    TimelineStyle m_events;
};

} // namespace entente
