#include "projection.h"

#include "geometry.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace entente {

namespace {

constexpr double kDegree = std::numbers::pi / 180.0;
constexpr double kEpsilon = 1e-9;

// Natural Earth polynomial coefficients (Savric et al. 2011):
// x = lambda (A0 + A1 phi^2 + A2 phi^4 + A3 phi^10 + A4 phi^12)
// y = phi (B0 + B1 phi^2 + B2 phi^6 + B3 phi^8 + B4 phi^10)
constexpr double kA0 = 0.8707;
constexpr double kA1 = -0.131979;
constexpr double kA2 = -0.013791;
constexpr double kA3 = 0.003971;
constexpr double kA4 = -0.001529;
constexpr double kB0 = 1.007226;
constexpr double kB1 = 0.015085;
constexpr double kB2 = -0.044475;
constexpr double kB3 = 0.028874;
constexpr double kB4 = -0.005916;

double naturalEarthXFactor(double phi)
{
    const double p2 = phi * phi;
    const double p4 = p2 * p2;
    const double p10 = p4 * p4 * p2;
    return kA0 + kA1 * p2 + kA2 * p4 + kA3 * p10 + kA4 * p10 * p2;
}

double naturalEarthY(double phi)
{
    const double p2 = phi * phi;
    const double p6 = p2 * p2 * p2;
    const double p8 = p6 * p2;
    return phi * (kB0 + kB1 * p2 + kB2 * p6 + kB3 * p8 + kB4 * p8 * p2);
}

double naturalEarthYDerivative(double phi)
{
    const double p2 = phi * phi;
    const double p6 = p2 * p2 * p2;
    const double p8 = p6 * p2;
    return kB0 + 3.0 * kB1 * p2 + 7.0 * kB2 * p6 + 9.0 * kB3 * p8 + 11.0 * kB4 * p8 * p2;
}

const double kNaturalEarthMaxY = naturalEarthY(std::numbers::pi / 2.0);

} // namespace

QPolygonF Projection::projectPolyline(const QPolygonF &lonLat, double maxStepDegrees) const
{
    QPolygonF out;
    out.reserve(lonLat.size());
    const bool densify = !isRectilinear() && maxStepDegrees > 0.0;
    for (qsizetype i = 0; i < lonLat.size(); ++i) {
        const QPointF b = lonLat.at(i);
        if (densify && i > 0) {
            const QPointF a = lonLat.at(i - 1);
            const double length = std::max(std::abs(b.x() - a.x()), std::abs(b.y() - a.y()));
            const int steps = int(std::ceil(length / maxStepDegrees));
            for (int s = 1; s < steps; ++s)
                out.append(project(a + (b - a) * (double(s) / steps)));
        }
        out.append(project(b));
    }
    return out;
}

QPainterPath Projection::projectFeature(const GeoFeature &feature) const
{
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    for (const GeoPolygon &polygon : feature.polygons) {
        for (const QPolygonF &ring : geo::worldRings(polygon)) {
            path.addPolygon(projectPolyline(ring));
            path.closeSubpath();
        }
    }
    for (const QPolygonF &line : feature.lines)
        for (const QPolygonF &piece : geo::worldLines(line))
            path.addPolygon(projectPolyline(piece));
    return path;
}

QPainterPath Projection::outline() const
{
    const QPolygonF world{QPointF(-180, 90), QPointF(-180, -90), QPointF(180, -90),
                          QPointF(180, 90), QPointF(-180, 90)};
    QPainterPath path;
    path.addPolygon(projectPolyline(world));
    path.closeSubpath();
    return path;
}

QPainterPath Projection::graticule(double stepDegrees) const
{
    QPainterPath path;
    if (!(stepDegrees > 0.0))
        return path;
    // Whole multiples of the step, so that 0 and the tropics' neighbours line up.
    for (double lon = -180.0; lon <= 180.0 + 1e-9; lon += stepDegrees)
        path.addPolygon(
            projectPolyline({QPointF(lon, -90.0 + stepDegrees), QPointF(lon, 90.0 - stepDegrees)}));
    for (double lat = -90.0 + stepDegrees; lat < 90.0 - 1e-9; lat += stepDegrees)
        path.addPolygon(projectPolyline({QPointF(-180.0, lat), QPointF(180.0, lat)}));
    return path;
}

