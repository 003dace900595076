#include "importformat.h"

#include "nativeimporter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace entente {

namespace {

constexpr qint64 kHeadBytes = 8192;

QString tr(const char *text)
{
    return QCoreApplication::translate("Entente::ImportFormat", text);
}

QByteArray firstLine(const QByteArray &head)
{
    qsizetype start = head.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    qsizetype end = head.indexOf('\n', start);
    QByteArray line = head.mid(start, end < 0 ? -1 : end - start);
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

// A brat annotation line: T1<TAB>..., R2<TAB>..., #1<TAB>..., *<TAB>...
bool looksLikeBratAnnotations(const QByteArray &head)
{
    const QByteArray line = firstLine(head);
    const qsizetype tab = line.indexOf('\t');
    if (tab < 1)
        return false;
    const char kind = line.at(0);
    if (kind == '*')
        return tab == 1;
    if (!QByteArrayView("TREAMN#").contains(kind))
        return false;
    for (qsizetype i = 1; i < tab; ++i) {
        if (line.at(i) < '0' || line.at(i) > '9')
            return false;
    }
    return true;
}

bool looksLikeAcled(const QByteArray &head)
{
    const QByteArray line = firstLine(head).toLower();
    return line.contains("event_date") &&
           (line.contains("event_id_cnty") || line.contains("actor1") || line.contains("event_type"));
}

// GDELT has no header unless a query tool added one; its rows are 57, 58 or 61
// tab-separated fields starting with a numeric GLOBALEVENTID.
bool looksLikeGdelt(const QByteArray &head)
{
    const QByteArray line = firstLine(head);
    if (line.toUpper().startsWith("GLOBALEVENTID"))
        return true;
    const qsizetype fields = line.count('\t') + 1;
    if (fields != 57 && fields != 58 && fields != 61)
        return false;
    const QByteArray id = line.left(line.indexOf('\t'));
    bool numeric = false;
    id.toLongLong(&numeric);
    return numeric;
}

} // namespace

QString importFormatName(ImportFormat format)
{
    switch (format) {
    case ImportFormat::Native: return QStringLiteral("native");
    case ImportFormat::Brat: return QStringLiteral("brat");
    case ImportFormat::Acled: return QStringLiteral("acled");
    case ImportFormat::Gdelt: return QStringLiteral("gdelt");
    }
    return {};
}

QStringList importFormatNames()
{
    return {importFormatName(ImportFormat::Native), importFormatName(ImportFormat::Brat),
            importFormatName(ImportFormat::Acled), importFormatName(ImportFormat::Gdelt)};
}

std::optional<ImportFormat> importFormatFromName(const QString &name)
{
    for (ImportFormat f :
         {ImportFormat::Native, ImportFormat::Brat, ImportFormat::Acled, ImportFormat::Gdelt}) {
        if (name.compare(importFormatName(f), Qt::CaseInsensitive) == 0)
            return f;
    }
    return std::nullopt;
}

std::optional<ImportFormat> detectImportFormat(const QString &path, QString *why)
{
    const QFileInfo info(path);
    const QString suffix = info.suffix().toLower();
    // A brat document is a pair: either half names it.
    if (suffix == u"ann")
        return ImportFormat::Brat;
    if (suffix == u"txt" && QFileInfo::exists(info.path() + u'/' + info.completeBaseName() + u".ann"))
        return ImportFormat::Brat;

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (why)
            *why = tr("cannot be read (%1).").arg(file.errorString());
        return std::nullopt;
    }
    const QByteArray head = file.read(kHeadBytes);
    if (NativeImporter::looksLikeNativeCorpus(head))
        return ImportFormat::Native;
    if (looksLikeAcled(head))
        return ImportFormat::Acled;
    if (looksLikeGdelt(head))
        return ImportFormat::Gdelt;
    if (looksLikeBratAnnotations(head))
        return ImportFormat::Brat;

    // Content did not say: fall back on the extension, so that a broken file still
    // reaches the reader that can say what is wrong with it.
    if (suffix == u"json")
        return ImportFormat::Native;
    if (suffix == u"csv")
        return ImportFormat::Acled;
    if (suffix == u"tsv")
        return ImportFormat::Gdelt;
    if (why)
        *why = tr("the format is not recognised (expected a native .json corpus, brat "
                  ".txt/.ann, an ACLED .csv or a GDELT .tsv/.CSV export); name it with "
                  "--format.");
    return std::nullopt;
}

} // namespace entente
