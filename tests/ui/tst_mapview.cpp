#include "demoproject.h"
#include "map/mappanel.h"
#include "map/maptooltip.h"
#include "map/mapview.h"

#include "session/networkanalysis.h"
#include "session/session.h"
#include "session/snapshotloader.h"
#include "store/project.h"
#include "viewpalette.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace entente;

namespace {

// Turkey and Egypt behind the two Libyan sides, a Libya state actor that takes part in
// nothing, and five events at places a few kilometres apart in the desert (for clustering).
std::shared_ptr<Snapshot> makeSnapshot()
{
    auto s = std::make_shared<Snapshot>();
    const auto place = [&](const char *id, const char *name, double lat, double lon,
                           const char *country) {
        SnapshotPlace p;
        p.id = QString::fromLatin1(id);
        p.name = QString::fromLatin1(name);
        p.lat = lat;
        p.lon = lon;
        p.country = QString::fromLatin1(country);
        s->places.push_back(p);
        return int(s->places.size()) - 1;
    };
    const int tripoli = place("tripoli", "Tripoli", 32.8872, 13.1913, "LBY");
    const int benghazi = place("benghazi", "Benghazi", 32.1167, 20.0667, "LBY");
    const int ankara = place("ankara", "Ankara", 39.9334, 32.8597, "TUR");
    const int cairo = place("cairo", "Cairo", 30.0444, 31.2357, "EGY");
    QVector<int> desert;
    for (int k = 0; k < 5; ++k)
        desert << place(QStringLiteral("d%1").arg(k).toLatin1().constData(), "Desert site",
                        26.0 + 0.3 * k, 18.0 + 0.3 * k, "LBY");

    const auto actor = [&](const char *id, const char *name, ActorKind kind, const char *country,
                           int base) {
        SnapshotActor a;
        a.id = QString::fromLatin1(id);
        a.name = QString::fromLatin1(name);
        a.kind = kind;
        a.country = QString::fromLatin1(country);
        a.basePlace = base;
        s->actors.push_back(a);
    };
    actor("TUR", "Turkey", ActorKind::State, "TUR", ankara);
    actor("EGY", "Egypt", ActorKind::State, "EGY", cairo);
    actor("LBY", "Libya", ActorKind::State, "LBY", -1);
    actor("GNA", "Government of National Accord", ActorKind::Government, "LBY", tripoli);
    actor("LNA", "Libyan National Army", ActorKind::ArmedGroup, "LBY", benghazi);

    const auto event = [&](const char *id, const char *type, int place,
                           QVector<SnapshotParticipant> who) {
        SnapshotEvent e;
        e.id = QString::fromLatin1(id);
        e.type = QString::fromLatin1(type);
        e.title = e.id;
        e.firstDay = e.lastDay = FuzzyDate::fromYmd(2020, 1, 1 + int(s->events.size())).firstDay();
        e.place = place;
        e.participants = who;
        s->events.push_back(e);
    };
    event("e-tripoli", "meeting", tripoli, {{0, {}}, {3, {}}});
    event("e-benghazi", "statement", benghazi, {{4, {}}});
    for (int k = 0; k < desert.size(); ++k)
        event(QStringLiteral("e-desert%1").arg(k).toLatin1().constData(), "clash", desert[k],
              {{3, {}}, {4, {}}});

    const auto relation = [&](const char *id, int source, int target, RelationType type,
                              int evidence) {
        SnapshotRelation r;
        r.id = QString::fromLatin1(id);
        r.source = source;
        r.target = target;
        r.type = type;
        r.evidenceCount = evidence;
        s->relations.push_back(r);
    };
    relation("r-tur-gna", 0, 3, RelationType::Supports, 4);
    relation("r-egy-lna", 1, 4, RelationType::Supports, 2);
    relation("r-gna-lna", 3, 4, RelationType::Fights, 1);
    s->finalize();
    return s;
}

struct Fixture
{
    Session session;
    MapView view{&session};

