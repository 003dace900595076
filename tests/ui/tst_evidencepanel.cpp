#include "demoproject.h"
#include "evidence/articleview.h"
#include "evidence/evidencepanel.h"
#include "evidence/evidencestyle.h"
#include "evidence/evidencesummary.h"
#include "evidence/evidencetext.h"
#include "evidence/quotecard.h"
#include "session/session.h"
#include "session/snapshotloader.h"
#include "store/project.h"

#include <QApplication>
#include <QHelpEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QToolTip>

using namespace entente;
using namespace Qt::StringLiterals;

namespace {

// Code-point offsets of `quote` in `text`, counted independently of TextOffsets.
TextSpan spanOf(const QString &text, const QString &quote)
{
    const qsizetype at = text.indexOf(quote);
    Q_ASSERT(at >= 0);
    const qint64 start = text.left(at).toUcs4().size();
    return {start, start + quote.toUcs4().size(), quote};
}

Evidence evidence(const Article &article, const QString &quote)
{
    return {article.id, spanOf(article.text, quote)};
}

Mention actorMention(const Article &article, const QString &quote, const QString &actor)
{
    return {spanOf(article.text, quote), actor, {}};
}

Mention placeMention(const Article &article, const QString &quote, const QString &place)
{
    return {spanOf(article.text, quote), {}, place};
}

// The emoji (a flag is two code points of two UTF-16 units each) put the code-point and
// UTF-16 offsets of everything after them three apart.
const QString kText1 = QStringLiteral(
    "\U0001F1F9\U0001F1F7\U0001F642 Tripoli, 27 November. Turkey will support the Government "
    "of National Accord with training and drones, officials said. A memo described it as "
    "<b>not bold</b> cooperation.");
const QString kQuoteSupport = QStringLiteral(
    "Turkey will support the Government of National Accord with training and drones");
const QString kQuoteHtml = QStringLiteral("described it as <b>not bold</b> cooperation");
const QString kText2 = QStringLiteral(
    "Ankara confirmed the deal.\r\nThe memorandum was signed in Istanbul by Turkey and the "
    "Government of National Accord.");
const QString kQuoteSigned = QStringLiteral("The memorandum was signed in Istanbul");

Corpus makeCorpus()
{
    Corpus c;
    Article a1;
    a1.id = QStringLiteral("a1");
    a1.title = QStringLiteral("Turkey to train GNA forces");
    a1.text = kText1;
    a1.source = QStringLiteral("Example Wire");
    a1.url = QStringLiteral("https://example.org/a1");
    a1.published = FuzzyDate::fromYmd(2019, 11, 28);
    a1.language = QStringLiteral("en");
    a1.mentions = {
        placeMention(a1, QStringLiteral("Tripoli"), QStringLiteral("tripoli")),
        actorMention(a1, QStringLiteral("Turkey"), QStringLiteral("TUR")),
        actorMention(a1, QStringLiteral("Government of National Accord"), QStringLiteral("GNA"))};
    Article a2;
    a2.id = QStringLiteral("a2");
    a2.title = QStringLiteral("Memorandum signed");
    a2.text = kText2;
    a2.source = QStringLiteral("Daily Example");
    a2.published = FuzzyDate::fromYmd(2019, 12);
    a2.mentions = {actorMention(a2, QStringLiteral("Turkey"), QStringLiteral("TUR"))};
    c.articles = {a1, a2};

    c.actors = {{QStringLiteral("TUR"),
                 QStringLiteral("Turkey"),
                 ActorKind::State,
                 QStringLiteral("TUR"),
                 {QStringLiteral("Türkiye")},
                 {}},
                {QStringLiteral("GNA"),
                 QStringLiteral("Government of National Accord"),
                 ActorKind::Government,
                 QStringLiteral("LBY"),
                 {},
                 QStringLiteral("tripoli")},
                {QStringLiteral("LNA"),
                 QStringLiteral("Libyan National Army <i>LNA</i>"),
                 ActorKind::ArmedGroup,
                 QStringLiteral("LBY"),
                 {},
                 {}}};
    Place tripoli;
    tripoli.id = QStringLiteral("tripoli");
    tripoli.name = QStringLiteral("Tripoli");
    tripoli.lat = 32.89;
    tripoli.lon = 13.19;
    tripoli.country = QStringLiteral("LBY");
    tripoli.kind = PlaceKind::City;
    c.places = {tripoli};

    Event e1;
    e1.id = QStringLiteral("e1");
    e1.type = QStringLiteral("agreement");
    e1.date = *TimeSpan::parse(u"2019-11-27");
    e1.title = QStringLiteral("Security memorandum signed");
    e1.placeId = QStringLiteral("tripoli");
    e1.participants = {{QStringLiteral("TUR"), QStringLiteral("initiator")},
                       {QStringLiteral("GNA"), QStringLiteral("party")}};
    e1.cameo = QStringLiteral("057");
    e1.evidence = {evidence(a2, kQuoteSigned)};
    Event e2;
    e2.id = QStringLiteral("e2");
    e2.type = QStringLiteral("training");
    e2.date = *TimeSpan::parse(u"2020-08");
    e2.title = QStringLiteral("Training begins");
    c.events = {e1, e2};

    Relation r1;
    r1.id = QStringLiteral("r1");
    r1.sourceId = QStringLiteral("TUR");
    r1.targetId = QStringLiteral("GNA");
    r1.type = RelationType::Supports;
    r1.aspect = QStringLiteral("military");
    r1.valid = *TimeSpan::parse(u"2019-11-27/..");
    r1.confidence = 0.9;
    r1.evidence = {evidence(a1, kQuoteSupport), evidence(a1, kQuoteHtml),
                   evidence(a2, kQuoteSigned)};
    Relation r2;
    r2.id = QStringLiteral("r2");
    r2.sourceId = QStringLiteral("LNA");
    r2.targetId = QStringLiteral("GNA");
    r2.type = RelationType::Fights;
    r2.evidence = {evidence(a1, kQuoteHtml)};
    c.relations = {r1, r2};
    return c;
}

QString plainText(const QString &html)
{
    QTextDocument doc;
    doc.setHtml(html);
    return doc.toPlainText();
}

QList<QuoteCard *> cardsOf(const EvidencePanel &panel)
{
    return panel.findChildren<QuoteCard *>();
}

QuoteCard *cardWith(const EvidencePanel &panel, const QString &quote)
{
    for (QuoteCard *card : cardsOf(panel)) {
        if (card->record().quote == quote)
            return card;
    }
    return nullptr;
}

// The highlighted pieces of the article text, as the document has them: contiguous
// pieces with the same value of `property` are joined ("Government of National Accord"
// may be cut in two where the evidence mark begins).
QStringList highlighted(const ArticleView &view, int property)
{
    QStringList texts;
    QVariant last;
    int lastEnd = -1;
    for (const auto &sel : view.textEdit()->extraSelections()) {
        const QVariant value = sel.format.property(property);
        if (!value.isValid())
            continue;
        if (value == last && sel.cursor.selectionStart() == lastEnd)
            texts.last() += sel.cursor.selectedText();
        else
            texts << sel.cursor.selectedText();
        last = value;
        lastEnd = sel.cursor.selectionEnd();
    }
    return texts;
}

// The text under the strong evidence mark.
QString markedText(const ArticleView &view)
{
    const QStringList marked = highlighted(view, ArticleView::kEvidenceProperty);
    return marked.size() == 1 ? marked.first() : QString();
}

} // namespace

class TestEvidencePanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void hintWhenNothingSelected();
    void showsEvent();
    void showsRelationWithQuotes();
    void relationValidity();
    void quoteIsPlainText();
    void clickQuoteOpensArticleWithMarkedSpan();
    void backFromArticle_data();
    void backFromArticle();
    void clickingActorMentionSelectsActor();
    void headerLinksSelectThroughSession();
    void actorShowsRelationsByType();
    void severalItems();
    void unknownItem();
    void screenshots();
    void demoScreenshots();

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Project> m_project;
    std::shared_ptr<Snapshot> m_snapshot;
    Session m_session;
};

void TestEvidencePanel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QVERIFY(m_dir.isValid());
    QString error;
    m_project = Project::open(m_dir.filePath(QStringLiteral("t.entente")),
                              Project::OpenMode::CreateIfMissing, &error);
    QVERIFY2(m_project, qPrintable(error));
    const ImportReport report =
        m_project->importFiles({{QStringLiteral("t.json"), makeCorpus(), {}}});
    QVERIFY2(report.ok(), qPrintable(report.error));
    m_snapshot = loadSnapshot(*m_project);
    QCOMPARE(m_snapshot->relations.size(), 2);
    m_session.setProject(m_project, m_snapshot, m_project->path());
}

void TestEvidencePanel::hintWhenNothingSelected()
{
    m_session.clearSelection();
    EvidencePanel panel(&m_session);
    auto *header = panel.findChild<QLabel *>(QStringLiteral("evidenceHeader"));
    QVERIFY(header);
    QVERIFY(plainText(header->text()).contains(QStringLiteral("Nothing selected")));
    QVERIFY(cardsOf(panel).isEmpty());
}

