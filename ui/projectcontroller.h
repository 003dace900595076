#pragma once

#include <QObject>
#include <QStringList>

#include <memory>

class QWidget;

namespace entente {

class Session;
class Snapshot;
class Project;

// Opens, creates and imports into projects for the main window. Long work (reading and
// validating files, writing the store, loading the snapshot) runs on a worker thread
// with its own database connection while a progress dialog shows; results and errors
// are reported in dialogs, and the session gets the new project and snapshot.
class ProjectController final : public QObject
{
    Q_OBJECT

public:
    ProjectController(Session *session, QWidget *window);
    ~ProjectController() override;

    // Each returns false (after telling the user why) when nothing was opened.
    bool openProject(const QString &path);  // an existing .entente file
    bool openCorpus(const QString &jsonPath); // imported into a fresh project
    bool newProject(const QString &path);     // an empty project
    bool importFiles(const QStringList &files); // into the open project
    bool openDemo();
    // .entente -> openProject, anything else -> openCorpus.
    bool openAny(const QString &path);

    QStringList recentFiles() const;
    // Where projects made from opened corpus files are kept.
    static QString corpusProjectPath(const QString &jsonPath);

Q_SIGNALS:
    void recentFilesChanged();

private:
    struct Loaded;
    bool runImport(const QString &projectPath, const QStringList &files, bool freshProject);
    bool load(const QString &projectPath);
    void addRecent(const QString &path);

    Session *m_session;
    QWidget *m_window;
};

} // namespace entente
