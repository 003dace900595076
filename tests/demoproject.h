#pragma once

// The bundled demo corpus in a new project, as several UI tests start from it.

#include "jobs/importjob.h"
#include "model/diagnostic.h"
#include "store/project.h"

#include <QString>

#include <memory>

namespace entente::test {

inline QString demoCorpusPath()
{
    return QStringLiteral(ENTENTE_SOURCE_DIR "/resources/demo/libya-2019-2021.json");
}

// A project at `path` (created) with the demo corpus imported; nullptr, and why in
// *error, when that fails.
inline std::shared_ptr<Project> importDemo(const QString &path, QString *error)
{
    std::shared_ptr<Project> project =
        Project::open(path, Project::OpenMode::CreateIfMissing, error);
    if (!project)
        return nullptr;
    const ImportJob::Parsed parsed = ImportJob().read({demoCorpusPath()}, *project);
    if (!parsed.ok()) {
        *error = toText(parsed.errors);
        return nullptr;
    }
    const ImportReport report = ImportJob::commit(*project, parsed);
    if (!report.ok()) {
        *error = report.error;
        return nullptr;
    }
    return project;
}

} // namespace entente::test