void TestEvidencePanel::showsEvent()
{
    EvidencePanel panel(&m_session);
    m_session.select(Selection::event(QStringLiteral("e1")));
    const QString header =
        plainText(panel.findChild<QLabel *>(QStringLiteral("evidenceHeader"))->text());
    QVERIFY2(header.contains(QStringLiteral("Security memorandum signed")), qPrintable(header));
    QVERIFY(header.contains(QStringLiteral("27 November 2019")));
    QVERIFY(header.contains(QStringLiteral("Turkey (initiator)")));
    QVERIFY(header.contains(QStringLiteral("Tripoli, Libya")));
    QVERIFY(header.contains(QStringLiteral("057")));

    const auto quotes = panel.findChildren<QLabel *>(QStringLiteral("evidenceQuote"));
    QCOMPARE(quotes.size(), 1);
    QVERIFY(quotes.first()->text().contains(kQuoteSigned));
    const auto metas = panel.findChildren<QLabel *>(QStringLiteral("evidenceQuoteMeta"));
    QCOMPARE(metas.size(), 1);
    QCOMPARE(metas.first()->text(), QStringLiteral("Memorandum signed · Daily Example · Dec 2019"));
    auto *count = panel.findChild<QLabel *>(QStringLiteral("evidenceCount"));
    QCOMPARE(count->text(), QStringLiteral("one evidence quote from one article"));

    // A month-precision event says so.
    m_session.select(Selection::event(QStringLiteral("e2")));
    QVERIFY(plainText(panel.findChild<QLabel *>(QStringLiteral("evidenceHeader"))->text())
                .contains(QStringLiteral("August 2020 (month precision)")));
    QVERIFY(cardsOf(panel).isEmpty());
    QVERIFY(count->text().contains(QStringLiteral("No evidence")));
}

void TestEvidencePanel::showsRelationWithQuotes()
{
    EvidencePanel panel(&m_session);
    m_session.select(Selection::relation(QStringLiteral("r1")));
    const QString header =
        plainText(panel.findChild<QLabel *>(QStringLiteral("evidenceHeader"))->text());
    QVERIFY2(header.contains(QStringLiteral("Turkey supports Government of National Accord")),
             qPrintable(header));
    QVERIFY(header.contains(QStringLiteral("+ friendly")));
    QVERIFY(header.contains(QStringLiteral("military")));
    QVERIFY(header.contains(QStringLiteral("90 %")));

    QStringList quotes;
    for (QLabel *label : panel.findChildren<QLabel *>(QStringLiteral("evidenceQuote")))
        quotes << label->text();
    QCOMPARE(quotes.size(), 3);
    QVERIFY(quotes.join(u'\n').contains(kQuoteSupport));
    QVERIFY(quotes.join(u'\n').contains(kQuoteSigned));
    const QString count = panel.findChild<QLabel *>(QStringLiteral("evidenceCount"))->text();
    QCOMPARE(count, QStringLiteral("3 evidence quotes from 2 articles"));
}

