#include "mainwindow.h"

#include "browse/browsepanel.h"
#include "io/dataexport.h"
#include "store/project.h"
#include "filterbar.h"
#include "importoptionsdialog.h"
#include "projectcontroller.h"
#include "viewplaceholder.h"
#include "evidence/evidencepanel.h"
#include "export/exportdialog.h"
#include "map/mappanel.h"
#include "network/networkpanel.h"
#include "timeline/timelinepanel.h"

#include "session/session.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStatusBar>

namespace entente {

namespace {

const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
constexpr int kLayoutVersion = 2; // 2: the Browse dock

QStringList droppedFiles(const QMimeData *mime)
{
    QStringList files;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            files << url.toLocalFile();
    }
    return files;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_session(new Session(this)),
      m_projects(new ProjectController(m_session, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Entente"));
    setAcceptDrops(true);
    setDockNestingEnabled(true);
    setDockOptions(AnimatedDocks | AllowNestedDocks | AllowTabbedDocks);

    m_filterBar = new FilterBar(m_session, this);
    addToolBar(Qt::TopToolBarArea, m_filterBar);
    createDocks();
    createMenus();

    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("statusCounts"));
    statusBar()->addPermanentWidget(m_counts);

    connect(m_session, &Session::projectChanged, this, &MainWindow::updateTitle);
    connect(m_session, &Session::projectChanged, this, &MainWindow::updateStatus);
    connect(m_session, &Session::filterChanged, this, &MainWindow::updateStatus);
    connect(m_projects, &ProjectController::recentFilesChanged, this, &MainWindow::rebuildRecentMenu);

    resize(1600, 1000);
    m_defaultState = saveState(kLayoutVersion);
    restoreLayout();
    updateTitle();
    updateStatus();
}

MainWindow::~MainWindow() = default;

QDockWidget *MainWindow::addView(const QString &objectName, const QString &title, QWidget *content)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    dock->setWidget(content);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                      QDockWidget::DockWidgetClosable);
    return dock;
}

