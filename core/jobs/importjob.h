#pragma once

#include "io/nativeimporter.h"
#include "store/importreport.h"

#include <QStringList>

#include <atomic>
#include <functional>

namespace entente {

class Project;

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

    explicit ImportJob(ImportLimits limits = {}) : m_importer(limits) {}

    // Reads and validates; `project` answers for ids already imported (may be empty).
    Parsed read(const QStringList &paths, const ProjectLookup &project, const Progress &progress = {},
                const std::atomic_bool *cancel = nullptr) const;

    // Writes what read() accepted into the project, all or nothing.
    static ImportReport commit(Project &project, const Parsed &parsed);

private:
    NativeImporter m_importer;
};

} // namespace entente
