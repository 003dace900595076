#pragma once

#include "store/importsession.h"
#include "store/sqlite.h"

#include <vector>

namespace entente {

// Merges the events of an import (see ProjectImport for the rules). New events go in
// chunks: one multi-row INSERT per chunk, then their participants and
// evidence batched across the chunk; events already in the project are merged one by
// one, with their changes reported.
class EventImport final
{
public:
    EventImport(sql::Database &db, ImportSession &session);
    void run(const QVector<FileToImport> &files);

private:
    struct Item
    {
        const Event *event = nullptr;
        const QString *file = nullptr;
    };
    void importChunk(const std::vector<Item> &chunk);
    void merge(const Event &event);
    void insertParticipants(qint64 eventPk, const Event &event);

    sql::Database &m_db;
    ImportSession &m_session;
    sql::BatchInsert m_events;
    sql::BatchInsert m_participants;
    qint64 m_nextPk = 1; // the key the next new event gets
};

} // namespace entente
