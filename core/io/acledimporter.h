#pragma once

#include "io/nativeimporter.h"

#include <QByteArray>
#include <QString>

class QIODevice;

namespace entente {

// Reads an ACLED event export (CSV, any layout since the early upper-case files: columns
// are found by header name) into a Corpus: an event per row at a place per distinct
// location, its actors as participants, a `fights` relation per battle between two actors
// and the row's notes as the article that evidences both. The file is streamed, so its
// size does not bound memory; any error refuses the whole file. See docs/formats/acled.md.
class AcledImporter final
{
public:
    explicit AcledImporter(ImportLimits limits = {}) : m_limits(limits) {}

    // The project is not consulted: every id the file yields is the reader's own
    // (`acled:...`), so a re-import merges with what an earlier one brought.
    ParsedFile readFile(const QString &path, const ProjectLookup &project) const;
    ParsedFile readData(const QByteArray &bytes, const QString &fileName,
                        const ProjectLookup &project) const;
    // Reads from an open device (a file, a buffer); fileName is for messages.
    ParsedFile readDevice(QIODevice *device, const QString &fileName,
                          const ProjectLookup &project) const;

    const ImportLimits &limits() const { return m_limits; }

private:
    ImportLimits m_limits;
};

} // namespace entente