    Fixture()
    {
        session.setProject(nullptr, makeSnapshot());
        session.network()->recomputeNow();
        view.resize(800, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.fitToData();
    }
    int blocOf(const char *id) const
    {
        return session.network()->current()->blocOfActor.value(
            session.snapshot().actorIndex(QString::fromLatin1(id)), -1);
    }
    void zoomTo(double pixelsPerDegree, QPointF lonLat)
    {
        view.centreOn(lonLat);
        view.zoomBy(pixelsPerDegree / view.viewport().pixelsPerDegree());
    }
    // A layout position (cluster, arrow) on the widget.
    QPointF inView(QPointF layoutPos) const { return view.layoutToView().map(layoutPos); }
    QVector<const MapCluster *> desertClusters() const
    {
        QVector<const MapCluster *> out;
        for (const MapCluster &c : view.layout().clusters()) {
            for (int site : c.sites) {
                if (session.snapshot().places[view.model().sites()[site].place].id.startsWith(
                        u'd')) {
                    out << &c;
                    break;
                }
            }
        }
        return out;
    }
};

QColor pixel(const QImage &image, QPointF pos)
{
    return image.pixelColor(pos.toPoint());
}

} // namespace

class TestMapView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void blocsSplitTheTwoCamps();
    void clickOnActorMarkerSelectsIt();
    void clickInsideCountrySelectsItsState();
    void clickInSeaSelectsNothing();
    void clickOnArrowSelectsItsRelations();
    void toolTipNamesWhatIsUnderTheMouse();
    void clustersFollowZoom_data();
    void clustersFollowZoom();
    void clusterClickZoomsIn();
    void selectionIsBroughtIntoView_data();
    void selectionIsBroughtIntoView();
    void fitCoversAllPlaces();
    void sameCountryArrowsStayApart();
    void renderFillsCountriesByBloc_data();
    void renderFillsCountriesByBloc();
    void highlightsFollowSelectionAndHover();
    void panningReusesTheCachedImage();
    void fitLeavesOutFarOutliers();
    void projectionSwitchKeepsHitTesting();
    void userLayers();
    void demoShowsTheTwoCamps();
};

void TestMapView::blocsSplitTheTwoCamps()
{
    Fixture f;
    QVERIFY(f.blocOf("TUR") >= 0);
    QCOMPARE(f.blocOf("GNA"), f.blocOf("TUR"));
    QCOMPARE(f.blocOf("LNA"), f.blocOf("EGY"));
    QVERIFY(f.blocOf("TUR") != f.blocOf("EGY"));
}

void TestMapView::clickOnActorMarkerSelectsIt()
{
    Fixture f;
    for (const char *id : {"GNA", "LNA", "TUR"}) {
        const auto pos = f.view.actorPosition(QString::fromLatin1(id));
        QVERIFY(pos);
        QVERIFY(QRectF(f.view.rect()).contains(*pos));
        QTest::mouseClick(&f.view, Qt::LeftButton, {}, pos->toPoint());
        QCOMPARE(f.session.selection().actors, QSet<QString>{QString::fromLatin1(id)});
    }
}

void TestMapView::clickInsideCountrySelectsItsState()
{
    Fixture f;
    // Libya's desert, away from markers and arrows.
    const QPointF inLibya = f.view.lonLatToWidget(QPointF(22.5, 24.0));
    QCOMPARE(f.view.hitTest(inLibya).kind, MapHit::Kind::Country);
    QTest::mouseClick(&f.view, Qt::LeftButton, {}, inLibya.toPoint());
    QCOMPARE(f.session.selection().actors, QSet<QString>{QStringLiteral("LBY")});
    // The selected state's country is outlined, and Ctrl+click on Egypt adds its state.
    QTest::mouseClick(&f.view, Qt::LeftButton, Qt::ControlModifier,
                      f.view.lonLatToWidget(QPointF(28.0, 24.0)).toPoint());
    QCOMPARE(f.session.selection().actors,
             (QSet<QString>{QStringLiteral("LBY"), QStringLiteral("EGY")}));
}

void TestMapView::clickInSeaSelectsNothing()
{
    Fixture f;
    f.session.select(Selection::actor(QStringLiteral("GNA")));
    const QPointF sea = f.view.lonLatToWidget(QPointF(30.0, 33.5)); // between Egypt and Cyprus
    QCOMPARE(f.view.hitTest(sea).kind, MapHit::Kind::None);
    QTest::mouseClick(&f.view, Qt::LeftButton, {}, sea.toPoint());
    QVERIFY(f.session.selection().isEmpty());
}

