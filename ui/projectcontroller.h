#pragma once

#include "jobs/importjob.h"

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
    // Any importable file (native, brat, ACLED, GDELT) imported into a fresh project.
    bool openCorpus(const QString &path, const ImportOptions &options = {});
    bool newProject(const QString &path); // an empty project
    // Into the open project; `options` say the format and the brat mapping.
    bool importFiles(const QStringList &files, const ImportOptions &options = {});
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
    bool runImport(const QString &projectPath, const QStringList &files, bool freshProject,
                   const ImportOptions &options = {});
    bool load(const QString &projectPath);
    void addRecent(const QString &path);

    Session *m_session;
    QWidget *m_window;
};

} // namespace entente
