#pragma once

#include "io/nativeimporter.h"

#include <QByteArray>
#include <QString>

class QIODevice;

namespace entente {

// Reads a GDELT event export (1.0 with 57 or 58 columns, 2.0 with 61; tab-separated
// without a header as GDELT publishes it, or with a header row as query tools export it)
// into a Corpus: an event per row at a place per distinct ActionGeo location, actors by
// CAMEO code, an empty-text article per distinct source URL, and the cooperation and
// conflict rows summed into one relation per actor pair, relation type and month. The
// file is streamed; any error refuses the whole file. See docs/formats/gdelt.md.
class GdeltImporter final
{
public:
    explicit GdeltImporter(ImportLimits limits = {}) : m_limits(limits) {}

    // The project is not consulted: every id the file yields is the reader's own
    // (`gdelt:...`), so a re-import merges with what an earlier one brought.
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