void TestMapView::toolTipNamesWhatIsUnderTheMouse()
{
    Fixture f;
    const auto tooltip = [&](QPointF pos) {
        return MapToolTip::forHit(f.view.model(), f.view.layout(), f.view.hitTest(pos));
    };
    QVERIFY(
        tooltip(*f.view.actorPosition(QStringLiteral("TUR"))).contains(QStringLiteral("Turkey")));
    // Libya's desert: the country, its state and its camp.
    QVERIFY(tooltip(f.view.lonLatToWidget(QPointF(22.5, 24.0))).contains(QStringLiteral("Libya")));
    QVERIFY(tooltip(f.view.lonLatToWidget(QPointF(-30.0, 30.0))).isEmpty()); // the Atlantic
}

void TestMapView::clickOnArrowSelectsItsRelations()
{
    Fixture f;
    const MapArrowShape *tie = nullptr;
    for (const MapArrowShape &shape : f.view.layout().arrows()) {
        const MapArrow &a = f.view.model().arrows()[shape.arrow];
        if (f.session.snapshot().actors[a.from].id == u"TUR")
            tie = &shape;
    }
    QVERIFY(tie);
    QVERIFY(!tie->headTo.isEmpty()); // Turkey -> GNA carries a head at the GNA end
    const QPointF middle = f.inView(tie->hitLine[tie->hitLine.size() / 2]);
    QTest::mouseClick(&f.view, Qt::LeftButton, {}, middle.toPoint());
    QCOMPARE(f.session.selection().relations, QSet<QString>{QStringLiteral("r-tur-gna")});
    // Hostile ties end in a bar, not a head.
    for (const MapArrowShape &shape : f.view.layout().arrows()) {
        if (f.view.model().arrows()[shape.arrow].sign < 0) {
            QVERIFY(shape.headTo.isEmpty() && shape.headFrom.isEmpty());
        }
    }
}

void TestMapView::clustersFollowZoom_data()
{
    QTest::addColumn<double>("pixelsPerDegree");
    QTest::addColumn<int>("clusters");     // clusters holding the five desert events
    QTest::addColumn<int>("largest");      // most desert events in one of them
    QTest::addColumn<int>("largestCount"); // all events in that cluster
    // At world scale all of Libya is one badge: the desert, Tripoli and Benghazi.
    QTest::newRow("world") << 2.0 << 1 << 5 << 7;
    QTest::newRow("region") << 12.0 << 1 << 5 << 5;
    QTest::newRow("close") << 250.0 << 5 << 1 << 1;
}

void TestMapView::clustersFollowZoom()
{
    QFETCH(double, pixelsPerDegree);
    QFETCH(int, clusters);
    QFETCH(int, largest);
    QFETCH(int, largestCount);
    Fixture f;
    f.zoomTo(pixelsPerDegree, QPointF(18.6, 26.6));
    const auto found = f.desertClusters();
    QCOMPARE(int(found.size()), clusters);
    int biggest = 0, biggestCount = 0, total = 0;
    for (const MapCluster *c : found) {
        int desert = 0;
        for (int site : c->sites) {
            if (f.session.snapshot().places[f.view.model().sites()[site].place].id.startsWith(u'd'))
                desert += int(f.view.model().sites()[site].events.size());
        }
        if (desert > biggest)
            biggest = desert, biggestCount = c->count;
        total += desert;
    }
    QCOMPARE(biggest, largest);
    QCOMPARE(biggestCount, largestCount);
    QCOMPARE(total, 5);
    // A single event is drawn as its own mark and hit as an event, not as a cluster.
    if (largestCount == 1) {
        const MapHit hit = f.view.hitTest(f.inView(found.first()->pos));
        QCOMPARE(hit.kind, MapHit::Kind::Event);
        QVERIFY(f.session.snapshot().events[hit.event].id.startsWith(QStringLiteral("e-desert")));
    }
}

