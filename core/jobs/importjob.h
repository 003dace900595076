#pragma once

#include "io/bratmapping.h"
#include "io/importformat.h"
#include "io/nativeimporter.h"
#include "store/importreport.h"

#include <QStringList>

#include <atomic>
#include <functional>

namespace entente {

class Project;

struct ImportOptions
{
    std::optional<ImportFormat> format; // nullopt: found per file (detectImportFormat)
    BratMapping bratMapping = BratMapping::defaults();
    ImportLimits limits;
};

// The whole import of a batch of files, shared by the command line and the GUI:
// read and validate every file first (a later file may refer to ids an earlier one
// defines), and only when none has an error, merge them all into the project in one
// transaction. Nothing is written when any file fails.
class ImportJob final
{
public:
    // done/total count files read; called from the thread that runs the job.
    using Progress = std::function<void(int done, int total, const QString &file)>;

    struct Parsed
    {
        QVector<FileToImport> files; // in the given order, when every file is valid
        Diagnostics errors;          // from every file
        Diagnostics warnings;
        bool cancelled = false;
        bool ok() const { return errors.isEmpty() && !cancelled; }
    };

    explicit ImportJob(ImportOptions options = {}) : m_options(std::move(options)) {}

    // The files a list of paths stands for, in order: a folder stands for the corpus
    // files in it (sorted), and the two halves of a brat document count once.
    static QStringList expandPaths(const QStringList &paths);

    // Reads and validates, each file in its format; `project` answers for ids already
    // imported (may be empty). Paths are expanded with expandPaths().
    Parsed read(const QStringList &paths, const ProjectLookup &project, const Progress &progress = {},
                const std::atomic_bool *cancel = nullptr) const;

    // Writes what read() accepted into the project, all or nothing.
    static ImportReport commit(Project &project, const Parsed &parsed);

private:
    ParsedFile readOne(const QString &path, const ProjectLookup &lookup) const;

    ImportOptions m_options;
};

} // namespace entente
