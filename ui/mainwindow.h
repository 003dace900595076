#pragma once

#include "io/dataexport.h"

#include <QMainWindow>

class QDockWidget;
class QLabel;
class QMenu;

namespace entente {

class Session;
class ProjectController;
class FilterBar;

// The analyst's desk: assembles the three linked views, the evidence panel and the
// filter bar as dock widgets around one shared Session, and the File/Go/View menus.
// Views are linked only through the session.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    Session *session() const { return m_session; }
    ProjectController *projects() const { return m_projects; }

    // Opens a project (.entente) or imports a corpus (.json) into a new project.
    void openPath(const QString &path);
    // Opens the bundled demo corpus (imported once into the app data folder).
    void openDemo();
    // What a plain start opens: the last project, or the demo on first run.
    void openStartupProject();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QDockWidget *addView(const QString &objectName, const QString &title, QWidget *content);
    void createDocks();
    void createMenus();
    void rebuildRecentMenu();
    void updateStatus();
    void updateTitle();
    void restoreLayout();

    void chooseAndOpen();
    void chooseAndImport();
    void chooseNewProject();
    void chooseAndExportData(DataFormat format);

    Session *m_session;
    ProjectController *m_projects;
    FilterBar *m_filterBar = nullptr;
    QDockWidget *m_timelineDock = nullptr;
    QDockWidget *m_mapDock = nullptr;
    QDockWidget *m_networkDock = nullptr;
    QDockWidget *m_evidenceDock = nullptr;
    QDockWidget *m_browseDock = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QLabel *m_counts = nullptr;
    QByteArray m_defaultState;
};

} // namespace entente
