#include "reportwriter.h"

#include "exportstyle.h"
#include "reportcontent.h"
#include "reportpager.h"
#include "viewframe.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>

#include <spdlog/spdlog.h>

namespace entente {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Entente::Export", text);
}

} // namespace

ReportWriter::ReportWriter(ExportSource &source, const ExportOptions &options)
    : m_source(source), m_options(options)
{
}

void ReportWriter::compose(ReportPager &pager, const ReportContent &content) const
{
    QPainter *painter = pager.painter(); // null while counting pages
    using Kind = ReportContent::Block::Kind;

    // --- Title page
    {
        const QRectF b = pager.bodyRect();
        pager.advance(b.height() * 0.12);
        if (painter)
            painter->setPen(ExportStyle::text());
        pager.advance(ReportPager::wrappedText(painter, QPointF(b.left(), pager.y()), b.width(),
                                               content.title, ExportStyle::font(24, true)) +
                      10);
        if (painter)
            painter->setPen(ExportStyle::muted());
        pager.advance(ReportPager::wrappedText(painter, QPointF(b.left(), pager.y()), b.width(),
                                               tr("Analyst report"), ExportStyle::font(13)) +
                      24);
        for (const QString &line : content.titleLines)
            pager.paragraph(line, ExportStyle::font(10), ExportStyle::text());
        if (!content.titleNote.isEmpty()) {
            pager.advance(10);
            pager.paragraph(content.titleNote, ExportStyle::bodyFont(), ExportStyle::muted());
        }
    }

    // --- The views, one per page
    for (auto view :
         {ExportOptions::What::Timeline, ExportOptions::What::Map, ExportOptions::What::Network}) {
        pager.newPage();
        if (painter) {
            QElapsedTimer timer;
            timer.start();
            ViewFrame::paint(*painter, pager.bodyRect(), view, m_source);
            spdlog::debug("report: {} page drawn in {} ms",
                          ExportOptions::whatKey(view).toStdString(), timer.elapsed());
        }
    }

    // --- Tables and sources
    const QFont body = ExportStyle::bodyFont();
    const QFont bold = ExportStyle::font(9, true);
    QFont italic = ExportStyle::font(8.5);
    italic.setItalic(true);
    const QFont small = ExportStyle::smallFont();
    for (const ReportContent::Block &block : content.blocks) {
        switch (block.kind) {
        case Kind::Heading:
            pager.newPage();
            pager.heading(block.text);
            break;
        case Kind::Text:
            pager.paragraph(block.text, body, ExportStyle::text());
            break;
        case Kind::Note:
            pager.paragraph(block.text, body, ExportStyle::muted());
            break;
        case Kind::Table:
            pager.table(block.columns, block.rows);
            break;
        case Kind::ArticleTitle:
            // An article's title stays with its details and first quote.
            pager.ensureSpace(60);
            pager.paragraph(block.text, bold, ExportStyle::text());
            break;
        case Kind::ArticleMeta:
        case Kind::CitedFor:
            pager.paragraph(block.text, small, ExportStyle::muted());
            break;
        case Kind::Quote:
            // A quote stays whole, with the line saying what it was cited for, unless
            // it is longer than a page.
            pager.ensureSpace(ReportPager::wrappedText(nullptr, {}, pager.bodyRect().width(),
                                                       block.text, italic) +
                              QFontMetricsF(small).height() + 8);
            pager.paragraph(block.text, italic, ExportStyle::text());
            break;
        case Kind::Space:
            pager.advance(block.space);
            break;
        }
    }
}

bool ReportWriter::write(QIODevice *device, QString *error) const
{
    QElapsedTimer timer;
    timer.start();
    const ReportContent content = ReportContent::gather(m_source, m_options);
    const qint64 gatherMs = timer.restart();
    const QSizeF page = m_options.pageSizePoints();

    // First flow the content without drawing, to number the pages "n of N".
    int pageCount = 0;
    {
        ReportPager counter(nullptr, nullptr, page, content.runningHeader);
        compose(counter, content);
        pageCount = counter.pageNumber();
    }
    const qint64 countMs = timer.restart();

    QPdfWriter writer(device);
    // Points as device units: the layout code works in points whatever the output.
    writer.setResolution(72);
    writer.setPageSize(QPageSize(m_options.pageSize));
    writer.setPageOrientation(m_options.orientation);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Point);
    writer.setTitle(content.title);
    writer.setCreator(QStringLiteral("Entente"));

    QPainter painter;
    if (!painter.begin(&writer)) {
        if (error)
            *error = tr("Could not start the PDF.");
        return false;
    }
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    {
        ReportPager pager(&writer, &painter, page, content.runningHeader, pageCount);
        compose(pager, content);
        if (pager.pageNumber() != pageCount)
            spdlog::warn("report: counted {} pages but drew {}", pageCount, pager.pageNumber());
    }
    if (!painter.end()) {
        if (error)
            *error = tr("Could not finish the PDF.");
        return false;
    }
    spdlog::debug("report: {} pages; content {} ms, page count {} ms, drawing {} ms", pageCount,
                  gatherMs, countMs, timer.elapsed());
    return true;
}

} // namespace entente
