#include "greatcircle.h"

#include "geometry.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

namespace entente::geo {

namespace {

constexpr double kDegree = std::numbers::pi / 180.0;

using Vec3 = std::array<double, 3>;

Vec3 toVector(QPointF lonLat)
{
    const double lambda = lonLat.x() * kDegree;
    const double phi = lonLat.y() * kDegree;
    return {std::cos(phi) * std::cos(lambda), std::cos(phi) * std::sin(lambda), std::sin(phi)};
}

QPointF toLonLat(const Vec3 &v)
{
    const double lon = std::atan2(v[1], v[0]) / kDegree;
    const double lat = std::atan2(v[2], std::hypot(v[0], v[1])) / kDegree;
    return QPointF(lon, lat);
}

double dot(const Vec3 &a, const Vec3 &b)
{
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
}

Vec3 cross(const Vec3 &a, const Vec3 &b)
{
    return {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
}

double norm(const Vec3 &a)
{
    return std::sqrt(dot(a, a));
}

// Angle between unit vectors, accurate for tiny and near-antipodal angles alike.
double angleBetween(const Vec3 &a, const Vec3 &b)
{
    return std::atan2(norm(cross(a, b)), dot(a, b));
}

} // namespace

double greatCircleAngle(QPointF from, QPointF to)
{
    return angleBetween(toVector(from), toVector(to)) / kDegree;
}

double greatCircleDistanceKm(QPointF from, QPointF to)
{
    return greatCircleAngle(from, to) * kDegree * kEarthRadiusKm;
}

QPolygonF greatCirclePoints(QPointF from, QPointF to, double maxStepDegrees)
{
    const Vec3 a = toVector(from);
    const Vec3 b = toVector(to);
    const double omega = angleBetween(a, b);
    const int segments =
        std::max(1, int(std::ceil(omega / kDegree / std::max(maxStepDegrees, 1e-3))));

    // Unit vector perpendicular to a in the plane of the route: points go a cos t + u sin t.
    Vec3 u = cross(cross(a, b), a);
    double length = norm(u);
    if (length < 1e-12) {
        // Same or antipodal points: any great circle through a will do; go by the meridian.
        const Vec3 north{0.0, 0.0, 1.0};
        u = cross(cross(a, north), a);
        length = norm(u);
        if (length < 1e-12) // a is a pole
            u = {1.0, 0.0, 0.0}, length = 1.0;
    }
    for (double &c : u)
        c /= length;

    QPolygonF out;
    out.reserve(segments + 1);
    out.append(from);
    for (int i = 1; i < segments; ++i) {
        const double t = omega * i / segments;
        const Vec3 p{a[0] * std::cos(t) + u[0] * std::sin(t),
                     a[1] * std::cos(t) + u[1] * std::sin(t),
                     a[2] * std::cos(t) + u[2] * std::sin(t)};
        out.append(toLonLat(p));
    }
    out.append(to);
    return unwrapLongitudes(out);
}

} // namespace entente::geo
