#include "evidencepanel.h"

#include "articleview.h"
#include "evidencestyle.h"
#include "evidencesummary.h"
#include "quotecard.h"
#include "session/session.h"
#include "store/project.h"

#include <QCursor>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QStackedWidget>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>

namespace entente {

namespace {

// More quotes than this (a large multiple selection) would only slow the panel down.
constexpr int kMaxCards = 200;

QStringList sortedIds(const QSet<QString> &ids)
{
    QStringList list(ids.cbegin(), ids.cend());
    list.sort();
    return list;
}

} // namespace

EvidencePanel::EvidencePanel(Session *session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("evidencePanel"));

    m_header = new QLabel;
    m_header->setObjectName(QStringLiteral("evidenceHeader"));
    m_header->setTextFormat(Qt::RichText); // built by EvidenceSummary, corpus text escaped
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_header->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    connect(m_header, &QLabel::linkActivated, this, &EvidencePanel::openLink);
    connect(m_header, &QLabel::linkHovered, this, [this](const QString &href) {
        const auto link = EvidenceSummary::parseHref(href);
        if (link)
            QToolTip::showText(QCursor::pos(),
                               EvidenceSummary::linkToolTip(m_session->snapshot(), *link),
                               m_header);
        else
            QToolTip::hideText();
    });

    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("evidenceCount"));
    m_count->setTextFormat(Qt::PlainText);
    m_count->setWordWrap(true);

    m_cards = new QWidget;
    m_cards->setObjectName(QStringLiteral("evidenceCards"));
    m_cardLayout = new QVBoxLayout(m_cards);
    m_cardLayout->setContentsMargins(0, 0, 0, 0);
    m_cardLayout->setSpacing(8);

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(10, 10, 10, 10);
    contentLayout->setSpacing(10);
    contentLayout->addWidget(m_header);
    contentLayout->addWidget(m_count);
    contentLayout->addWidget(m_cards);
    contentLayout->addStretch(1);

    m_scroll = new QScrollArea;
    m_scroll->setObjectName(QStringLiteral("evidenceQuotesPage"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setWidget(content);

    m_article = new ArticleView;
    connect(m_article, &ArticleView::backRequested, this, &EvidencePanel::showQuotes);
    connect(m_article, &ArticleView::actorActivated, this,
            [this](const QString &id) { m_session->select(Selection::actor(id)); });

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_scroll);
    m_stack->addWidget(m_article);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_session, &Session::projectChanged, this, [this] {
        m_article->clear();
        showQuotes();
        rebuild();
    });
    connect(m_session, &Session::selectionChanged, this, [this] {
        showQuotes();
        rebuild();
    });
    rebuild();
}

EvidencePanel::~EvidencePanel() = default;

bool EvidencePanel::isShowingArticle() const
{
    return m_stack->currentWidget() == m_article;
}

void EvidencePanel::showArticle(const QString &articleId, qint64 start, qint64 end)
{
    const Project *project = m_session->project();
    const auto article = project ? project->article(articleId) : std::nullopt;
    if (article)
        m_article->setArticle(*article, m_session->sharedSnapshot(), start, end);
    else
        m_article->showMissing(articleId);
    m_stack->setCurrentWidget(m_article);
    m_article->textEdit()->setFocus(Qt::OtherFocusReason);
}

void EvidencePanel::showQuotes()
{
    if (!isShowingArticle())
        return;
    m_stack->setCurrentWidget(m_scroll);
    // Back where the reader left: the card of the article just read.
    const auto cards = m_cards->findChildren<QuoteCard *>(Qt::FindDirectChildrenOnly);
    for (QuoteCard *card : cards) {
        if (card->record().articleId == m_article->articleId()) {
            card->setFocus(Qt::OtherFocusReason);
            m_scroll->ensureWidgetVisible(card);
            break;
        }
    }
}

void EvidencePanel::clearCards()
{
    const auto cards = m_cards->findChildren<QWidget *>(Qt::FindDirectChildrenOnly);
    for (QWidget *card : cards)
        delete card;
    m_cardCount = 0;
}

void EvidencePanel::addCards(const QVector<EvidenceRecord> &records, const QString &context)
{
    for (const EvidenceRecord &record : records) {
        if (m_cardCount >= kMaxCards)
            return;
        auto *card = new QuoteCard(record, context, m_cards);
        connect(card, &QuoteCard::activated, this, &EvidencePanel::showArticle);
        m_cardLayout->addWidget(card);
        ++m_cardCount;
    }
}

