#include "evidencesummary.h"

#include "evidencestyle.h"
#include "evidencetext.h"
#include "viewpalette.h"

#include <QHash>
#include <QUrl>

#include <algorithm>
#include <array>

namespace entente {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString colored(const QColor &color, const QString &html)
{
    return QStringLiteral("<span style=\"color:%1\">%2</span>")
        .arg(EvidenceStyle::css(color), html);
}

QString keyword(EvidenceSummary::LinkKind kind)
{
    switch (kind) {
    case EvidenceSummary::LinkKind::Actor:
        return QStringLiteral("actor");
    case EvidenceSummary::LinkKind::Event:
        return QStringLiteral("event");
    case EvidenceSummary::LinkKind::Relation:
        break;
    }
    return QStringLiteral("relation");
}

// Links are coloured explicitly: the rich-text parser would otherwise take the
// application's link colour, which need not suit this widget's palette.
QString anchor(EvidenceSummary::LinkKind kind, const QString &id, const QString &html,
               const EvidenceStyle &style)
{
    return QStringLiteral("<a href=\"%1\">%2</a>")
        .arg(EvidenceSummary::href(kind, id), colored(style.link(), html));
}

// A two-column table of field name and value; rows without a value are left out.
class Fields
{
public:
    explicit Fields(const EvidenceStyle &style) : m_style(style) {}
    void add(const QString &label, const QString &valueHtml)
    {
        if (valueHtml.isEmpty())
            return;
        m_html += QStringLiteral("<tr><td style=\"color:%1\">%2&nbsp;&nbsp;</td><td>%3</td></tr>")
                      .arg(EvidenceStyle::css(m_style.mutedText()), esc(label), valueHtml);
    }
    QString html() const
    {
        return m_html.isEmpty()
                   ? QString()
                   : QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">%1</table>")
                         .arg(m_html);
    }

private:
    const EvidenceStyle &m_style;
    QString m_html;
};

QString heading(const QString &kindWords, const QString &titleHtml, const EvidenceStyle &style)
{
    return QStringLiteral(
               "<div style=\"color:%1\">%2</div><p style=\"font-size:large\"><b>%3</b></p>")
        .arg(EvidenceStyle::css(style.mutedText()), esc(kindWords), titleHtml);
}

QString actorLink(const Snapshot &s, int actor, const EvidenceStyle &style)
{
    if (actor < 0 || actor >= s.actors.size())
        return esc(EvidenceSummary::tr("unknown actor"));
    const auto &a = s.actors[actor];
    return anchor(EvidenceSummary::LinkKind::Actor, a.id, esc(a.name), style);
}

QString placeWords(const Snapshot &s, int place)
{
    if (place < 0 || place >= s.places.size())
        return {};
    const auto &p = s.places[place];
    QString words = p.name;
    if (!p.country.isEmpty() && p.kind != PlaceKind::Country)
        words = EvidenceSummary::tr("%1, %2", "place, country")
                    .arg(p.name, EvidenceText::country(p.country));
    return words;
}

QString validityHtml(const SnapshotRelation &r)
{
    switch (r.basis) {
    case ValidityBasis::Explicit:
        return esc(
            EvidenceSummary::tr("%1 (explicit interval)").arg(EvidenceText::dateText(r.validText)));
    case ValidityBasis::AsReported: {
        QStringList dates;
        constexpr int kShown = 6;
        for (int i = 0; i < std::min<int>(kShown, r.periods.size()); ++i)
            dates << EvidenceText::dayRange(r.periods[i].first, r.periods[i].last);
        if (r.periods.size() > kShown)
            dates << EvidenceSummary::tr("%n more", nullptr, int(r.periods.size()) - kShown);
        return esc(EvidenceSummary::tr("as reported, on the articles' dates: %1")
                       .arg(dates.join(QStringLiteral(", "))));
    }
    case ValidityBasis::Undated:
        break;
    }
    return esc(EvidenceSummary::tr("undated: no interval given and no dated article; kept in "
                                   "every time window"));
}

} // namespace

