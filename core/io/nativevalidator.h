#pragma once

#include "io/jsondocument.h"
#include "io/nativeimporter.h"

namespace entente {

// The working half of NativeImporter: checks a parsed native-format document record by
// record against the format and the project, and builds the Corpus. Kept apart so that
// the importer itself is only about files and limits.
ParsedFile validateNativeCorpus(const JsonDocument &doc, const QString &fileName,
                                const ProjectLookup &project, int maxErrors);

} // namespace entente
