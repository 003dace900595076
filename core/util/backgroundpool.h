#pragma once

#include <memory>

class QThreadPool;

namespace entente {

// The threads for Entente's own background work: network analyses, pictures drawn off
// the GUI thread, project loads. Not QThreadPool::globalInstance(): Qt's raster engine
// splits large fills over that pool and the painting thread waits for them, so a long
// job there (a network picture, betweenness) would stall every repaint until it ends.
QThreadPool &backgroundPool();

// Drops a reference on backgroundPool(), after the work already queued there: freeing a
// large result (a window's network of 10,000 edges takes milliseconds) need not hold up
// the GUI thread.
void releaseInBackground(std::shared_ptr<const void> object);

} // namespace entente