void TestMapView::clusterClickZoomsIn()
{
    Fixture f;
    f.zoomTo(12.0, QPointF(18.6, 26.6));
    const auto found = f.desertClusters();
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first()->count, 5);
    const QPointF pos = f.inView(found.first()->pos);
    QCOMPARE(f.view.hitTest(pos).kind, MapHit::Kind::Cluster);
    const double before = f.view.viewport().pixelsPerDegree();
    QTest::mouseClick(&f.view, Qt::LeftButton, {}, pos.toPoint());
    QVERIFY(f.view.viewport().pixelsPerDegree() >= before * 2);
    QVERIFY(f.session.selection().isEmpty());
    QVERIFY(f.desertClusters().size() > 1); // the places came apart
}

void TestMapView::selectionIsBroughtIntoView_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QPointF>("lonLat");
    QTest::newRow("event") << QStringLiteral("event") << QStringLiteral("e-benghazi")
                           << QPointF(20.0667, 32.1167);
    QTest::newRow("actor") << QStringLiteral("actor") << QStringLiteral("GNA")
                           << QPointF(13.1913, 32.8872);
    QTest::newRow("relation") << QStringLiteral("relation") << QStringLiteral("r-egy-lna")
                              << QPointF(31.2357, 30.0444);
}

void TestMapView::selectionIsBroughtIntoView()
{
    QFETCH(QString, kind);
    QFETCH(QString, id);
    QFETCH(QPointF, lonLat);
    Fixture f;
    f.zoomTo(150.0, QPointF(32.8597, 39.9334)); // close in on Ankara
    const QRectF rect(f.view.rect());
    QVERIFY(!rect.contains(f.view.lonLatToWidget(lonLat)));
    const double zoom = f.view.viewport().pixelsPerDegree();
    if (kind == u"event")
        f.session.select(Selection::event(id));
    else if (kind == u"actor")
        f.session.select(Selection::actor(id));
    else
        f.session.select(Selection::relation(id));
    QVERIFY(rect.contains(f.view.lonLatToWidget(lonLat)));
    QVERIFY(f.view.viewport().pixelsPerDegree() <= zoom); // never zooms in by itself
}

void TestMapView::fitCoversAllPlaces()
{
    Fixture f;
    f.zoomTo(300.0, QPointF(0, 0));
    f.view.fitToData();
    const QRectF rect(f.view.rect());
    for (const SnapshotPlace &p : f.session.snapshot().places)
        QVERIFY2(rect.contains(f.view.lonLatToWidget(QPointF(p.lon, p.lat))), qPrintable(p.id));
    // ... and the involved countries: Turkey's eastern border (44.8 E) is in view.
    QVERIFY(rect.contains(f.view.lonLatToWidget(QPointF(44.0, 39.5))));

    // A project of places only (no events, no ties) shows all of them too.
    auto placesOnly = std::make_shared<Snapshot>(*makeSnapshot());
    placesOnly->events.clear();
    placesOnly->relations.clear();
    placesOnly->finalize();
    f.session.setProject(nullptr, placesOnly);
    f.view.fitToData();
    for (const SnapshotPlace &p : placesOnly->places)
        QVERIFY2(rect.contains(f.view.lonLatToWidget(QPointF(p.lon, p.lat))), qPrintable(p.id));
    QVERIFY(f.view.viewport().pixelsPerDegree() < 60);
}

void TestMapView::sameCountryArrowsStayApart()
{
    Fixture f;
    // GNA and LNA are both Libyan: their arrow bows off the straight line between them.
    for (const MapArrowShape &shape : f.view.layout().arrows()) {
        const MapArrow &a = f.view.model().arrows()[shape.arrow];
        if (a.sign >= 0)
            continue;
        const QPointF p0 = shape.hitLine.first(), p2 = shape.hitLine.last();
        const QPointF mid = shape.hitLine[shape.hitLine.size() / 2];
        const QLineF chord(p0, p2);
        const double offset = std::abs((p2.x() - p0.x()) * (p0.y() - mid.y()) -
                                       (p0.x() - mid.x()) * (p2.y() - p0.y())) /
                              chord.length();
        QVERIFY2(offset >= 8.0, qPrintable(QString::number(offset)));
    }
}

