#include "importjob.h"

#include "io/acledimporter.h"
#include "io/bratimporter.h"
#include "io/gdeltimporter.h"
#include "store/project.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <spdlog/spdlog.h>

namespace entente {

namespace {

// Answers for the project plus the files of the batch already read, so that file N may
// refer to what files 1..N-1 define.
class BatchLookup final : public ProjectLookup
{
public:
    explicit BatchLookup(const ProjectLookup &project) : m_project(project) {}

    void add(const Corpus &corpus)
    {
        for (const Actor &a : corpus.actors)
            m_actors.insert(a.id);
        for (const Place &p : corpus.places)
            m_places.insert(p.id);
        for (const Article &a : corpus.articles) {
            m_articles.insert(a.id, a.text);
            for (const Mention &m : a.mentions) {
                if (!m.actorId.isEmpty())
                    m_mentioned.insert(m.actorId);
            }
        }
    }

    bool hasActor(const QString &id) const override
    {
        return m_actors.contains(id) || m_project.hasActor(id);
    }
    bool hasPlace(const QString &id) const override
    {
        return m_places.contains(id) || m_project.hasPlace(id);
    }
    bool hasArticle(const QString &id) const override
    {
        return m_articles.contains(id) || m_project.hasArticle(id);
    }
    std::optional<QString> articleText(const QString &id) const override
    {
        const auto it = m_articles.constFind(id);
        if (it != m_articles.cend())
            return *it;
        return m_project.articleText(id);
    }
    bool isActorMentioned(const QString &id) const override
    {
        return m_mentioned.contains(id) || m_project.isActorMentioned(id);
    }

private:
    const ProjectLookup &m_project;
    QSet<QString> m_actors;
    QSet<QString> m_places;
    QHash<QString, QString> m_articles;
    QSet<QString> m_mentioned;
};

} // namespace

QStringList ImportJob::expandPaths(const QStringList &paths)
{
    QStringList files;
    QSet<QString> bratDocuments; // by the path without its extension
    const auto add = [&](const QString &path) {
        const QFileInfo info(path);
        const QString suffix = info.suffix().toLower();
        if (suffix == u"ann" || suffix == u"txt") {
            const QString stem = info.path() + u'/' + info.completeBaseName();
            if (suffix == u"ann" || QFileInfo::exists(stem + u".ann")) {
                if (bratDocuments.contains(stem))
                    return;
                bratDocuments.insert(stem);
            }
        }
        files.append(path);
    };
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.isDir()) {
            add(path);
            continue;
        }
        const QStringList names = QDir(path).entryList(
            {QStringLiteral("*.json"), QStringLiteral("*.ann"), QStringLiteral("*.csv"),
             QStringLiteral("*.tsv")}, // QDir matches these ignoring case
            QDir::Files, QDir::Name);
        for (const QString &name : names)
            add(QDir(path).filePath(name));
    }
    return files;
}

ParsedFile ImportJob::readOne(const QString &path, const ProjectLookup &lookup) const
{
    QString why;
    const std::optional<ImportFormat> format =
        m_options.format ? m_options.format : detectImportFormat(path, &why);
    if (!format)
        return ParsedFile::refused(path, why);
    spdlog::info("reading {} as {}", path.toStdString(), importFormatName(*format).toStdString());
    switch (*format) {
    case ImportFormat::Native: return NativeImporter(m_options.limits).readFile(path, lookup);
    case ImportFormat::Brat:
        return BratImporter(m_options.bratMapping, m_options.limits).readFile(path, lookup);
    case ImportFormat::Acled: return AcledImporter(m_options.limits).readFile(path, lookup);
    case ImportFormat::Gdelt: return GdeltImporter(m_options.limits).readFile(path, lookup);
    }
    return {};
}

ImportJob::Parsed ImportJob::read(const QStringList &requested, const ProjectLookup &project,
                                  const Progress &progress, const std::atomic_bool *cancel) const
{
    const QStringList paths = expandPaths(requested);
    Parsed result;
    BatchLookup lookup(project);
    for (int i = 0; i < paths.size(); ++i) {
        if (cancel && cancel->load()) {
            result.cancelled = true;
            break;
        }
        if (progress)
            progress(i, int(paths.size()), paths.at(i));
        ParsedFile file = readOne(paths.at(i), lookup);
        spdlog::info("read {}: {} errors, {} warnings", paths.at(i).toStdString(),
                     file.errors.size(), file.warnings.size());
        result.errors += file.errors;
        result.warnings += file.warnings;
        if (!file.ok())
            continue; // keep reading: the user sees every file's errors at once
        lookup.add(file.corpus);
        result.files.push_back({file.file, std::move(file.corpus), file.warnings});
    }
    if (progress && !result.cancelled)
        progress(int(paths.size()), int(paths.size()), {});
    if (!result.ok())
        result.files.clear();
    return result;
}

ImportReport ImportJob::commit(Project &project, const Parsed &parsed)
{
    if (!parsed.ok()) {
        ImportReport refused;
        refused.error = QCoreApplication::translate("Entente::ImportJob",
                                                    "The files have errors; nothing was imported.");
        return refused;
    }
    ImportReport report = project.importFiles(parsed.files);
    if (report.ok())
        spdlog::info("imported {} files into {} in {:.2f} s ({:.0f} rows/s)", parsed.files.size(),
                     project.path().toStdString(), report.seconds, report.rowsPerSecond());
    else
        spdlog::error("import into {} failed: {}", project.path().toStdString(),
                      report.error.toStdString());
    return report;
}

} // namespace entente