QRectF Projection::worldBounds() const
{
    return outline().boundingRect();
}

std::unique_ptr<Projection> Projection::create(QStringView key)
{
    const QStringView equirectangular = u"equirectangular";
    if (key == u"naturalearth")
        return std::make_unique<NaturalEarthProjection>();
    if (key == equirectangular)
        return std::make_unique<EquirectangularProjection>();
    if (key.startsWith(equirectangular) && key.size() > equirectangular.size() + 1 &&
        key.at(equirectangular.size()) == u':') {
        bool ok = false;
        const double parallel = key.mid(equirectangular.size() + 1).toDouble(&ok);
        if (ok && std::abs(parallel) < 89.0)
            return std::make_unique<EquirectangularProjection>(parallel);
    }
    return nullptr;
}

EquirectangularProjection::EquirectangularProjection(double standardParallelDegrees)
    : m_standardParallel(standardParallelDegrees),
      m_xScale(std::cos(standardParallelDegrees * kDegree))
{
}

QString EquirectangularProjection::key() const
{
    return QStringLiteral("equirectangular:") + QString::number(m_standardParallel, 'g', 10);
}

QString EquirectangularProjection::displayName() const
{
    return QCoreApplication::translate("Entente::Projection",
                                       "Equirectangular (standard parallel %1\u00b0)")
        .arg(m_standardParallel);
}

std::unique_ptr<Projection> EquirectangularProjection::clone() const
{
    return std::make_unique<EquirectangularProjection>(*this);
}

QPointF EquirectangularProjection::project(QPointF lonLat) const
{
    return QPointF(lonLat.x() * kDegree * m_xScale, -lonLat.y() * kDegree);
}

std::optional<QPointF> EquirectangularProjection::inverse(QPointF planePoint) const
{
    const double lon = planePoint.x() / m_xScale / kDegree;
    const double lat = -planePoint.y() / kDegree;
    if (std::abs(lon) > 180.0 + kEpsilon || std::abs(lat) > 90.0 + kEpsilon ||
        !std::isfinite(lon) || !std::isfinite(lat))
        return std::nullopt;
    return QPointF(std::clamp(lon, -180.0, 180.0), std::clamp(lat, -90.0, 90.0));
}

QString NaturalEarthProjection::key() const
{
    return QStringLiteral("naturalearth");
}

QString NaturalEarthProjection::displayName() const
{
    return QCoreApplication::translate("Entente::Projection", "Natural Earth");
}

std::unique_ptr<Projection> NaturalEarthProjection::clone() const
{
    return std::make_unique<NaturalEarthProjection>(*this);
}

QPointF NaturalEarthProjection::project(QPointF lonLat) const
{
    const double lambda = lonLat.x() * kDegree;
    const double phi = lonLat.y() * kDegree;
    return QPointF(lambda * naturalEarthXFactor(phi), -naturalEarthY(phi));
}

std::optional<QPointF> NaturalEarthProjection::inverse(QPointF planePoint) const
{
    const double y = -planePoint.y();
    if (!std::isfinite(y) || !std::isfinite(planePoint.x()) ||
        std::abs(y) > kNaturalEarthMaxY + kEpsilon)
        return std::nullopt;
    // y(phi) rises monotonically, so Newton from phi = y converges in a few steps.
    double phi = y;
    for (int i = 0; i < 40; ++i) {
        const double step = (naturalEarthY(phi) - y) / naturalEarthYDerivative(phi);
        phi -= step;
        if (std::abs(step) < 1e-13)
            break;
    }
    phi = std::clamp(phi, -std::numbers::pi / 2.0, std::numbers::pi / 2.0);
    const double lambda = planePoint.x() / naturalEarthXFactor(phi);
    if (std::abs(lambda) > std::numbers::pi + kEpsilon)
        return std::nullopt;
    return QPointF(std::clamp(lambda / kDegree, -180.0, 180.0), phi / kDegree);
}

} // namespace entente