void EvidencePanel::rebuild()
{
    const EvidenceStyle style(palette());
    const Snapshot &s = m_session->snapshot();
    const Selection &selection = m_session->selection();
    const Project *project = m_session->project();

    clearCards();
    m_scroll->verticalScrollBar()->setValue(0);
    m_count->clear();

    QVector<EvidenceRecord> all; // for the count, over every selected item
    qsizetype totalQuotes = 0;   // of a multiple selection, from the snapshot
    const auto gather = [&](const QVector<EvidenceRecord> &records, const QString &context) {
        addCards(records, context);
        all += records;
    };

    const qsizetype items =
        selection.actors.size() + selection.events.size() + selection.relations.size();
    if (items == 0) {
        m_header->setText(EvidenceSummary::hint(style));
        m_count->hide();
        return;
    }
    m_count->show();

    bool known = true;
    if (items == 1 && selection.events.size() == 1) {
        const QString id = *selection.events.cbegin();
        const int i = s.eventIndex(id);
        known = i >= 0;
        if (known) {
            m_header->setText(EvidenceSummary::event(
                s, i, style, project ? project->eventAttributes(id) : QVector<EventAttribute>{}));
            if (project)
                gather(project->eventEvidence(id), {});
        }
    } else if (items == 1 && selection.relations.size() == 1) {
        const QString id = *selection.relations.cbegin();
        const int i = s.relationIndex(id);
        known = i >= 0;
        if (known) {
            m_header->setText(EvidenceSummary::relation(s, i, style));
            if (project)
                gather(project->relationEvidence(id), {});
        }
    } else if (items == 1) {
        const int i = s.actorIndex(*selection.actors.cbegin());
        known = i >= 0;
        if (known) {
            m_header->setText(EvidenceSummary::actor(s, i, style));
            m_count->setText(tr("An actor has no evidence of its own: choose one of its "
                                "relations above to read the quotes behind it."));
            return;
        }
    } else {
        m_header->setText(EvidenceSummary::list(s, selection, style));
        if (selection.events.isEmpty() && selection.relations.isEmpty()) {
            m_count->setText(tr("Choose one of the actors above to see its relations."));
            return;
        }
        // Stop asking the store once the cards are full: a brush can select thousands.
        for (const QString &id : sortedIds(selection.events)) {
            const int i = s.eventIndex(id);
            if (i < 0)
                continue;
            totalQuotes += s.events[i].evidenceCount;
            if (project && m_cardCount < kMaxCards)
                gather(project->eventEvidence(id), EvidenceSummary::eventLabel(s, i));
        }
        for (const QString &id : sortedIds(selection.relations)) {
            const int i = s.relationIndex(id);
            if (i < 0)
                continue;
            totalQuotes += s.relations[i].evidenceCount;
            if (project && m_cardCount < kMaxCards)
                gather(project->relationEvidence(id), EvidenceSummary::relationLabel(s, i));
        }
    }
    if (!known) {
        // A selection that outlived its project, or an id from elsewhere.
        m_header->setText(
            QStringLiteral("<p>%1</p>")
                .arg(tr("The selected item is not in this project.").toHtmlEscaped()));
        m_count->hide();
        return;
    }

    // Exactly one gets its own string so English reads right without a translation file;
    // the %n forms carry every other count (and all plural forms of other languages).
    const auto quotes = [](qsizetype n) {
        return n == 1 ? tr("one evidence quote") : tr("%n evidence quotes", nullptr, int(n));
    };
    const auto articleCount = [](qsizetype n) {
        return n == 1 ? tr("one article") : tr("%n articles", nullptr, int(n));
    };
    QSet<QString> articles;
    for (const EvidenceRecord &r : std::as_const(all))
        articles.insert(r.articleId);
    totalQuotes = std::max(totalQuotes, all.size());
    if (totalQuotes == 0) {
        m_count->setText(tr("No evidence quotes are recorded for this."));
    } else if (totalQuotes > m_cardCount) {
        m_count->setText(
            tr("%1; the first %2 are shown", "N evidence quotes; the first M are shown")
                .arg(quotes(totalQuotes), QLocale().toString(m_cardCount)));
    } else {
        m_count->setText(tr("%1 from %2", "N evidence quotes from M articles")
                             .arg(quotes(totalQuotes), articleCount(articles.size())));
    }
}

void EvidencePanel::openLink(const QString &href)
{
    const auto link = EvidenceSummary::parseHref(href);
    if (!link)
        return;
    switch (link->kind) {
    case EvidenceSummary::LinkKind::Actor:
        m_session->select(Selection::actor(link->id));
        break;
    case EvidenceSummary::LinkKind::Event:
        m_session->select(Selection::event(link->id));
        break;
    case EvidenceSummary::LinkKind::Relation:
        m_session->select(Selection::relation(link->id));
        break;
    }
}

void EvidencePanel::changeEvent(QEvent *event)
{
    // The header's colours come from the palette.
    if (event->type() == QEvent::PaletteChange)
        rebuild();
    QWidget::changeEvent(event);
}

} // namespace entente
