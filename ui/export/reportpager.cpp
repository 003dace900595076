#include "reportpager.h"

#include "exportstyle.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextLayout>

namespace entente {

namespace {

constexpr double kHeaderHeight = 18;
constexpr double kFooterHeight = 16;

} // namespace

ReportPager::ReportPager(QPagedPaintDevice &device, QPainter &painter, const QSizeF &pageSize,
                         const QString &runningHeader)
    : m_device(device), m_painter(painter), m_pageSize(pageSize), m_header(runningHeader)
{
    decorate(false);
}

QRectF ReportPager::bodyRect() const
{
    return QRectF(kMargin, kMargin + kHeaderHeight, m_pageSize.width() - 2 * kMargin,
                  m_pageSize.height() - 2 * kMargin - kHeaderHeight - kFooterHeight);
}

QRectF ReportPager::freeRect() const
{
    QRectF r = bodyRect();
    r.setTop(m_y);
    return r;
}

void ReportPager::newPage(bool runningHeader)
{
    m_device.newPage();
    ++m_page;
    decorate(runningHeader);
}

void ReportPager::decorate(bool runningHeader)
{
    m_y = bodyRect().top();
    m_painter.save();
    const QFont small = ExportStyle::smallFont();
    m_painter.setFont(small);
    m_painter.setPen(ExportStyle::muted());
    const QFontMetricsF fm(small);
    if (runningHeader) {
        const QRectF header(kMargin, kMargin, m_pageSize.width() - 2 * kMargin, fm.height());
        m_painter.drawText(header, Qt::AlignLeft | Qt::AlignVCenter,
                           fm.elidedText(m_header, Qt::ElideRight, header.width()));
        m_painter.setPen(QPen(ExportStyle::rule(), 0.5));
        m_painter.drawLine(QPointF(header.left(), header.bottom() + 3), QPointF(header.right(), header.bottom() + 3));
        m_painter.setPen(ExportStyle::muted());
    }
    const QRectF footer(kMargin, m_pageSize.height() - kMargin - fm.height(),
                        m_pageSize.width() - 2 * kMargin, fm.height());
    m_painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
                       QCoreApplication::translate("Entente::Export", "Page %1").arg(m_page));
    m_painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter,
                       QCoreApplication::translate("Entente::Export", "Entente report"));
    m_painter.restore();
}

void ReportPager::ensureSpace(double height)
{
    if (m_y + height > bodyRect().bottom() && m_y > bodyRect().top() + 0.5)
        newPage();
}

void ReportPager::heading(const QString &text)
{
    const QFont font = ExportStyle::headingFont();
    const double h = wrappedText(nullptr, {}, bodyRect().width(), text, font);
    // Keep a heading with at least a few lines of what follows.
    ensureSpace(h + 60);
    m_painter.setPen(ExportStyle::text());
    wrappedText(&m_painter, QPointF(bodyRect().left(), m_y), bodyRect().width(), text, font);
    m_y += h + 6;
}

void ReportPager::paragraph(const QString &text, const QFont &font, const QColor &colour)
{
    // Paragraphs may continue on the next page line by line.
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.setCacheEnabled(true);
    layout.beginLayout();
    double y = 0;
    QVector<QTextLine> lines;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(bodyRect().width());
        line.setPosition(QPointF(0, y));
        y += line.height();
        lines << line;
    }
    layout.endLayout();
    m_painter.save();
    m_painter.setPen(colour);
    for (const QTextLine &line : lines) {
        ensureSpace(line.height());
        line.draw(&m_painter, QPointF(bodyRect().left(), m_y - line.y()));
        m_y += line.height();
    }
    m_painter.restore();
    m_y += 4;
}

double ReportPager::wrappedText(QPainter *painter, const QPointF &topLeft, double width, const QString &text,
                                const QFont &font)
{
    if (text.isEmpty())
        return QFontMetricsF(font).height();
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    double y = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(std::max(1.0, width));
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout.endLayout();
    if (painter)
        layout.draw(painter, topLeft);
    return y;
}

double ReportPager::tableHeader(const QVector<Column> &columns, const QVector<double> &widths, bool draw)
{
    const QFont bold = ExportStyle::font(8, true);
    double h = 0;
    for (int c = 0; c < columns.size(); ++c)
        h = std::max(h, wrappedText(nullptr, {}, widths[c] - 2 * kCellPad, columns[c].title, bold));
    h += 2 * kCellPad;
    if (draw) {
        const QRectF body = bodyRect();
        m_painter.fillRect(QRectF(body.left(), m_y, body.width(), h), QColor(0xe4, 0xe8, 0xee));
        m_painter.setPen(ExportStyle::text());
        double x = body.left();
        for (int c = 0; c < columns.size(); ++c) {
            wrappedText(&m_painter, QPointF(x + kCellPad, m_y + kCellPad), widths[c] - 2 * kCellPad,
                        columns[c].title, bold);
            x += widths[c];
        }
        m_y += h;
    }
    return h;
}

void ReportPager::table(const QVector<Column> &columns, const QVector<QStringList> &rows)
{
    const QRectF body = bodyRect();
    double total = 0;
    for (const Column &c : columns)
        total += c.weight;
    QVector<double> widths;
    for (const Column &c : columns)
        widths << body.width() * c.weight / total;
    const QFont font = ExportStyle::font(7.5);
    const double headerHeight = tableHeader(columns, widths, false);

    m_painter.save();
    bool headerOnPage = false;
    int shade = 0;
    for (const QStringList &row : rows) {
        double h = 0;
        for (int c = 0; c < columns.size(); ++c)
            h = std::max(h, wrappedText(nullptr, {}, widths[c] - 2 * kCellPad, row.value(c), font));
        h += 2 * kCellPad;
        // A row taller than a whole page is cut at the page (never the case for the
        // capped cell texts of the report, but it must not loop).
        h = std::min(h, body.height() - headerHeight - 1);
        const double needed = h + (headerOnPage ? 0 : headerHeight);
        if (m_y + needed > body.bottom()) {
            newPage();
            headerOnPage = false;
        }
        if (!headerOnPage) {
            tableHeader(columns, widths, true);
            headerOnPage = true;
        }
        if (shade++ % 2)
            m_painter.fillRect(QRectF(body.left(), m_y, body.width(), h), ExportStyle::band());
        m_painter.setPen(ExportStyle::text());
        m_painter.save();
        m_painter.setClipRect(QRectF(body.left(), m_y, body.width(), h));
        double x = body.left();
        for (int c = 0; c < columns.size(); ++c) {
            wrappedText(&m_painter, QPointF(x + kCellPad, m_y + kCellPad), widths[c] - 2 * kCellPad, row.value(c),
                        font);
            x += widths[c];
        }
        m_painter.restore();
        m_y += h;
        m_painter.setPen(QPen(ExportStyle::rule(), 0.3));
        m_painter.drawLine(QPointF(body.left(), m_y), QPointF(body.right(), m_y));
    }
    m_painter.restore();
    m_y += 8;
}

} // namespace entente
