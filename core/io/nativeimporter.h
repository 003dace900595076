#pragma once

#include "model/corpus.h"
#include "model/diagnostic.h"
#include "model/projectlookup.h"

#include <QByteArray>
#include <QIODevice>

#include <functional>
#include <QString>

namespace entente {

struct ImportLimits
{
    qint64 maxFileBytes = 512LL * 1024 * 1024; // refused before the file is read
    int maxDepth = 64;                         // JSON nesting; the format needs 5
    int maxErrors = 100;                       // errors listed; 0 or less lists all
};

// What reading one input file gave: the validated records, or the reasons it was refused.
struct ParsedFile
{
    QString file;
    Corpus corpus;        // empty when there are errors: an import is all or nothing
    Diagnostics errors;   // in file order; past maxErrors a last entry counts the rest
    Diagnostics warnings; // in file order
    bool ok() const { return errors.isEmpty(); }

    // A file refused as a whole: one error naming it (at `line` when known).
    static ParsedFile refused(const QString &file, const QString &message, int line = 0);
};

// For importers that stream from a device (ACLED, GDELT): `read` gets the file at `path`
// once it is open and within the size limit (else the refusal is returned), or the bytes
// of an in-memory file.
using DeviceReader = std::function<ParsedFile(QIODevice *device)>;
ParsedFile readFileThrough(const QString &path, const ImportLimits &limits,
                           const DeviceReader &read);
ParsedFile readBytesThrough(const QByteArray &bytes, const DeviceReader &read);

// Reads the native annotated-article format (docs/article-format.md, version 1) into a
// validated Corpus, checking every record and every reference before anything reaches a
// project. References may point at ids this file defines or at ids already in the project
// (asked through ProjectLookup). Offsets in the file count Unicode code points; every
// TextSpan of the result has its quote filled with the exact text at its offsets.
class NativeImporter final
{
public:
    static constexpr int kFormatVersion = 1;

    explicit NativeImporter(ImportLimits limits = {}) : m_limits(limits) {}

    ParsedFile readFile(const QString &path, const ProjectLookup &project) const;
    ParsedFile readData(const QByteArray &utf8, const QString &fileName,
                        const ProjectLookup &project) const;

    // For format detection: true when the first bytes of a file look like a native
    // corpus (a JSON object with "format": "entente-corpus" among its first members).
    static bool looksLikeNativeCorpus(const QByteArray &head);

    const ImportLimits &limits() const { return m_limits; }

private:
    ImportLimits m_limits;
};

} // namespace entente
