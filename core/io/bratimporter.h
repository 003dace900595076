#pragma once

#include "io/bratmapping.h"
#include "io/nativeimporter.h"

#include <QByteArray>
#include <QString>

namespace entente {

// Reads one brat standoff document (a .txt and the .ann beside it) into a Corpus: one
// article with its mentions, the actors and places its entities name (one per entity,
// however often it is mentioned), events from E lines and relations from R lines, typed
// through a BratMapping. All or nothing: any error leaves the corpus empty. The format
// and the mapping are described in docs/formats/brat.md.
class BratImporter final
{
public:
    explicit BratImporter(BratMapping mapping = BratMapping::defaults(), ImportLimits limits = {});

    // `path` is the .txt or the .ann; the other is found beside it.
    ParsedFile readFile(const QString &path, const ProjectLookup &project) const;
    // `fileName` names the .ann in messages; its base name gives the article id.
    ParsedFile readData(const QByteArray &text, const QByteArray &ann, const QString &fileName,
                        const ProjectLookup &project) const;

    // The article id of a document: "brat:<base name>".
    static QString articleIdFor(const QString &baseName);

    const BratMapping &mapping() const { return m_mapping; }
    const ImportLimits &limits() const { return m_limits; }

private:
    BratMapping m_mapping;
    ImportLimits m_limits;
};

} // namespace entente
