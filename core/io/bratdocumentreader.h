#pragma once

#include "io/bratannparser.h"
#include "io/bratmapping.h"
#include "model/corpus.h"
#include "model/diagnostic.h"
#include "model/projectlookup.h"

#include <QString>
#include <QVector>

#include <memory>
#include <optional>

namespace entente {

// Turns one brat document (its text and its parsed .ann lines) into Corpus records:
// checks every span against the text and every id reference, collapses the mentions of
// one entity into one actor or place, and builds events and relations through the
// mapping. Used by BratImporter; errors mean the caller must drop the corpus.
class BratDocumentReader final
{
public:
    BratDocumentReader(const BratMapping &mapping, const ProjectLookup &project, QString annFile,
                       QString baseName);
    ~BratDocumentReader();
    BratDocumentReader(const BratDocumentReader &) = delete;
    BratDocumentReader &operator=(const BratDocumentReader &) = delete;

    void read(const QString &text, const QVector<BratLine> &lines);

    const Corpus &corpus() const { return m_corpus; }
    const Diagnostics &errors() const { return m_errors; }
    const Diagnostics &warnings() const { return m_warnings; }

    // "brat:<baseName>"
    static QString articleId(const QString &baseName);
    // The publication date a file name starts with ("2020-01-19_tripoli"), if any.
    static std::optional<FuzzyDate> dateFromBaseName(const QString &baseName);

private:
    struct State;

    void error(const BratLine &line, int column, const QString &message);
    void warning(const BratLine &line, const QString &message);
    bool checkSpans(const QString &text);
    bool checkReferences();
    void classify();
    void collapse();
    void readAttributes();
    void buildArticle(const QString &text);
    void buildEvents(const QString &text);
    void buildRelations(const QString &text);
    TextSpan spanOf(const QString &text, qint64 start, qint64 end) const;

    const BratMapping &m_mapping;
    const ProjectLookup &m_project;
    QString m_file;
    QString m_base;
    const QVector<BratLine> *m_lines = nullptr;
    std::unique_ptr<State> m_state;
    Corpus m_corpus;
    Diagnostics m_errors;
    Diagnostics m_warnings;
};

} // namespace entente
