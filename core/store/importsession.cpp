#include "importsession.h"

#include "schema.h"
#include "sqlite.h"

#include <QCoreApplication>

#include <algorithm>
#include <map>
#include <utility>

namespace entente {

namespace {

QString kindName(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Article:
        return QCoreApplication::translate("Entente::ProjectImport", "article");
    case EntityKind::Actor:
        return QCoreApplication::translate("Entente::ProjectImport", "actor");
    case EntityKind::Place:
        return QCoreApplication::translate("Entente::ProjectImport", "place");
    case EntityKind::Event:
        return QCoreApplication::translate("Entente::ProjectImport", "event");
    case EntityKind::Relation:
        return QCoreApplication::translate("Entente::ProjectImport", "relation");
    }
    return {};
}

} // namespace

QString ImportSession::validityKey(RelationValidity basis)
{
    switch (basis) {
    case RelationValidity::Explicit:
        return QStringLiteral("explicit");
    case RelationValidity::AsReported:
        return QStringLiteral("reported");
    case RelationValidity::Undated:
        break;
    }
    return QStringLiteral("undated");
}

namespace {

// The text of [start, end) counted in Unicode code points; nullopt when outside.
std::optional<QString> codePointSlice(const QString &text, qint64 start, qint64 end)
{
    if (start < 0 || end < start)
        return std::nullopt;
    qsizetype unit = 0;
    qsizetype from = 0;
    for (qint64 point = 0;; ++point) {
        if (point == start)
            from = unit;
        if (point == end)
            break;
        if (unit >= text.size())
            return std::nullopt;
        const bool pair = text.at(unit).isHighSurrogate() && unit + 1 < text.size() &&
                          text.at(unit + 1).isLowSurrogate();
        unit += pair ? 2 : 1;
    }
    return text.mid(from, unit - from);
}

using DatesByDays = std::map<std::pair<qint64, qint64>, QString>;

ImportSession::Validity reportedValidity(const DatesByDays &dates)
{
    ImportSession::Validity v;
    if (dates.empty())
        return v; // undated
    v.basis = RelationValidity::AsReported;
    for (const auto &[days, text] : dates) {
        v.periods.append(DaySpan{days.first, days.second});
        v.reportedDates.append(text);
    }
    return v;
}

} // namespace

DaySpan ImportSession::Validity::envelope() const
{
    if (periods.isEmpty())
        return DaySpan{}; // undated: all time
    qint64 last = periods.front().last;
    for (const DaySpan &p : periods)
        last = std::max(last, p.last);
    return DaySpan{periods.front().first, last};
}

ImportSession::ImportSession(sql::Database &db) : m_db(db) {}

qint64 ImportSession::placePk(const QString &id, EntityKind owner, const QString &ownerId)
{
    if (const auto it = m_places.constFind(id); it != m_places.constEnd())
        return *it;
    auto q = m_db.query("SELECT pk FROM places WHERE id = ?");
    q->bind(1, id);
    if (!q->step()) {
        throw ImportError{QCoreApplication::translate(
                              "Entente::ProjectImport",
                              "%1: the %2 \"%3\" refers to the place \"%4\", which is neither "
                              "in the imported files nor in the project.")
                              .arg(m_file, kindName(owner), ownerId, id)};
    }
    const qint64 pk = q->int64(0);
    m_places.insert(id, pk);
    return pk;
}

qint64 ImportSession::actorPk(const QString &id, EntityKind owner, const QString &ownerId)
{
    if (const auto it = m_actors.constFind(id); it != m_actors.constEnd())
        return *it;
    auto q = m_db.query("SELECT pk FROM actors WHERE id = ?");
    q->bind(1, id);
    if (!q->step()) {
        throw ImportError{QCoreApplication::translate(
                              "Entente::ProjectImport",
                              "%1: the %2 \"%3\" refers to the actor \"%4\", which is neither "
                              "in the imported files nor in the project.")
                              .arg(m_file, kindName(owner), ownerId, id)};
    }
    const qint64 pk = q->int64(0);
    m_actors.insert(id, pk);
    return pk;
}

std::optional<qint64> ImportSession::optionalActorPk(const QString &id, EntityKind owner,
                                                     const QString &ownerId)
{
    return id.isEmpty() ? std::nullopt : std::optional<qint64>(actorPk(id, owner, ownerId));
}

std::optional<qint64> ImportSession::optionalPlacePk(const QString &id, EntityKind owner,
                                                     const QString &ownerId)
{
    return id.isEmpty() ? std::nullopt : std::optional<qint64>(placePk(id, owner, ownerId));
}

