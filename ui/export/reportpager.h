#pragma once

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QStringList>
#include <QVector>

class QPainter;
class QPagedPaintDevice;

namespace entente {

// The page flow of the report: a cursor running down the page between a running header
// and a "Page n of N" footer, wrapped paragraphs (long words break anywhere rather than
// being clipped), and tables whose rows never split across pages and whose header row
// is repeated on every page they continue on. Coordinates are points.
//
// Without a painter the pager only counts: the same calls flow the same content over the
// same pages without drawing, which is how the report learns N before it draws page 1.
class ReportPager
{
public:
    struct Column
    {
        QString title;
        double weight = 1; // share of the table width
    };

    // `device` and `painter` both null: counting only. `pageCount` 0 = unknown ("Page n").
    ReportPager(QPagedPaintDevice *device, QPainter *painter, const QSizeF &pageSize,
                const QString &runningHeader, int pageCount = 0);

    // Null when counting.
    QPainter *painter() { return m_painter; }
    bool drawing() const { return m_painter != nullptr; }
    int pageNumber() const { return m_page; }
    // The area between header and footer, and the part of it still free.
    QRectF bodyRect() const;
    QRectF freeRect() const;
    double y() const { return m_y; }
    void advance(double dy) { m_y += dy; }

    // Starts a new page (not for the first one, which the device starts itself).
    void newPage(bool runningHeader = true);
    // Moves to a new page unless `height` still fits.
    void ensureSpace(double height);
    void heading(const QString &text);
    void paragraph(const QString &text, const QFont &font, const QColor &colour);
    void table(const QVector<Column> &columns, const QVector<QStringList> &rows);

    // Height of `text` wrapped to `width`; draws it at `topLeft` when painter is set.
    static double wrappedText(QPainter *painter, const QPointF &topLeft, double width,
                              const QString &text, const QFont &font);

    static constexpr double kMargin = 42; // ~15 mm
    static constexpr double kCellPad = 2.5;

private:
    void decorate(bool runningHeader);
    double tableHeader(const QVector<Column> &columns, const QVector<double> &widths, bool draw);

    QPagedPaintDevice *m_device;
    QPainter *m_painter;
    QSizeF m_pageSize;
    QString m_header;
    int m_pageCount;
    int m_page = 1;
    double m_y = 0;
};

} // namespace entente
