#include "browsepanel.h"

#include "actortablemodel.h"
#include "eventtablemodel.h"
#include "relationtablemodel.h"
#include "session/session.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace entente {

namespace {

// The ids of a selection that the table of `tab` lists, tabs in BrowsePanel::Tab order
// (events, actors, relations); for a Selection or a const one.
template <typename AnySelection>
auto &idsOf(AnySelection &selection, int tab)
{
    return tab == 0 ? selection.events : tab == 1 ? selection.actors : selection.relations;
}

} // namespace

BrowsePanel::BrowsePanel(Session *session, QWidget *parent) : QWidget(parent), m_session(session)
{
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    addTable(Events, new EventTableModel(session, this));
    addTable(Actors, new ActorTableModel(session, this));
    addTable(Relations, new RelationTableModel(session, this));
    m_tabs->setTabToolTip(Events, tr("The events in the time window and filter"));
    m_tabs->setTabToolTip(Actors, tr("The actors of the visible events and relations"));
    m_tabs->setTabToolTip(Relations, tr("The relations valid in the time window and filter"));

    connect(session, &Session::selectionChanged, this, &BrowsePanel::showSessionSelection);
    // The models reset on these first (they connected earlier), then the tables follow.
    for (auto signal : {&Session::projectChanged, &Session::filterChanged}) {
        connect(session, signal, this, [this] {
            updateTabTitles();
            showSessionSelection();
        });
    }
    updateTabTitles();
    showSessionSelection();
}

QTableView *BrowsePanel::addTable(Tab tab, SessionTableModel *model)
{
    m_models[tab] = model;

    auto *table = new QTableView(this);
    table->setObjectName(QStringList{QStringLiteral("browseEvents"), QStringLiteral("browseActors"),
                                     QStringLiteral("browseRelations")}
                             .at(tab));
    table->setModel(model);
    // No sort indicator at first: the model's own order (events by date, relations as
    // imported) costs nothing; a click on a header sorts by that column.
    table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    table->setSortingEnabled(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(false);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table->horizontalHeader()->setSortIndicatorShown(true);
    table->horizontalHeader()->setDefaultSectionSize(120);
    m_tabs->addTab(table, QString());
    m_tables[tab] = table;

    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this, tab] { selectFromTable(tab); });
    return table;
}

void BrowsePanel::selectFromTable(Tab tab)
{
    if (m_syncing)
        return;
    Selection selection;
    QSet<QString> &ids = idsOf(selection, tab);
    const QModelIndexList rows = m_tables[tab]->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        ids.insert(row.data(SessionTableModel::IdRole).toString());
    if (selection != m_session->selection())
        m_session->select(selection);
}

void BrowsePanel::showSessionSelection()
{
    const Selection &selection = m_session->selection();
    m_syncing = true;
    for (int tab = 0; tab < TabCount; ++tab) {
        const QSet<QString> &ids = idsOf(selection, tab);
        QItemSelection rows;
        QModelIndex first;
        for (const QString &id : ids) {
            const int row = m_models[tab]->rowOf(id);
            if (row < 0)
                continue;
            const QModelIndex at = m_models[tab]->index(row, 0);
            rows.select(at, at);
            if (!first.isValid() || at.row() < first.row())
                first = at;
        }
        QItemSelectionModel *model = m_tables[tab]->selectionModel();
        model->select(rows, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        if (first.isValid()) {
            model->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
            m_tables[tab]->scrollTo(first);
        }
    }
    m_syncing = false;
    // Show the table of what was selected, when it was one kind of item.
    if (!selection.events.isEmpty() && selection.actors.isEmpty() && selection.relations.isEmpty())
        m_tabs->setCurrentIndex(Events);
    else if (!selection.relations.isEmpty() && selection.actors.isEmpty() &&
             selection.events.isEmpty())
        m_tabs->setCurrentIndex(Relations);
    else if (!selection.actors.isEmpty() && selection.events.isEmpty() &&
             selection.relations.isEmpty())
        m_tabs->setCurrentIndex(Actors);
}

void BrowsePanel::updateTabTitles()
{
    m_tabs->setTabText(Events, tr("Events (%L1)").arg(m_models[Events]->rowCount()));
    m_tabs->setTabText(Actors, tr("Actors (%L1)").arg(m_models[Actors]->rowCount()));
    m_tabs->setTabText(Relations, tr("Relations (%L1)").arg(m_models[Relations]->rowCount()));
}

} // namespace entente
