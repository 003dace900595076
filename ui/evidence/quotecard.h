#pragma once

#include "store/records.h"

#include <QFrame>

class QLabel;

namespace entente {

// One evidence span in the evidence panel: the quote, then the article's title, source
// and date. All text is plain (never rich text), so a quote is shown exactly as written.
// Clicking the card, or Enter/Space when it has focus, asks to open the article there.
class QuoteCard final : public QFrame
{
    Q_OBJECT

public:
    // `context` names the selected item the quote is for (empty for a single item).
    explicit QuoteCard(const EvidenceRecord &record, const QString &context = {},
                       QWidget *parent = nullptr);

    const EvidenceRecord &record() const { return m_record; }
    QString quoteText() const;

Q_SIGNALS:
    void activated(const QString &articleId, qint64 start, qint64 end);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void enterEvent(QEnterEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyColors();
    void activate();

    EvidenceRecord m_record;
    QLabel *m_quote = nullptr;
    QLabel *m_meta = nullptr;
    QLabel *m_context = nullptr;
    bool m_hovered = false;
};

} // namespace entente
