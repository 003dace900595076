#include "maplegend.h"

#include "maplayout.h"
#include "mapmodel.h"
#include "mapstyle.h"
#include "maptooltip.h"

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
constexpr double kSymbolWidth = 24.0;

struct Row
{
    QString text;
    std::function<void(QPainter &, const QRectF &)> symbol;
    bool heading = false;
};

} // namespace

QRectF MapLegend::draw(QPainter &p, const QRectF &area, const MapModel &model, const MapLayout &layout,
                       const MapStyle &style)
{
    QVector<Row> rows;
    const ViewPalette &blocs = style.blocs();
    if (!model.blocs().isEmpty()) {
        rows.append({tr("Blocs"), {}, true});
        for (const MapBloc &bloc : model.blocs()) {
            QString text = bloc.names.join(QStringLiteral(", "));
            if (bloc.size > bloc.names.size())
                text += tr(" +%n", "more members", bloc.size - int(bloc.names.size()));
            const QColor fill = blocs.blocFill(bloc.bloc), line = blocs.blocColor(bloc.bloc);
            rows.append({text, [fill, line](QPainter &q, const QRectF &r) {
                             q.setPen(QPen(line, 1.5));
                             q.setBrush(fill);
                             q.drawRect(r.adjusted(4, 2, -4, -2));
                         }});
        }
        const QColor neutral = blocs.neutralFill(), grey = blocs.blocColor(-1);
        rows.append({tr("no side in this window"), [neutral, grey](QPainter &q, const QRectF &r) {
                         q.setPen(QPen(grey, 1));
                         q.setBrush(neutral);
                         q.drawRect(r.adjusted(4, 2, -4, -2));
                     }});
    }

    std::set<RelationType> types;
    for (const MapArrowShape &shape : layout.arrows())
        types.insert(model.arrows()[shape.arrow].type);
    if (!types.empty()) {
        rows.append({tr("Ties"), {}, true});
        for (RelationType type : types) {
            const QPen pen = blocs.relationPen(type, 2.0);
            const int sign = relationSign(type);
            rows.append({MapToolTip::relationLabel(int(type)), [pen, sign](QPainter &q, const QRectF &r) {
                             const double y = r.center().y();
                             const QPointF a(r.left() + 2, y), b(r.right() - 3, y);
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
            rows.append({tr("strongest %1 of %2 shown")
                             .arg(layout.arrows().size())
                             .arg(layout.arrows().size() + layout.omittedArrows()),
                         {}});
    }

    const QVector<int> &shown = model.eventTypesShown();
    if (!shown.isEmpty() && !layout.clusters().isEmpty()) {
        rows.append({tr("Events"), {}, true});
        const TimelineStyle &events = style.events();
        const QColor base = style.palette().color(QPalette::Base);
        for (int i = 0; i < std::min<qsizetype>(kMaxEventTypes, shown.size()); ++i) {
            const int t = shown[i];
            const QColor colour = events.typeColor(t);
            const TimelineStyle::Shape shape = events.typeShape(t);
            rows.append({model.snapshot().eventTypes.value(t), [=](QPainter &q, const QRectF &r) {
                             q.setPen(QPen(base, 1));
                             q.setBrush(colour);
                             TimelineStyle::drawMark(q, shape, r.center(), MapStyle::kEventMarkSize);
                         }});
        }
        if (shown.size() > kMaxEventTypes)
            rows.append({tr("and %n more type(s)", nullptr, int(shown.size()) - kMaxEventTypes), {}});
        rows.append({tr("several events (count)"), [&style](QPainter &q, const QRectF &r) {
                         q.setPen(QPen(style.palette().color(QPalette::Base), 1));
                         q.setBrush(style.mutedText());
                         q.drawEllipse(r.center(), 7, 7);
                     }});
    }
    if (rows.isEmpty())
        return {};

    const QFont font = style.smallFont();
    QFont bold = font;
    bold.setBold(true);
    const QFontMetricsF fm(font), fmBold(bold);
    const double rowHeight = std::max(fm.height(), 14.0) + 2;
    const double maxText = std::max(80.0, area.width() * 0.4 - kSymbolWidth - 16);
    double textWidth = 0;
    for (const Row &row : rows)
        textWidth = std::max(textWidth, (row.heading ? fmBold : fm).horizontalAdvance(row.text));
    textWidth = std::min(textWidth, maxText);
    const double width = kSymbolWidth + 6 + textWidth + 12;
    const double height = rows.size() * rowHeight + 10;
    const QRectF box(area.right() - width - 8, area.top() + 8, width, std::min(height, area.height() - 16));

    p.save();
    p.setClipRect(box);
    p.setPen(QPen(style.border(), 0.8));
    p.setBrush(style.panelBackground());
    p.drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    double y = box.top() + 5;
    for (const Row &row : rows) {
        const QRectF symbol(box.left() + 6, y, kSymbolWidth, rowHeight);
        const QRectF text(symbol.right() + 6, y, textWidth, rowHeight);
        if (row.symbol) {
            p.save();
            row.symbol(p, symbol);
            p.restore();
        }
        p.setFont(row.heading ? bold : font);
        p.setPen(row.heading ? style.text() : style.text());
        const QRectF textRect = row.heading ? QRectF(box.left() + 6, y, width - 12, rowHeight) : text;
        p.drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                   (row.heading ? fmBold : fm).elidedText(row.text, Qt::ElideRight, textRect.width()));
        y += rowHeight;
    }
    p.restore();
    return box;
}

} // namespace entente
