#pragma once

class QPainterPath;

namespace entente {

// Readies a QPainterPath to be drawn by several threads at once. A path makes its painting
// form (and its bounds) the first time it is drawn, without a lock: two threads drawing
// one shared path first, at the same time, race, and one may read the form the other has
// just freed (seen as a map stroke that never ended, on two bands of one frame). Call it
// once, before the path is shared (a cache, a layer both bands draw).
void readyForThreads(const QPainterPath &path);

} // namespace entente
