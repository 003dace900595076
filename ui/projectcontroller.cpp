#include "projectcontroller.h"

#include "backgroundtask.h"
#include "importresultdialog.h"

#include "jobs/importjob.h"
#include "session/session.h"
#include "session/snapshotloader.h"
#include "store/project.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <spdlog/spdlog.h>

namespace entente {

namespace {

constexpr int kMaxRecent = 10;
const QString kRecentKey = QStringLiteral("recentFiles");

QString dataFolder(const QString &sub)
{
    const QString dir =
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u'/' + sub;
    QDir().mkpath(dir);
    return dir;
}

void removeProjectFiles(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

void showError(QWidget *parent, const QString &text, const QString &details = {})
{
    auto *box = new QMessageBox(QMessageBox::Critical,
                                QCoreApplication::translate("Entente::ProjectController", "Entente"), text,
                                QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("errorDialog"));
    if (!details.isEmpty())
        box->setDetailedText(details);
    box->open();
}

} // namespace

struct ProjectController::Loaded
{
    std::shared_ptr<Project> project;
    std::shared_ptr<const Snapshot> snapshot;
    QString error;
};

ProjectController::ProjectController(Session *session, QWidget *window)
    : QObject(window), m_session(session), m_window(window)
{
}

ProjectController::~ProjectController() = default;

bool ProjectController::openAny(const QString &path)
{
    if (path.endsWith(QStringLiteral(".entente"), Qt::CaseInsensitive))
        return openProject(path);
    return openCorpus(path);
}

bool ProjectController::openProject(const QString &path)
{
    if (!QFileInfo::exists(path)) {
        showError(m_window, tr("The project %1 does not exist.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    if (!load(path))
        return false;
    addRecent(path);
    return true;
}

bool ProjectController::newProject(const QString &path)
{
    removeProjectFiles(path);
    QString error;
    if (!Project::open(path, Project::OpenMode::CreateIfMissing, &error)) {
        showError(m_window, tr("Could not create the project %1.").arg(path), error);
        return false;
    }
    return openProject(path);
}

QString ProjectController::corpusProjectPath(const QString &jsonPath)
{
    return dataFolder(QStringLiteral("projects")) + u'/' + QFileInfo(jsonPath).completeBaseName() +
           QStringLiteral(".entente");
}

bool ProjectController::openCorpus(const QString &path, const ImportOptions &options)
{
    const QString projectPath = corpusProjectPath(path);
    if (!runImport(projectPath, {path}, true, options))
        return false;
    if (!load(projectPath))
        return false;
    addRecent(projectPath);
    return true;
}

bool ProjectController::importFiles(const QStringList &files, const ImportOptions &options)
{
    if (!m_session->project()) {
        if (files.size() == 1)
            return openCorpus(files.first(), options);
        showError(m_window, tr("Open or create a project before importing several files."));
        return false;
    }
    const QString path = m_session->projectPath();
    // The session's connection must not be used while the worker writes.
    m_session->setProject(nullptr, nullptr);
    const bool ok = runImport(path, files, false, options);
    load(path); // reopen whether or not the import took: the project is unchanged on failure
    return ok;
}

bool ProjectController::openDemo()
{
    const QString projectPath = dataFolder(QStringLiteral("demo")) + QStringLiteral("/demo.entente");
    if (!QFileInfo::exists(projectPath)) {
        // The importer reads files: copy the bundled corpus out of the resources first.
        QTemporaryDir tmp;
        const QString json = tmp.filePath(QStringLiteral("libya-2019-2021.json"));
        if (!tmp.isValid() || !QFile::copy(QStringLiteral(":/demo/libya-2019-2021.json"), json)) {
            showError(m_window, tr("Could not unpack the demo corpus."));
            return false;
        }
        if (!runImport(projectPath, {json}, true))
            return false;
    }
    return load(projectPath);
}

bool ProjectController::runImport(const QString &projectPath, const QStringList &files,
                                  bool freshProject, const ImportOptions &options)
{
    struct Outcome
    {
        ImportJob::Parsed parsed;
        ImportReport report;
        QString openError;
    };
    const Outcome outcome = runInBackground<Outcome>(
        m_window, tr("Importing %n file(s)…", nullptr, int(files.size())),
        [&](TaskProgress &progress) {
            Outcome o;
            std::unique_ptr<Project> project;
            if (!freshProject) {
                project = Project::open(projectPath, Project::OpenMode::OpenExisting, &o.openError);
                if (!project)
                    return o;
            }
            progress.total = int(files.size());
            const EmptyProjectLookup nothing;
            o.parsed = ImportJob(options).read(
                files, project ? static_cast<const ProjectLookup &>(*project) : nothing,
                [&progress](int done, int, const QString &) { progress.done = done; },
                &progress.cancel);
            if (!o.parsed.ok())
                return o;
            if (freshProject) {
                removeProjectFiles(projectPath);
                project = Project::open(projectPath, Project::OpenMode::CreateIfMissing, &o.openError);
                if (!project)
                    return o;
            }
            o.report = ImportJob::commit(*project, o.parsed);
            return o;
        });

    if (!outcome.openError.isEmpty()) {
        showError(m_window, tr("Could not open the project %1.").arg(projectPath), outcome.openError);
        return false;
    }
    if (outcome.parsed.cancelled)
        return false;
    if (!outcome.parsed.ok()) {
        ImportResultDialog::showFailure(m_window, files, outcome.parsed.errors,
                                        outcome.parsed.warnings);
        return false;
    }
    if (!outcome.report.ok()) {
        showError(m_window, tr("The import failed; the project was left as it was."),
                  outcome.report.error);
        return false;
    }
    if (!outcome.report.warnings.isEmpty() || !outcome.report.changes.isEmpty())
        ImportResultDialog::showSuccess(m_window, files, outcome.report);
    return true;
}

bool ProjectController::load(const QString &projectPath)
{
    const Loaded loaded = runInBackground<Loaded>(
        m_window, tr("Opening %1…").arg(QFileInfo(projectPath).fileName()), [&](TaskProgress &) {
            Loaded l;
            std::unique_ptr<Project> project =
                Project::open(projectPath, Project::OpenMode::OpenExisting, &l.error);
            if (!project)
                return l;
            l.snapshot = loadSnapshot(*project);
            l.project = std::move(project);
            return l;
        });
    if (!loaded.project) {
        showError(m_window, tr("Could not open the project %1.").arg(projectPath), loaded.error);
        return false;
    }
    // SQLite connections are not bound to a thread; from here on only the GUI uses it.
    m_session->setProject(loaded.project, loaded.snapshot, projectPath);
    QSettings().setValue(QStringLiteral("lastProject"), projectPath);
    return true;
}

QStringList ProjectController::recentFiles() const
{
    return QSettings().value(kRecentKey).toStringList();
}

void ProjectController::addRecent(const QString &path)
{
    QStringList list = recentFiles();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > kMaxRecent)
        list.removeLast();
    QSettings().setValue(kRecentKey, list);
    Q_EMIT recentFilesChanged();
}

} // namespace entente