ImportSession::ArticleRef &ImportSession::articleRef(const QString &id, EntityKind owner,
                                                     const QString &ownerId)
{
    if (const auto it = m_articles.find(id); it != m_articles.end())
        return *it;
    auto q = m_db.query("SELECT pk, published FROM articles WHERE id = ?");
    q->bind(1, id);
    if (!q->step()) {
        throw ImportError{QCoreApplication::translate(
                              "Entente::ProjectImport",
                              "%1: the %2 \"%3\" cites the article \"%4\", which is neither in "
                              "the imported files nor in the project.")
                              .arg(m_file, kindName(owner), ownerId, id)};
    }
    ArticleRef ref;
    ref.pk = q->int64(0);
    if (!q->isNull(1))
        ref.published = FuzzyDate::parse(q->text(1));
    return *m_articles.insert(id, ref);
}

QString ImportSession::quoteOf(ArticleRef &article, const TextSpan &span, const QString &articleId)
{
    if (!span.quote.isEmpty())
        return span.quote;
    // A span without its quote (built in code rather than read from a file).
    if (article.text.isNull()) {
        auto q = m_db.query("SELECT text FROM articles WHERE pk = ?");
        q->bind(1, article.pk);
        if (q->step())
            article.text = q->text(0);
    }
    const std::optional<QString> quote = codePointSlice(article.text, span.start, span.end);
    if (!quote) {
        throw ImportError{
            QCoreApplication::translate("Entente::ProjectImport",
                                        "%1: the span %2-%3 lies outside the text of the "
                                        "article \"%4\".")
                .arg(m_file)
                .arg(span.start)
                .arg(span.end)
                .arg(articleId)};
    }
    return *quote;
}

bool ImportSession::merge(EntityKind kind, const QString &id, const char *field, QString &stored,
                          const QString &incoming)
{
    if (incoming.isEmpty() || incoming == stored)
        return false;
    change(kind, id, QString::fromLatin1(field), stored, incoming);
    stored = incoming;
    return true;
}

void ImportSession::change(EntityKind kind, const QString &id, const QString &field,
                           const QString &oldValue, const QString &newValue)
{
    m_report.changes.append(ImportChange{kind, id, field, oldValue, newValue});
}

void ImportSession::setStatus(EntityKind kind, qint64 pk, Status status)
{
    auto &statuses = m_status[size_t(kind)];
    const auto it = statuses.find(pk);
    if (it == statuses.end())
        statuses.insert(pk, status);
    else if (*it == Status::Unchanged && status == Status::Updated)
        *it = Status::Updated;
}

bool ImportSession::wasAdded(EntityKind kind, qint64 pk) const
{
    return m_status[size_t(kind)].value(pk, Status::Unchanged) == Status::Added;
}

void ImportSession::write(sql::Query &query)
{
    query->run();
    m_report.rowsWritten += m_db.changes();
}

int ImportSession::addEvidence(EntityKind owner, qint64 ownerPk, const QString &ownerId,
                               const QVector<Evidence> &evidence)
{
    if (evidence.isEmpty())
        return 0;
    const bool isEvent = owner == EntityKind::Event;
    // The partial unique indexes on (owner, article, start, end) drop repeated spans.
    auto insert = m_db.query(isEvent ? "INSERT INTO evidence(event_pk, article_pk, span_start, "
                                       "span_end, quote) VALUES (?, ?, ?, ?, ?) "
                                       "ON CONFLICT DO NOTHING"
                                     : "INSERT INTO evidence(relation_pk, article_pk, span_start, "
                                       "span_end, quote) VALUES (?, ?, ?, ?, ?) "
                                       "ON CONFLICT DO NOTHING");
    int added = 0;
    for (const Evidence &e : evidence) {
        ArticleRef &article = articleRef(e.articleId, owner, ownerId);
        insert->bind(1, ownerPk);
        insert->bind(2, article.pk);
        insert->bind(3, e.span.start);
        insert->bind(4, e.span.end);
        insert->bind(5, quoteOf(article, e.span, e.articleId));
        write(insert);
        added += m_db.changes();
    }
    if (added > 0 && !wasAdded(owner, ownerPk)) {
        auto count = m_db.query(isEvent ? "SELECT count(*) FROM evidence WHERE event_pk = ?"
                                        : "SELECT count(*) FROM evidence WHERE relation_pk = ?");
        count->bind(1, ownerPk);
        const int total = count->step() ? int(count->int64(0)) : added;
        change(owner, ownerId, QStringLiteral("evidence"),
               QCoreApplication::translate("Entente::ProjectImport", "%n span(s)", nullptr,
                                           total - added),
               QCoreApplication::translate("Entente::ProjectImport", "%n span(s)", nullptr,
                                           total));
    }
    return added;
}