QString EvidenceSummary::href(LinkKind kind, const QString &id)
{
    // Percent-encoding also keeps quotes and angle brackets out of the attribute.
    return QStringLiteral("entente:%1/%2")
        .arg(keyword(kind), QString::fromLatin1(QUrl::toPercentEncoding(id)));
}

std::optional<EvidenceSummary::Link> EvidenceSummary::parseHref(const QString &href)
{
    static const QString prefix = QStringLiteral("entente:");
    if (!href.startsWith(prefix))
        return std::nullopt;
    const qsizetype slash = href.indexOf(u'/', prefix.size());
    if (slash < 0)
        return std::nullopt;
    const QString word = href.mid(prefix.size(), slash - prefix.size());
    const QString id = QUrl::fromPercentEncoding(href.mid(slash + 1).toLatin1());
    for (LinkKind kind : {LinkKind::Actor, LinkKind::Event, LinkKind::Relation}) {
        if (word == keyword(kind))
            return Link{kind, id};
    }
    return std::nullopt;
}

QString EvidenceSummary::actorName(const Snapshot &s, int actor)
{
    return actor >= 0 && actor < s.actors.size() ? s.actors[actor].name : tr("unknown actor");
}

QString EvidenceSummary::eventLabel(const Snapshot &s, int event)
{
    if (event < 0 || event >= s.events.size())
        return tr("unknown event");
    const auto &e = s.events[event];
    return tr("%1 (%2)", "event title (date)").arg(e.title, EvidenceText::dateText(e.dateText));
}

QString EvidenceSummary::relationLabel(const Snapshot &s, int relation)
{
    if (relation < 0 || relation >= s.relations.size())
        return tr("unknown relation");
    const auto &r = s.relations[relation];
    return EvidenceText::relationSentence(r.type, actorName(s, r.source), actorName(s, r.target));
}

QString EvidenceSummary::attributeLabel(const QString &key)
{
    // The keys the importers write get a translated label; any other is shown readably.
    static const QHash<QString, const char *> known = {
        {QStringLiteral("fatalities"), QT_TR_NOOP("Fatalities")},
        {QStringLiteral("notes"), QT_TR_NOOP("Notes")},
        {QStringLiteral("source"), QT_TR_NOOP("Source")},
        {QStringLiteral("source_scale"), QT_TR_NOOP("Source scale")},
        {QStringLiteral("geo_precision"), QT_TR_NOOP("Location precision")},
        {QStringLiteral("time_precision"), QT_TR_NOOP("Date precision")},
        {QStringLiteral("goldstein"), QT_TR_NOOP("Goldstein scale")},
        {QStringLiteral("quad_class"), QT_TR_NOOP("Quad class")},
        {QStringLiteral("num_mentions"), QT_TR_NOOP("Mentions")},
        {QStringLiteral("avg_tone"), QT_TR_NOOP("Average tone")},
        {QStringLiteral("source_url"), QT_TR_NOOP("Source link")},
    };
    if (const char *label = known.value(key))
        return tr(label);
    QString words = key;
    words.replace(u'_', u' ');
    if (!words.isEmpty())
        words[0] = words[0].toUpper();
    return words;
}

QString EvidenceSummary::event(const Snapshot &s, int event, const EvidenceStyle &style,
                               const QVector<EventAttribute> &attributes)
{
    const auto &e = s.events[event];
    Fields fields(style);
    fields.add(tr("Type"), esc(e.type));
    const QString written = e.dateText.isEmpty() ? QString() : tr(" (written %1)").arg(e.dateText);
    fields.add(tr("Date"),
               esc(EvidenceText::dateText(e.dateText)) + colored(style.mutedText(), esc(written)));
    fields.add(tr("Place"), esc(placeWords(s, e.place)));
    QStringList people;
    for (const auto &p : e.participants) {
        QString item = actorLink(s, p.actor, style);
        if (!p.role.isEmpty())
            item += QStringLiteral(" ") +
                    colored(style.mutedText(), esc(tr("(%1)", "participant role").arg(p.role)));
        people << item;
    }
    fields.add(tr("Participants"), people.join(QStringLiteral(", ")));
    fields.add(tr("CAMEO code"), esc(e.cameo));
    for (const EventAttribute &a : attributes)
        fields.add(attributeLabel(a.key), esc(a.value));
    return heading(tr("Event"), esc(e.title), style) + fields.html();
}

