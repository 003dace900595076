// The evidence panel for sources that are not annotated articles: event databases keep
// facts beside an event (ACLED fatalities, GDELT scores) and some record only a link.
#include "evidence/evidencepanel.h"
#include "evidence/evidencesummary.h"
#include "evidence/quotecard.h"
#include "session/session.h"
#include "session/snapshotloader.h"
#include "store/project.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace entente;
using namespace Qt::StringLiterals;

namespace {

Corpus linkOnlyCorpus()
{
    Corpus c;
    Article link;
    link.id = u"gdelt:url1"_s;
    link.title = u"example.org"_s;
    link.url = u"https://example.org/news?id=1&lang=en"_s;
    link.published = FuzzyDate::fromYmd(2020, 1, 19);
    c.articles = {link};
    c.actors = {Actor{u"TUR"_s, u"Turkey"_s, ActorKind::State, u"TUR"_s, {}, {}}};
    Event e;
    e.id = u"ev1"_s;
    e.type = u"consult"_s;
    e.date = *TimeSpan::parse(u"2020-01-19");
    e.title = u"Consultation"_s;
    e.participants = {Participant{u"TUR"_s, {}}};
    e.evidence = {Evidence{link.id, TextSpan{0, 0, {}}}};
    e.attributes = {EventAttribute{u"goldstein"_s, u"1.0"_s},
                    EventAttribute{u"fatalities"_s, u"12"_s},
                    EventAttribute{u"inter_code_1"_s, u"<b>3</b>"_s}};
    c.events = {e};
    return c;
}

QString plainText(const QString &html)
{
    QTextDocument doc;
    doc.setHtml(html);
    return doc.toPlainText();
}

} // namespace

class TestEvidenceSources : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsAttributesEscapedAndLabelled();
    void linkOnlyEvidenceSaysSoAndLinks();
    void attributeLabels_data();
    void attributeLabels();

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Project> m_project;
    Session m_session;
};

void TestEvidenceSources::initTestCase()
{
    QString error;
    m_project = Project::open(m_dir.filePath(u"s.entente"_s), Project::OpenMode::CreateIfMissing,
                              &error);
    QVERIFY2(m_project, qPrintable(error));
    const ImportReport report = m_project->importFiles({{u"g.tsv"_s, linkOnlyCorpus(), {}}});
    QVERIFY2(report.ok(), qPrintable(report.error));
    m_session.setProject(m_project, loadSnapshot(*m_project), m_project->path());
}

void TestEvidenceSources::showsAttributesEscapedAndLabelled()
{
    EvidencePanel panel(&m_session);
    m_session.select(Selection::event(u"ev1"_s));
    const QString html = panel.findChild<QLabel *>(u"evidenceHeader"_s)->text();
    const QString header = plainText(html);
    QVERIFY2(header.contains(u"Goldstein scale"_s), qPrintable(header));
    QVERIFY(header.contains(u"Fatalities"_s));
    QVERIFY(header.contains(u"12"_s));
    // An unknown key still reads as words, and a value is text, never markup.
    QVERIFY(header.contains(u"Inter code 1"_s));
    QVERIFY(header.contains(u"<b>3</b>"_s));
    QVERIFY(!html.contains(u"<b>3</b>"_s));
    // In the source's order.
    QVERIFY(header.indexOf(u"Goldstein"_s) < header.indexOf(u"Fatalities"_s));
}

void TestEvidenceSources::linkOnlyEvidenceSaysSoAndLinks()
{
    EvidencePanel panel(&m_session);
    m_session.select(Selection::event(u"ev1"_s));
    const auto cards = panel.findChildren<QuoteCard *>();
    QCOMPARE(cards.size(), 1);
    QVERIFY(cards.first()->quoteText().contains(u"only a link"_s));
    auto *link = cards.first()->findChild<QLabel *>(u"evidenceLink"_s);
    QVERIFY(link);
    QVERIFY(link->openExternalLinks());
    QVERIFY2(link->text().contains(u"href=\"https://example.org/news?id=1&amp;lang=en\""_s),
             qPrintable(link->text()));

    // There is no text to open and mark: the card does not pretend there is.
    QSignalSpy opened(cards.first(), &QuoteCard::activated);
    cards.first()->setFocus();
    QTest::keyClick(cards.first(), Qt::Key_Return);
    QCOMPARE(opened.size(), 0);
}

void TestEvidenceSources::attributeLabels_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("label");
    QTest::newRow("known") << u"fatalities"_s << u"Fatalities"_s;
    QTest::newRow("known, two words") << u"geo_precision"_s << u"Location precision"_s;
    QTest::newRow("unknown") << u"sub_event_type"_s << u"Sub event type"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestEvidenceSources::attributeLabels()
{
    QFETCH(QString, key);
    QFETCH(QString, label);
    QCOMPARE(EvidenceSummary::attributeLabel(key), label);
}

QTEST_MAIN(TestEvidenceSources)
#include "tst_evidencesources.moc"
