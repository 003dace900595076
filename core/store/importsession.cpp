#include "importsession.h"

#include "schema.h"
#include "sqlite.h"

#include <QCoreApplication>

#include <algorithm>
#include <map>
#include <set>
#include <tuple>
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

QString ImportSession::dateText(const FuzzyDate &date)
{
    if (!date.isValid())
        return {};
    char16_t buffer[10];
    int n = 0;
    const auto put = [&](int value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            buffer[n + i] = char16_t(u'0' + value % 10);
        n += digits;
    };
    put(date.year(), 4);
    if (date.month()) {
        buffer[n++] = u'-';
        put(date.month(), 2);
        if (date.day()) {
            buffer[n++] = u'-';
            put(date.day(), 2);
        }
    }
    return QString(reinterpret_cast<const QChar *>(buffer), n);
}

QString ImportSession::spanText(const TimeSpan &span)
{
    if (!span.isValid())
        return {};
    if (!span.isInterval())
        return dateText(*span.start());
    const QString open = QStringLiteral("..");
    return (span.start() ? dateText(*span.start()) : open) + u'/' +
           (span.end() ? dateText(*span.end()) : open);
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

ImportSession::ImportSession(sql::Database &db)
    : m_db(db),
      m_eventEvidence(std::make_unique<sql::BatchInsert>(
          db,
          "INSERT OR ROLLBACK INTO event_evidence(event_pk, article_pk, span_start, span_end, "
          "quote) VALUES ",
          "(?, ?, ?, ?, ?)", " ON CONFLICT DO NOTHING")),
      m_relationEvidence(std::make_unique<sql::BatchInsert>(
          db,
          "INSERT OR ROLLBACK INTO relation_evidence(relation_pk, article_pk, span_start, "
          "span_end, quote) "
          "VALUES ",
          "(?, ?, ?, ?, ?)", " ON CONFLICT DO NOTHING")),
      m_periods(std::make_unique<sql::BatchInsert>(
          db,
          "INSERT OR ROLLBACK INTO relation_periods(span_class, first_day, last_day, "
          "relation_pk) VALUES ",
          "(?, ?, ?, ?)"))
{
}

ImportSession::~ImportSession() = default;

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
    if (!q->isNull(1)) {
        ref.publishedText = q->text(1);
        ref.published = FuzzyDate::parse(ref.publishedText);
    }
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

void ImportSession::begin()
{
    const char *const maxPk[kEntityKindCount] = {
        "SELECT max(pk) FROM articles", "SELECT max(pk) FROM actors", "SELECT max(pk) FROM places",
        "SELECT max(pk) FROM events", "SELECT max(pk) FROM relations"};
    for (int k = 0; k < kEntityKindCount; ++k)
        m_firstNewPk[size_t(k)] = m_db.scalar(maxPk[k]) + 1;
}

void ImportSession::setStatus(EntityKind kind, qint64 pk, Status status)
{
    const auto k = size_t(kind);
    if (pk >= m_firstNewPk[k]) {
        if (status == Status::Added)
            ++m_added[k];
        return;
    }
    auto &statuses = m_status[k];
    const auto it = statuses.find(pk);
    if (it == statuses.end())
        statuses.insert(pk, status);
    else if (*it == Status::Unchanged && status == Status::Updated)
        *it = Status::Updated;
}

bool ImportSession::wasAdded(EntityKind kind, qint64 pk) const
{
    return pk >= m_firstNewPk[size_t(kind)];
}

void ImportSession::write(sql::Query &query)
{
    query->run();
    m_report.rowsWritten += m_db.changes();
}

qsizetype ImportSession::insertEvidence(EntityKind owner, const std::vector<OwnedEvidence> &rows)
{
    sql::BatchInsert &insert = owner == EntityKind::Event ? *m_eventEvidence : *m_relationEvidence;
    const qsizetype added =
        insert.insert(qsizetype(rows.size()), [&](sql::Statement &s, int p, qsizetype i) {
            const OwnedEvidence &row = rows[size_t(i)];
            const Evidence &e = *row.evidence;
            if (row.file)
                m_file = *row.file;
            ArticleRef &article = articleRef(e.articleId, owner, *row.ownerId);
            s.bind(p, row.ownerPk);
            s.bind(p + 1, article.pk);
            s.bind(p + 2, e.span.start);
            s.bind(p + 3, e.span.end);
            s.bind(p + 4, quoteOf(article, e.span, e.articleId));
        });
    m_report.rowsWritten += added;
    return added;
}

std::vector<qint64> ImportSession::insertedKeys(EntityKind kind,
                                                const std::vector<const QString *> &ids,
                                                qint64 firstPk, qsizetype inserted)
{
    std::vector<qint64> keys(ids.size(), 0);
    if (inserted == 0)
        return keys;
    if (size_t(inserted) == ids.size() && m_db.lastInsertRowId() == firstPk + inserted - 1) {
        for (size_t i = 0; i < keys.size(); ++i)
            keys[i] = firstPk + qint64(i);
        return keys;
    }
    auto q = m_db.query(kind == EntityKind::Event ? "SELECT pk FROM events WHERE id = ?"
                                                  : "SELECT pk FROM relations WHERE id = ?");
    QSet<qint64> claimed;
    for (size_t i = 0; i < ids.size(); ++i) {
        q->bind(1, *ids[i]);
        if (q->step()) {
            const qint64 pk = q->int64(0);
            if (pk >= firstPk && !claimed.contains(pk)) {
                keys[i] = pk;
                claimed.insert(pk);
            }
        }
        q->reset();
    }
    return keys;
}

int ImportSession::distinctSpans(const QVector<Evidence> &evidence)
{
    if (evidence.size() < 2)
        return int(evidence.size());
    std::set<std::tuple<QString, qint64, qint64>> spans;
    for (const Evidence &e : evidence)
        spans.emplace(e.articleId, e.span.start, e.span.end);
    return int(spans.size());
}

int ImportSession::addEvidence(EntityKind owner, qint64 ownerPk, const QString &ownerId,
                               const QVector<Evidence> &evidence)
{
    if (evidence.isEmpty())
        return 0;
    std::vector<OwnedEvidence> rows;
    rows.reserve(size_t(evidence.size()));
    for (const Evidence &e : evidence)
        rows.push_back(OwnedEvidence{ownerPk, &ownerId, nullptr, &e});
    const auto added = int(insertEvidence(owner, rows));
    if (added == 0)
        return 0;
    const bool isEvent = owner == EntityKind::Event;
    auto count =
        m_db.query(isEvent ? "SELECT count(*) FROM event_evidence WHERE event_pk = ?"
                           : "SELECT count(*) FROM relation_evidence WHERE relation_pk = ?");
    count->bind(1, ownerPk);
    const int total = count->step() ? int(count->int64(0)) : added;
    count->reset();
    auto update = m_db.query(isEvent ? "UPDATE events SET evidence_count = ? WHERE pk = ?"
                                     : "UPDATE relations SET evidence_count = ? WHERE pk = ?");
    update->bind(1, total);
    update->bind(2, ownerPk);
    write(update);
    // An entity this import added is reported as added, not as changed.
    if (!wasAdded(owner, ownerPk)) {
        change(owner, ownerId, QStringLiteral("evidence"),
               QCoreApplication::translate("Entente::ProjectImport", "%n span(s)", nullptr,
                                           total - added),
               QCoreApplication::translate("Entente::ProjectImport", "%n span(s)", nullptr, total));
    }
    return added;
}

ImportSession::Validity ImportSession::validityOf(const std::optional<TimeSpan> &valid,
                                                  const QVector<Evidence> &evidence)
{
    if (valid && valid->isValid()) {
        Validity v;
        v.basis = RelationValidity::Explicit;
        v.validText = spanText(*valid);
        v.periods = {DaySpan{valid->firstDay(), valid->lastDay()}};
        return v;
    }
    // One period per distinct publication date of the articles cited.
    DatesByDays dates;
    for (const Evidence &e : evidence) {
        const ArticleRef &article = articleRef(e.articleId, EntityKind::Relation, QString());
        if (const auto &d = article.published)
            dates.emplace(std::pair(d->firstDay(), d->lastDay()), article.publishedText);
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
    auto q = m_db.query("SELECT DISTINCT a.published FROM relation_evidence x "
                        "JOIN articles a ON a.pk = x.article_pk "
                        "WHERE x.relation_pk = ? AND a.published IS NOT NULL");
    q->bind(1, relationPk);
    while (q->step()) {
        if (const auto d = FuzzyDate::parse(q->text(0)))
            dates.emplace(std::pair(d->firstDay(), d->lastDay()), dateText(*d));
    }
    return reportedValidity(dates);
}

void ImportSession::insertPeriods(const std::vector<std::pair<qint64, const Validity *>> &relations)
{
    static const QVector<DaySpan> allTime = {DaySpan{}};
    struct Row
    {
        qint64 relationPk;
        DaySpan days;
    };
    std::vector<Row> rows;
    rows.reserve(relations.size());
    for (const auto &[pk, validity] : relations) {
        for (const DaySpan &days : validity->periods.isEmpty() ? allTime : validity->periods)
            rows.push_back(Row{pk, days});
    }
    m_report.rowsWritten +=
        m_periods->insert(qsizetype(rows.size()), [&](sql::Statement &s, int p, qsizetype i) {
            const Row &row = rows[size_t(i)];
            s.bind(p, Schema::spanClass(row.days.first, row.days.last));
            s.bind(p + 1, row.days.first);
            s.bind(p + 2, row.days.last);
            s.bind(p + 3, row.relationPk);
        });
}

void ImportSession::updateDirtyRelations()
{
    if (m_dirtyRelations.isEmpty())
        return;
    // One pass over the periods for all of them (the table is keyed by time, not by
    // relation: this is the rare path).
    QStringList keys;
    for (const qint64 pk : std::as_const(m_dirtyRelations))
        keys.append(QString::number(pk));
    auto remove = m_db.query("DELETE FROM relation_periods "
                             "WHERE relation_pk IN (SELECT value FROM json_each(?))");
    remove->bind(1, u'[' + keys.join(u',') + u']');
    write(remove);

    std::vector<qint64> pks(m_dirtyRelations.cbegin(), m_dirtyRelations.cend());
    std::vector<Validity> validities;
    validities.reserve(pks.size());
    auto update = m_db.query("UPDATE relations SET basis = ?, reported = ?, first_day = ?, "
                             "last_day = ? WHERE pk = ?");
    for (const qint64 pk : pks) {
        validities.push_back(storedValidity(pk));
        const Validity &validity = validities.back();
        const DaySpan envelope = validity.envelope();
        update->bind(1, validityKey(validity.basis));
        update->bindOptional(2, validity.reportedDates.join(u';'));
        update->bind(3, envelope.first);
        update->bind(4, envelope.last);
        update->bind(5, pk);
        write(update);
    }
    std::vector<std::pair<qint64, const Validity *>> periods;
    for (size_t i = 0; i < pks.size(); ++i)
        periods.emplace_back(pks[i], &validities[i]);
    insertPeriods(periods);
    m_dirtyRelations.clear();
}

void ImportSession::countStatuses()
{
    for (int k = 0; k < kEntityKindCount; ++k) {
        ImportCounts &counts = m_report.counts[size_t(k)];
        counts = {};
        counts.added = m_added[size_t(k)];
        for (const Status status : std::as_const(m_status[size_t(k)])) {
            if (status == Status::Updated)
                ++counts.updated;
            else
                ++counts.unchanged;
        }
    }
}

} // namespace entente