QString EvidenceSummary::relation(const Snapshot &s, int relation, const EvidenceStyle &style)
{
    const auto &r = s.relations[relation];
    const int sign = relationSign(r.type);
    const QString title = EvidenceText::relationSentence(r.type, actorLink(s, r.source, style),
                                                         actorLink(s, r.target, style));
    Fields fields(style);
    QString typeWords = esc(relationTypeLabel(r.type));
    if (!relationIsDirected(r.type))
        typeWords += colored(style.mutedText(), esc(tr(" (mutual)")));
    fields.add(tr("Type"), typeWords);
    fields.add(tr("Sign"), QStringLiteral("<b>%1</b>")
                               .arg(colored(style.signColor(sign), esc(EvidenceText::sign(sign)))));
    fields.add(tr("Aspect"), esc(r.aspect));
    fields.add(tr("Valid"), validityHtml(r));
    if (r.via >= 0)
        fields.add(tr("Via"), actorLink(s, r.via, style));
    if (r.claimedBy >= 0)
        fields.add(tr("Claimed by"), actorLink(s, r.claimedBy, style));
    fields.add(tr("Confidence"), esc(EvidenceText::confidence(r.confidence)));
    return heading(tr("Relation"), title, style) + fields.html();
}

QString EvidenceSummary::actor(const Snapshot &s, int actor, const EvidenceStyle &style)
{
    const auto &a = s.actors[actor];
    Fields fields(style);
    fields.add(tr("Kind"), esc(EvidenceText::actorKind(a.kind)));
    if (!a.country.isEmpty())
        fields.add(tr("Country"), esc(tr("%1 (%2)", "country name (code)")
                                          .arg(EvidenceText::country(a.country), a.country)));
    fields.add(tr("Also called"), esc(a.aliases.join(QStringLiteral(", "))));
    fields.add(tr("Based in"), esc(placeWords(s, a.basePlace)));
    if (a.eventCount > 0)
        fields.add(tr("Events"),
                   esc(a.eventCount == 1 ? tr("takes part in one event")
                                         : tr("takes part in %n events", nullptr, a.eventCount)));

    // Its relations grouped by type, in the vocabulary's order (friendly first), the
    // ones it is the target of under the passive heading ("supported by").
    constexpr int kTypes = int(RelationType::ActsFor) + 1;
    std::array<std::array<QStringList, 2>, kTypes> groups; // [type][incoming]
    for (int i = 0; i < s.relations.size(); ++i) {
        const auto &r = s.relations[i];
        if (r.source != actor && r.target != actor)
            continue;
        const bool incoming = r.source != actor && relationIsDirected(r.type);
        const int other = r.source == actor ? r.target : r.source;
        const QString arrow = !relationIsDirected(r.type) ? QStringLiteral("↔")
                              : incoming                  ? QStringLiteral("←")
                                                          : QStringLiteral("→");
        QStringList details;
        if (!r.aspect.isEmpty())
            details << r.aspect;
        if (r.via >= 0)
            details << tr("via %1").arg(actorName(s, r.via));
        if (r.basis == ValidityBasis::Undated)
            details << tr("undated");
        // One gets its own string so English reads right without a translation file.
        details << (r.evidenceCount == 1 ? tr("one quote")
                                         : tr("%n quotes", nullptr, r.evidenceCount));
        const QString detailsLink = anchor(
            LinkKind::Relation, r.id,
            esc(tr("(%1)", "relation details").arg(details.join(QStringLiteral(", ")))), style);
        groups[size_t(r.type)][incoming ? 1 : 0]
            << QStringLiteral("%1 %2 %3")
                   .arg(colored(style.mutedText(), arrow), actorLink(s, other, style), detailsLink);
    }
    QString relations;
    for (int t = 0; t < kTypes; ++t) {
        for (const int incoming : {0, 1}) {
            const QStringList &lines = groups[size_t(t)][size_t(incoming)];
            if (lines.isEmpty())
                continue;
            const auto type = RelationType(t);
            const QString words = incoming ? EvidenceText::relationTypeInverse(type)
                                           : relationTypeLabel(type);
            relations +=
                QStringLiteral("<p style=\"margin-top:6px; margin-bottom:0\"><b>%1</b><br>%2</p>")
                    .arg(colored(style.signColor(relationSign(type)), esc(words)),
                         lines.join(QStringLiteral("<br>")));
        }
    }
    if (relations.isEmpty())
        relations = QStringLiteral("<p>%1</p>")
                        .arg(colored(style.mutedText(), esc(tr("No relations recorded."))));
    return heading(tr("Actor"), esc(a.name), style) + fields.html() +
           QStringLiteral("<p style=\"margin-top:10px; margin-bottom:0\"><b>%1</b></p>")
               .arg(esc(tr("Relations"))) +
           relations;
}

