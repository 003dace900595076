#pragma once

#include <QString>
#include <QtGlobal>

class QIODevice;

namespace entente {

// Size and shape of a synthetic corpus. The number of places follows from the number of
// actors (half as many, at least eight).
struct GeneratorOptions
{
    int articles = 10000;
    int actors = 2000;
    int events = 100000;
    int relations = 100000;
    quint32 seed = 1;
    int startYear = 2000;
    int years = 20;
};

// Writes a synthetic corpus in the native format (docs/format.md) for tests and benchmarks.
// The output obeys every rule of the format - unique ids, resolving references, evidence
// spans whose quotes match the text at their code-point offsets - and is the same byte for
// byte for the same options. Actors fall into 4-6 camps: positive relations mostly link
// actors of one camp and negative ones cross camps, as a bloc detector expects.
// Articles, events and relations are streamed; only a compact plan (a few integers per
// evidence span) is kept in memory.
class CorpusGenerator
{
public:
    explicit CorpusGenerator(const GeneratorOptions &options);

    // Empty when the options are usable; otherwise says which one is not.
    QString validate() const;

    bool write(QIODevice *device);
    QString errorString() const { return m_error; }
    qint64 bytesWritten() const { return m_bytesWritten; }

    // How many camps the actors are split into (4-6, fewer when there are under 16 actors).
    // Actor "A<i>" belongs to camp i % campCount(), which tests of bloc detection can use.
    int campCount() const;

private:
    GeneratorOptions m_options;
    QString m_error;
    qint64 m_bytesWritten = 0;
};

// Convenience: generates and writes in one call; on failure fills *error if given.
bool writeSyntheticCorpus(QIODevice *device, const GeneratorOptions &options,
                          QString *error = nullptr);

} // namespace entente
