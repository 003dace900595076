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

ReportPager::ReportPager(QPagedPaintDevice *device, QPainter *painter, const QSizeF &pageSize,
                         const QString &runningHeader, int pageCount)
    : m_device(painter ? device : nullptr), m_painter(device ? painter : nullptr),
      m_pageSize(pageSize), m_header(runningHeader), m_pageCount(pageCount)
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
    if (m_device)
        m_device->newPage();
    ++m_page;
    decorate(runningHeader);
}

void ReportPager::decorate(bool runningHeader)
{
    m_y = bodyRect().top();
    if (!m_painter)
        return;
    QPainter &p = *m_painter;
    p.save();
    const QFont small = ExportStyle::smallFont();
    p.setFont(small);
    p.setPen(ExportStyle::muted());
    const QFontMetricsF fm(small);
    if (runningHeader) {
        const QRectF header(kMargin, kMargin, m_pageSize.width() - 2 * kMargin, fm.height());
        p.drawText(header, Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(m_header, Qt::ElideRight, header.width()));
        p.setPen(QPen(ExportStyle::rule(), 0.5));
        p.drawLine(QPointF(header.left(), header.bottom() + 3),
                   QPointF(header.right(), header.bottom() + 3));
        p.setPen(ExportStyle::muted());
    }
    const QRectF footer(kMargin, m_pageSize.height() - kMargin - fm.height(),
                        m_pageSize.width() - 2 * kMargin, fm.height());
    const QString number =
        m_pageCount > 0 ? QCoreApplication::translate("Entente::Export", "Page %1 of %2")
                              .arg(m_page)
                              .arg(m_pageCount)
                        : QCoreApplication::translate("Entente::Export", "Page %1").arg(m_page);
    p.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, number);
    p.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter,
               QCoreApplication::translate("Entente::Export", "Entente report"));
    p.restore();
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
    if (m_painter) {
        m_painter->setPen(ExportStyle::text());
        wrappedText(m_painter, QPointF(bodyRect().left(), m_y), bodyRect().width(), text, font);
    }
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
    if (m_painter) {
        m_painter->save();
        m_painter->setPen(colour);
    }
    for (const QTextLine &line : lines) {
        ensureSpace(line.height());
        if (m_painter)
            line.draw(m_painter, QPointF(bodyRect().left(), m_y - line.y()));
        m_y += line.height();
    }
    if (m_painter)
        m_painter->restore();
    m_y += 4;
}

double ReportPager::wrappedText(QPainter *painter, const QPointF &topLeft, double width,
                                const QString &text, const QFont &font)
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

double ReportPager::tableHeader(const QVector<Column> &columns, const QVector<double> &widths,
                                bool draw)
{
    const QFont bold = ExportStyle::font(8, true);
    double h = 0;
    for (int c = 0; c < columns.size(); ++c)
        h = std::max(h, wrappedText(nullptr, {}, widths[c] - 2 * kCellPad, columns[c].title, bold));
    h += 2 * kCellPad;
    if (draw) {
        if (m_painter) {
            const QRectF body = bodyRect();
            m_painter->fillRect(QRectF(body.left(), m_y, body.width(), h),
                                QColor(0xe4, 0xe8, 0xee));
            m_painter->setPen(ExportStyle::text());
            double x = body.left();
            for (int c = 0; c < columns.size(); ++c) {
                wrappedText(m_painter, QPointF(x + kCellPad, m_y + kCellPad),
                            widths[c] - 2 * kCellPad, columns[c].title, bold);
                x += widths[c];
            }
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
    // No column narrower than the longest word of its title (a header "Evidenc/e" reads
    // badly): the room is taken from the wider columns, in proportion.
    {
        const QFontMetricsF bold(ExportStyle::font(8, true));
        QVector<double> least;
        double extra = 0, spare = 0;
        for (int c = 0; c < columns.size(); ++c) {
            double word = 0;
            for (const QString &w : columns[c].title.split(QLatin1Char(' ')))
                word = std::max(word, bold.horizontalAdvance(w) + 2 * kCellPad + 1);
            least << word;
            if (widths[c] < word)
                extra += word - widths[c];
            else
                spare += widths[c] - word;
        }
        if (extra > 0 && spare > extra) {
            for (int c = 0; c < columns.size(); ++c)
                widths[c] = widths[c] < least[c]
                                ? least[c]
                                : widths[c] - (widths[c] - least[c]) * extra / spare;
        }
    }
    const QFont font = ExportStyle::font(7.5);
    const QFontMetricsF metrics(font);
    const double headerHeight = tableHeader(columns, widths, false);

    if (m_painter)
        m_painter->save();
    bool headerOnPage = false;
    int shade = 0;
    for (const QStringList &row : rows) {
        // Most cells hold one short line: measure those by their advance instead of a
        // full text layout (the report of a big project has tens of thousands of cells).
        double h = 0;
        for (int c = 0; c < columns.size(); ++c) {
            const QString cell = row.value(c);
            const double width = widths[c] - 2 * kCellPad;
            if (cell.size() < 200 && !cell.contains(QLatin1Char('\n')) &&
                metrics.horizontalAdvance(cell) <= width)
                h = std::max(h, metrics.height());
            else
                h = std::max(h, wrappedText(nullptr, {}, width, cell, font));
        }
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
        if (m_painter) {
            QPainter &p = *m_painter;
            if (shade % 2)
                p.fillRect(QRectF(body.left(), m_y, body.width(), h), ExportStyle::band());
            p.setPen(ExportStyle::text());
            p.save();
            p.setClipRect(QRectF(body.left(), m_y, body.width(), h));
            double x = body.left();
            for (int c = 0; c < columns.size(); ++c) {
                wrappedText(&p, QPointF(x + kCellPad, m_y + kCellPad), widths[c] - 2 * kCellPad,
                            row.value(c), font);
                x += widths[c];
            }
            p.restore();
            p.setPen(QPen(ExportStyle::rule(), 0.3));
            p.drawLine(QPointF(body.left(), m_y + h), QPointF(body.right(), m_y + h));
        }
        ++shade;
        m_y += h;
    }
    if (m_painter)
        m_painter->restore();
    m_y += 8;
}

} // namespace entente
