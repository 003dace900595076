#include "demoproject.h"
#include "network/networkpanel.h"
#include "network/networkview.h"

#include "analysis/layoutjob.h"
#include "session/networkanalysis.h"
#include "session/session.h"
#include "session/snapshotloader.h"
#include "store/project.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace entente;
using namespace Qt::StringLiterals;

namespace {

DayRange span(const char *text)
{
    const auto s = TimeSpan::parse(QString::fromLatin1(text));
    return {s->firstDay(), s->lastDay()};
}

// Two camps of the Libyan war: Turkey and Qatar behind the GNA; Egypt, the UAE and
// Russia (through the Wagner Group) behind the LNA, which Haftar commands. Turkey's
// support and cooperation join the same two actors; Russia's support names `via`.
std::shared_ptr<Snapshot> makeSnapshot()
{
    auto s = std::make_shared<Snapshot>();
    const auto actor = [&](const char *id, const char *name, ActorKind kind) {
        s->actors.push_back({QString::fromLatin1(id), QString::fromLatin1(name), kind});
        return int(s->actors.size()) - 1;
    };
    const int tur = actor("TUR", "Turkey", ActorKind::State);
    const int qat = actor("QAT", "Qatar", ActorKind::State);
    const int gna = actor("GNA", "Government of National Accord", ActorKind::Government);
    const int lna = actor("LNA", "Libyan National Army", ActorKind::ArmedGroup);
    const int egy = actor("EGY", "Egypt", ActorKind::State);
    const int are = actor("ARE", "United Arab Emirates", ActorKind::State);
    const int rus = actor("RUS", "Russia", ActorKind::State);
    const int wagner = actor("wagner", "Wagner Group", ActorKind::ArmedGroup);
    const int haftar = actor("haftar", "Khalifa Haftar", ActorKind::Person);
    const auto relation = [&](const char *id, int from, int to, RelationType type,
                              const char *valid, int evidence, int via = -1) {
        SnapshotRelation r;
        r.id = QString::fromLatin1(id);
        r.source = from;
        r.target = to;
        r.type = type;
        r.basis = ValidityBasis::Explicit;
        r.periods = {span(valid)};
        r.evidenceCount = evidence;
        r.via = via;
        s->relations.push_back(r);
    };
    relation("r-tur-gna", tur, gna, RelationType::Supports, "2019-11-27/..", 4);
    relation("r-tur-gna-coop", tur, gna, RelationType::CooperatesWith, "2019-11-27/..", 1);
    relation("r-qat-gna", qat, gna, RelationType::Supports, "2019-01/..", 2);
    relation("r-egy-lna", egy, lna, RelationType::Supports, "2019-01/..", 3);
    relation("r-are-lna", are, lna, RelationType::Supports, "2019-01/..", 2);
    relation("r-rus-lna", rus, lna, RelationType::Supports, "2019-06/..", 2, wagner);
    relation("r-wagner-rus", wagner, rus, RelationType::ActsFor, "2019-01/..", 1);
    relation("r-gna-lna", gna, lna, RelationType::Fights, "2019-04-04/2020-10-23", 5);
    relation("r-egy-tur", egy, tur, RelationType::Opposes, "2019-01/..", 1);
    relation("r-haftar-lna", haftar, lna, RelationType::Commands, "2014/..", 1);
    s->finalize();
    return s;
}

double median(QVector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0.0 : values[values.size() / 2];
}

} // namespace

class TestNetworkView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void clickOnNodeSelectsActor_data();
    void clickOnNodeSelectsActor();
    void clickOnEdgeSelectsItsRelations_data();
    void clickOnEdgeSelectsItsRelations();
    void clickOnBackgroundClearsSelection();
    void draggedNodeStaysPinned();
    void doubleClickFocusesNeighbourhoodAndBackUndoes();
    void warmStartMovesNodesLittle();
    void oldAnalysisFreedOnceTheNewIsShown();
    void legendListsBlocsWithMemberCounts();
    void hierarchyEdgesOnlyWhenShown();
    void hoverWashesOutTheRest();
    void sizeByBetweennessOnceComputed();
    void exportsRenderAndWrite();
    void demoScreenshots();

private:
    void settle();

    Session *m_session = nullptr;
    NetworkPanel *m_panel = nullptr;
    NetworkView *m_view = nullptr;
};

