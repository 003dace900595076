#pragma once

#include <QWidget>

class QTabWidget;
class QTableView;

namespace entente {

class Session;
class SessionTableModel;

// Sortable tables of the events, actors and relations under the current filter, linked
// to the session like the views: choosing rows selects those items everywhere, and a
// selection made elsewhere is marked and scrolled to here.
class BrowsePanel final : public QWidget
{
    Q_OBJECT

public:
    explicit BrowsePanel(Session *session, QWidget *parent = nullptr);

    QTableView *eventTable() const { return m_tables[0]; }
    QTableView *actorTable() const { return m_tables[1]; }
    QTableView *relationTable() const { return m_tables[2]; }

private:
    enum Tab { Events, Actors, Relations, TabCount };

    QTableView *addTable(Tab tab, SessionTableModel *model);
    void selectFromTable(Tab tab);
    void showSessionSelection();
    void updateTabTitles();

    Session *m_session;
    QTabWidget *m_tabs = nullptr;
    SessionTableModel *m_models[TabCount] = {};
    QTableView *m_tables[TabCount] = {};
    bool m_syncing = false; // true while the tables follow the session
};

} // namespace entente