void TestEvidencePanel::relationValidity()
{
    EvidencePanel panel(&m_session);
    auto *header = panel.findChild<QLabel *>(QStringLiteral("evidenceHeader"));
    m_session.select(Selection::relation(QStringLiteral("r1")));
    QVERIFY(plainText(header->text())
                .contains(QStringLiteral("since 27 Nov 2019 (explicit interval)")));
    // Without `valid`, the relation holds at its articles' publication dates.
    m_session.select(Selection::relation(QStringLiteral("r2")));
    const QString text = plainText(header->text());
    QVERIFY2(text.contains(QStringLiteral("as reported")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("28 Nov 2019")));
    QVERIFY(text.contains(QStringLiteral("fights")));
    QVERIFY(text.contains(QStringLiteral("hostile")));
    // An actor name with markup is shown literally in the rich-text header.
    QVERIFY2(text.contains(QStringLiteral("Libyan National Army <i>LNA</i>")), qPrintable(text));
}

void TestEvidencePanel::quoteIsPlainText()
{
    EvidencePanel panel(&m_session);
    m_session.select(Selection::relation(QStringLiteral("r2")));
    const auto quotes = panel.findChildren<QLabel *>(QStringLiteral("evidenceQuote"));
    QCOMPARE(quotes.size(), 1);
    QCOMPARE(quotes.first()->textFormat(), Qt::PlainText);
    QVERIFY(quotes.first()->text().contains(QStringLiteral("<b>not bold</b>")));

    QuoteCard *card = cardWith(panel, kQuoteHtml);
    QVERIFY(card);
    QTest::mouseClick(card, Qt::LeftButton);
    auto *text = panel.findChild<QPlainTextEdit *>(QStringLiteral("articleText"));
    QVERIFY(text->toPlainText().contains(QStringLiteral("<b>not bold</b>")));
}

void TestEvidencePanel::clickQuoteOpensArticleWithMarkedSpan()
{
    EvidencePanel panel(&m_session);
    panel.resize(420, 500);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    m_session.select(Selection::relation(QStringLiteral("r1")));
    QuoteCard *card = cardWith(panel, kQuoteSupport);
    QVERIFY(card);
    QVERIFY(!panel.isShowingArticle());
    QTest::mouseClick(card, Qt::LeftButton);
    QVERIFY(panel.isShowingArticle());

    auto *view = panel.findChild<ArticleView *>();
    QVERIFY(view);
    QCOMPARE(view->articleId(), QStringLiteral("a1"));
    QCOMPARE(view->textEdit()->toPlainText(), kText1);
    const QString header =
        plainText(panel.findChild<QLabel *>(QStringLiteral("articleHeader"))->text());
    QVERIFY(header.contains(QStringLiteral("Turkey to train GNA forces")));
    QVERIFY(header.contains(QStringLiteral("Example Wire")));
    QVERIFY(header.contains(QStringLiteral("28 November 2019")));
    QVERIFY(header.contains(QStringLiteral("https://example.org/a1")));

    // The span arrives in code points; the mark is at the UTF-16 position of the quote.
    const TextSpan span = spanOf(kText1, kQuoteSupport);
    const int utf16 = int(kText1.indexOf(kQuoteSupport));
    QCOMPARE(span.start + 3, qint64(utf16));
    QCOMPARE(view->markedRange(), qMakePair(utf16, utf16 + int(kQuoteSupport.size())));

    // What is drawn: the evidence selection covers exactly the quote, and every mention
    // (three here) is highlighted too.
    QCOMPARE(markedText(*view), kQuoteSupport);
    QCOMPARE(highlighted(*view, ArticleView::kMentionProperty),
             (QStringList{QStringLiteral("Tripoli"), QStringLiteral("Turkey"),
                          QStringLiteral("Government of National Accord")}));
    // Inside the mark a mention keeps its own underline colour.
    const EvidenceStyle style(view->palette());
    bool underlinedInMark = false;
    for (const auto &sel : view->textEdit()->extraSelections()) {
        if (sel.format.hasProperty(ArticleView::kEvidenceProperty) &&
            sel.format.property(ArticleView::kMentionProperty).toString() == u"actor:TUR") {
            QCOMPARE(sel.format.underlineColor(), style.actorMentionLine());
            QCOMPARE(sel.format.background().color(), style.evidenceBackground());
            underlinedInMark = true;
        }
    }
    QVERIFY(underlinedInMark);

    // The span is scrolled into view.
    QTRY_VERIFY(view->textEdit()->textCursor().position() == utf16);
    const QRect caret = view->textEdit()->cursorRect();
    QVERIFY(view->textEdit()->viewport()->rect().contains(caret.center()));
}

