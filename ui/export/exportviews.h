#pragma once

#include "exportsource.h"

#include <memory>

class QWidget;

namespace entente {

class Session;

// Gives an ExportSource the map and network paint routines of real views: either hidden
// views of its own on a session, laid out and fitted to the data (the command line, the
// report), or the live views of a window as the analyst sees them (current visible area).
// The hidden views need a QApplication (they are widgets), shown off screen so that they
// receive their resize events.
class ExportViews
{
public:
    explicit ExportViews(Session *session);
    ~ExportViews();

    // Waits (bounded) until the network analysis and its layout are ready.
    void waitUntilReady(int timeoutMs = 20000);
    // Fills the source's data from the session and its map/network from these views.
    void attach(ExportSource &source) const;

    // The source of a session with its paint routines taken from live views found under
    // `window` (none found: that view is unavailable).
    static ExportSource liveSource(Session *session, QWidget *window);
    // The data part of a source: snapshot, project, filter, selection, analysis, name.
    static ExportSource dataSource(Session *session);

private:
    struct Views; // the hidden MapView and NetworkView
    Session *m_session;
    std::unique_ptr<Views> m_views;
};

} // namespace entente
