#pragma once

#include "io/bratmapping.h"
#include "model/corpus.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace entente {

class Project;

// Writes articles and their annotations as brat standoff pairs (<name>.txt, <name>.ann),
// typed back through a BratMapping, so that BratImporter reads the same records again
// (what brat cannot carry is listed in docs/formats/brat.md and reported in `notes`).
class BratWriter final
{
public:
    struct Document
    {
        QString baseName; // file name without .txt / .ann
        QString text;
        QString ann;
    };

    explicit BratWriter(BratMapping mapping = BratMapping::defaults());

    // One document per article, in corpus order. `notes` (translated) lists what could
    // not be written: a participant or relation end never mentioned in the article...
    QVector<Document> write(const Corpus &corpus, QStringList *notes = nullptr) const;
    // Writes the documents into `folder`, creating it if needed, listing the files in
    // *written. False with a translated message in *error when a file cannot be written.
    bool writeFolder(const Corpus &corpus, const QString &folder, QStringList *notes = nullptr,
                     QString *error = nullptr, QStringList *written = nullptr) const;

    // Every article of the project with the records that refer to it, as a Corpus.
    static Corpus corpusFromProject(const Project &project);
    // The file base name for an article id: "brat:<name>" gives <name>; other ids keep
    // letters, digits, '-', '_' and '.', the rest becoming '_'.
    static QString baseNameFor(const QString &articleId);

private:
    BratMapping m_mapping;
};

} // namespace entente