void MainWindow::createDocks()
{
    m_mapDock = addView(QStringLiteral("mapDock"), tr("Actor map"), new MapPanel(m_session, this));
    m_networkDock = addView(QStringLiteral("networkDock"), tr("Support network"),
                            new NetworkPanel(m_session, this));
    m_evidenceDock = addView(QStringLiteral("evidenceDock"), tr("Evidence"),
                             new EvidencePanel(m_session, this));
    m_timelineDock = addView(QStringLiteral("timelineDock"), tr("Timeline"),
                             new TimelinePanel(m_session, this));
    m_browseDock = addView(QStringLiteral("browseDock"), tr("Browse"), new BrowsePanel(m_session, this));
    m_browseDock->setToolTip(tr("Sortable tables of the events, actors and relations in the filter"));

    // The three views side by side on top, the wide timeline underneath.
    setCentralWidget(nullptr);
    addDockWidget(Qt::TopDockWidgetArea, m_mapDock);
    splitDockWidget(m_mapDock, m_networkDock, Qt::Horizontal);
    splitDockWidget(m_networkDock, m_evidenceDock, Qt::Horizontal);
    // The tables share the evidence column: reading and browsing alternate.
    tabifyDockWidget(m_evidenceDock, m_browseDock);
    m_evidenceDock->raise();
    addDockWidget(Qt::BottomDockWidgetArea, m_timelineDock);
    resizeDocks({m_mapDock, m_networkDock, m_evidenceDock}, {560, 560, 420}, Qt::Horizontal);
    resizeDocks({m_mapDock, m_timelineDock}, {520, 420}, Qt::Vertical);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newProject = file->addAction(tr("&New Project…"), this, &MainWindow::chooseNewProject);
    newProject->setShortcut(QKeySequence::New);
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::chooseAndOpen);
    open->setShortcut(QKeySequence::Open);
    open->setToolTip(tr("Open a project (.entente), or import a corpus (native .json, brat, "
                        "ACLED or GDELT) as a new project"));
    QAction *import = file->addAction(tr("&Import into Project…"), this, &MainWindow::chooseAndImport);
    import->setShortcut(QKeySequence(tr("Ctrl+I")));
    QAction *mapLayer = file->addAction(tr("Load &Map Layer…"), this, [this] {
        if (auto *map = qobject_cast<MapPanel *>(m_mapDock->widget()))
            map->chooseAndLoadLayer();
    });
    mapLayer->setToolTip(tr("Draw a GeoJSON file (regions, front lines, sites) over the actor map"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(tr("Open &Demo"), this, &MainWindow::openDemo);
    file->addSeparator();
    QAction *exportAction = file->addAction(tr("&Export…"), this, [this] {
        ExportDialog dialog(m_session, this, this);
        dialog.exec();
    });
    exportAction->setShortcut(QKeySequence(tr("Ctrl+E")));
    exportAction->setToolTip(tr("Export a view or the analyst report as PDF, SVG or PNG"));
    QMenu *exportData = file->addMenu(tr("Export &Data"));
    exportData->setToolTipsVisible(true);
    exportData->addAction(tr("&CSV Tables…"), this, [this] { chooseAndExportData(DataFormat::Csv); })
        ->setToolTip(tr("Events, actors and relations as three CSV files, for spreadsheets"));
    exportData->addAction(tr("&brat Documents…"), this,
                          [this] { chooseAndExportData(DataFormat::Brat); })
        ->setToolTip(tr("Each article with its annotations as brat .txt and .ann files"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    rebuildRecentMenu();

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    QAction *back = go->addAction(tr("&Back"), m_session, &Session::back);
    back->setShortcut(QKeySequence::Back);
    QAction *forward = go->addAction(tr("&Forward"), m_session, &Session::forward);
    forward->setShortcut(QKeySequence::Forward);
    go->addSeparator();
    QAction *clearSelection = go->addAction(tr("Clear &Selection"), m_session, &Session::clearSelection);
    clearSelection->setShortcut(QKeySequence(tr("Ctrl+Shift+A")));
    go->addAction(tr("Clear Time &Window"), this, [this] { m_session->setTimeWindow(std::nullopt); });
    QAction *find = go->addAction(tr("&Find…"), this, [this] {
        m_filterBar->searchField()->setFocus(Qt::ShortcutFocusReason);
        m_filterBar->searchField()->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    const auto syncHistory = [this, back, forward] {
        back->setEnabled(m_session->canGoBack());
        forward->setEnabled(m_session->canGoForward());
    };
    connect(m_session, &Session::historyChanged, this, syncHistory);
    syncHistory();

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *dock :
         {m_timelineDock, m_mapDock, m_networkDock, m_evidenceDock, m_browseDock})
        m_viewMenu->addAction(dock->toggleViewAction());
    m_viewMenu->addAction(m_filterBar->toggleViewAction());
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(tr("&Reset Layout"), this, [this] { restoreState(m_defaultState, kLayoutVersion); });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Entente"), this, [this] {
        QMessageBox::about(this, tr("About Entente"),
                           tr("Entente %1\nTimelines, actor maps and support networks from "
                              "annotated news articles.")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = m_projects->recentFiles();
    for (const QString &path : recent) {
        QAction *a = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        connect(a, &QAction::triggered, this, [this, path] { m_projects->openAny(path); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::updateTitle()
{
    const QString path = m_session->projectPath();
    setWindowFilePath(path);
    setWindowTitle(path.isEmpty() ? tr("Entente")
                                  : tr("%1 — Entente").arg(QFileInfo(path).completeBaseName()));
}

void MainWindow::updateStatus()
{
    const Snapshot &s = m_session->snapshot();
    const VisibleSet &v = m_session->visible();
    m_counts->setText(tr("%1 of %2 events · %3 of %4 actors · %5 of %6 relations")
                          .arg(v.events.size())
                          .arg(s.events.size())
                          .arg(v.actors.size())
                          .arg(s.actors.size())
                          .arg(v.relations.size())
                          .arg(s.relations.size()));
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    restoreState(settings.value(kStateKey).toByteArray(), kLayoutVersion);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState(kLayoutVersion));
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList files = droppedFiles(event->mimeData());
    event->acceptProposedAction();
    if (files.size() == 1 && files.first().endsWith(QStringLiteral(".entente")))
        m_projects->openProject(files.first());
    else if (const auto options = ImportOptionsDialog::ask(files, this))
        m_projects->importFiles(files, *options);
}

void MainWindow::openPath(const QString &path) { m_projects->openAny(path); }
void MainWindow::openDemo() { m_projects->openDemo(); }

void MainWindow::openStartupProject()
{
    const QString last = QSettings().value(QStringLiteral("lastProject")).toString();
    if (!last.isEmpty() && QFileInfo::exists(last) && m_projects->openProject(last))
        return;
    m_projects->openDemo();
}

void MainWindow::chooseAndOpen()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open"), QString(),
        tr("Projects and importable files (*.entente *.json *.ann *.txt *.csv *.tsv *.CSV);;"
           "Entente projects (*.entente);;Native corpora (*.json);;brat documents (*.ann *.txt);;"
           "ACLED exports (*.csv);;GDELT event files (*.CSV *.tsv *.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    if (path.endsWith(QStringLiteral(".entente"), Qt::CaseInsensitive))
        m_projects->openProject(path);
    else if (const auto options = ImportOptionsDialog::ask({path}, this))
        m_projects->openCorpus(path, *options);
}

void MainWindow::chooseAndImport()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import into Project"), QString(),
        tr("Importable files (*.json *.ann *.txt *.csv *.tsv *.CSV);;Native corpora (*.json);;"
           "brat documents (*.ann *.txt);;ACLED exports (*.csv);;GDELT event files (*.CSV *.tsv "
           "*.csv);;All files (*)"));
    if (files.isEmpty())
        return;
    if (const auto options = ImportOptionsDialog::ask(files, this))
        m_projects->importFiles(files, *options);
}

void MainWindow::chooseAndExportData(DataFormat format)
{
    Project *project = m_session->project();
    if (!project) {
        QMessageBox::information(this, tr("Export Data"), tr("Open a project first."));
        return;
    }
    const QString folder = QFileDialog::getExistingDirectory(
        this, format == DataFormat::Csv ? tr("Folder for the CSV Tables")
                                        : tr("Folder for the brat Documents"));
    if (folder.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const DataExportResult result = exportData(*project, format, folder);
    QApplication::restoreOverrideCursor();
    if (!result.ok()) {
        QMessageBox::critical(this, tr("Export Data"), result.error);
        return;
    }
    QMessageBox box(QMessageBox::Information, tr("Export Data"),
                    tr("Wrote %n file(s) into %1.", nullptr, int(result.files.size())).arg(folder),
                    QMessageBox::Ok, this);
    if (!result.notes.isEmpty()) {
        box.setInformativeText(tr("%n thing(s) the format cannot carry were left out: see the "
                                  "details.",
                                  nullptr, int(result.notes.size())));
        box.setDetailedText(result.notes.join(u'\n'));
    }
    box.exec();
}

void MainWindow::chooseNewProject()
{
    QString path = QFileDialog::getSaveFileName(this, tr("New Project"), QString(),
                                                tr("Entente projects (*.entente)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".entente")))
        path += QStringLiteral(".entente");
    m_projects->newProject(path);
}

} // namespace entente
