#include "nativeimporter.h"

#include "io/jsonreader.h"
#include "io/nativevalidator.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>

namespace entente {

namespace {

ParsedFile refused(const QString &fileName, const JsonError &error)
{
    ParsedFile out;
    out.file = fileName;
    Diagnostic d;
    d.file = fileName;
    d.path = error.path;
    d.line = error.line;
    d.column = error.column;
    d.message = error.message;
    out.errors << d;
    return out;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("Entente::ImportFile", text);
}

JsonLimits jsonLimits(const ImportLimits &limits)
{
    JsonLimits json;
    json.maxBytes = limits.maxFileBytes;
    json.maxDepth = limits.maxDepth;
    return json;
}

} // namespace

ParsedFile ParsedFile::refused(const QString &file, const QString &message, int line)
{
    ParsedFile out;
    out.file = file;
    out.errors << Diagnostic{Diagnostic::Severity::Error, file, {}, line, 0, message};
    return out;
}

ParsedFile readFileThrough(const QString &path, const ImportLimits &limits,
                           const DeviceReader &read)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ParsedFile::refused(path, tr("cannot be read: %1").arg(file.errorString()));
    if (limits.maxFileBytes > 0 && file.size() > limits.maxFileBytes)
        return ParsedFile::refused(path, tr("the file is %1 MiB, more than the limit of %2 MiB")
                                             .arg(file.size() / (1024 * 1024))
                                             .arg(limits.maxFileBytes / (1024 * 1024)));
    return read(&file);
}

ParsedFile readBytesThrough(const QByteArray &bytes, const DeviceReader &read)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return read(&buffer);
}

ParsedFile NativeImporter::readFile(const QString &path, const ProjectLookup &project) const
{
    JsonError error;
    // The reader checks the size before it reads a byte.
    const auto doc = JsonReader(jsonLimits(m_limits)).readFile(path, &error);
    if (!doc)
        return refused(path, error);
    return validateNativeCorpus(*doc, path, project, m_limits.maxErrors);
}

ParsedFile NativeImporter::readData(const QByteArray &utf8, const QString &fileName,
                                    const ProjectLookup &project) const
{
    JsonError error;
    const auto doc = JsonReader(jsonLimits(m_limits)).parse(utf8, &error);
    if (!doc)
        return refused(fileName, error);
    return validateNativeCorpus(*doc, fileName, project, m_limits.maxErrors);
}

bool NativeImporter::looksLikeNativeCorpus(const QByteArray &head)
{
    // A cheap look at the bytes, not a parse: the head may end anywhere.
    qsizetype i = head.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    const auto skipSpace = [&] {
        while (i < head.size() &&
               (head[i] == ' ' || head[i] == '\n' || head[i] == '\r' || head[i] == '\t'))
            ++i;
    };
    skipSpace();
    if (i >= head.size() || head[i] != '{')
        return false;
    for (qsizetype at = head.indexOf("\"format\"", i); at >= 0;
         at = head.indexOf("\"format\"", at + 1)) {
        i = at + 8;
        skipSpace();
        if (i >= head.size() || head[i] != ':')
            continue;
        ++i;
        skipSpace();
        if (head.mid(i).startsWith("\"entente-corpus\""))
            return true;
    }
    return false;
}

} // namespace entente