void TestNetworkView::init()
{
    m_session = new Session;
    m_session->setProject(nullptr, makeSnapshot());
    m_panel = new NetworkPanel(m_session);
    m_view = m_panel->view();
    m_panel->resize(900, 700);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel));
    settle();
}

void TestNetworkView::cleanup()
{
    delete m_panel;
    delete m_session;
    m_panel = nullptr;
    m_view = nullptr;
    m_session = nullptr;
}

void TestNetworkView::settle()
{
    m_session->network()->recomputeNow();
    m_view->layout()->waitForIdle();
    QVERIFY(m_view->analysis());
    QCOMPARE(m_view->positions().size(), m_view->analysis()->network.nodeCount());
}

void TestNetworkView::clickOnNodeSelectsActor_data()
{
    QTest::addColumn<QString>("actor");
    for (const char *id : {"TUR", "GNA", "LNA", "haftar", "wagner"})
        QTest::newRow(id) << QString::fromLatin1(id);
}

void TestNetworkView::clickOnNodeSelectsActor()
{
    QFETCH(QString, actor);
    const auto pos = m_view->nodePosition(actor);
    QVERIFY(pos);
    QVERIFY(m_view->rect().contains(pos->toPoint()));
    QTest::mouseClick(m_view, Qt::LeftButton, {}, pos->toPoint());
    QCOMPARE(m_session->selection(), Selection::actor(actor));
}

void TestNetworkView::clickOnEdgeSelectsItsRelations_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("target");
    QTest::addColumn<RelationType>("type");
    QTest::addColumn<QString>("relation");
    QTest::newRow("straight") << u"EGY"_s << u"LNA"_s << RelationType::Supports << u"r-egy-lna"_s;
    QTest::newRow("curved support")
        << u"TUR"_s << u"GNA"_s << RelationType::Supports << u"r-tur-gna"_s;
    QTest::newRow("curved cooperation")
        << u"GNA"_s << u"TUR"_s << RelationType::CooperatesWith << u"r-tur-gna-coop"_s;
    QTest::newRow("via") << u"RUS"_s << u"LNA"_s << RelationType::Supports << u"r-rus-lna"_s;
}

void TestNetworkView::clickOnEdgeSelectsItsRelations()
{
    QFETCH(QString, source);
    QFETCH(QString, target);
    QFETCH(RelationType, type);
    QFETCH(QString, relation);
    const auto mid = m_view->edgeMidpoint(source, target, type);
    m_view->grab().save(u"/tmp/netview-test.png"_s);
    QVERIFY(mid);
    QTest::mouseClick(m_view, Qt::LeftButton, {}, mid->toPoint());
    QCOMPARE(m_session->selection().relations, QSet<QString>{relation});
    QVERIFY(m_session->selection().actors.isEmpty());
}

void TestNetworkView::clickOnBackgroundClearsSelection()
{
    m_session->select(Selection::actor(u"TUR"_s));
    // A corner far from every node and edge (the legend is not interactive).
    QPoint corner(m_view->width() - 3, m_view->height() - 3);
    QCOMPARE(m_view->nodePosition(u"TUR"_s).has_value(), true);
    QTest::mouseClick(m_view, Qt::LeftButton, {}, corner);
    QVERIFY(m_session->selection().isEmpty());
}

void TestNetworkView::draggedNodeStaysPinned()
{
    const QString id = u"QAT"_s;
    const QPointF start = *m_view->nodePosition(id);
    const QPoint end = (start + QPointF(-70, 45)).toPoint();
    QTest::mousePress(m_view, Qt::LeftButton, {}, start.toPoint());
    for (int i = 1; i <= 5; ++i) {
        const QPointF p = start + (QPointF(end) - start) * (i / 5.0);
        QMouseEvent move(QEvent::MouseMove, p, m_view->mapToGlobal(p), Qt::NoButton, Qt::LeftButton,
                         Qt::NoModifier);
        QApplication::sendEvent(m_view, &move);
    }
    QTest::mouseRelease(m_view, Qt::LeftButton, {}, end);
    QVERIFY(m_view->layout()->isPinned(id));
    QVERIFY(m_session->selection().isEmpty()); // a drag is not a click
    const QPointF pinnedAt = m_view->layout()->pins().value(id);

    // More layout steps (the settling run, then a new window) leave it where it was put.
    m_view->layout()->waitForIdle();
    QCOMPARE(*m_view->layout()->position(id), pinnedAt);
    const QPointF shown = *m_view->nodePosition(id);
    QVERIFY2((shown - QPointF(end)).manhattanLength() < 2.0,
             qPrintable(QStringLiteral("%1,%2").arg(shown.x()).arg(shown.y())));
    m_session->setTimeWindow(span("2020"));
    settle();
    QCOMPARE(*m_view->layout()->position(id), pinnedAt);
    QVERIFY(m_view->layout()->frame().iterations > 0);

    // Unpinning through the layout lets it move again on the next run.
    m_view->layout()->unpin(id);
    QVERIFY(!m_view->layout()->isPinned(id));
}

