#include "session.h"

#include "session/networkanalysis.h"

namespace entente {

namespace {
constexpr qsizetype kMaxHistory = 200;
}

Session::Session(QObject *parent)
    : QObject(parent), m_snapshot(std::make_shared<Snapshot>()), m_history{State{}},
      m_network(new NetworkAnalysisCache(this))
{
}

Session::~Session() = default;

void Session::setProject(std::shared_ptr<Project> project, std::shared_ptr<const Snapshot> snapshot,
                         const QString &path)
{
    m_project = std::move(project);
    m_snapshot = snapshot ? std::move(snapshot) : std::make_shared<Snapshot>();
    m_path = path;
    m_state = {};
    m_history = {m_state};
    m_cursor = 0;
    m_visible = applyFilter(*m_snapshot, m_state.filter);
    Q_EMIT projectChanged();
    Q_EMIT filterChanged();
    Q_EMIT selectionChanged();
    Q_EMIT historyChanged();
}

void Session::setFilter(const Filter &filter)
{
    apply({filter, m_state.selection}, true);
}

void Session::setTimeWindow(std::optional<DayRange> window)
{
    Filter f = m_state.filter;
    f.window = window;
    setFilter(f);
}

void Session::setSearchText(const QString &text)
{
    Filter f = m_state.filter;
    f.text = text.trimmed();
    setFilter(f);
}

void Session::select(const Selection &selection)
{
    apply({m_state.filter, selection}, true);
}

void Session::previewTimeWindow(std::optional<DayRange> window)
{
    Filter f = m_state.filter;
    f.window = window;
    apply({f, m_state.selection}, false);
}

void Session::commitPreview()
{
    if (m_history.value(m_cursor) == m_state)
        return;
    apply(m_state, true);
}

void Session::back()
{
    if (canGoBack())
        apply(m_history[--m_cursor], false);
}

void Session::forward()
{
    if (canGoForward())
        apply(m_history[++m_cursor], false);
}

void Session::apply(const State &state, bool record)
{
    const bool filterChanges = !(state.filter == m_state.filter);
    const bool selectionChanges = !(state.selection == m_state.selection);
    if (record && !(m_history.value(m_cursor) == state)) {
        m_history.resize(m_cursor + 1); // a new step drops the forward branch
        m_history.push_back(state);
        if (m_history.size() > kMaxHistory)
            m_history.removeFirst();
        m_cursor = m_history.size() - 1;
        Q_EMIT historyChanged();
    } else if (!record) {
        Q_EMIT historyChanged();
    }
    m_state = state;
    if (filterChanges) {
        m_visible = applyFilter(*m_snapshot, m_state.filter);
        Q_EMIT filterChanged();
    }
    if (selectionChanges)
        Q_EMIT selectionChanged();
}

} // namespace entente
