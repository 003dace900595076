#pragma once

#include <QPageLayout>
#include <QPageSize>
#include <QSizeF>
#include <QString>

#include <optional>

namespace entente {

// What an export writes and how: shared by the dialog, the command line and the tests.
struct ExportOptions
{
    enum class What { Timeline, Map, Network, All, Report };
    enum class Format { Pdf, Svg, Png };

    What what = What::Report;
    Format format = Format::Pdf;
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    QPageLayout::Orientation orientation = QPageLayout::Landscape;
    int dpi = 150;            // PNG only
    bool wholeContent = true; // the whole content, or only the visible area (GUI views)
    QString title;            // empty = the project name

    // How much the report lists before it summarises (see ReportContent): the defaults
    // keep a 100k-event project to about a hundred pages.
    struct ReportLimits
    {
        int actors = 300;
        int events = 400;
        int relations = 400;
        int quotes = 600;
        int quotesPerArticle = 3; // when the quotes are more than `quotes`
    };
    ReportLimits reportLimits;

    // Page size in points (1/72 inch), oriented.
    QSizeF pageSizePoints() const;

    static QString whatKey(What what);
    static std::optional<What> whatFromKey(const QString &key);
    static QString formatKey(Format format);
    static std::optional<Format> formatFromKey(const QString &key);
    static QString formatSuffix(Format format) { return formatKey(format); }
    // "Timeline", "Report"... in the user's language.
    static QString whatLabel(What what);
};

} // namespace entente
