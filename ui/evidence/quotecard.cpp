#include "quotecard.h"

#include "evidencestyle.h"
#include "evidencetext.h"

#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QVBoxLayout>

namespace entente {

namespace {

constexpr int kBarWidth = 4;

QLabel *plainLabel(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText); // corpus text is never markup
    label->setWordWrap(true);
    label->setText(text);
    // Clicks fall through to the card.
    label->setAttribute(Qt::WA_TransparentForMouseEvents);
    return label;
}

} // namespace

QuoteCard::QuoteCard(const EvidenceRecord &record, const QString &context, QWidget *parent)
    : QFrame(parent), m_record(record)
{
    setObjectName(QStringLiteral("evidenceCard"));
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setAttribute(Qt::WA_Hover);
    setToolTip(tr("Open the article with this passage marked (Enter)"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(kBarWidth + 10, 8, 10, 8);
    layout->setSpacing(4);

    if (!context.isEmpty()) {
        m_context = plainLabel(context, QStringLiteral("evidenceQuoteContext"), this);
        QFont f = m_context->font();
        f.setPointSizeF(f.pointSizeF() * 0.9);
        m_context->setFont(f);
        layout->addWidget(m_context);
    }

    // Event databases such as GDELT record a source link but no text to quote.
    const bool linkOnly = record.quote.isEmpty();
    m_quote = plainLabel(linkOnly ? tr("No text to quote: this source records only a link.")
                                  : tr("“%1”", "a quoted passage").arg(record.quote),
                         QStringLiteral("evidenceQuote"), this);
    layout->addWidget(m_quote);
    if (linkOnly && !record.url.isEmpty()) {
        auto *link = new QLabel(this);
        link->setObjectName(QStringLiteral("evidenceLink"));
        link->setTextFormat(Qt::RichText);
        link->setWordWrap(true);
        link->setOpenExternalLinks(true);
        link->setTextInteractionFlags(Qt::TextBrowserInteraction);
        const QString url = record.url.toHtmlEscaped();
        link->setText(QStringLiteral("<a href=\"%1\">%1</a>").arg(url));
        link->setToolTip(tr("Open the source in the web browser"));
        layout->addWidget(link);
        setToolTip(tr("The source has no text in this project; follow its link"));
    }

    QStringList meta;
    meta << (record.articleTitle.isEmpty() ? record.articleId : record.articleTitle);
    if (!record.source.isEmpty())
        meta << record.source;
    meta << (record.published ? EvidenceText::date(*record.published, EvidenceText::Length::Short)
                              : tr("undated"));
    m_meta =
        plainLabel(meta.join(QStringLiteral(" · ")), QStringLiteral("evidenceQuoteMeta"), this);
    QFont small = m_meta->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_meta->setFont(small);
    layout->addWidget(m_meta);

    setAccessibleName(tr("Evidence quote"));
    setAccessibleDescription(record.quote);
    applyColors();
}

QString QuoteCard::quoteText() const
{
    return m_quote->text();
}

void QuoteCard::applyColors()
{
    const EvidenceStyle style(palette());
    for (QLabel *label : {m_meta, m_context}) {
        if (!label)
            continue;
        QPalette p = label->palette();
        p.setColor(QPalette::WindowText, style.mutedText());
        label->setPalette(p);
    }
    QPalette p = m_quote->palette();
    p.setColor(QPalette::WindowText, palette().color(QPalette::Text));
    m_quote->setPalette(p);
}

void QuoteCard::paintEvent(QPaintEvent *)
{
    const EvidenceStyle style(palette());
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF box = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    painter.setPen(QPen(style.cardBorder(hasFocus()), hasFocus() ? 1.5 : 1.0));
    painter.setBrush(style.cardBackground(m_hovered));
    painter.drawRoundedRect(box, 4, 4);
    painter.setPen(Qt::NoPen);
    painter.setBrush(style.quoteBar());
    painter.drawRoundedRect(QRectF(box.left() + 3, box.top() + 6, kBarWidth, box.height() - 12), 2,
                            2);
}

void QuoteCard::activate()
{
    if (m_record.quote.isEmpty())
        return; // nothing to mark in an article without text
    Q_EMIT activated(m_record.articleId, m_record.start, m_record.end);
}

void QuoteCard::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint())) {
        activate();
        return;
    }
    QFrame::mouseReleaseEvent(event);
}

void QuoteCard::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        activate();
        return;
    default:
        QFrame::keyPressEvent(event);
    }
}

void QuoteCard::enterEvent(QEnterEvent *event)
{
    m_hovered = true;
    update();
    QFrame::enterEvent(event);
}

void QuoteCard::leaveEvent(QEvent *event)
{
    m_hovered = false;
    update();
    QFrame::leaveEvent(event);
}

void QuoteCard::focusInEvent(QFocusEvent *event)
{
    update();
    QFrame::focusInEvent(event);
}

void QuoteCard::focusOutEvent(QFocusEvent *event)
{
    update();
    QFrame::focusOutEvent(event);
}

void QuoteCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyColors();
    QFrame::changeEvent(event);
}

} // namespace entente
