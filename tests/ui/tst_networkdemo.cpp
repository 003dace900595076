#include "demoproject.h"
#include "evidence/evidencepanel.h"
#include "network/networkpanel.h"
#include "network/networkview.h"

#include "analysis/layoutjob.h"
#include "session/networkanalysis.h"
#include "session/session.h"
#include "session/snapshotloader.h"
#include "store/project.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace entente;
using namespace Qt::StringLiterals;

namespace {

DayRange months(int year, int month, int count)
{
    const QDate first(year, month, 1);
    return {first.toJulianDay(), first.addMonths(count).addDays(-1).toJulianDay()};
}

QString allLabelText(const QWidget *root)
{
    QString text;
    for (const QLabel *label : root->findChildren<QLabel *>())
        text += label->text() + u'\n';
    return text;
}

double median(QVector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0.0 : values[values.size() / 2];
}

} // namespace

// The support network of the demo corpus as the analyst meets it: the evidence behind
// Turkey's support a click away, the support gone before the November 2019 memoranda,
// the picture steady while the window moves month by month.
class TestNetworkDemo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void clickOnTurkeyGnaEdgeShowsItsEvidence();
    void windowBeforeNovember2019HasNoTurkishSupport();
    void monthStepsMoveNodesLittle();
    void gnaKeepsItsColourWhenTheWindowMoves();

private:
    void settle();

    QTemporaryDir m_dir;
    std::shared_ptr<Project> m_project;
    Session *m_session = nullptr;
    QWidget *m_host = nullptr;
    NetworkView *m_view = nullptr;
    EvidencePanel *m_evidence = nullptr;
};

void TestNetworkDemo::initTestCase()
{
    QString error;
    m_project = test::importDemo(m_dir.filePath(u"demo.entente"_s), &error);
    QVERIFY2(m_project, qPrintable(error));
}

void TestNetworkDemo::init()
{
    m_session = new Session;
    m_session->setProject(m_project, loadSnapshot(*m_project), m_project->path());
    m_host = new QWidget;
    auto *layout = new QHBoxLayout(m_host);
    auto *panel = new NetworkPanel(m_session, m_host);
    m_evidence = new EvidencePanel(m_session, m_host);
    layout->addWidget(panel, 3);
    layout->addWidget(m_evidence, 1);
    m_view = panel->view();
    m_host->resize(1400, 800);
    m_host->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_host));
    settle();
}

void TestNetworkDemo::cleanup()
{
    delete m_host;
    delete m_session;
    m_host = nullptr;
    m_session = nullptr;
}

void TestNetworkDemo::settle()
{
    m_session->network()->recomputeNow();
    m_view->layout()->waitForIdle();
    m_view->fitAll();
    QVERIFY(m_view->analysis());
}

void TestNetworkDemo::clickOnTurkeyGnaEdgeShowsItsEvidence()
{
    const auto mid = m_view->edgeMidpoint(u"TUR"_s, u"GNA"_s, RelationType::Supports);
    QVERIFY(mid);
    QVERIFY(m_view->rect().contains(mid->toPoint()));
    QTest::mouseClick(m_view, Qt::LeftButton, {}, mid->toPoint());
    const QSet<QString> relations = m_session->selection().relations;
    QVERIFY2(relations.contains(u"r-tur-supports-gna-materiel"_s),
             qPrintable(QStringList(relations.cbegin(), relations.cend()).join(u' ')));
    for (const QString &id : relations)
        QVERIFY2(id.startsWith(u"r-tur-supports-gna"_s), qPrintable(id));
    // Quotes of two of the relations behind the edge (materiel, military).
    QTRY_VERIFY2(
        allLabelText(m_evidence)
            .contains(u"armed drones supplied by Turkey flew from the capital's airports"_s),
        qPrintable(allLabelText(m_evidence)));
    QVERIFY(allLabelText(m_evidence).contains(u"Turkey's parliament voted on 2 January 2020"_s));
}

