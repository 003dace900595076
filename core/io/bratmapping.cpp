#include "bratmapping.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>

#include <spdlog/spdlog.h>

namespace entente {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Entente::BratImporter", text);
}

template <typename Rule> const Rule *findRule(const QVector<Rule> &rules, QStringView bratType)
{
    for (const Rule &r : rules) {
        if (r.bratType == bratType)
            return &r;
    }
    for (const Rule &r : rules) {
        if (QStringView(r.bratType).compare(bratType, Qt::CaseInsensitive) == 0)
            return &r;
    }
    return nullptr;
}

template <typename Rule> void putRule(QVector<Rule> &rules, const Rule &rule)
{
    for (Rule &r : rules) {
        if (r.bratType.compare(rule.bratType, Qt::CaseInsensitive) == 0) {
            r = rule;
            return;
        }
    }
    rules.push_back(rule);
}

BratMapping::EntityRule actorRule(const char *type, ActorKind kind)
{
    return {QString::fromLatin1(type), BratMapping::EntityTarget::Actor, kind,
            PlaceKind::Unspecified};
}

BratMapping::EntityRule placeRule(const char *type, PlaceKind kind)
{
    return {QString::fromLatin1(type), BratMapping::EntityTarget::Place, ActorKind::Other, kind};
}

bool isBratTypeName(QStringView name)
{
    if (name.isEmpty())
        return false;
    for (QChar c : name) {
        if (c.isSpace() || c == u'=' || c == u'[' || c == u']' || c == u':')
            return false;
    }
    return true;
}

// "actor kind", "place[:kind]", "date", "ignore"

QString entityRuleValue(const BratMapping::EntityRule &rule)
{
    switch (rule.target) {
    case BratMapping::EntityTarget::Actor:
        return toString(rule.actorKind);
    case BratMapping::EntityTarget::Date:
        return QStringLiteral("date");
    case BratMapping::EntityTarget::Ignore:
        return QStringLiteral("ignore");
    case BratMapping::EntityTarget::Place:
        if (rule.placeKind == PlaceKind::Unspecified)
            return QStringLiteral("place");
        return u"place:" + toString(rule.placeKind);
    }
    return {};
}

} // namespace

BratMapping BratMapping::defaults()
{
    BratMapping m;
    // The first rule for each kind is the one BratWriter writes.
    m.entities = {
        actorRule("Organization", ActorKind::Organisation),
        actorRule("Organisation", ActorKind::Organisation),
        actorRule("ORG", ActorKind::Organisation),
        actorRule("Person", ActorKind::Person),
        actorRule("PER", ActorKind::Person),
        actorRule("State", ActorKind::State),
        actorRule("Government", ActorKind::Government),
        actorRule("ArmedGroup", ActorKind::ArmedGroup),
        actorRule("Militia", ActorKind::ArmedGroup),
        actorRule("Intergovernmental", ActorKind::Intergovernmental),
        actorRule("IGO", ActorKind::Intergovernmental),
        actorRule("Coalition", ActorKind::Coalition),
        actorRule("Actor", ActorKind::Other),
        placeRule("Location", PlaceKind::Unspecified),
        placeRule("LOC", PlaceKind::Unspecified),
        placeRule("GPE", PlaceKind::Country),
        placeRule("Country", PlaceKind::Country),
        placeRule("City", PlaceKind::City),
        placeRule("Region", PlaceKind::Region),
        placeRule("Facility", PlaceKind::Site),
        placeRule("FAC", PlaceKind::Site),
        placeRule("Place", PlaceKind::Other),
        {QStringLiteral("Date"), EntityTarget::Date, ActorKind::Other, PlaceKind::Unspecified},
        {QStringLiteral("Time"), EntityTarget::Date, ActorKind::Other, PlaceKind::Unspecified},
        {QStringLiteral("TIMEX"), EntityTarget::Date, ActorKind::Other, PlaceKind::Unspecified},
    };
    const auto rel = [](const char *type, RelationType t) {
        return RelationRule{QString::fromLatin1(type), t};
    };
    m.relations = {
        rel("Supports", RelationType::Supports),
        rel("AlliesOf", RelationType::AlliedWith),
        rel("AlliedWith", RelationType::AlliedWith),
        rel("CooperatesWith", RelationType::CooperatesWith),
        rel("Recognises", RelationType::Recognises),
        rel("Recognizes", RelationType::Recognises),
        rel("Opposes", RelationType::Opposes),
        rel("FightingAgainst", RelationType::Fights),
        rel("Fights", RelationType::Fights),
        rel("Condemns", RelationType::Condemns),
        rel("Commands", RelationType::Commands),
        rel("MemberOf", RelationType::MemberOf),
        rel("PartOf", RelationType::MemberOf),
        rel("ActsFor", RelationType::ActsFor),
        rel("AgentOf", RelationType::ActsFor),
    };
    for (const QString &type : suggestedEventTypes()) {
        QString brat = type;
        brat[0] = brat[0].toUpper();
        m.events.push_back({brat, type});
    }
    m.events.push_back({QStringLiteral("Attack"), QStringLiteral("clash")});
    m.events.push_back({QStringLiteral("Battle"), QStringLiteral("clash")});
    m.events.push_back({QStringLiteral("Meet"), QStringLiteral("meeting")});
    return m;
}

