#pragma once

#include <QToolBar>

class QLineEdit;
class QLabel;
class QToolButton;
class QTimer;

namespace entente {

class Session;

// The toolbar row that edits the session's filter: text search, event and relation
// types, and the time window (shown, and cleared with one click or Esc).
class FilterBar final : public QToolBar
{
    Q_OBJECT

public:
    explicit FilterBar(Session *session, QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }

private:
    void syncFromSession();
    void rebuildTypeMenus();
    void applyEventTypes();
    void applyRelationTypes();

    Session *m_session;
    QLineEdit *m_search;
    QTimer *m_searchDelay;
    QToolButton *m_eventTypes;
    QToolButton *m_relationTypes;
    QLabel *m_window;
    QAction *m_clearWindow;
};

} // namespace entente