QString EvidenceSummary::list(const Snapshot &s, const Selection &selection,
                              const EvidenceStyle &style, int limit)
{
    struct Item
    {
        QString label;
        QString html;
    };
    QVector<Item> items;
    for (const QString &id : selection.events) {
        const int i = s.eventIndex(id);
        const QString label = i >= 0 ? eventLabel(s, i) : id;
        items.push_back({tr("Event: %1").arg(label),
                         anchor(LinkKind::Event, id, esc(tr("Event: %1").arg(label)), style)});
    }
    for (const QString &id : selection.relations) {
        const int i = s.relationIndex(id);
        const QString label = i >= 0 ? relationLabel(s, i) : id;
        items.push_back(
            {tr("Relation: %1").arg(label),
             anchor(LinkKind::Relation, id, esc(tr("Relation: %1").arg(label)), style)});
    }
    for (const QString &id : selection.actors) {
        const int i = s.actorIndex(id);
        const QString label = i >= 0 ? s.actors[i].name : id;
        items.push_back({tr("Actor: %1").arg(label),
                         anchor(LinkKind::Actor, id, esc(tr("Actor: %1").arg(label)), style)});
    }
    std::sort(items.begin(), items.end(), [](const Item &a, const Item &b) {
        return QString::localeAwareCompare(a.label, b.label) < 0;
    });
    QStringList lines;
    for (int i = 0; i < std::min<int>(limit, items.size()); ++i)
        lines << items[i].html;
    if (items.size() > limit)
        lines << colored(style.mutedText(),
                         esc(tr("… and %n more", nullptr, int(items.size()) - limit)));
    return heading(tr("Selection"), esc(tr("%n items selected", nullptr, int(items.size()))),
                   style) +
           QStringLiteral("<p>%1</p>").arg(lines.join(QStringLiteral("<br>")));
}

QString EvidenceSummary::linkToolTip(const Snapshot &s, const Link &link)
{
    switch (link.kind) {
    case LinkKind::Actor:
        return tr("Select %1 in every view").arg(actorName(s, s.actorIndex(link.id)));
    case LinkKind::Event:
        return tr("Select the event “%1” and read its evidence")
            .arg(eventLabel(s, s.eventIndex(link.id)));
    case LinkKind::Relation:
        break;
    }
    return tr("Select the relation “%1” and read its evidence")
        .arg(relationLabel(s, s.relationIndex(link.id)));
}

QString EvidenceSummary::hint(const EvidenceStyle &style)
{
    return QStringLiteral("<p style=\"color:%1\">%2</p>")
        .arg(EvidenceStyle::css(style.mutedText()),
             esc(tr("Nothing selected. Click an event on the timeline, an actor or a line on the "
                    "map or in the network to read the evidence behind it.")));
}

} // namespace entente