void TestEvidencePanel::backFromArticle_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("modifiers");
    QTest::newRow("Esc in text") << u"articleText"_s << int(Qt::Key_Escape) << int(Qt::NoModifier);
    QTest::newRow("Alt+Left in text")
        << u"articleText"_s << int(Qt::Key_Left) << int(Qt::AltModifier);
    QTest::newRow("Esc on button")
        << u"articleBack"_s << int(Qt::Key_Escape) << int(Qt::NoModifier);
    QTest::newRow("Alt+Left on button")
        << u"articleBack"_s << int(Qt::Key_Left) << int(Qt::AltModifier);
}

void TestEvidencePanel::backFromArticle()
{
    QFETCH(QString, target);
    QFETCH(int, key);
    QFETCH(int, modifiers);
    EvidencePanel panel(&m_session);
    m_session.select(Selection::event(QStringLiteral("e1")));
    panel.showArticle(QStringLiteral("a2"), 0, 6);
    QVERIFY(panel.isShowingArticle());
    auto *widget = panel.findChild<QWidget *>(target);
    QVERIFY(widget);
    QTest::keyClick(widget, Qt::Key(key), Qt::KeyboardModifiers(modifiers));
    QVERIFY(!panel.isShowingArticle());
    // The quotes are still those of the selection.
    QCOMPARE(cardsOf(panel).size(), 1);

    // Other keys do not leave the article.
    panel.showArticle(QStringLiteral("a2"), 0, 6);
    QTest::keyClick(widget, Qt::Key_Left);
    QVERIFY(panel.isShowingArticle());
}

