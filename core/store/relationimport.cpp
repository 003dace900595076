#include "relationimport.h"

namespace entente {

namespace {

constexpr int kChunk = 64;

using Status = ImportSession::Status;

QString numberText(std::optional<double> value)
{
    return value ? QString::number(*value, 'g', 12) : QString();
}

} // namespace

RelationImport::RelationImport(sql::Database &db, ImportSession &session)
    : m_db(db), m_session(session),
      m_relations(db,
                  "INSERT OR ROLLBACK INTO relations(id, source_pk, target_pk, type, sign, aspect, "
                  "valid, basis, reported, first_day, last_day, via_pk, claimed_by_pk, "
                  "confidence, evidence_count) VALUES ",
                  "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", " ON CONFLICT(id) DO NOTHING",
                  kChunk)
{
}

void RelationImport::run(const QVector<FileToImport> &files)
{
    m_nextPk = m_db.scalar("SELECT max(pk) FROM relations") + 1;
    std::vector<Item> chunk;
    chunk.reserve(kChunk);
    for (const FileToImport &f : files) {
        for (const Relation &r : f.corpus.relations) {
            chunk.push_back(Item{&r, &f.file});
            if (chunk.size() == size_t(kChunk)) {
                importChunk(chunk);
                chunk.clear();
            }
        }
    }
    if (!chunk.empty())
        importChunk(chunk);
}

void RelationImport::importChunk(const std::vector<Item> &chunk)
{
    const EntityKind kind = EntityKind::Relation;
    // Try to insert every relation; those whose id is already stored are skipped.
    const qint64 firstPk = m_nextPk;
    std::vector<ImportSession::Validity> validities(chunk.size());
    const qsizetype inserted =
        m_relations.insert(qsizetype(chunk.size()), [&](sql::Statement &s, int p, qsizetype i) {
            const Relation &r = *chunk[size_t(i)].relation;
            m_session.setFile(*chunk[size_t(i)].file);
            ImportSession::Validity &validity = validities[size_t(i)];
            validity = m_session.validityOf(r.valid, r.evidence);
            const DaySpan envelope = validity.envelope();
            s.bind(p, r.id);
            s.bind(p + 1, m_session.actorPk(r.sourceId, kind, r.id));
            s.bind(p + 2, m_session.actorPk(r.targetId, kind, r.id));
            s.bind(p + 3, toString(r.type));
            s.bind(p + 4, relationSign(r.type));
            s.bindOptional(p + 5, r.aspect);
            s.bindOptional(p + 6, validity.validText);
            s.bind(p + 7, ImportSession::validityKey(validity.basis));
            s.bindOptional(p + 8, validity.reportedDates.join(u';'));
            s.bind(p + 9, envelope.first);
            s.bind(p + 10, envelope.last);
            s.bindOptional(p + 11, m_session.optionalActorPk(r.viaId, kind, r.id));
            s.bindOptional(p + 12, m_session.optionalActorPk(r.claimedById, kind, r.id));
            s.bindOptional(p + 13, r.confidence);
            s.bind(p + 14, ImportSession::distinctSpans(r.evidence));
        });
    m_nextPk += inserted;
    m_session.report().rowsWritten += inserted;
    std::vector<const QString *> ids;
    ids.reserve(chunk.size());
    for (const Item &item : chunk)
        ids.push_back(&item.relation->id);
    const std::vector<qint64> keys = m_session.insertedKeys(kind, ids, firstPk, inserted);

    // The new relations' periods and evidence, batched across the chunk; the rest (stored before,
    // or repeated within the chunk) merge afterwards, in order.
    std::vector<ImportSession::OwnedEvidence> evidence;
    std::vector<std::pair<qint64, const ImportSession::Validity *>> periods;
    std::vector<const Item *> merges;
    for (size_t i = 0; i < chunk.size(); ++i) {
        const Item &item = chunk[i];
        const qint64 pk = keys[i];
        if (pk == 0) {
            merges.push_back(&item);
            continue;
        }
        m_session.setStatus(kind, pk, Status::Added);
        periods.emplace_back(pk, &validities[i]);
        for (const Evidence &e : item.relation->evidence)
            evidence.push_back({pk, &item.relation->id, item.file, &e});
    }
    m_session.insertPeriods(periods);
    m_session.insertEvidence(kind, evidence);
    for (const Item *item : merges) {
        m_session.setFile(*item->file);
        merge(*item->relation);
    }
}

void RelationImport::merge(const Relation &relation)
{
    const EntityKind kind = EntityKind::Relation;
    const QString &id = relation.id;
    auto q = m_db.query("SELECT r.pk, s.id, t.id, r.type, r.aspect, r.valid, v.id, c.id, "
                        "r.confidence FROM relations r "
                        "JOIN actors s ON s.pk = r.source_pk JOIN actors t ON t.pk = r.target_pk "
                        "LEFT JOIN actors v ON v.pk = r.via_pk "
                        "LEFT JOIN actors c ON c.pk = r.claimed_by_pk WHERE r.id = ?");
    q->bind(1, id);
    if (!q->step())
        return; // cannot happen: the chunk's insert met this id
    const qint64 pk = q->int64(0);
    QString source = q->text(1);
    QString target = q->text(2);
    QString type = q->text(3);
    QString aspect = q->text(4);
    QString valid = q->text(5);
    QString via = q->text(6);
    QString claimedBy = q->text(7);
    std::optional<double> confidence = q->optionalReal(8);
    q->reset();

    bool changed = m_session.merge(kind, id, "source", source, relation.sourceId);
    changed |= m_session.merge(kind, id, "target", target, relation.targetId);
    changed |= m_session.merge(kind, id, "type", type, toString(relation.type));
    changed |= m_session.merge(kind, id, "aspect", aspect, relation.aspect);
    const bool validChanged =
        m_session.merge(kind, id, "valid", valid,
                        relation.valid ? ImportSession::spanText(*relation.valid) : QString());
    changed |= validChanged;
    changed |= m_session.merge(kind, id, "via", via, relation.viaId);
    changed |= m_session.merge(kind, id, "claimed_by", claimedBy, relation.claimedById);
    if (relation.confidence && relation.confidence != confidence) {
        m_session.change(kind, id, QStringLiteral("confidence"), numberText(confidence),
                         numberText(relation.confidence));
        confidence = relation.confidence;
        changed = true;
    }
    if (changed) {
        const RelationType relationType = relationTypeFromString(type).value_or(relation.type);
        auto update = m_db.query("UPDATE relations SET source_pk = ?, target_pk = ?, type = ?, "
                                 "sign = ?, aspect = ?, valid = ?, via_pk = ?, "
                                 "claimed_by_pk = ?, confidence = ? WHERE pk = ?");
        update->bind(1, m_session.actorPk(source, kind, id));
        update->bind(2, m_session.actorPk(target, kind, id));
        update->bind(3, type);
        update->bind(4, relationSign(relationType));
        update->bindOptional(5, aspect);
        update->bindOptional(6, valid);
        update->bindOptional(7, m_session.optionalActorPk(via, kind, id));
        update->bindOptional(8, m_session.optionalActorPk(claimedBy, kind, id));
        update->bindOptional(9, confidence);
        update->bind(10, pk);
        m_session.write(update);
    }
    const bool evidenceAdded = m_session.addEvidence(kind, pk, id, relation.evidence) > 0;
    if (validChanged || evidenceAdded)
        m_session.markDirty(pk);
    m_session.setStatus(kind, pk, changed || evidenceAdded ? Status::Updated : Status::Unchanged);
}

} // namespace entente
