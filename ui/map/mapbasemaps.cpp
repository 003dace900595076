#include "mapbasemaps.h"

#include <spdlog/spdlog.h>

#include <mutex>

namespace entente {

namespace {

std::shared_ptr<const Basemap> loadBasemap(BasemapResolution resolution)
{
    auto basemap = std::make_shared<Basemap>();
    Diagnostics diagnostics;
    if (!basemap->load(resolution, &diagnostics))
        spdlog::error("map: the basemap {} could not be loaded",
                      Basemap::resourcePath(resolution).toStdString());
    return basemap;
}

} // namespace

std::shared_ptr<const Basemap> MapBasemaps::get(BasemapResolution resolution)
{
    static std::once_flag fineOnce, coarseOnce;
    static std::shared_ptr<const Basemap> fine, coarse;
    if (resolution == BasemapResolution::Coarse110m) {
        std::call_once(coarseOnce, [] { coarse = loadBasemap(BasemapResolution::Coarse110m); });
        return coarse;
    }
    std::call_once(fineOnce, [] { fine = loadBasemap(BasemapResolution::Medium50m); });
    return fine;
}

BasemapResolution MapBasemaps::resolutionFor(double pixelsPerDegree)
{
    return pixelsPerDegree < kFineFromPixelsPerDegree ? BasemapResolution::Coarse110m
                                                      : BasemapResolution::Medium50m;
}

} // namespace entente
