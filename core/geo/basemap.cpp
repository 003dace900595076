#include "basemap.h"

#include "countrycodes.h"
#include "jsonhelpers.h"
#include "projection.h"
#include "topojson.h"
#include "util/sharedpath.h"

#include <QCoreApplication>
#include <QMutex>
#include <QMutexLocker>

#include <spdlog/spdlog.h>

#include <utility>

namespace entente {

struct Basemap::PathCache
{
    QMutex mutex;
    QHash<QString, QVector<QPainterPath>> paths; // by Projection::key()
};

namespace {

QRectF ringBox(const QPolygonF &ring)
{
    return ring.boundingRect();
}

void finishCountry(BasemapCountry &country)
{
    country.worldRings.clear();
    country.ringBounds.clear();
    country.bounds = QRectF();
    const GeoPolygon *largest = nullptr;
    double largestArea = -1.0;
    for (const GeoPolygon &polygon : country.polygons) {
        for (const QPolygonF &ring : geo::worldRings(polygon)) {
            const QRectF box = ringBox(ring);
            country.worldRings.append(ring);
            country.ringBounds.append(box);
            country.bounds = country.bounds.isNull() ? box : country.bounds.united(box);
        }
        const double area = geo::approximateArea(polygon);
        if (area > largestArea) {
            largestArea = area;
            largest = &polygon;
        }
    }
    if (largest) {
        const QPointF fallback = largest->bounds().center();
        country.centroid = geo::centroid(*largest).value_or(fallback);
        country.labelPoint = geo::labelPoint(*largest).value_or(country.centroid);
    }
}

} // namespace

Basemap::Basemap() : m_cache(std::make_unique<PathCache>()) {}

Basemap::~Basemap() = default;

// A moved-from basemap is empty but usable: it gets a cache of its own.
Basemap::Basemap(Basemap &&other) noexcept
    : m_fileName(std::move(other.m_fileName)), m_countries(std::move(other.m_countries)),
      m_byAlpha3(std::move(other.m_byAlpha3)), m_byNumeric(std::move(other.m_byNumeric)),
      m_byName(std::move(other.m_byName)),
      m_cache(std::exchange(other.m_cache, std::make_unique<PathCache>()))
{
}

Basemap &Basemap::operator=(Basemap &&other) noexcept
{
    if (this != &other) {
        m_fileName = std::move(other.m_fileName);
        m_countries = std::move(other.m_countries);
        m_byAlpha3 = std::move(other.m_byAlpha3);
        m_byNumeric = std::move(other.m_byNumeric);
        m_byName = std::move(other.m_byName);
        m_cache = std::exchange(other.m_cache, std::make_unique<PathCache>());
    }
    return *this;
}

QString Basemap::resourcePath(BasemapResolution resolution)
{
    switch (resolution) {
    case BasemapResolution::Coarse110m:
        return QStringLiteral(":/basemap/countries-110m.json");
    case BasemapResolution::Medium50m:
        break;
    }
    return QStringLiteral(":/basemap/countries-50m.json");
}

bool Basemap::load(BasemapResolution resolution, Diagnostics *diagnostics)
{
    return load(resourcePath(resolution), diagnostics);
}

bool Basemap::load(const QString &fileName, Diagnostics *diagnostics)
{
    Diagnostics local;
    const auto data = geo::json::readFile(fileName, local);
    if (!data) {
        if (diagnostics)
            diagnostics->append(local);
        spdlog::error("basemap: {}", local.value(0).toString().toStdString());
        return false;
    }
    return loadFromData(*data, fileName, diagnostics);
}

bool Basemap::loadFromData(const QByteArray &json, const QString &fileName,
                           Diagnostics *diagnostics)
{
    GeoReadResult result = TopoJsonReader().read(json, fileName, QStringLiteral("countries"));
    if (diagnostics)
        diagnostics->append(result.diagnostics);
    for (const Diagnostic &d : std::as_const(result.diagnostics)) {
        if (d.severity == Diagnostic::Severity::Error)
            spdlog::error("basemap: {}", d.toString().toStdString());
        else
            spdlog::debug("basemap: {}", d.toString().toStdString());
    }

    QVector<BasemapCountry> countries;
    QVector<double> mainArea; // area of the shape that named each country
    QHash<QString, qsizetype> byId;
    for (GeoFeature &feature : result.features) {
        if (feature.polygons.isEmpty())
            continue;
        double area = 0.0;
        for (const GeoPolygon &polygon : std::as_const(feature.polygons))
            area = std::max(area, geo::approximateArea(polygon));
        const QString key = feature.id.isEmpty() ? u'#' + feature.name : feature.id;
        const auto found = byId.constFind(key);
        if (found != byId.constEnd()) {
            BasemapCountry &country = countries[found.value()];
            country.polygons.append(feature.polygons);
            if (area > mainArea.at(found.value())) {
                mainArea[found.value()] = area;
                country.name = feature.name;
            }
            continue;
        }
        BasemapCountry country;
        country.numericCode = feature.id;
        country.name = feature.name;
        country.polygons = std::move(feature.polygons);
        std::optional<CountryCode> code;
        if (!feature.id.isEmpty())
            code = CountryCodes::find(feature.id);
        else if (!feature.name.isEmpty())
            code = CountryCodes::fromName(feature.name);
        if (code)
            country.alpha3 = code->alpha3;
        byId.insert(key, countries.size());
        countries.append(std::move(country));
        mainArea.append(area);
    }
    if (countries.isEmpty()) {
        if (diagnostics && !result.hasErrors())
            diagnostics->append(geo::json::error(
                fileName, QStringLiteral("objects.countries"),
                QCoreApplication::translate("Entente::Basemap", "the file has no country shapes")));
        return false;
    }
    for (BasemapCountry &country : countries)
        finishCountry(country);

    m_fileName = fileName;
    m_countries = std::move(countries);
    m_byAlpha3.clear();
    m_byNumeric.clear();
    m_byName.clear();
    for (qsizetype i = 0; i < m_countries.size(); ++i) {
        const BasemapCountry &country = m_countries.at(i);
        if (!country.alpha3.isEmpty())
            m_byAlpha3.insert(country.alpha3, i);
        bool isNumber = false;
        const int numeric = country.numericCode.toInt(&isNumber);
        if (isNumber)
            m_byNumeric.insert(numeric, i);
        if (!country.name.isEmpty())
            m_byName.insert(CountryCodes::nameKey(country.name), i);
    }
    clearPathCache();
    spdlog::debug("basemap: {} countries from {}", m_countries.size(), fileName.toStdString());
    return true;
}

qsizetype Basemap::indexOfAlpha3(QStringView alpha3) const
{
    return m_byAlpha3.value(alpha3.trimmed().toString().toUpper(), -1);
}

qsizetype Basemap::indexOfNumeric(QStringView numeric) const
{
    bool ok = false;
    const int value = numeric.trimmed().toInt(&ok);
    return ok ? m_byNumeric.value(value, -1) : -1;
}

qsizetype Basemap::indexOf(QStringView codeOrName) const
{
    const QStringView text = codeOrName.trimmed();
    if (text.size() == 3) {
        const qsizetype byCode = indexOfAlpha3(text);
        if (byCode >= 0)
            return byCode;
    }
    if (const qsizetype byNumber = indexOfNumeric(text); byNumber >= 0)
        return byNumber;
    if (const qsizetype byName = m_byName.value(CountryCodes::nameKey(text), -1); byName >= 0)
        return byName;
    if (const auto code = CountryCodes::find(text))
        return indexOfAlpha3(code->alpha3);
    return -1;
}

qsizetype Basemap::countryAt(double longitude, double latitude) const
{
    const QPointF point(geo::normalizedLongitude(longitude), latitude);
    for (qsizetype i = 0; i < m_countries.size(); ++i) {
        const BasemapCountry &country = m_countries.at(i);
        if (!country.bounds.contains(point))
            continue;
        // Parity per ring: a ring whose box misses the point cannot contain it.
        bool inside = false;
        for (qsizetype r = 0; r < country.worldRings.size(); ++r) {
            if (country.ringBounds.at(r).contains(point) &&
                geo::ringContains(country.worldRings.at(r), point))
                inside = !inside;
        }
        if (inside)
            return i;
    }
    return -1;
}

qsizetype Basemap::countryAt(QPointF planePoint, const Projection &projection) const
{
    const auto lonLat = projection.inverse(planePoint);
    return lonLat ? countryAt(lonLat->x(), lonLat->y()) : -1;
}

QString Basemap::alpha3At(double longitude, double latitude) const
{
    const qsizetype index = countryAt(longitude, latitude);
    return index >= 0 ? m_countries.at(index).alpha3 : QString();
}

QVector<QPainterPath> Basemap::projectedPaths(const Projection &projection) const
{
    const QString key = projection.key();
    QMutexLocker locker(&m_cache->mutex);
    const auto found = m_cache->paths.constFind(key);
    if (found != m_cache->paths.constEnd())
        return found.value();
    QVector<QPainterPath> paths;
    paths.reserve(m_countries.size());
    for (const BasemapCountry &country : m_countries) {
        QPainterPath path;
        path.setFillRule(Qt::OddEvenFill);
        for (const QPolygonF &ring : country.worldRings) {
            path.addPolygon(projection.projectPolyline(ring));
            path.closeSubpath();
        }
        readyForThreads(path); // the map paints a frame in bands, on several threads
        paths.append(path);
    }
    m_cache->paths.insert(key, paths);
    return paths;
}

QPainterPath Basemap::projectedPath(qsizetype index, const Projection &projection) const
{
    if (index < 0 || index >= m_countries.size())
        return {};
    return projectedPaths(projection).at(index);
}

QPointF Basemap::projectedLabelPoint(qsizetype index, const Projection &projection) const
{
    if (index < 0 || index >= m_countries.size())
        return {};
    return projection.project(m_countries.at(index).labelPoint);
}

void Basemap::clearPathCache() const
{
    QMutexLocker locker(&m_cache->mutex);
    m_cache->paths.clear();
}

} // namespace entente