void TestMapView::renderFillsCountriesByBloc_data()
{
    QTest::addColumn<bool>("exporting");
    QTest::newRow("export (vector basemap)") << true;
    QTest::newRow("widget (cached images)") << false;
}

void TestMapView::renderFillsCountriesByBloc()
{
    QFETCH(bool, exporting);
    Fixture f;
    MapLayerOptions layers;
    layers.actors = layers.events = layers.arrows = layers.legend = false;
    f.view.setLayers(layers);
    QImage image(f.view.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::black);
    if (exporting) {
        QPainter p(&image);
        MapRenderOptions options;
        options.exporting = true;
        f.view.render(p, QRectF(f.view.rect()), options);
    } else {
        image = f.view.grab().toImage();
    }
    const ViewPalette palette(f.view.palette());
    const QColor turkey = pixel(image, f.view.lonLatToWidget(QPointF(36.0, 39.0)));
    const QColor egypt = pixel(image, f.view.lonLatToWidget(QPointF(29.0, 26.0)));
    const QColor libya = pixel(image, f.view.lonLatToWidget(QPointF(22.5, 24.0)));
    const QColor saudi = pixel(image, f.view.lonLatToWidget(QPointF(42.0, 26.0)));
    QCOMPARE(turkey.rgb(), palette.blocFill(f.blocOf("TUR")).rgb());
    QCOMPARE(egypt.rgb(), palette.blocFill(f.blocOf("EGY")).rgb());
    QVERIFY(turkey.rgb() != egypt.rgb());
    // Libya's state takes part in nothing: neutral grey; Saudi Arabia has no state actor:
    // plain land.
    QCOMPARE(libya.rgb(), palette.neutralFill().rgb());
    QCOMPARE(saudi.rgb(), f.view.style().land().rgb());
    QVERIFY(saudi.rgb() != libya.rgb());

    // With the countries layer off every country is plain land.
    layers.countries = false;
    f.view.setLayers(layers);
    QImage plain(f.view.size(), QImage::Format_ARGB32_Premultiplied);
    {
        QPainter p(&plain);
        f.view.render(p, QRectF(f.view.rect()), {});
    }
    QCOMPARE(pixel(plain, f.view.lonLatToWidget(QPointF(36.0, 39.0))).rgb(),
             f.view.style().land().rgb());
}

// Counts pixels close to `colour` in a square around `centre`.
static int pixelsNear(const QImage &image, QPointF centre, int half, const QColor &colour)
{
    int n = 0;
    for (int y = int(centre.y()) - half; y <= int(centre.y()) + half; ++y) {
        for (int x = int(centre.x()) - half; x <= int(centre.x()) + half; ++x) {
            if (!image.rect().contains(x, y))
                continue;
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - colour.red()) + std::abs(c.green() - colour.green()) +
                    std::abs(c.blue() - colour.blue()) <
                40)
                ++n;
        }
    }
    return n;
}

