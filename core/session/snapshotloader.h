#pragma once

#include "session/snapshot.h"

#include <memory>

namespace entente {

class Project;

// Reads a whole project into a Snapshot for the views (a few bulk queries, then the
// id -> index tables). Safe to run on a worker thread with its own Project connection.
std::shared_ptr<Snapshot> loadSnapshot(const Project &project);

} // namespace entente
