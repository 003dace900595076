#include "filter.h"

#include <algorithm>

namespace entente {

namespace {

bool textMatches(const Snapshot &s, const Filter &f, const SnapshotEvent &e)
{
    if (e.title.contains(f.text, Qt::CaseInsensitive))
        return true;
    return std::any_of(e.participants.cbegin(), e.participants.cend(), [&](const auto &p) {
        return p.actor >= 0 && s.actors[p.actor].name.contains(f.text, Qt::CaseInsensitive);
    });
}

bool actorMatchesText(const SnapshotActor &a, const QString &text)
{
    if (a.name.contains(text, Qt::CaseInsensitive) || a.id.contains(text, Qt::CaseInsensitive))
        return true;
    return std::any_of(a.aliases.cbegin(), a.aliases.cend(),
                       [&](const QString &alias) { return alias.contains(text, Qt::CaseInsensitive); });
}

} // namespace

VisibleSet applyFilter(const Snapshot &s, const Filter &f)
{
    VisibleSet out;
    const DayRange window = f.window.value_or(DayRange{});
    const bool byActor = !f.actorIds.isEmpty();
    std::vector<char> actorSeen(s.actors.size(), 0);
    const auto actorAllowed = [&](int a) { return !byActor || (a >= 0 && f.actorIds.contains(s.actors[a].id)); };

    // Events are sorted by first day: stop at the first one that starts after the window.
    for (int i = 0; i < s.events.size(); ++i) {
        const SnapshotEvent &e = s.events[i];
        if (e.firstDay > window.last)
            break;
        if (e.lastDay < window.first)
            continue;
        if (!f.eventTypes.isEmpty() && !f.eventTypes.contains(e.type))
            continue;
        if (byActor && std::none_of(e.participants.cbegin(), e.participants.cend(),
                                    [&](const auto &p) { return actorAllowed(p.actor); }))
            continue;
        if (!f.text.isEmpty() && !textMatches(s, f, e))
            continue;
        out.events.push_back(i);
        for (const auto &p : e.participants) {
            if (p.actor >= 0)
                actorSeen[p.actor] = 1;
        }
    }

    for (int i = 0; i < s.relations.size(); ++i) {
        const SnapshotRelation &r = s.relations[i];
        if (!f.relationTypes.isEmpty() && !f.relationTypes.contains(r.type))
            continue;
        if (byActor && !actorAllowed(r.source) && !actorAllowed(r.target))
            continue;
        if (!f.text.isEmpty() && !actorMatchesText(s.actors[r.source], f.text) &&
            !actorMatchesText(s.actors[r.target], f.text))
            continue;
        if (!r.validIn(window))
            continue;
        out.relations.push_back(i);
        actorSeen[r.source] = 1;
        actorSeen[r.target] = 1;
    }

    for (int a = 0; a < s.actors.size(); ++a) {
        if (actorSeen[a] || (byActor && actorAllowed(a)))
            out.actors.push_back(a);
    }
    return out;
}

} // namespace entente
