#include "articleview.h"

#include "evidencestyle.h"
#include "evidencetext.h"
#include "model/textoffsets.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QStyle>
#include <QTextBlock>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>
#include <vector>

namespace entente {

using namespace Qt::StringLiterals;

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// QTextDocument turns "\r\n" into a single block break, which would shift every later
// position by one; a space before the "\n" keeps one UTF-16 unit per character.
QString displayText(const QString &text)
{
    QString out = text;
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (out[i] == u'\r')
            out[i] = (i + 1 < out.size() && out[i + 1] == u'\n') ? u' ' : u'\n';
    }
    return out;
}

bool isBackKey(const QKeyEvent *event)
{
    const auto mods = event->modifiers() & ~Qt::KeypadModifier;
    return (event->key() == Qt::Key_Escape && mods == Qt::NoModifier) ||
           (event->key() == Qt::Key_Left && mods == Qt::AltModifier) ||
           event->key() == Qt::Key_Back;
}

} // namespace

ArticleView::ArticleView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("articleView"));

    m_back = new QToolButton(this);
    m_back->setObjectName(QStringLiteral("articleBack"));
    m_back->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_back->setText(tr("Back to quotes"));
    m_back->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_back->setAutoRaise(true);
    m_back->setToolTip(tr("Back to the evidence quotes (Esc, Alt+Left)"));
    connect(m_back, &QToolButton::clicked, this, &ArticleView::backRequested);
    m_back->installEventFilter(this); // a button takes arrow keys for focus moves

    m_legend = new QLabel(this);
    m_legend->setObjectName(QStringLiteral("articleLegend"));
    m_legend->setTextFormat(Qt::RichText);

    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("articleHeader"));
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    m_header->setOpenExternalLinks(true);
    m_header->setTextInteractionFlags(Qt::TextBrowserInteraction);

    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("articleText"));
    m_text->setReadOnly(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setUndoRedoEnabled(false);
    m_text->viewport()->setMouseTracking(true);
    m_text->viewport()->installEventFilter(this);
    m_text->installEventFilter(this);
    m_text->setAccessibleName(tr("Article text"));

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_back);
    top->addStretch(1);
    top->addWidget(m_legend);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);
    layout->addLayout(top);
    layout->addWidget(m_header);
    layout->addWidget(m_text, 1);

    updateHeader();
}

void ArticleView::clear()
{
    m_article = {};
    m_snapshot.reset();
    m_mentions.clear();
    m_marked = {-1, -1};
    m_text->clear();
    m_text->setExtraSelections({});
    updateHeader();
}

void ArticleView::showMissing(const QString &articleId)
{
    clear();
    m_article.id = articleId;
    m_header->setText(
        QStringLiteral("<p>%1</p>")
            .arg(esc(tr("The article “%1” is not in the project any more.").arg(articleId))));
}

void ArticleView::setArticle(const Article &article, std::shared_ptr<const Snapshot> snapshot,
                             qint64 start, qint64 end)
{
    m_article = article;
    m_snapshot = std::move(snapshot);
    m_text->setPlainText(displayText(article.text));

    const TextOffsets offsets(article.text);
    const auto toUtf16 = [&](qint64 cp) { return int(offsets.toUtf16(qsizetype(cp))); };

    m_mentions.clear();
    for (const Mention &m : article.mentions) {
        const int s = toUtf16(m.span.start);
        const int e = toUtf16(m.span.end);
        if (s < 0 || e <= s)
            continue; // out of range: the store validated it, so only a stale project
        m_mentions.push_back({s, e, m.actorId, m.placeId});
    }
    std::sort(m_mentions.begin(), m_mentions.end(),
              [](const Span &a, const Span &b) { return a.start < b.start; });

    m_marked = {-1, -1};
    if (end > start) {
        const int s = toUtf16(start);
        const int e = toUtf16(end);
        if (s >= 0 && e > s)
            m_marked = {s, e};
    }
    updateHeader();
    updateHighlights();
    m_scrollPending = true;
    if (isVisible())
        QTimer::singleShot(0, this, &ArticleView::scrollToMark);
}

