#include "filterbar.h"

#include "session/session.h"

#include <QAction>
#include <QDate>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QTimer>
#include <QToolButton>

namespace entente {

namespace {

constexpr int kSearchDelayMs = 250;

QString dayText(qint64 day)
{
    return QLocale().toString(QDate::fromJulianDay(day), QLocale::ShortFormat);
}

// Checkable actions of a type menu; all checked means "no restriction".
QStringList checkedNames(const QMenu *menu, bool *all)
{
    QStringList names;
    *all = true;
    for (const QAction *a : menu->actions()) {
        if (!a->isCheckable())
            continue;
        if (a->isChecked())
            names << a->data().toString();
        else
            *all = false;
    }
    return names;
}

} // namespace

FilterBar::FilterBar(Session *session, QWidget *parent)
    : QToolBar(tr("Filter"), parent), m_session(session), m_search(new QLineEdit(this)),
      m_searchDelay(new QTimer(this)), m_eventTypes(new QToolButton(this)),
      m_relationTypes(new QToolButton(this)), m_window(new QLabel(this))
{
    setObjectName(QStringLiteral("filterBar"));

    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search actors and events… (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(320);
    m_search->setToolTip(tr("Shows only events whose title or participants match, and relations "
                            "whose actors match by name or alias"));
    addWidget(m_search);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this,
            [this] { m_session->setSearchText(m_search->text()); });

    for (QToolButton *b : {m_eventTypes, m_relationTypes}) {
        b->setPopupMode(QToolButton::InstantPopup);
        b->setMenu(new QMenu(b));
        addWidget(b);
    }
    m_eventTypes->setText(tr("Event types"));
    m_eventTypes->setToolTip(tr("Show only some event types"));
    m_relationTypes->setText(tr("Relation types"));
    m_relationTypes->setToolTip(tr("Show only some relation types"));

    addSeparator();
    m_window->setObjectName(QStringLiteral("windowLabel"));
    addWidget(m_window);
    m_clearWindow = addAction(tr("Clear window"));
    m_clearWindow->setToolTip(tr("Show the whole time range again (Esc in the timeline)"));
    connect(m_clearWindow, &QAction::triggered, this,
            [this] { m_session->setTimeWindow(std::nullopt); });

    connect(m_session, &Session::projectChanged, this, &FilterBar::rebuildTypeMenus);
    connect(m_session, &Session::filterChanged, this, &FilterBar::syncFromSession);
    rebuildTypeMenus();
    syncFromSession();
}

void FilterBar::rebuildTypeMenus()
{
    QMenu *events = m_eventTypes->menu();
    events->clear();
    for (const QString &type : m_session->snapshot().eventTypes) {
        QAction *a = events->addAction(type);
        a->setCheckable(true);
        a->setChecked(true);
        a->setData(type);
        connect(a, &QAction::toggled, this, &FilterBar::applyEventTypes);
    }
    QMenu *relations = m_relationTypes->menu();
    relations->clear();
    for (const QString &type : relationTypeNames()) {
        QAction *a = relations->addAction(type);
        a->setCheckable(true);
        a->setChecked(true);
        a->setData(type);
        connect(a, &QAction::toggled, this, &FilterBar::applyRelationTypes);
    }
    m_eventTypes->setEnabled(!events->isEmpty());
}

void FilterBar::applyEventTypes()
{
    bool all = false;
    const QStringList names = checkedNames(m_eventTypes->menu(), &all);
    Filter f = m_session->filter();
    f.eventTypes = all ? QSet<QString>{} : QSet<QString>(names.begin(), names.end());
    m_session->setFilter(f);
}

void FilterBar::applyRelationTypes()
{
    bool all = false;
    Filter f = m_session->filter();
    f.relationTypes.clear();
    for (const QString &name : checkedNames(m_relationTypes->menu(), &all)) {
        if (const auto type = relationTypeFromString(name))
            f.relationTypes.insert(*type);
    }
    if (all)
        f.relationTypes.clear();
    m_session->setFilter(f);
}

void FilterBar::syncFromSession()
{
    const Filter &f = m_session->filter();
    if (m_search->text().trimmed() != f.text && !m_searchDelay->isActive()) {
        const QSignalBlocker block(m_search);
        m_search->setText(f.text);
    }
    if (f.window) {
        m_window->setText(tr("Window: %1 – %2").arg(dayText(f.window->first), dayText(f.window->last)));
    } else {
        m_window->setText(tr("Window: all time"));
    }
    m_clearWindow->setEnabled(f.window.has_value());

    // Reflect history steps (back/forward) in the menus without re-applying them.
    for (QAction *a : m_eventTypes->menu()->actions()) {
        const QSignalBlocker block(a);
        a->setChecked(f.eventTypes.isEmpty() || f.eventTypes.contains(a->data().toString()));
    }
    for (QAction *a : m_relationTypes->menu()->actions()) {
        const QSignalBlocker block(a);
        const auto type = relationTypeFromString(a->data().toString());
        a->setChecked(f.relationTypes.isEmpty() || (type && f.relationTypes.contains(*type)));
    }
    m_eventTypes->setText(f.eventTypes.isEmpty() ? tr("Event types")
                                                 : tr("Event types (%1)").arg(f.eventTypes.size()));
    m_relationTypes->setText(f.relationTypes.isEmpty()
                                 ? tr("Relation types")
                                 : tr("Relation types (%1)").arg(f.relationTypes.size()));
}

} // namespace entente
