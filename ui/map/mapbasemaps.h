#pragma once

#include "geo/basemap.h"

#include <memory>

namespace entente {

// The two bundled Natural Earth basemaps, loaded once per process on first use and shared
// by every map view, the tests and export (a Basemap is read-only once loaded and its
// projected path cache is thread-safe).
class MapBasemaps
{
public:
    // Never null; empty when the resource could not be read (logged).
    static std::shared_ptr<const Basemap> get(BasemapResolution resolution);
    // 110m while zoomed out, 50m closer in: the coarse shapes draw several times faster
    // and differ from the fine ones by less than a pixel at that scale.
    static BasemapResolution resolutionFor(double pixelsPerDegree);

    static constexpr double kFineFromPixelsPerDegree = 7.0;
};

} // namespace entente