void TestMapView::highlightsFollowSelectionAndHover()
{
    Fixture f;
    // A highlight colour no bloc, tie or event uses.
    QPalette palette = f.view.palette();
    palette.setColor(QPalette::Highlight, QColor(255, 0, 255));
    f.view.setPalette(palette);
    const QColor highlight(255, 0, 255);
    const QPointF lna = *f.view.actorPosition(QStringLiteral("LNA"));
    const QPointF turkey = f.view.lonLatToWidget(QPointF(35.0, 39.0));
    QImage before = f.view.grab().toImage();
    QCOMPARE(pixelsNear(before, lna, 12, highlight), 0);

    // Selecting Turkey rings its marker and outlines its country; the arrow to the GNA glows.
    f.session.select(Selection{{QStringLiteral("TUR")}, {}, {QStringLiteral("r-tur-gna")}});
    const QImage selected = f.view.grab().toImage();
    QVERIFY(pixelsNear(selected, *f.view.actorPosition(QStringLiteral("TUR")), 12, highlight) > 10);
    const QPointF eastBorder =
        f.view.lonLatToWidget(QPointF(44.8, 39.6)); // Turkey-Iran border area
    QVERIFY(pixelsNear(selected, eastBorder, 12, highlight) > 3);
    QCOMPARE(pixelsNear(selected, turkey, 3, highlight), 0); // an outline, not a fill
    QCOMPARE(pixelsNear(selected, lna, 12, highlight), 0);

    // Hovering the LNA rings it too, in the hover tint; the export shows neither.
    QTest::mouseMove(&f.view, lna.toPoint());
    QCOMPARE(f.view.hitTest(lna).actor, f.session.snapshot().actorIndex(QStringLiteral("LNA")));
    const QImage hovered = f.view.grab().toImage();
    QVERIFY(hovered != selected);
    QImage exported(f.view.size(), QImage::Format_ARGB32_Premultiplied);
    {
        QPainter p(&exported);
        MapRenderOptions options;
        options.exporting = true;
        f.view.render(p, QRectF(f.view.rect()), options);
    }
    QCOMPARE(pixelsNear(exported, *f.view.actorPosition(QStringLiteral("TUR")), 12, highlight), 0);

    if (const QByteArray dir = qgetenv("ENTENTE_MAP_SHOT"); !dir.isEmpty()) {
        selected.save(QString::fromLocal8Bit(dir) + QStringLiteral("/map-selected.png"));
        hovered.save(QString::fromLocal8Bit(dir) + QStringLiteral("/map-hovered.png"));
        exported.save(QString::fromLocal8Bit(dir) + QStringLiteral("/map-exported.png"));
    }
}

void TestMapView::panningReusesTheCachedImage()
{
    Fixture f;
    // Selecting brings the selection into view (which may pan past the margin)...
    f.session.select(Selection::actor(QStringLiteral("LNA")));
    f.view.grab();
    const int basemaps = f.view.basemapRenders(), scenes = f.view.sceneRenders();
    // ...but a change of selection alone redraws neither image: highlights go over them.
    const QPointF centre = f.view.viewport().centre();
    f.session.select(Selection{});
    f.view.grab();
    QCOMPARE(f.view.viewport().centre(), centre);
    QCOMPARE(f.view.basemapRenders(), basemaps);
    QCOMPARE(f.view.sceneRenders(), scenes);
    // Nor does a pan within the margin drawn around the view.
    const auto gna = *f.view.actorPosition(QStringLiteral("GNA"));
    f.view.panByPixels(QPointF(30, -20));
    f.view.grab();
    QCOMPARE(f.view.basemapRenders(), basemaps);
    QCOMPARE(f.view.sceneRenders(), scenes);
    // The picture moved with the pan, and hit-testing with it.
    const auto moved = *f.view.actorPosition(QStringLiteral("GNA"));
    QCOMPARE(moved, gna + QPointF(30, -20));
    QCOMPARE(f.view.hitTest(moved).kind, MapHit::Kind::Actor);
    // A pan past the margin or a new window does.
    f.view.panByPixels(QPointF(600, 0));
    f.view.grab();
    QCOMPARE(f.view.basemapRenders(), basemaps + 1);
    f.session.setTimeWindow(DayRange{FuzzyDate::fromYmd(2020, 1, 1).firstDay(),
                                     FuzzyDate::fromYmd(2020, 1, 2).lastDay()});
    f.view.grab();
    QVERIFY(f.view.sceneRenders() > scenes + 1);
}

