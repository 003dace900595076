#pragma once

#include "geometry.h"

#include <QHash>
#include <QPainterPath>
#include <QString>
#include <QStringView>
#include <QVector>

#include <memory>

namespace entente {

class Projection;

enum class BasemapResolution { Medium50m, Coarse110m };

// One country (or territory) of the basemap.
struct BasemapCountry
{
    QString numericCode; // ISO 3166-1 numeric as in the file ("434", "036"); may be empty
    QString alpha3;      // "LBY"; empty for shapes without an ISO code (Kosovo, N. Cyprus)
    QString name;        // the file's name for the shape ("Libya")
    // Unwrapped lon/lat polygons (see geo::unwrapPolygon); shapes of the file that share an
    // id (Australia and the Ashmore and Cartier Islands) are merged into one country.
    QVector<GeoPolygon> polygons;
    // The polygons cut to the world [-180, 180] with their shifted copies: what is drawn
    // and hit-tested, combined by the even-odd rule.
    QVector<QPolygonF> worldRings;
    QRectF bounds;              // lon/lat bounds of worldRings
    QVector<QRectF> ringBounds; // one per world ring, for the countryAt() prefilter
    QPointF centroid;           // area centroid of the largest polygon
    QPointF labelPoint;         // inside the largest polygon where possible: place markers here

    // A key that is never empty: the alpha-3 code, or the name for shapes without one.
    QString key() const { return alpha3.isEmpty() ? name : alpha3; }
};

// The world basemap behind the actor map: loads Natural Earth country shapes (the
// world-atlas TopoJSON compiled in as a resource, or any file with the same layout), answers
// which country lies at a point, where to put a country's marker and label, and builds one
// projected QPainterPath per country for a projection, kept in a cache per projection.
// Paths are safe to fill: shapes stitched across +-180 degrees are cut at the world's edge.
//
// Loading is not thread-safe; the const methods may be called from several threads once
// loaded (the path cache is guarded).
class Basemap
{
public:
    Basemap();
    ~Basemap();
    Basemap(Basemap &&other) noexcept;
    Basemap &operator=(Basemap &&other) noexcept;
    Basemap(const Basemap &) = delete;
    Basemap &operator=(const Basemap &) = delete;

    // ":/basemap/countries-50m.json" and so on (the resources of entente_resources).
    static QString resourcePath(BasemapResolution resolution);

    // Reads the "countries" object of a world-atlas TopoJSON file, from a path or a
    // ":/resource". Returns false and fills diagnostics when nothing usable was read; on
    // failure the basemap keeps what it had.
    bool load(const QString &fileName, Diagnostics *diagnostics = nullptr);
    bool load(BasemapResolution resolution, Diagnostics *diagnostics = nullptr);
    bool loadFromData(const QByteArray &json, const QString &fileName,
                      Diagnostics *diagnostics = nullptr);

    bool isEmpty() const { return m_countries.isEmpty(); }
    qsizetype count() const { return m_countries.size(); }
    const QVector<BasemapCountry> &countries() const { return m_countries; }
    const BasemapCountry &country(qsizetype index) const { return m_countries.at(index); }
    QString fileName() const { return m_fileName; }

    // -1 when not found. Codes are matched case-insensitively; numeric codes with or
    // without leading zeros; indexOf() tries alpha-3, numeric, then the country's own
    // and ISO names.
    qsizetype indexOfAlpha3(QStringView alpha3) const;
    qsizetype indexOfNumeric(QStringView numeric) const;
    qsizetype indexOf(QStringView codeOrName) const;

    // The country at a point, -1 over the sea. Longitudes outside [-180, 180) are folded.
    qsizetype countryAt(double longitude, double latitude) const;
    qsizetype countryAt(QPointF planePoint, const Projection &projection) const;
    QString alpha3At(double longitude, double latitude) const;

    // One path per country, in the order of countries(), in the projection's plane
    // (odd-even filled). Built on first use for a projection key and cached; the vector
    // is implicitly shared, so holding it is cheap.
    QVector<QPainterPath> projectedPaths(const Projection &projection) const;
    QPainterPath projectedPath(qsizetype index, const Projection &projection) const;
    QPointF projectedLabelPoint(qsizetype index, const Projection &projection) const;
    void clearPathCache() const;

private:
    struct PathCache;

    QString m_fileName;
    QVector<BasemapCountry> m_countries;
    QHash<QString, qsizetype> m_byAlpha3;
    QHash<int, qsizetype> m_byNumeric;
    QHash<QString, qsizetype> m_byName; // CountryCodes::nameKey() of the file's names
    std::unique_ptr<PathCache> m_cache;
};

} // namespace entente
