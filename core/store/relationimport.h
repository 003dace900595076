#pragma once

#include "store/importsession.h"
#include "store/sqlite.h"

#include <vector>

namespace entente {

// Merges the relations of an import (see ProjectImport for the rules). New relations
// go in chunks: one multi-row INSERT per chunk, with their validity
// (explicit, as reported or undated) computed on the way, then their evidence batched
// across the chunk; relations already in the project are merged one by one.
class RelationImport final
{
public:
    RelationImport(sql::Database &db, ImportSession &session);
    void run(const QVector<FileToImport> &files);

private:
    struct Item
    {
        const Relation *relation = nullptr;
        const QString *file = nullptr;
    };
    void importChunk(const std::vector<Item> &chunk);
    void merge(const Relation &relation);

    sql::Database &m_db;
    ImportSession &m_session;
    sql::BatchInsert m_relations;
    qint64 m_nextPk = 1; // the key the next new relation gets
};

} // namespace entente