void TestEvidencePanel::clickingActorMentionSelectsActor()
{
    EvidencePanel panel(&m_session);
    panel.resize(500, 400);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    m_session.select(Selection::event(QStringLiteral("e1")));
    const TextSpan turkey = spanOf(kText2, QStringLiteral("Turkey"));
    panel.showArticle(QStringLiteral("a2"), turkey.start, turkey.end);
    auto *text = panel.findChild<QPlainTextEdit *>(QStringLiteral("articleText"));

    // The middle of the word "Turkey" (CRLF before it: code points equal UTF-16 here only
    // because "\r\n" is kept as two characters).
    const int at = int(kText2.indexOf(QStringLiteral("Turkey")));
    QCOMPARE(panel.findChild<ArticleView *>()->markedRange().first, at);
    // QTextDocument would turn "\r\n" into one block break and shift every later position.
    QCOMPARE(text->document()->characterCount() - 1, int(kText2.size()));
    QCOMPARE(markedText(*panel.findChild<ArticleView *>()), QStringLiteral("Turkey"));
    QTextCursor cursor(text->document());
    cursor.setPosition(at + 3);
    const QRect r = text->cursorRect(cursor);
    // Hovering names the actor.
    QHelpEvent help(QEvent::ToolTip, r.center(), text->viewport()->mapToGlobal(r.center()));
    QApplication::sendEvent(text->viewport(), &help);
    QTRY_COMPARE(QToolTip::text(), u"Actor: Turkey (state)\nClick to select it"_s);
    QTest::mouseClick(text->viewport(), Qt::LeftButton, {}, r.center());
    QCOMPARE(m_session.selection(), Selection::actor(QStringLiteral("TUR")));
    // Selecting goes back to the quotes page, now about the actor.
    QVERIFY(!panel.isShowingArticle());

    // Plain text is not a link.
    panel.showArticle(QStringLiteral("a2"), 0, 0);
    cursor.setPosition(2);
    QTest::mouseClick(text->viewport(), Qt::LeftButton, {}, text->cursorRect(cursor).center());
    QCOMPARE(m_session.selection(), Selection::actor(QStringLiteral("TUR")));
    QVERIFY(panel.isShowingArticle());
}

void TestEvidencePanel::headerLinksSelectThroughSession()
{
    EvidencePanel panel(&m_session);
    m_session.select(Selection::relation(QStringLiteral("r1")));
    auto *header = panel.findChild<QLabel *>(QStringLiteral("evidenceHeader"));
    const QString link =
        EvidenceSummary::href(EvidenceSummary::LinkKind::Actor, QStringLiteral("GNA"));
    QVERIFY(header->text().contains(link));
    QSignalSpy spy(&m_session, &Session::selectionChanged);
    Q_EMIT header->linkActivated(link);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(m_session.selection(), Selection::actor(QStringLiteral("GNA")));

    // Ids survive the round trip whatever they contain.
    const QString odd = QStringLiteral("a/b \"<x>\" & é");
    const auto parsed =
        EvidenceSummary::parseHref(EvidenceSummary::href(EvidenceSummary::LinkKind::Relation, odd));
    QVERIFY(parsed);
    QCOMPARE(parsed->kind, EvidenceSummary::LinkKind::Relation);
    QCOMPARE(parsed->id, odd);
    QVERIFY(!EvidenceSummary::parseHref(QStringLiteral("https://example.org")));
    QCOMPARE(
        EvidenceSummary::linkToolTip(*m_snapshot, {EvidenceSummary::LinkKind::Actor, u"TUR"_s}),
        u"Select Turkey in every view"_s);
}

