#pragma once

#include <QWidget>

class QAction;
class QComboBox;
class QToolBar;

namespace entente {

class MapView;
class Session;

// The actor map as the main window docks it: the MapView under a small toolbar (fit,
// zoom, projection, layer toggles, GeoJSON layers). Everything else goes through the
// Session.
class MapPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit MapPanel(Session *session, QWidget *parent = nullptr);

    MapView *view() const { return m_view; }
    QToolBar *toolBar() const { return m_toolBar; }

    // Asks for a GeoJSON file and loads it as a layer (File > Load Map Layer…).
    void chooseAndLoadLayer();
    // Loads a GeoJSON layer; on errors shows a message naming the file and the problems
    // (unless showErrors is false) and returns false.
    bool loadLayer(const QString &fileName, bool showErrors = true);

private:
    void syncToggles();

    MapView *m_view;
    QToolBar *m_toolBar;
    QComboBox *m_projection;
    QAction *m_countries = nullptr;
    QAction *m_actors = nullptr;
    QAction *m_events = nullptr;
    QAction *m_arrows = nullptr;
    QAction *m_hierarchy = nullptr;
    QAction *m_userLayers = nullptr;
    QAction *m_legend = nullptr;
    QAction *m_clearLayers = nullptr;
};

} // namespace entente
