#include "exportoptions.h"

#include <QCoreApplication>

namespace entente {

QSizeF ExportOptions::pageSizePoints() const
{
    const QSizeF size = QPageSize(pageSize).size(QPageSize::Point);
    const bool wide = size.width() > size.height();
    if ((orientation == QPageLayout::Landscape) != wide)
        return size.transposed();
    return size;
}

QString ExportOptions::whatKey(What what)
{
    switch (what) {
    case What::Timeline: return QStringLiteral("timeline");
    case What::Map: return QStringLiteral("map");
    case What::Network: return QStringLiteral("network");
    case What::All: return QStringLiteral("all");
    case What::Report: return QStringLiteral("report");
    }
    return {};
}

std::optional<ExportOptions::What> ExportOptions::whatFromKey(const QString &key)
{
    for (What w : {What::Timeline, What::Map, What::Network, What::All, What::Report})
        if (whatKey(w) == key.toLower())
            return w;
    return std::nullopt;
}

QString ExportOptions::formatKey(Format format)
{
    switch (format) {
    case Format::Pdf: return QStringLiteral("pdf");
    case Format::Svg: return QStringLiteral("svg");
    case Format::Png: return QStringLiteral("png");
    }
    return {};
}

std::optional<ExportOptions::Format> ExportOptions::formatFromKey(const QString &key)
{
    for (Format f : {Format::Pdf, Format::Svg, Format::Png})
        if (formatKey(f) == key.toLower())
            return f;
    return std::nullopt;
}

QString ExportOptions::whatLabel(What what)
{
    switch (what) {
    case What::Timeline: return QCoreApplication::translate("Entente::Export", "Timeline");
    case What::Map: return QCoreApplication::translate("Entente::Export", "Actor map");
    case What::Network: return QCoreApplication::translate("Entente::Export", "Support network");
    case What::All: return QCoreApplication::translate("Entente::Export", "All three views");
    case What::Report: return QCoreApplication::translate("Entente::Export", "Analyst report");
    }
    return {};
}

} // namespace entente