const BratMapping::EntityRule *BratMapping::entity(QStringView bratType) const
{
    return findRule(entities, bratType);
}

const BratMapping::RelationRule *BratMapping::relation(QStringView bratType) const
{
    return findRule(relations, bratType);
}

const BratMapping::EventRule *BratMapping::event(QStringView bratType) const
{
    return findRule(events, bratType);
}

void BratMapping::setEntity(const EntityRule &rule)
{
    putRule(entities, rule);
}
void BratMapping::setRelation(const RelationRule &rule)
{
    putRule(relations, rule);
}
void BratMapping::setEvent(const EventRule &rule)
{
    putRule(events, rule);
}

QString BratMapping::bratTypeFor(ActorKind kind) const
{
    for (const EntityRule &r : entities) {
        if (r.target == EntityTarget::Actor && r.actorKind == kind)
            return r.bratType;
    }
    return {};
}

QString BratMapping::bratTypeFor(PlaceKind kind) const
{
    QString first;
    for (const EntityRule &r : entities) {
        if (r.target != EntityTarget::Place)
            continue;
        if (r.placeKind == kind)
            return r.bratType;
        if (first.isEmpty())
            first = r.bratType;
    }
    return first;
}

QString BratMapping::bratTypeFor(RelationType type) const
{
    for (const RelationRule &r : relations) {
        if (r.type == type)
            return r.bratType;
    }
    return {};
}

QString BratMapping::bratEventTypeFor(const QString &eventType) const
{
    for (const EventRule &r : events) {
        if (r.eventType == eventType)
            return r.bratType;
    }
    return {};
}

std::optional<BratMapping> BratMapping::parse(const QByteArray &text, const QString &fileName,
                                              QString *error)
{
    struct Entry
    {
        int line;
        QString section;
        QString key;
        QString value;
    };
    QVector<Entry> entries;
    const auto fail = [&](int line, const QString &message) -> std::optional<BratMapping> {
        if (error)
            *error = fileName + u':' + QString::number(line) + u": " + message;
        return std::nullopt;
    };

    const QStringList lines = QString::fromUtf8(text).split(u'\n');
    QString section;
    bool replaceDefaults = false;
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(u'#') || line.startsWith(u';'))
            continue;
        // A comment may follow a rule after a space: "Weapon = ignore   # not actors".
        static const QRegularExpression trailingComment(QStringLiteral("\\s+[#;].*$"));
        line.remove(trailingComment);
        if (line.startsWith(u'[')) {
            if (!line.endsWith(u']'))
                return fail(i + 1, tr("expected a section name in brackets, e.g. [entities]"));
            section = line.mid(1, line.size() - 2).trimmed().toLower();
            if (section != u"entities" && section != u"relations" && section != u"events" &&
                section != u"options")
                return fail(i + 1, tr("unknown section [%1] (expected [entities], [relations], "
                                      "[events] or [options])")
                                       .arg(section));
            continue;
        }
        const qsizetype eq = line.indexOf(u'=');
        if (eq < 0)
            return fail(i + 1, tr("expected \"name = value\""));
        if (section.isEmpty())
            return fail(i + 1, tr("expected a section such as [entities] before the first rule"));
        Entry e{i + 1, section, line.left(eq).trimmed(), line.mid(eq + 1).trimmed()};
        if (section != u"options" && !isBratTypeName(e.key))
            return fail(i + 1, tr("\"%1\" is not a brat type name (no spaces, '=', ':' or "
                                  "brackets)")
                                   .arg(e.key));
        if (section == u"options" && e.key == u"defaults") {
            if (e.value != u"none" && e.value != u"keep")
                return fail(i + 1, tr("expected \"defaults = keep\" or \"defaults = none\""));
            replaceDefaults = e.value == u"none";
            continue;
        }
        entries.push_back(e);
    }

    BratMapping m = replaceDefaults ? BratMapping{} : defaults();
    for (const Entry &e : entries) {
        if (e.section == u"entities") {
            const auto rule = BratMapping::entityRuleFrom(e.key, e.value);
            if (!rule)
                return fail(e.line, tr("\"%1\" is not an entity target (expected an actor kind "
                                       "such as %2, \"place\", \"place:<kind>\" with kind one "
                                       "of %3, \"date\" or \"ignore\")")
                                        .arg(e.value, actorKindNames().join(u", "),
                                             placeKindNames().join(u", ")));
            m.setEntity(*rule);
        } else if (e.section == u"relations") {
            if (e.value == u"ignore") {
                m.setRelation({e.key, std::nullopt});
                continue;
            }
            const auto type = relationTypeFromString(e.value);
            if (!type)
                return fail(e.line, tr("\"%1\" is not a relation type (expected one of %2 or "
                                       "\"ignore\")")
                                        .arg(e.value, relationTypeNames().join(u", ")));
            m.setRelation({e.key, *type});
        } else if (e.section == u"events") {
            if (e.value.isEmpty() || e.value.contains(u' '))
                return fail(e.line, tr("expected an event type word such as \"clash\", or "
                                       "\"ignore\""));
            m.setEvent({e.key, e.value == u"ignore" ? QString() : e.value});
        } else if (e.key == u"document_date") {
            const auto date = FuzzyDate::parse(e.value);
            if (!date)
                return fail(e.line, tr("\"%1\" is not a date (expected YYYY, YYYY-MM or "
                                       "YYYY-MM-DD)")
                                        .arg(e.value));
            m.documentDate = *date;
        } else if (e.key == u"speculation_confidence") {
            bool ok = false;
            const double c = e.value.toDouble(&ok);
            if (!ok || c < 0 || c > 1)
                return fail(e.line, tr("expected a confidence between 0 and 1"));
            m.speculationConfidence = c;
        } else {
            return fail(e.line, tr("unknown option \"%1\" (expected document_date, "
                                   "speculation_confidence or defaults)")
                                    .arg(e.key));
        }
    }
    return m;
}