void TestEvidencePanel::actorShowsRelationsByType()
{
    EvidencePanel panel(&m_session);
    m_session.select(Selection::actor(QStringLiteral("GNA")));
    auto *header = panel.findChild<QLabel *>(QStringLiteral("evidenceHeader"));
    const QString text = plainText(header->text());
    QVERIFY2(text.contains(QStringLiteral("government")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Libya")));
    QVERIFY(text.contains(QStringLiteral("Tripoli")));
    // Grouped by type, friendly before hostile, each with the other actor; the direction
    // is in the heading ("supported by") and the arrow.
    const qsizetype supports = text.indexOf(QStringLiteral("supported by\n← Turkey"));
    const qsizetype fights = text.indexOf(QStringLiteral("fights"));
    QVERIFY2(supports >= 0 && fights > supports, qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("↔ Libyan National Army <i>LNA</i>")));
    // Each relation is a link that selects it.
    const QString toR1 =
        EvidenceSummary::href(EvidenceSummary::LinkKind::Relation, QStringLiteral("r1"));
    QVERIFY(header->text().contains(toR1));
    Q_EMIT header->linkActivated(toR1);
    QCOMPARE(m_session.selection(), Selection::relation(QStringLiteral("r1")));
}

void TestEvidencePanel::severalItems()
{
    EvidencePanel panel(&m_session);
    Selection both;
    both.events = {QStringLiteral("e1")};
    both.relations = {QStringLiteral("r2")};
    m_session.select(both);
    auto *header = panel.findChild<QLabel *>(QStringLiteral("evidenceHeader"));
    const QString text = plainText(header->text());
    QVERIFY2(text.contains(QStringLiteral("Event: Security memorandum signed")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Relation: Libyan National Army <i>LNA</i> fights")));
    QCOMPARE(cardsOf(panel).size(), 2);
    const auto contexts = panel.findChildren<QLabel *>(QStringLiteral("evidenceQuoteContext"));
    QCOMPARE(contexts.size(), 2);
    const QString count = panel.findChild<QLabel *>(QStringLiteral("evidenceCount"))->text();
    QCOMPARE(count, QStringLiteral("2 evidence quotes from 2 articles"));

    Q_EMIT header->linkActivated(
        EvidenceSummary::href(EvidenceSummary::LinkKind::Event, QStringLiteral("e1")));
    QCOMPARE(m_session.selection(), Selection::event(QStringLiteral("e1")));
}

void TestEvidencePanel::unknownItem()
{
    EvidencePanel panel(&m_session);
    m_session.select(Selection::event(QStringLiteral("no-such-event")));
    QVERIFY(plainText(panel.findChild<QLabel *>(QStringLiteral("evidenceHeader"))->text())
                .contains(QStringLiteral("not in this project")));
    QVERIFY(cardsOf(panel).isEmpty());
}

// Renders the panel's pages to PNGs for a person to look at (ENTENTE_SHOTS=<folder>).
void TestEvidencePanel::screenshots()
{
    const QString folder = qEnvironmentVariable("ENTENTE_SHOTS");
    if (folder.isEmpty())
        QSKIP("set ENTENTE_SHOTS to a folder to render screenshots");
    for (const bool dark : {false, true}) {
        EvidencePanel panel(&m_session);
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
        panel.resize(440, 640);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const QString suffix = dark ? QStringLiteral("-dark.png") : QStringLiteral(".png");
        const auto shoot = [&](const QString &name) {
            QTest::qWait(50);
            QVERIFY(panel.grab().save(folder + u'/' + name + suffix));
        };
        m_session.select(Selection::relation(QStringLiteral("r1")));
        shoot(QStringLiteral("relation"));
        m_session.select(Selection::event(QStringLiteral("e1")));
        shoot(QStringLiteral("event"));
        m_session.select(Selection::actor(QStringLiteral("GNA")));
        shoot(QStringLiteral("actor"));
        Selection both;
        both.events = {QStringLiteral("e1")};
        both.relations = {QStringLiteral("r2"), QStringLiteral("r1")};
        m_session.select(both);
        shoot(QStringLiteral("several"));
        m_session.select(Selection::relation(QStringLiteral("r1")));
        QTest::mouseClick(cardWith(panel, kQuoteSupport), Qt::LeftButton);
        shoot(QStringLiteral("article"));
        m_session.clearSelection();
        shoot(QStringLiteral("empty"));
    }
}

// The same with the bundled demo corpus: real article lengths, a French article.
void TestEvidencePanel::demoScreenshots()
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

    EvidencePanel panel(&session);
    panel.resize(460, 700);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const auto shoot = [&](const QString &name) {
        QTest::qWait(50);
        QVERIFY(panel.grab().save(folder + u"/demo-" + name + u".png"));
    };
    session.select(Selection::relation(u"r-gna-fights-lna"_s));
    shoot(u"relation"_s);
    QTest::mouseClick(cardsOf(panel).constLast(), Qt::LeftButton);
    shoot(u"article"_s);
    session.select(Selection::actor(u"TUR"_s));
    shoot(u"actor"_s);
    session.select(Selection::event(u"e-mou"_s));
    shoot(u"event"_s);
}

QTEST_MAIN(TestEvidencePanel)
#include "tst_evidencepanel.moc"