void TestNetworkView::doubleClickFocusesNeighbourhoodAndBackUndoes()
{
    const QPoint pos = m_view->nodePosition(u"TUR"_s)->toPoint();
    QTest::mouseDClick(m_view, Qt::LeftButton, {}, pos);
    QCOMPARE(m_session->filter().actorIds, QSet<QString>{u"TUR"_s});
    QVERIFY(m_session->canGoBack());
    settle();
    // Turkey's ego network: Turkey, the actors it has ties with (the GNA it supports,
    // Egypt that opposes it), and the ties among them; not the GNA's war with the LNA
    // nor Qatar's support, which are two steps away.
    const Network &net = m_view->analysis()->network;
    QStringList ids;
    for (const NetworkNode &n : net.nodes())
        ids << n.id;
    QCOMPARE(ids, (QStringList{u"EGY"_s, u"GNA"_s, u"TUR"_s}));
    QCOMPARE(net.edges().size(), 3);
    QVERIFY(m_view->edgeMidpoint(u"EGY"_s, u"TUR"_s, RelationType::Opposes));
    QVERIFY(!m_view->edgeMidpoint(u"GNA"_s, u"LNA"_s, RelationType::Fights));
    m_session->back();
    QVERIFY(m_session->filter().actorIds.isEmpty());
}

void TestNetworkView::warmStartMovesNodesLittle()
{
    m_session->setTimeWindow(span("2019-12/2020-06"));
    settle();
    const QHash<QString, QPointF> before = [&] {
        QHash<QString, QPointF> out;
        const Network &net = m_view->analysis()->network;
        for (int i = 0; i < net.nodeCount(); ++i)
            out.insert(net.nodes()[i].id, m_view->positions()[i]);
        return out;
    }();
    QPointF centre;
    for (const QPointF &p : before)
        centre += p;
    centre /= double(before.size());
    double spread = 0.0;
    for (const QPointF &p : before)
        spread += QPointF::dotProduct(p - centre, p - centre);
    const double radius = std::sqrt(spread / before.size());
    QVERIFY(radius > 0.0);

    // One month later: the same actors, a little more evidence.
    m_session->setTimeWindow(span("2020-01/2020-07"));
    settle();
    const Network &net = m_view->analysis()->network;
    QVector<double> moves;
    for (int i = 0; i < net.nodeCount(); ++i) {
        const auto it = before.constFind(net.nodes()[i].id);
        if (it != before.constEnd())
            moves << std::sqrt(
                QPointF::dotProduct(m_view->positions()[i] - *it, m_view->positions()[i] - *it));
    }
    QVERIFY(moves.size() >= 6);
    QVERIFY2(
        median(moves) < 0.25 * radius,
        qPrintable(QStringLiteral("median move %1, radius %2").arg(median(moves)).arg(radius)));

    // A cold start from the seed is a different picture: the bound above means something.
    m_view->relayout();
    m_view->layout()->waitForIdle();
    QVERIFY(m_view->layout()->frame().iterations > 0);
}

void TestNetworkView::oldAnalysisFreedOnceTheNewIsShown()
{
    m_session->setTimeWindow(span("2019-12/2020-06"));
    settle();
    const std::weak_ptr<const NetworkAnalysis> old = m_session->network()->current();
    QCOMPARE(m_view->analysis(), old.lock().get());
    m_session->setTimeWindow(span("2020-01/2020-07"));
    settle();
    QVERIFY(m_view->analysis() != old.lock().get());
    // Kept (not freed on the GUI thread) until the new network's picture is shown...
    QVERIFY(!old.expired());
    QTRY_VERIFY(m_view->lastPaintedAnalysis() == m_view->analysis());
    // ...then let go on a worker.
    QTRY_VERIFY(old.expired());
}

