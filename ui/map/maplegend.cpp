#include "maplegend.h"

#include "maplayout.h"
#include "mapmodel.h"
#include "mapstyle.h"
#include "maptooltip.h"
#include "viewpalette.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

#include <functional>
#include <set>

namespace entente {

namespace {

QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("Entente::MapLegend", text, comment, n);
}

constexpr int kMaxEventTypes = 8;
constexpr double kSymbolWidth = 20.0;

struct Row
{
    QString text;
    std::function<void(QPainter &, const QRectF &)> symbol;
    bool heading = false;
};

} // namespace

QRectF MapLegend::draw(QPainter &p, const QRectF &area, const MapModel &model,
                       const MapLayout &layout, const MapStyle &style)
{
    QVector<Row> rows;
    const ViewPalette &blocs = style.blocs();
    if (!model.blocs().isEmpty()) {
        rows.append({tr("Blocs:"), {}, true});
        for (const MapBloc &bloc : model.blocs()) {
            QString text = bloc.names.join(QStringLiteral(", "));
            if (bloc.size > bloc.names.size())
                text += tr(" +%n", "more members", bloc.size - int(bloc.names.size()));
            const QColor fill = blocs.blocFill(bloc.bloc), line = blocs.blocColor(bloc.bloc);
            rows.append({text, [fill, line](QPainter &q, const QRectF &r) {
                             q.setPen(QPen(line, 1.5));
                             q.setBrush(fill);
                             q.drawRect(r.adjusted(2, 2, -2, -2));
                         }});
        }
        const QColor neutral = blocs.neutralFill(), grey = blocs.blocColor(-1);
        rows.append({tr("no side"), [neutral, grey](QPainter &q, const QRectF &r) {
                         q.setPen(QPen(grey, 1));
                         q.setBrush(neutral);
                         q.drawRect(r.adjusted(2, 2, -2, -2));
                     }});
    }

    std::set<RelationType> types;
    for (const MapArrowShape &shape : layout.arrows())
        types.insert(model.arrows()[shape.arrow].type);
    if (!types.empty()) {
        rows.append({tr("Ties:"), {}, true});
        for (RelationType type : types) {
            const QPen pen = blocs.relationPen(type, 2.0);
            const int sign = relationSign(type);
            rows.append(
                {relationTypeLabel(type), [pen, sign](QPainter &q, const QRectF &r) {
                     const double y = r.center().y();
                     const QPointF a(r.left() + 1, y), b(r.right() - 1, y);
                     q.setPen(pen);
                     q.drawLine(a, b - QPointF(sign < 0 ? 0 : 5, 0));
                     if (sign < 0) {
                         q.setPen(QPen(pen.color(), 2.0, Qt::SolidLine, Qt::FlatCap));
                         q.drawLine(b + QPointF(0, -4), b + QPointF(0, 4));
                     } else {
                         q.setPen(Qt::NoPen);
                         q.setBrush(pen.color());
                         q.drawPolygon(QPolygonF{b, b + QPointF(-7, -3.5), b + QPointF(-7, 3.5)});
                     }
                 }});
        }
        if (layout.omittedArrows() > 0)
            rows.append({tr("(the strongest %1 of %2)")
                             .arg(layout.arrows().size())
                             .arg(layout.arrows().size() + layout.omittedArrows()),
                         {}});
    }

    const QVector<int> &shown = model.eventTypesShown();
    if (!shown.isEmpty() && !layout.clusters().isEmpty()) {
        rows.append({tr("Events:"), {}, true});
        const TimelineStyle &events = style.events();
        const QColor base = style.palette().color(QPalette::Base);
        for (int i = 0; i < std::min<qsizetype>(kMaxEventTypes, shown.size()); ++i) {
            const int t = shown[i];
            const QColor colour = events.typeColor(t);
            const TimelineStyle::Shape shape = events.typeShape(t);
            rows.append({model.snapshot().eventTypes.value(t), [=](QPainter &q, const QRectF &r) {
                             q.setPen(QPen(base, 1));
                             q.setBrush(colour);
                             TimelineStyle::drawMark(q, shape, r.center(),
                                                     MapStyle::kEventMarkSize * 0.9);
                         }});
        }
        if (shown.size() > kMaxEventTypes)
            rows.append({tr("+%n more", nullptr, int(shown.size()) - kMaxEventTypes), {}});
        const QColor muted = style.mutedText();
        rows.append({tr("several (count)"), [base, muted](QPainter &q, const QRectF &r) {
                         q.setPen(QPen(base, 1));
                         q.setBrush(muted);
                         q.drawEllipse(r.center(), 6, 6);
                     }});
    }
    if (rows.isEmpty())
        return {};

    // Lay the entries out like words in a paragraph, then draw the band behind them.
    const QFont font = style.smallFont();
    QFont bold = font;
    bold.setBold(true);
    const QFontMetricsF fm(font), fmBold(bold);
    const double rowHeight = std::max(fm.height(), 14.0) + 2;
    const double left = area.left() + 6, right = area.right() - 6;
    struct Placed
    {
        int row;
        QPointF at;
        double textWidth;
    };
    QVector<Placed> placed;
    double x = left;
    int line = 0;
    for (int i = 0; i < rows.size(); ++i) {
        const Row &row = rows[i];
        const double symbol = row.symbol ? kSymbolWidth + 4 : 0;
        const double maxText = std::max(40.0, right - left - symbol);
        const double textWidth =
            std::min(maxText, (row.heading ? fmBold : fm).horizontalAdvance(row.text));
        const double width = symbol + textWidth;
        // A heading never ends a line: it stays with the entry after it.
        const double needed = row.heading && i + 1 < rows.size() ? width + 40 : width;
        if (x > left && x + needed > right) {
            x = left;
            ++line;
        }
        placed.append({i, QPointF(x - area.left(), line * rowHeight), textWidth});
        x += width + (row.heading ? 6 : 12);
    }
    const double height = (line + 1) * rowHeight + 6;
    const QRectF band(area.left(), area.bottom() - height, area.width(), height);

    p.save();
    p.setClipRect(band);
    p.setPen(Qt::NoPen);
    p.setBrush(style.panelBackground());
    p.drawRect(band);
    p.setPen(QPen(style.border(), 0.8));
    p.drawLine(band.topLeft(), band.topRight());
    for (const Placed &item : std::as_const(placed)) {
        const Row &row = rows[item.row];
        const QPointF origin = band.topLeft() + QPointF(0, 3) + item.at;
        double textX = origin.x();
        if (row.symbol) {
            p.save();
            row.symbol(p, QRectF(origin.x(), origin.y(), kSymbolWidth, rowHeight));
            p.restore();
            textX += kSymbolWidth + 4;
        }
        p.setFont(row.heading ? bold : font);
        p.setPen(style.text());
        const QFontMetricsF &metrics = row.heading ? fmBold : fm;
        p.drawText(
            QPointF(textX, origin.y() + (rowHeight + metrics.ascent() - metrics.descent()) / 2),
            metrics.elidedText(row.text, Qt::ElideRight, item.textWidth + 1));
    }
    p.restore();
    return band;
}

} // namespace entente