void ArticleView::updateHeader()
{
    const EvidenceStyle style(palette());
    const auto chip = [](const QColor &bg, const QColor &line, const QString &text) {
        return QStringLiteral("<span style=\"background-color:%1; color:%2\">&nbsp;%3&nbsp;</span>")
            .arg(EvidenceStyle::css(bg), EvidenceStyle::css(line), esc(text));
    };
    m_legend->setText(chip(style.actorMentionBackground(), style.actorMentionLine(), tr("actor")) +
                      QStringLiteral("&nbsp;") +
                      chip(style.placeMentionBackground(), style.placeMentionLine(), tr("place")) +
                      QStringLiteral("&nbsp;") +
                      chip(style.evidenceBackground(), style.evidenceText(), tr("evidence")));
    m_legend->setToolTip(tr("Actors and places named in the text are highlighted; the "
                            "passage you opened is marked as evidence"));

    if (m_article.id.isEmpty()) {
        m_header->clear();
        return;
    }
    QStringList meta;
    if (!m_article.source.isEmpty())
        meta << esc(m_article.source);
    if (m_article.published)
        meta << esc(EvidenceText::date(*m_article.published));
    if (!m_article.language.isEmpty())
        meta << esc(tr("language: %1").arg(m_article.language));
    const QUrl url(m_article.url, QUrl::StrictMode);
    if (url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https")) {
        meta << QStringLiteral("<a href=\"%1\">%2</a>")
                    .arg(esc(QString::fromUtf8(url.toEncoded())), esc(m_article.url));
    } else if (!m_article.url.isEmpty()) {
        meta << esc(m_article.url);
    }
    const QString title = m_article.title.isEmpty() ? m_article.id : m_article.title;
    m_header->setText(QStringLiteral("<p style=\"font-size:large; margin:0\"><b>%1</b></p>"
                                     "<p style=\"color:%2; margin:0\">%3</p>")
                          .arg(esc(title), EvidenceStyle::css(style.mutedText()),
                               meta.join(QStringLiteral(" · "))));
}

void ArticleView::updateHighlights()
{
    const EvidenceStyle style(palette());
    // Overlapping extra selections are drawn one over the other, each with only its own
    // format, so a mention inside the evidence would lose either its underline or the
    // mark. Cutting the text at every span boundary gives disjoint pieces whose format
    // combines everything that covers them.
    std::vector<int> cuts;
    cuts.reserve(size_t(m_mentions.size()) * 2 + 2);
    for (const Span &m : std::as_const(m_mentions))
        cuts.insert(cuts.end(), {m.start, m.end});
    if (m_marked.first >= 0)
        cuts.insert(cuts.end(), {m_marked.first, m_marked.second});
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());

    QList<QTextEdit::ExtraSelection> selections;
    QTextDocument *doc = m_text->document();
    for (size_t i = 0; i + 1 < cuts.size(); ++i) {
        const int a = cuts[i];
        const int b = cuts[i + 1];
        const auto cover = std::find_if(m_mentions.cbegin(), m_mentions.cend(),
                                        [&](const Span &m) { return m.start <= a && b <= m.end; });
        const bool marked = m_marked.first <= a && b <= m_marked.second;
        if (cover == m_mentions.cend() && !marked)
            continue;
        QTextCharFormat f;
        if (cover != m_mentions.cend()) {
            const bool actor = !cover->actorId.isEmpty();
            f.setBackground(actor ? style.actorMentionBackground()
                                  : style.placeMentionBackground());
            f.setUnderlineStyle(QTextCharFormat::SingleUnderline);
            f.setUnderlineColor(actor ? style.actorMentionLine() : style.placeMentionLine());
            f.setProperty(kMentionProperty, actor ? QString(u"actor:"_s + cover->actorId)
                                                  : QString(u"place:"_s + cover->placeId));
        }
        if (marked) {
            f.setBackground(style.evidenceBackground());
            f.setForeground(style.evidenceText());
            f.setProperty(kEvidenceProperty, true);
        }
        QTextEdit::ExtraSelection sel;
        sel.cursor = QTextCursor(doc);
        sel.cursor.setPosition(a);
        sel.cursor.setPosition(b, QTextCursor::KeepAnchor);
        sel.format = f;
        selections << sel;
    }
    m_text->setExtraSelections(selections);
}