void TestNetworkView::legendListsBlocsWithMemberCounts()
{
    const NetworkAnalysis *analysis = m_view->analysis();
    QVERIFY(analysis->blocs.blocCount() >= 1);
    const QVector<NetworkLegendEntry> entries = m_view->legendEntries();
    for (int b = 0; b < analysis->blocs.idBound(); ++b) {
        const auto it =
            std::find_if(entries.cbegin(), entries.cend(), [&](const NetworkLegendEntry &e) {
                return e.kind == NetworkLegendEntry::Kind::Bloc && e.bloc == b;
            });
        QVERIFY(it != entries.cend());
        const QString count = QString::number(analysis->blocs.members(b).size());
        QVERIFY2(it->text.contains(count), qPrintable(it->text));
    }
    // The kinds and types on show are explained.
    const auto has = [&](NetworkLegendEntry::Kind kind, const QString &text) {
        return std::any_of(entries.cbegin(), entries.cend(), [&](const NetworkLegendEntry &e) {
            return e.kind == kind && e.text == text;
        });
    };
    QVERIFY(has(NetworkLegendEntry::Kind::Relation, u"supports"_s));
    QVERIFY(has(NetworkLegendEntry::Kind::Relation, u"fights"_s));
    QVERIFY(!has(NetworkLegendEntry::Kind::Relation, u"commands"_s)); // hierarchy hidden
    QVERIFY(has(NetworkLegendEntry::Kind::Actor, u"armed group"_s));
    QVERIFY(has(NetworkLegendEntry::Kind::Actor, u"person"_s));
    QCOMPARE(m_panel->summaryLabel()->text(), m_view->summary());
    QVERIFY(m_view->summary().contains(u"bloc"_s));
}

void TestNetworkView::hierarchyEdgesOnlyWhenShown()
{
    QVERIFY(!m_view->edgeMidpoint(u"haftar"_s, u"LNA"_s, RelationType::Commands));
    m_view->setShowHierarchy(true);
    const auto mid = m_view->edgeMidpoint(u"haftar"_s, u"LNA"_s, RelationType::Commands);
    QVERIFY(mid);
    QTest::mouseClick(m_view, Qt::LeftButton, {}, mid->toPoint());
    QCOMPARE(m_session->selection().relations, QSet<QString>{u"r-haftar-lna"_s});
}