void TestNetworkDemo::windowBeforeNovember2019HasNoTurkishSupport()
{
    QVERIFY(m_view->edgeMidpoint(u"TUR"_s, u"GNA"_s, RelationType::Supports));
    m_session->setTimeWindow(DayRange{kOpenPastDay, QDate(2019, 10, 31).toJulianDay()});
    settle();
    const Network &net = m_view->analysis()->network;
    QVERIFY(net.nodeCount() > 0);
    const int tur = net.nodeIndex(u"TUR"_s);
    for (const NetworkEdge &e : net.edges())
        QVERIFY(!(e.source == tur && e.sign > 0 && e.type == RelationType::Supports));
    QVERIFY(!m_view->edgeMidpoint(u"TUR"_s, u"GNA"_s, RelationType::Supports));
    m_session->setTimeWindow(DayRange{kOpenPastDay, QDate(2019, 12, 31).toJulianDay()});
    settle();
    QVERIFY(m_view->edgeMidpoint(u"TUR"_s, u"GNA"_s, RelationType::Supports));
}

// Sliding a year-long window by one month at a time, the actors on show before and after
// a step move a small part of the picture's size: warm start, not a new picture.
void TestNetworkDemo::monthStepsMoveNodesLittle()
{
    QVector<double> medians;
    QVector<double> largest;
    for (int step = 0; step < 10; ++step) {
        m_session->setTimeWindow(months(2019 + (6 + step) / 12, 1 + (6 + step) % 12, 12));
        settle();
        const Network &before = m_view->analysis()->network;
        QHash<QString, QPointF> was;
        QPointF centre;
        for (int i = 0; i < before.nodeCount(); ++i) {
            was.insert(before.nodes()[i].id, m_view->positions()[i]);
            centre += m_view->positions()[i];
        }
        centre /= double(std::max(1, before.nodeCount()));
        double spread = 0.0;
        for (const QPointF &p : std::as_const(was))
            spread += QPointF::dotProduct(p - centre, p - centre);
        const double radius = std::sqrt(spread / std::max<qsizetype>(1, was.size()));
        QVERIFY(radius > 0.0);

        m_session->setTimeWindow(months(2019 + (7 + step) / 12, 1 + (7 + step) % 12, 12));
        settle();
        const Network &after = m_view->analysis()->network;
        QVector<double> moves;
        for (int i = 0; i < after.nodeCount(); ++i) {
            const auto it = was.constFind(after.nodes()[i].id);
            if (it == was.constEnd())
                continue;
            const QPointF d = m_view->positions()[i] - *it;
            moves << std::sqrt(QPointF::dotProduct(d, d)) / radius;
        }
        QVERIFY(moves.size() >= 5);
        medians << median(moves);
        largest << *std::max_element(moves.cbegin(), moves.cend());
    }
    const QString numbers = QStringLiteral("median moves %1; largest %2")
                                .arg(QString::number(median(medians), 'f', 3),
                                     QString::number(median(largest), 'f', 3));
    qInfo("%s", qPrintable(numbers));
    QVERIFY2(median(medians) < 0.15, qPrintable(numbers));
    QVERIFY2(median(largest) < 0.4, qPrintable(numbers));
}

// Before November 2019 the LNA's side is the larger; numbered by size, the camps would
// swap colours. The view keeps them: the GNA's node is painted the same colour.
void TestNetworkDemo::gnaKeepsItsColourWhenTheWindowMoves()
{
    const auto gnaColour = [&] {
        // A picture that has become costly (as any may, on a loaded machine) is drawn on a
        // worker while the old one stands in: let it come before looking.
        m_view->grab();
        m_view->waitForPicture();
        const QImage image = m_view->grab().toImage();
        const QPointF at = *m_view->nodePosition(u"GNA"_s) * image.devicePixelRatio();
        return QColor(image.pixel(at.toPoint()));
    };
    const QColor all = gnaColour();
    const int bloc =
        m_view->analysis()->blocs.blocOf(m_view->analysis()->network.nodeIndex(u"GNA"_s));
    QVERIFY(bloc >= 0);
    m_session->setTimeWindow(DayRange{kOpenPastDay, QDate(2019, 10, 31).toJulianDay()});
    settle();
    const NetworkAnalysis &early = *m_view->analysis();
    const int gna = early.network.nodeIndex(u"GNA"_s);
    const int lna = early.network.nodeIndex(u"LNA"_s);
    QVERIFY(early.blocs.members(early.blocs.blocOf(lna)).size() >
            early.blocs.members(early.blocs.blocOf(gna)).size());
    QCOMPARE(early.blocs.blocOf(gna), bloc);
    QCOMPARE(gnaColour(), all);
    m_session->setTimeWindow(months(2020, 6, 12));
    settle();
    QCOMPARE(gnaColour(), all);
}

QTEST_MAIN(TestNetworkDemo)
#include "tst_networkdemo.moc"