void TestMapView::fitLeavesOutFarOutliers()
{
    // One actor based in Washington, with nothing else there: the fit stays on the story.
    auto snapshot = std::make_shared<Snapshot>(*makeSnapshot());
    SnapshotPlace washington;
    washington.id = QStringLiteral("washington");
    washington.name = QStringLiteral("Washington");
    washington.lat = 38.9072;
    washington.lon = -77.0369;
    snapshot->places.push_back(washington);
    SnapshotActor usa;
    usa.id = QStringLiteral("USA-envoy");
    usa.name = QStringLiteral("US envoy");
    usa.kind = ActorKind::Person;
    usa.basePlace = int(snapshot->places.size()) - 1;
    snapshot->actors.push_back(usa);
    SnapshotRelation tie;
    tie.id = QStringLiteral("r-usa-gna");
    tie.source = int(snapshot->actors.size()) - 1;
    tie.target = snapshot->actorIndex(QStringLiteral("GNA"));
    tie.type = RelationType::Recognises;
    snapshot->relations.push_back(tie);
    snapshot->finalize();

    Session session;
    session.setProject(nullptr, snapshot);
    session.network()->recomputeNow();
    MapView view(&session);
    view.resize(800, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.fitToData();
    const QRectF rect(view.rect());
    QVERIFY(!rect.contains(view.lonLatToWidget(QPointF(-77.0369, 38.9072))));
    for (const SnapshotPlace &p : snapshot->places) {
        if (p.id != u"washington")
            QVERIFY2(rect.contains(view.lonLatToWidget(QPointF(p.lon, p.lat))), qPrintable(p.id));
    }
    // The envoy's tie still shows, coming in from the edge.
    bool found = false;
    for (const MapArrowShape &shape : view.layout().arrows()) {
        const MapModel &model = view.model();
        found = found || session.snapshot()
                                 .relations[model.relationsOf(model.arrows()[shape.arrow]).front()]
                                 .id == u"r-usa-gna";
    }
    QVERIFY(found);
}

void TestMapView::projectionSwitchKeepsHitTesting()
{
    Fixture f;
    QSignalSpy spy(&f.view, &MapView::projectionChanged);
    f.view.setProjection(Projection::Kind::NaturalEarth);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(f.view.projectionKind(), Projection::Kind::NaturalEarth);
    const auto gna = f.view.actorPosition(QStringLiteral("GNA"));
    QVERIFY(gna && QRectF(f.view.rect()).contains(*gna));
    QCOMPARE(f.view.hitTest(*gna).kind, MapHit::Kind::Actor);
    const QPointF inLibya = f.view.lonLatToWidget(QPointF(22.5, 24.0));
    QTest::mouseClick(&f.view, Qt::LeftButton, {}, inLibya.toPoint());
    QCOMPARE(f.session.selection().actors, QSet<QString>{QStringLiteral("LBY")});
}

void TestMapView::userLayers()
{
    Session session;
    session.setProject(nullptr, makeSnapshot());
    MapPanel panel(&session);
    QSignalSpy spy(panel.view(), &MapView::userLayersChanged);
    const QString bad = QStringLiteral(ENTENTE_TEST_DATA "/map/bad-layer.geojson");
    Diagnostics diagnostics;
    QVERIFY(!panel.view()->loadUserLayer(bad, &diagnostics));
    QVERIFY(!diagnostics.isEmpty());
    QVERIFY(diagnostics.first().toString().contains(QStringLiteral("bad-layer.geojson")));
    QVERIFY(std::any_of(diagnostics.cbegin(), diagnostics.cend(),
                        [](const Diagnostic &d) { return d.path.startsWith(u"features[0]"); }));
    QVERIFY(!panel.loadLayer(bad, false));
    QCOMPARE(spy.count(), 0);
    QVERIFY(panel.loadLayer(QStringLiteral(ENTENTE_TEST_DATA "/map/frontline.geojson"), false));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(panel.view()->userLayers().size(), 1);
    QCOMPARE(panel.view()->userLayers().first().features().size(), 2);
    panel.view()->clearUserLayers();
    QVERIFY(panel.view()->userLayers().isEmpty());
}

// The bundled demo as the analyst first sees it: the two camps in their colours, the
// Libyan bases in view and the support arrows from the foreign capitals. With
// ENTENTE_MAP_SHOT=<dir> the panel is saved as demo-map.png.
void TestMapView::demoShowsTheTwoCamps()
{
    QTemporaryDir dir;
    QString error;
    const std::shared_ptr<Project> project =
        test::importDemo(dir.filePath(QStringLiteral("demo.entente")), &error);
    QVERIFY2(project, qPrintable(error));
    Session session;
    session.setProject(project, loadSnapshot(*project), project->path());
    session.network()->recomputeNow();
    const Snapshot &s = session.snapshot();
    const auto blocOf = [&](const char *id) {
        return session.network()->current()->blocOfActor.value(
            s.actorIndex(QString::fromLatin1(id)), -1);
    };

    MapPanel panel(&session);
    panel.resize(1000, 680);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    MapView &view = *panel.view();
    view.fitToData();
    const QRectF rect(view.rect());
    for (const char *id : {"GNA", "LNA", "HoR", "TUR", "QAT", "EGY", "ARE", "FRA", "RUS"}) {
        const auto pos = view.actorPosition(QString::fromLatin1(id));
        QVERIFY2(pos && rect.contains(*pos), id);
    }
    // Arrows from Ankara and Doha to the GNA, from Cairo, Abu Dhabi, Paris, Moscow to the LNA.
    QSet<QString> drawn;
    for (const MapArrowShape &shape : view.layout().arrows()) {
        const MapArrow &a = view.model().arrows()[shape.arrow];
        if (a.sign > 0 && a.headAtTo)
            drawn.insert(s.actors[a.from].id + u'>' + s.actors[a.to].id);
    }
    for (const char *tie : {"TUR>GNA", "QAT>GNA", "EGY>LNA", "ARE>LNA", "FRA>LNA", "RUS>LNA"})
        QVERIFY2(drawn.contains(QString::fromLatin1(tie)), tie);
    const QImage shot = panel.grab().toImage();

    // Countries in their camp's colour (markers, events and arrows off to sample the fills).
    QVERIFY(blocOf("TUR") >= 0 && blocOf("EGY") >= 0 && blocOf("TUR") != blocOf("EGY"));
    QCOMPARE(view.model().countryBloc(QStringLiteral("QAT")), blocOf("TUR"));
    for (const char *id : {"ARE", "FRA", "RUS"})
        QCOMPARE(view.model().countryBloc(QString::fromLatin1(id)), blocOf("EGY"));
    MapLayerOptions fillsOnly;
    fillsOnly.actors = fillsOnly.events = fillsOnly.arrows = fillsOnly.legend = false;
    view.setLayers(fillsOnly);
    const QImage fills = view.grab().toImage();
    const ViewPalette palette(view.palette());
    const auto fillAt = [&](double lon, double lat) {
        return pixel(fills, view.lonLatToWidget(QPointF(lon, lat))).rgb();
    };
    QCOMPARE(fillAt(35.0, 39.0), palette.blocFill(blocOf("TUR")).rgb()); // Anatolia
    QCOMPARE(fillAt(29.0, 26.0), palette.blocFill(blocOf("EGY")).rgb()); // Egypt's desert
    QCOMPARE(fillAt(54.0, 23.5), palette.blocFill(blocOf("EGY")).rgb()); // UAE
    QCOMPARE(fillAt(0.0, 46.0), palette.blocFill(blocOf("EGY")).rgb());  // France

    // A front line loaded by the analyst is drawn over the basemap, in its own colour.
    QVERIFY(panel.loadLayer(QStringLiteral(ENTENTE_TEST_DATA "/map/frontline.geojson"), false));
    const QImage layered = view.grab().toImage();
    QVERIFY(pixelsNear(layered, view.lonLatToWidget(QPointF(16.3, 30.2)), 4,
                       QColor(0xb3, 0x00, 0x6b)) > 2);

    if (const QByteArray out = qgetenv("ENTENTE_MAP_SHOT"); !out.isEmpty()) {
        QVERIFY(shot.save(QString::fromLocal8Bit(out) + QStringLiteral("/demo-map.png")));
        view.setLayers({});
        view.zoomBy(2.5, view.lonLatToWidget(QPointF(17.0, 31.0)));
        QTest::qWait(400); // the zoom settles: the map is drawn afresh at the new scale
        QVERIFY(
            view.grab().save(QString::fromLocal8Bit(out) + QStringLiteral("/demo-map-layer.png")));
        view.setProjection(Projection::Kind::NaturalEarth);
        view.zoomBy(0.15);
        QTest::qWait(400);
        QVERIFY(
            view.grab().save(QString::fromLocal8Bit(out) + QStringLiteral("/demo-map-world.png")));
    }
}

QTEST_MAIN(TestMapView)
#include "tst_mapview.moc"
