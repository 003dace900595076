#pragma once

#include <QWidget>

class QLabel;
class QScrollArea;
class QStackedWidget;
class QVBoxLayout;

namespace entente {

class ArticleView;
class Session;
struct EvidenceRecord;

// Where an analyst reads why a line on the map or the graph exists: the selected event,
// relation or actor in words, then every evidence quote behind it; a quote opens its
// article with all mentions highlighted and the quote marked. Listens only to the
// Session, and changes the selection only through it.
class EvidencePanel final : public QWidget
{
    Q_OBJECT

public:
    explicit EvidencePanel(Session *session, QWidget *parent = nullptr);
    ~EvidencePanel() override;

    // Opens an article with the span [start, end) (code points) marked; start >= end
    // marks nothing.
    void showArticle(const QString &articleId, qint64 start, qint64 end);
    // Back from the article to the quotes.
    void showQuotes();
    bool isShowingArticle() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void clearCards();
    void addCards(const QVector<EvidenceRecord> &records, const QString &context);
    void openLink(const QString &href);

    Session *m_session = nullptr;
    QStackedWidget *m_stack = nullptr;
    QScrollArea *m_scroll = nullptr;
    QLabel *m_header = nullptr;
    QLabel *m_count = nullptr;
    QWidget *m_cards = nullptr;
    QVBoxLayout *m_cardLayout = nullptr;
    ArticleView *m_article = nullptr;
    int m_cardCount = 0;
};

} // namespace entente