void ArticleView::scrollToMark()
{
    if (!m_scrollPending)
        return;
    m_scrollPending = false;
    QTextCursor cursor(m_text->document());
    if (m_marked.first < 0) {
        m_text->setTextCursor(cursor);
        m_text->verticalScrollBar()->setValue(0);
        return;
    }
    // Show the end first, then centre the start, so a long span is shown from its top.
    cursor.setPosition(m_marked.second);
    m_text->setTextCursor(cursor);
    m_text->ensureCursorVisible();
    cursor.setPosition(m_marked.first);
    m_text->setTextCursor(cursor);
    m_text->centerCursor();
}

void ArticleView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_scrollPending)
        QTimer::singleShot(0, this, &ArticleView::scrollToMark);
}

const ArticleView::Span *ArticleView::mentionAt(const QPoint &viewportPos) const
{
    const QTextCursor cursor = m_text->cursorForPosition(viewportPos);
    int pos = cursor.position();
    // cursorForPosition gives the nearest gap between characters; the character hit is
    // the one after the gap, or before it when the point is on the gap's trailing side.
    const QRect caret = m_text->cursorRect(cursor);
    const bool rtl = cursor.block().textDirection() == Qt::RightToLeft;
    if ((rtl ? viewportPos.x() > caret.x() : viewportPos.x() < caret.x()) && pos > 0)
        --pos;
    if (viewportPos.y() < caret.top() - 2 || viewportPos.y() > caret.bottom() + 2)
        return nullptr;
    for (const Span &m : m_mentions) {
        if (m.start > pos)
            break;
        if (pos < m.end)
            return &m;
    }
    return nullptr;
}

QString ArticleView::mentionToolTip(const Span &span) const
{
    if (!span.actorId.isEmpty()) {
        const int i = m_snapshot ? m_snapshot->actorIndex(span.actorId) : -1;
        if (i < 0)
            return tr("Actor: %1").arg(span.actorId);
        const auto &a = m_snapshot->actors[i];
        return tr("Actor: %1 (%2)\nClick to select it")
            .arg(a.name, EvidenceText::actorKind(a.kind));
    }
    const int i = m_snapshot ? m_snapshot->placeIndex(span.placeId) : -1;
    if (i < 0)
        return tr("Place: %1").arg(span.placeId);
    const auto &p = m_snapshot->places[i];
    const QString kind = EvidenceText::placeKind(p.kind);
    return kind.isEmpty() ? tr("Place: %1").arg(p.name) : tr("Place: %1 (%2)").arg(p.name, kind);
}

bool ArticleView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text || watched == m_back) {
        if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
            auto *key = static_cast<QKeyEvent *>(event);
            if (isBackKey(key)) {
                event->accept();
                if (event->type() == QEvent::KeyPress)
                    Q_EMIT backRequested();
                return true;
            }
        }
        return QWidget::eventFilter(watched, event);
    }
    if (watched != m_text->viewport())
        return QWidget::eventFilter(watched, event);

    switch (event->type()) {
    case QEvent::ToolTip: {
        auto *help = static_cast<QHelpEvent *>(event);
        if (const Span *m = mentionAt(help->pos()))
            QToolTip::showText(help->globalPos(), mentionToolTip(*m), m_text->viewport());
        else
            QToolTip::hideText();
        return true;
    }
    case QEvent::MouseMove: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        const Span *m =
            mouse->buttons() == Qt::NoButton ? mentionAt(mouse->position().toPoint()) : nullptr;
        m_text->viewport()->setCursor(m && !m->actorId.isEmpty() ? Qt::PointingHandCursor
                                                                 : Qt::IBeamCursor);
        break;
    }
    case QEvent::MouseButtonRelease: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        // A drag that selected text is not a click on a mention.
        if (mouse->button() == Qt::LeftButton && !m_text->textCursor().hasSelection()) {
            if (const Span *m = mentionAt(mouse->position().toPoint());
                m && !m->actorId.isEmpty()) {
                const QString id = m->actorId;
                Q_EMIT actorActivated(id);
            }
        }
        break;
    }
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void ArticleView::keyPressEvent(QKeyEvent *event)
{
    // Keys the Back button or the header did not take (the text edit is filtered above).
    if (isBackKey(event)) {
        Q_EMIT backRequested();
        return;
    }
    QWidget::keyPressEvent(event);
}

void ArticleView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        updateHeader();
        updateHighlights();
    }
    QWidget::changeEvent(event);
}

} // namespace entente