ImportSession::Validity ImportSession::validityOf(const std::optional<TimeSpan> &valid,
                                                  const QVector<Evidence> &evidence)
{
    if (valid && valid->isValid()) {
        Validity v;
        v.basis = RelationValidity::Explicit;
        v.validText = valid->toString();
        v.periods = {DaySpan{valid->firstDay(), valid->lastDay()}};
        return v;
    }
    // One period per distinct publication date of the articles cited.
    DatesByDays dates;
    for (const Evidence &e : evidence) {
        const ArticleRef &article = articleRef(e.articleId, EntityKind::Relation, QString());
        if (const auto &d = article.published)
            dates.emplace(std::pair(d->firstDay(), d->lastDay()), d->toString());
    }
    return reportedValidity(dates);
}

ImportSession::Validity ImportSession::storedValidity(qint64 relationPk)
{
    {
        auto q = m_db.query("SELECT valid FROM relations WHERE pk = ?");
        q->bind(1, relationPk);
        if (q->step() && !q->isNull(0)) {
            const auto valid = TimeSpan::parse(q->text(0));
            q->reset();
            if (valid && valid->isValid())
                return validityOf(valid, {});
        }
    }
    DatesByDays dates;
    auto q = m_db.query("SELECT DISTINCT a.published FROM evidence x "
                        "JOIN articles a ON a.pk = x.article_pk "
                        "WHERE x.relation_pk = ? AND a.published IS NOT NULL");
    q->bind(1, relationPk);
    while (q->step()) {
        if (const auto d = FuzzyDate::parse(q->text(0)))
            dates.emplace(std::pair(d->firstDay(), d->lastDay()), d->toString());
    }
    return reportedValidity(dates);
}

void ImportSession::insertValidity(qint64 relationPk, const Validity &validity)
{
    writeValidity(relationPk, validity, false);
}

void ImportSession::writeValidity(qint64 relationPk, const Validity &validity, bool replace)
{
    // An undated relation gets one period spanning all time, so that every window
    // query finds it.
    const QVector<DaySpan> periods =
        validity.periods.isEmpty() ? QVector<DaySpan>{DaySpan{}} : validity.periods;
    if (periods.size() >= (qsizetype(1) << Schema::kPeriodShift)) {
        throw ImportError{QCoreApplication::translate(
            "Entente::ProjectImport", "A relation is reported at too many different dates.")};
    }
    const qint64 base = relationPk << Schema::kPeriodShift;
    if (replace) {
        const DaySpan envelope = validity.envelope();
        auto update = m_db.query("UPDATE relations SET basis = ?, reported = ?, first_day = ?, "
                                 "last_day = ? WHERE pk = ?");
        update->bind(1, validityKey(validity.basis));
        update->bindOptional(2, validity.reportedDates.join(u';'));
        update->bind(3, envelope.first);
        update->bind(4, envelope.last);
        update->bind(5, relationPk);
        write(update);
        // A relation's periods have consecutive ids from `base`.
        auto remove = m_db.query("DELETE FROM relation_days WHERE id = ?");
        for (qint64 n = 0;; ++n) {
            remove->bind(1, base + n);
            write(remove);
            if (m_db.changes() == 0)
                break;
        }
    }
    auto insert = m_db.query("INSERT INTO relation_days(id, first_day, last_day) VALUES (?, ?, ?)");
    for (qsizetype n = 0; n < periods.size(); ++n) {
        insert->bind(1, base + n);
        insert->bind(2, periods.at(n).first);
        insert->bind(3, periods.at(n).last);
        write(insert);
    }
}

void ImportSession::updateDirtyRelations()
{
    for (const qint64 pk : std::as_const(m_dirtyRelations))
        writeValidity(pk, storedValidity(pk), true);
    m_dirtyRelations.clear();
}

void ImportSession::countStatuses()
{
    for (int k = 0; k < kEntityKindCount; ++k) {
        ImportCounts &counts = m_report.counts[size_t(k)];
        counts = {};
        for (const Status status : std::as_const(m_status[size_t(k)])) {
            if (status == Status::Added)
                ++counts.added;
            else if (status == Status::Updated)
                ++counts.updated;
            else
                ++counts.unchanged;
        }
    }
}

} // namespace entente
