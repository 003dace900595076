#include "bratimporter.h"

#include "io/bratannparser.h"
#include "io/bratdocumentreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <spdlog/spdlog.h>

#include <algorithm>

namespace entente {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Entente::BratImporter", text);
}

ParsedFile refused(const QString &file, const QString &message, int line = 0)
{
    return ParsedFile::refused(file, message, line);
}

// Decodes strict UTF-8; on a bad byte sets *line to the line it is on.
std::optional<QString> decode(const QByteArray &bytes, int *line)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (!decoder.hasError())
        return text;
    const qsizetype bad = text.indexOf(QChar::ReplacementCharacter);
    *line = int(text.left(std::max<qsizetype>(bad, 0)).count(u'\n')) + 1;
    return std::nullopt;
}

QString siblingPath(const QString &path, const char *suffix)
{
    const qsizetype dot = path.lastIndexOf(u'.');
    const QString stem = dot > path.lastIndexOf(u'/') ? path.left(dot) : path;
    return stem + u'.' + QLatin1StringView(suffix);
}

} // namespace

BratImporter::BratImporter(BratMapping mapping, ImportLimits limits)
    : m_mapping(std::move(mapping)), m_limits(limits)
{
}

QString BratImporter::articleIdFor(const QString &baseName)
{
    return BratDocumentReader::articleId(baseName);
}

ParsedFile BratImporter::readFile(const QString &path, const ProjectLookup &project) const
{
    const QString txtPath = siblingPath(path, "txt");
    const QString annPath = siblingPath(path, "ann");
    QByteArray contents[2];
    const QString paths[2] = {txtPath, annPath};
    for (int k = 0; k < 2; ++k) {
        QFile file(paths[k]);
        if (!file.exists())
            return refused(annPath, k == 0 ? tr("the text file %1 is missing (a brat document "
                                                "is a .txt with its .ann beside it)")
                                                 .arg(txtPath)
                                           : tr("the annotation file %1 is missing (a brat "
                                                "document is a .txt with its .ann beside it)")
                                                 .arg(annPath));
        if (file.size() > m_limits.maxFileBytes)
            return refused(paths[k], tr("the file is %1 bytes, more than the limit of %2 bytes")
                                         .arg(file.size())
                                         .arg(m_limits.maxFileBytes));
        if (!file.open(QIODevice::ReadOnly))
            return refused(paths[k], tr("cannot be read (%1)").arg(file.errorString()));
        contents[k] = file.readAll();
    }
    return readData(contents[0], contents[1], annPath, project);
}

ParsedFile BratImporter::readData(const QByteArray &textBytes, const QByteArray &annBytes,
                                  const QString &fileName, const ProjectLookup &project) const
{
    const QString txtName = siblingPath(fileName, "txt");
    for (const auto &[bytes, name] : {std::pair{&textBytes, txtName}, {&annBytes, fileName}}) {
        if (bytes->size() > m_limits.maxFileBytes)
            return refused(name, tr("the file is %1 bytes, more than the limit of %2 bytes")
                                     .arg(bytes->size())
                                     .arg(m_limits.maxFileBytes));
    }
    int badLine = 0;
    const auto text = decode(textBytes, &badLine);
    if (!text)
        return refused(txtName, tr("the text is not valid UTF-8"), badLine);
    auto ann = decode(annBytes, &badLine);
    if (!ann)
        return refused(fileName, tr("the annotations are not valid UTF-8"), badLine);
    if (ann->startsWith(QChar(0xFEFF)))
        ann->remove(0, 1);

    ParsedFile out;
    out.file = fileName;
    BratAnnParser parser(fileName);
    const QVector<BratLine> lines = parser.parse(*ann);
    out.errors = parser.errors();
    if (out.errors.isEmpty()) {
        BratDocumentReader reader(m_mapping, project, fileName,
                                  QFileInfo(fileName).completeBaseName());
        reader.read(*text, lines);
        out.errors = reader.errors();
        out.warnings = reader.warnings();
        if (out.errors.isEmpty())
            out.corpus = reader.corpus();
    }
    const auto byLine = [](const Diagnostic &a, const Diagnostic &b) { return a.line < b.line; };
    std::stable_sort(out.errors.begin(), out.errors.end(), byLine);
    std::stable_sort(out.warnings.begin(), out.warnings.end(), byLine);
    const int total = int(out.errors.size());
    if (m_limits.maxErrors > 0 && total > m_limits.maxErrors) {
        out.errors.resize(m_limits.maxErrors);
        Diagnostic more;
        more.file = fileName;
        more.message =
            QCoreApplication::translate("Entente::BratImporter", "%n more error(s) not listed",
                                        nullptr, total - m_limits.maxErrors);
        out.errors << more;
    }
    spdlog::debug("brat {}: {} lines, {} errors, {} warnings", fileName.toStdString(), lines.size(),
                  total, out.warnings.size());
    return out;
}

} // namespace entente
