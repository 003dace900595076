#pragma once

#include "session/filter.h"
#include "session/snapshot.h"

#include <QObject>

#include <memory>

namespace entente {

class Project;
class NetworkAnalysisCache;

// The one shared state all views observe: the open project (and its snapshot), the
// filter and the selection. Views change the filter or selection through the session
// and redraw when it signals; they never talk to each other. Filter and selection
// changes form a browser-like navigation history (back/forward).
class Session final : public QObject
{
    Q_OBJECT

public:
    explicit Session(QObject *parent = nullptr);
    ~Session() override;

    // Replaces the project; resets filter, selection and history.
    void setProject(std::shared_ptr<Project> project, std::shared_ptr<const Snapshot> snapshot,
                    const QString &path = {});
    Project *project() const { return m_project.get(); }
    std::shared_ptr<Project> sharedProject() const { return m_project; }
    const Snapshot &snapshot() const { return *m_snapshot; }
    std::shared_ptr<const Snapshot> sharedSnapshot() const { return m_snapshot; }
    QString projectPath() const { return m_path; }

    const Filter &filter() const { return m_state.filter; }
    const Selection &selection() const { return m_state.selection; }
    const VisibleSet &visible() const { return m_visible; }
    // The network, blocs and centrality as of the filter, kept current off the GUI thread.
    NetworkAnalysisCache *network() const { return m_network; }

    void setFilter(const Filter &filter);
    void setTimeWindow(std::optional<DayRange> window);
    void setSearchText(const QString &text);
    void select(const Selection &selection);
    void clearSelection() { select({}); }

    // A time window that moves continuously (a brush being dragged) updates the views
    // without adding a history step per mouse move; commitPreview() records one step.
    void previewTimeWindow(std::optional<DayRange> window);
    void commitPreview();

    bool canGoBack() const { return m_cursor > 0; }
    bool canGoForward() const { return m_cursor + 1 < m_history.size(); }
    void back();
    void forward();

Q_SIGNALS:
    void projectChanged();
    void filterChanged();
    void selectionChanged();
    void historyChanged();

private:
    struct State
    {
        Filter filter;
        Selection selection;
        friend bool operator==(const State &, const State &) = default;
    };
    void apply(const State &state, bool record);

    std::shared_ptr<Project> m_project;
    std::shared_ptr<const Snapshot> m_snapshot;
    QString m_path;
    State m_state;
    VisibleSet m_visible;
    QVector<State> m_history;
    qsizetype m_cursor = 0;
    NetworkAnalysisCache *m_network;
};

} // namespace entente