void TestNetworkView::hoverWashesOutTheRest()
{
    // Hovering Qatar lights it and the GNA; Egypt, two steps away, fades.
    const QPoint egypt = m_view->nodePosition(u"EGY"_s)->toPoint();
    const QPoint qatar = m_view->nodePosition(u"QAT"_s)->toPoint();
    const QImage before = m_view->grab().toImage();
    QMouseEvent move(QEvent::MouseMove, QPointF(qatar), m_view->mapToGlobal(QPointF(qatar)),
                     Qt::NoButton, Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(m_view, &move);
    const QImage hovered = m_view->grab().toImage();
    const auto lightness = [](const QImage &image, QPoint p) {
        return QColor(image.pixel(p * image.devicePixelRatio())).lightnessF();
    };
    QVERIFY2(lightness(hovered, egypt) > lightness(before, egypt) + 0.1,
             qPrintable(QStringLiteral("%1 -> %2")
                            .arg(lightness(before, egypt))
                            .arg(lightness(hovered, egypt))));
    QCOMPARE(hovered.pixel(qatar * hovered.devicePixelRatio()),
             before.pixel(qatar * before.devicePixelRatio()));
    QEvent leave(QEvent::Leave);
    QApplication::sendEvent(m_view, &leave);
    QCOMPARE(m_view->grab().toImage(), before);
}

void TestNetworkView::exportsRenderAndWrite()
{
    QImage image(1200, 800, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        NetworkRenderOptions options;
        options.exporting = true;
        m_view->render(painter, QRectF(0, 0, 1200, 800), options);
    }
    // Background painted, and marks of more than one colour on it.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    QVERIFY(colours.size() > 10);
    QVERIFY(qAlpha(image.pixel(1199, 799)) == 255);

    QTemporaryDir dir;
    for (const auto format :
         {NetworkPanel::ExportFormat::Gexf, NetworkPanel::ExportFormat::GraphMl}) {
        const QString path =
            dir.filePath(format == NetworkPanel::ExportFormat::Gexf ? u"n.gexf"_s : u"n.graphml"_s);
        QString error;
        QVERIFY2(m_panel->exportNetwork(path, format, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains("Wagner Group"));
        QVERIFY(bytes.contains("r-rus-lna") || bytes.contains("supports"));
    }
}

// The demo corpus drawn for a person to look at (ENTENTE_SHOTS=<folder>): the whole war,
// hovering Turkey, a selected relation, Haftar's neighbourhood, the hierarchy layer, the
// window up to October 2019, and a dark palette.
void TestNetworkView::demoScreenshots()
{
    const QString folder = qEnvironmentVariable("ENTENTE_SHOTS");
    if (folder.isEmpty())
        QSKIP("set ENTENTE_SHOTS to a folder to render screenshots");
    QTemporaryDir dir;
    QString error;
    const std::shared_ptr<Project> project =
        test::importDemo(dir.filePath(u"demo.entente"_s), &error);
    QVERIFY2(project, qPrintable(error));
    Session session;
    session.setProject(project, loadSnapshot(*project), project->path());

    for (const bool dark : {false, true}) {
        NetworkPanel panel(&session);
        if (dark) {
            QPalette p;
            p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
            p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
            p.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
            p.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
            p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
            p.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
            panel.setPalette(p);
        }
        NetworkView *view = panel.view();
        panel.resize(900, 650);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const auto settle = [&] {
            session.network()->recomputeNow();
            view->layout()->waitForIdle();
            view->fitAll();
        };
        // Events first (a leave event may come in while waiting), then hover, then the shot.
        const auto shoot = [&](const QString &name, std::optional<QPointF> hover = {}) {
            QTest::qWait(20);
            if (hover) {
                QMouseEvent move(QEvent::MouseMove, *hover, view->mapToGlobal(*hover), Qt::NoButton,
                                 Qt::NoButton, Qt::NoModifier);
                QApplication::sendEvent(view, &move);
            }
            QVERIFY(panel.grab().save(folder + u"/network-" + name +
                                      (dark ? u"-dark.png"_s : u".png"_s)));
            QEvent leave(QEvent::Leave);
            QApplication::sendEvent(view, &leave);
        };
        settle();
        shoot(u"all"_s);
        if (dark)
            continue;
        shoot(u"hover"_s, *view->nodePosition(u"TUR"_s));
        session.select(Selection::relation(u"r-rus-supports-lna"_s));
        shoot(u"selected-relation"_s);
        view->setShowHierarchy(true);
        shoot(u"hierarchy"_s);
        view->setShowHierarchy(false);
        QTest::mouseDClick(view, Qt::LeftButton, {}, view->nodePosition(u"haftar"_s)->toPoint());
        settle();
        shoot(u"haftar-neighbourhood"_s);
        session.back();
        session.setTimeWindow(DayRange{kOpenPastDay, FuzzyDate::fromYmd(2019, 10).lastDay()});
        settle();
        shoot(u"to-2019-10"_s);
        session.setTimeWindow(std::nullopt);
    }
}

// Betweenness is computed only once asked for, off the GUI thread; the legend says what
// node size shows once it is there.
void TestNetworkView::sizeByBetweennessOnceComputed()
{
    QVERIFY(!m_view->analysis()->betweenness());
    const auto sizeEntry = [&] {
        for (const NetworkLegendEntry &e : m_view->legendEntries()) {
            if (e.kind == NetworkLegendEntry::Kind::Size)
                return e.text;
        }
        return QString();
    };
    QVERIFY(!sizeEntry().contains(u"betweenness"_s));
    auto *sizeBy = m_panel->findChild<QComboBox *>();
    QVERIFY(sizeBy);
    sizeBy->setCurrentIndex(1);
    QVERIFY(m_session->network()->betweennessWanted());
    QTRY_VERIFY(m_view->analysis()->betweenness());
    QTRY_VERIFY(sizeEntry().contains(u"betweenness"_s));
    // The LNA stands between its backers and everyone else; Qatar, tied to the GNA
    // alone, between no one.
    const Network &net = m_view->analysis()->network;
    const auto between = m_view->analysis()->betweenness();
    const int lna = net.nodeIndex(u"LNA"_s);
    for (int i = 0; i < net.nodeCount(); ++i)
        QVERIFY(between->betweenness(i) <= between->betweenness(lna));
    QVERIFY(between->betweenness(net.nodeIndex(u"GNA"_s)) > 0.0);
    QCOMPARE(between->betweenness(net.nodeIndex(u"QAT"_s)), 0.0);
    sizeBy->setCurrentIndex(0);
    QVERIFY(!m_session->network()->betweennessWanted());
}

QTEST_MAIN(TestNetworkView)
#include "tst_networkview.moc"
