#pragma once

#include "model/corpus.h"
#include "session/filter.h"
#include "session/snapshot.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace entente {

class EvidenceStyle;

// The header of the evidence panel as rich text: what the selected event, relation or
// actor is, with every other actor and relation it names as a link ("entente:actor/<id>")
// that the panel turns into a selection. All corpus text is HTML-escaped here, so a name
// or title is always shown literally.
class EvidenceSummary
{
    Q_DECLARE_TR_FUNCTIONS(Entente::EvidenceSummary)

public:
    enum class LinkKind { Actor, Event, Relation };
    struct Link
    {
        LinkKind kind = LinkKind::Actor;
        QString id;
    };

    static QString href(LinkKind kind, const QString &id);
    static std::optional<Link> parseHref(const QString &href);

    // `attributes` are what the importer kept beside the event (Project::eventAttributes).
    static QString event(const Snapshot &snapshot, int event, const EvidenceStyle &style,
                         const QVector<EventAttribute> &attributes = {});
    static QString relation(const Snapshot &snapshot, int relation, const EvidenceStyle &style);
    static QString actor(const Snapshot &snapshot, int actor, const EvidenceStyle &style);
    // Several selected items: one clickable line each (at most `limit`, then a count).
    static QString list(const Snapshot &snapshot, const Selection &selection,
                        const EvidenceStyle &style, int limit = 40);
    static QString hint(const EvidenceStyle &style);
    // What following a link does, for its tooltip.
    static QString linkToolTip(const Snapshot &snapshot, const Link &link);

    // Plain-text one-liners naming an item (for quote cards of a multiple selection).
    static QString eventLabel(const Snapshot &snapshot, int event);
    static QString relationLabel(const Snapshot &snapshot, int relation);
    static QString actorName(const Snapshot &snapshot, int actor);
    // A readable, translated label for an event attribute key ("fatalities").
    static QString attributeLabel(const QString &key);
};

} // namespace entente
