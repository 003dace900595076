#pragma once

class QThreadPool;

namespace entente {

// The threads for Entente's own background work: network analyses, pictures drawn off
// the GUI thread, project loads. Not QThreadPool::globalInstance(): Qt's raster engine
// splits large fills over that pool and the painting thread waits for them, so a long
// job there (a network picture, betweenness) would stall every repaint until it ends.
QThreadPool &backgroundPool();

} // namespace entente