std::optional<BratMapping> BratMapping::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("%1: cannot be read (%2).").arg(path, file.errorString());
        return std::nullopt;
    }
    auto m = parse(file.readAll(), path, error);
    if (m)
        spdlog::info("brat mapping {}: {} entity, {} relation, {} event rules", path.toStdString(),
                     m->entities.size(), m->relations.size(), m->events.size());
    return m;
}

QByteArray BratMapping::toText() const
{
    QString out = QStringLiteral("# Entente brat mapping (docs/formats/brat.md)\n"
                                 "[options]\ndefaults = none\n");
    if (documentDate)
        out += u"document_date = " + documentDate->toString() + u'\n';
    out += u"speculation_confidence = " + QString::number(speculationConfidence) + u'\n';
    out += u"\n[entities]\n";
    for (const EntityRule &r : entities)
        out += r.bratType + u" = " + entityRuleValue(r) + u'\n';
    out += u"\n[relations]\n";
    for (const RelationRule &r : relations)
        out +=
            r.bratType + u" = " + (r.type ? toString(*r.type) : QStringLiteral("ignore")) + u'\n';
    out += u"\n[events]\n";
    for (const EventRule &r : events)
        out += r.bratType + u" = " +
               (r.eventType.isEmpty() ? QStringLiteral("ignore") : r.eventType) + u'\n';
    return out.toUtf8();
}

bool BratMapping::save(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toText()) < 0 || !file.commit()) {
        if (error)
            *error = tr("%1: cannot be written (%2).").arg(path, file.errorString());
        return false;
    }
    return true;
}

std::optional<BratMapping::EntityRule> BratMapping::entityRuleFrom(const QString &type, const QString &value)
{
    BratMapping::EntityRule rule;
    rule.bratType = type;
    if (value == u"ignore") {
        rule.target = BratMapping::EntityTarget::Ignore;
        return rule;
    }
    if (value == u"date") {
        rule.target = BratMapping::EntityTarget::Date;
        return rule;
    }
    if (value == u"place" || value.startsWith(u"place:")) {
        rule.target = BratMapping::EntityTarget::Place;
        if (value.size() > 5) {
            const auto kind = placeKindFromString(value.mid(6));
            if (!kind)
                return std::nullopt;
            rule.placeKind = *kind;
        }
        return rule;
    }
    const auto kind = actorKindFromString(value);
    if (!kind)
        return std::nullopt;
    rule.target = BratMapping::EntityTarget::Actor;
    rule.actorKind = *kind;
    return rule;
}

} // namespace entente
