#pragma once

#include "model/corpus.h"
#include "session/snapshot.h"

#include <QTextFormat>
#include <QWidget>

#include <memory>

class QLabel;
class QPlainTextEdit;
class QToolButton;

namespace entente {

// One article's full text, read-only, with every mention highlighted (actors and places
// in two colours, a tooltip naming each) and one evidence span marked strongly and
// scrolled into view. The text is plain text; span offsets arrive in code points and are
// converted to QString's UTF-16 positions. Clicking an actor mention asks to select it.
class ArticleView final : public QWidget
{
    Q_OBJECT

public:
    explicit ArticleView(QWidget *parent = nullptr);

    // Properties of the highlight formats in textEdit()->extraSelections(): a mention
    // carries "actor:<id>" or "place:<id>", the marked evidence span `true`.
    static constexpr int kMentionProperty = QTextFormat::UserProperty + 1;
    static constexpr int kEvidenceProperty = QTextFormat::UserProperty + 2;

    // Shows `article`; [start, end) in code points is the span to mark (none when
    // start >= end). The snapshot names the mentioned actors and places.
    void setArticle(const Article &article, std::shared_ptr<const Snapshot> snapshot,
                    qint64 start = 0, qint64 end = 0);
    // Shows a message instead of a text (the article is missing from the project).
    void showMissing(const QString &articleId);
    void clear();

    QString articleId() const { return m_article.id; }
    // The marked span as UTF-16 positions [first, second) in the text; {-1, -1} if none.
    QPair<int, int> markedRange() const { return m_marked; }
    QPlainTextEdit *textEdit() const { return m_text; }

Q_SIGNALS:
    void backRequested();
    void actorActivated(const QString &actorId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    struct Span
    {
        int start = 0; // UTF-16
        int end = 0;
        QString actorId;
        QString placeId;
    };

    void updateHeader();
    void updateHighlights();
    void scrollToMark();
    const Span *mentionAt(const QPoint &viewportPos) const;
    QString mentionToolTip(const Span &span) const;

    Article m_article;
    std::shared_ptr<const Snapshot> m_snapshot;
    QVector<Span> m_mentions; // sorted by start
    QPair<int, int> m_marked{-1, -1};
    bool m_scrollPending = false;

    QToolButton *m_back = nullptr;
    QLabel *m_header = nullptr;
    QLabel *m_legend = nullptr;
    QPlainTextEdit *m_text = nullptr;
};

} // namespace entente
