#include "store/project.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace entente;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString kText1 = u"Ankara and Tripoli signed a security accord on 27 November. "
                       "Turkey will train the forces of the GNA, a Turkish official said."_s;
const QString kText2 = u"Haftar's LNA pressed its offensive on Tripoli while Egypt and the UAE "
                       "kept backing it. Turkey sent more advisers to the GNA."_s;

// A span of `text` at the first occurrence of `quote`, offsets in code points (the
// texts here are ASCII until a test says otherwise).
TextSpan spanOf(const QString &text, const QString &quote)
{
    const qsizetype at = text.indexOf(quote);
    Q_ASSERT(at >= 0);
    return TextSpan{at, at + quote.size(), quote};
}

Evidence evidence(const QString &articleId, const QString &text, const QString &quote)
{
    return Evidence{articleId, spanOf(text, quote)};
}

// Two places, three actors, two articles, an event and two relations: one "as
// reported" (no valid), one with an explicit interval.
Corpus baseCorpus()
{
    Corpus c;
    c.places = {Place{u"tripoli"_s, u"Tripoli"_s, 32.89, 13.19, u"LBY"_s, PlaceKind::City},
                Place{u"ankara"_s, u"Ankara"_s, 39.93, 32.86, u"TUR"_s, PlaceKind::City}};
    c.actors = {
        Actor{u"TUR"_s, u"Turkey"_s, ActorKind::State, u"TUR"_s, {u"Türkiye"_s}, u"ankara"_s},
        Actor{u"GNA"_s,
              u"Government of National Accord"_s,
              ActorKind::Government,
              u"LBY"_s,
              {},
              u"tripoli"_s},
        Actor{u"LNA"_s, u"Libyan National Army"_s, ActorKind::ArmedGroup, {}, {}, {}}};
    Article a1{u"a1"_s,
               u"Security accord signed"_s,
               kText1,
               u"Wire"_s,
               u"https://example.org/1"_s,
               FuzzyDate::fromYmd(2019, 12, 2),
               u"en"_s,
               {}};
    a1.mentions = {Mention{spanOf(kText1, u"Ankara"_s), {}, u"ankara"_s},
                   Mention{spanOf(kText1, u"Turkey"_s), u"TUR"_s, {}},
                   Mention{spanOf(kText1, u"GNA"_s), u"GNA"_s, {}}};
    Article a2{u"a2"_s, u"Offensive on Tripoli"_s,   kText2,  u"Daily"_s,
               {},      FuzzyDate::fromYmd(2020, 3), u"en"_s, {}};
    a2.mentions = {Mention{spanOf(kText2, u"LNA"_s), u"LNA"_s, {}}};
    c.articles = {a1, a2};

    Event e1;
    e1.id = u"e1"_s;
    e1.type = u"agreement"_s;
    e1.date = *TimeSpan::parse(u"2019-11-27");
    e1.title = u"Security accord"_s;
    e1.placeId = u"ankara"_s;
    e1.participants = {Participant{u"TUR"_s, u"party"_s}, Participant{u"GNA"_s, u"party"_s}};
    e1.evidence = {evidence(u"a1"_s, kText1, u"signed a security accord"_s)};
    e1.attributes = {EventAttribute{u"source_scale"_s, u"National"_s},
                     EventAttribute{u"fatalities"_s, u"0"_s}};
    c.events = {e1};

    Relation r1;
    r1.id = u"r1"_s;
    r1.sourceId = u"TUR"_s;
    r1.targetId = u"GNA"_s;
    r1.type = RelationType::Supports;
    r1.aspect = u"training"_s;
    r1.evidence = {evidence(u"a1"_s, kText1, u"Turkey will train the forces of the GNA"_s)};
    Relation r2;
    r2.id = u"r2"_s;
    r2.sourceId = u"LNA"_s;
    r2.targetId = u"GNA"_s;
    r2.type = RelationType::Fights;
    r2.valid = TimeSpan::parse(u"2019-04-04/2020-06-05");
    r2.confidence = 0.9;
    r2.evidence = {evidence(u"a2"_s, kText2, u"pressed its offensive on Tripoli"_s)};
    c.relations = {r1, r2};
    return c;
}

FileToImport file(const QString &name, const Corpus &corpus)
{
    return FileToImport{name, corpus, {}};
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

using Mutation = std::function<void(Corpus &)>;

struct Fixture
{
    QTemporaryDir dir;
    QString path = dir.filePath(u"p.entente"_s);
    std::unique_ptr<Project> project = Project::open(path, Project::OpenMode::CreateIfMissing);

    ImportReport import(const Corpus &corpus, const QString &name = u"base.json"_s)
    {
        return project->importFiles({file(name, corpus)});
    }
};

Relation relationById(const QVector<RelationRecord> &records, const QString &id)
{
    for (const RelationRecord &r : records) {
        if (r.relation.id == id)
            return r.relation;
    }
    return {};
}

} // namespace

Q_DECLARE_METATYPE(Mutation)

class TestProject : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importCountsAndLog();
    void reimportIsUnchanged();
    void reportsChangedField_data();
    void reportsChangedField();
    void absentOptionalFieldsKeepValues();
    void unitesAliasesAndEvidence();
    void replacesGivenLists();
    void refusesChangedArticleText();
    void refusesDanglingReference();
    void mergesSeveralFilesInOneTransaction();
    void cutsMissingQuotesByCodePoint();
    void mixesNewAndStoredEntitiesInOneChunk();
    void keepsSearchIndexCurrent();
    void rollsBackOnConstraintFailure();
    void answersLookups();
    void keepsEventAttributesInOrder();
};

void TestProject::importCountsAndLog()
{
    Fixture f;
    QVERIFY(f.project);
    Diagnostic warning;
    warning.severity = Diagnostic::Severity::Warning;
    warning.file = u"base.json"_s;
    warning.message = u"unknown event type"_s;
    const ImportReport report =
        f.project->importFiles({FileToImport{u"base.json"_s, baseCorpus(), {warning}}});
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.count(EntityKind::Place), (ImportCounts{2, 0, 0}));
    QCOMPARE(report.count(EntityKind::Actor), (ImportCounts{3, 0, 0}));
    QCOMPARE(report.count(EntityKind::Article), (ImportCounts{2, 0, 0}));
    QCOMPARE(report.count(EntityKind::Event), (ImportCounts{1, 0, 0}));
    QCOMPARE(report.count(EntityKind::Relation), (ImportCounts{2, 0, 0}));
    QVERIFY(report.changes.isEmpty());
    QCOMPARE(report.warnings.size(), 1);
    QVERIFY(report.rowsWritten > 20);
    QVERIFY(report.rowsPerSecond() > 0);

    const ProjectStats stats = f.project->stats();
    QCOMPARE(stats.articles, 2);
    QCOMPARE(stats.actors, 3);
    QCOMPARE(stats.places, 2);
    QCOMPARE(stats.events, 1);
    QCOMPARE(stats.relations, 2);
    QCOMPARE(stats.mentions, 4);
    QCOMPARE(stats.evidence, 3);

    const QVector<ImportLogEntry> log = f.project->importLog();
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.first().files, QStringList{u"base.json"_s});
    QCOMPARE(log.first().counts[size_t(EntityKind::Relation)], (ImportCounts{2, 0, 0}));
    QCOMPARE(log.first().warnings.size(), 1);
    QVERIFY(log.first().warnings.first().contains(u"unknown event type"));
    QVERIFY(log.first().importedAt.isValid());
}

void TestProject::reimportIsUnchanged()
{
    Fixture f;
    QVERIFY(f.import(baseCorpus()).ok());
    const ImportReport again = f.import(baseCorpus());
    QVERIFY2(again.ok(), qPrintable(again.error));
    QVERIFY(again.changes.isEmpty());
    const int expected[] = {2, 3, 2, 1, 2}; // article, actor, place, event, relation
    for (int k = 0; k < kEntityKindCount; ++k)
        QCOMPARE(again.count(EntityKind(k)), (ImportCounts{0, 0, expected[k]}));
    QCOMPARE(f.project->stats().evidence, 3);
    QCOMPARE(f.project->stats().mentions, 4);
    QCOMPARE(f.project->importLog().size(), 2);
}

void TestProject::reportsChangedField_data()
{
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("oldValue");
    QTest::addColumn<QString>("newValue");

    const auto row = [](const char *name, Mutation m, EntityKind kind, const QString &id,
                        const QString &field, const QString &oldValue, const QString &newValue) {
        QTest::newRow(name) << m << int(kind) << id << field << oldValue << newValue;
    };
    row(
        "actor name", [](Corpus &c) { c.actors[0].name = u"Türkiye"_s; }, EntityKind::Actor,
        u"TUR"_s, u"name"_s, u"Turkey"_s, u"Türkiye"_s);
    row(
        "actor base", [](Corpus &c) { c.actors[0].baseId = u"tripoli"_s; }, EntityKind::Actor,
        u"TUR"_s, u"base"_s, u"ankara"_s, u"tripoli"_s);
    row(
        "place latitude", [](Corpus &c) { c.places[0].lat = 32.9; }, EntityKind::Place,
        u"tripoli"_s, u"lat"_s, u"32.89"_s, u"32.9"_s);
    row(
        "article title", [](Corpus &c) { c.articles[0].title = u"Accord signed"_s; },
        EntityKind::Article, u"a1"_s, u"title"_s, u"Security accord signed"_s, u"Accord signed"_s);
    row(
        "article published", [](Corpus &c) { c.articles[1].published = FuzzyDate::fromYmd(2020); },
        EntityKind::Article, u"a2"_s, u"published"_s, u"2020-03"_s, u"2020"_s);
    row(
        "event date", [](Corpus &c) { c.events[0].date = *TimeSpan::parse(u"2019-11"); },
        EntityKind::Event, u"e1"_s, u"date"_s, u"2019-11-27"_s, u"2019-11"_s);
    row(
        "event place", [](Corpus &c) { c.events[0].placeId = u"tripoli"_s; }, EntityKind::Event,
        u"e1"_s, u"place"_s, u"ankara"_s, u"tripoli"_s);
    row(
        "event attributes",
        [](Corpus &c) { c.events[0].attributes[1].value = u"2"_s; }, EntityKind::Event, u"e1"_s,
        u"attributes"_s, uR"([["source_scale","National"],["fatalities","0"]])"_s,
        uR"([["source_scale","National"],["fatalities","2"]])"_s);
    row(
        "relation valid",
        [](Corpus &c) { c.relations[0].valid = TimeSpan::parse(u"2019-11-27/.."); },
        EntityKind::Relation, u"r1"_s, u"valid"_s, QString(), u"2019-11-27/.."_s);
    row(
        "relation type", [](Corpus &c) { c.relations[1].type = RelationType::Opposes; },
        EntityKind::Relation, u"r2"_s, u"type"_s, u"fights"_s, u"opposes"_s);
    row(
        "relation confidence", [](Corpus &c) { c.relations[1].confidence = 0.5; },
        EntityKind::Relation, u"r2"_s, u"confidence"_s, u"0.9"_s, u"0.5"_s);
}

void TestProject::reportsChangedField()
{
    QFETCH(Mutation, mutate);
    QFETCH(int, kind);
    QFETCH(QString, id);
    QFETCH(QString, field);
    QFETCH(QString, oldValue);
    QFETCH(QString, newValue);

    Fixture f;
    QVERIFY(f.import(baseCorpus()).ok());
    Corpus changed = baseCorpus();
    mutate(changed);
    const ImportReport report = f.import(changed, u"changed.json"_s);
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.changes.size(), 1);
    const ImportChange &c = report.changes.first();
    QCOMPARE(int(c.kind), kind);
    QCOMPARE(c.id, id);
    QCOMPARE(c.field, field);
    QCOMPARE(c.oldValue, oldValue);
    QCOMPARE(c.newValue, newValue);
    QCOMPARE(report.count(EntityKind(kind)).updated, 1);

    // The new value is what the project now returns.
    const ImportReport again = f.import(changed, u"changed.json"_s);
    QVERIFY(again.changes.isEmpty());
}

void TestProject::absentOptionalFieldsKeepValues()
{
    Fixture f;
    QVERIFY(f.import(baseCorpus()).ok());
    Corpus sparse = baseCorpus();
    sparse.actors[0].country.clear();
    sparse.actors[0].baseId.clear();
    sparse.actors[0].aliases.clear();
    sparse.places[0].lat.reset();
    sparse.places[0].kind = PlaceKind::Unspecified;
    sparse.articles[0].source.clear();
    sparse.articles[0].published.reset();
    sparse.articles[0].mentions.clear();
    sparse.events[0].placeId.clear();
    sparse.events[0].participants.clear();
    sparse.events[0].evidence.clear();
    sparse.relations[1].valid.reset();
    sparse.relations[1].confidence.reset();
    const ImportReport report = f.import(sparse, u"sparse.json"_s);
    QVERIFY2(report.ok(), qPrintable(report.error));
    QVERIFY(report.changes.isEmpty());
    QCOMPARE(report.count(EntityKind::Actor).unchanged, 3);

    const QVector<Actor> actors = f.project->actors();
    const auto tur =
        std::find_if(actors.begin(), actors.end(), [](auto &a) { return a.id == u"TUR"; });
    QVERIFY(tur != actors.end());
    QCOMPARE(tur->country, u"TUR"_s);
    QCOMPARE(tur->baseId, u"ankara"_s);
    QCOMPARE(tur->aliases, QStringList{u"Türkiye"_s});
    const QVector<Place> places = f.project->places();
    QCOMPARE(places.last().id, u"tripoli"_s);
    QCOMPARE(places.last().lat, std::optional<double>(32.89));
    QVERIFY(places.last().kind == PlaceKind::City);
    const auto article = f.project->article(u"a1"_s);
    QVERIFY(article);
    QCOMPARE(article->source, u"Wire"_s);
    QCOMPARE(article->published, std::optional(FuzzyDate::fromYmd(2019, 12, 2)));
    QCOMPARE(article->mentions.size(), 3);
    const QVector<EventRecord> events = f.project->events();
    QCOMPARE(events.first().event.placeId, u"ankara"_s);
    QCOMPARE(events.first().event.participants.size(), 2);
    const Relation r2 = relationById(f.project->relations(), u"r2"_s);
    QCOMPARE(r2.valid, TimeSpan::parse(u"2019-04-04/2020-06-05"));
    QCOMPARE(r2.confidence, std::optional<double>(0.9));
}

void TestProject::unitesAliasesAndEvidence()
{
    Fixture f;
    QVERIFY(f.import(baseCorpus()).ok());
    Corpus more = baseCorpus();
    more.actors[0].aliases = {u"Türkiye"_s, u"Republic of Türkiye"_s};
    // The old span again, plus one from a later article: 2 spans, not 3.
    more.relations[0].evidence.append(evidence(u"a2"_s, kText2, u"Turkey sent more advisers"_s));
    const ImportReport report = f.import(more, u"more.json"_s);
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.changes.size(), 2);
    QCOMPARE(report.changes[0].field, u"aliases"_s);
    QCOMPARE(report.changes[0].newValue, u"Türkiye; Republic of Türkiye"_s);
    QCOMPARE(report.changes[1].field, u"evidence"_s);
    QCOMPARE(report.count(EntityKind::Relation), (ImportCounts{0, 1, 1}));

    const QVector<EvidenceRecord> spans = f.project->relationEvidence(u"r1"_s);
    QCOMPARE(spans.size(), 2);
    QCOMPARE(spans[0].quote, u"Turkey will train the forces of the GNA"_s);
    QCOMPARE(spans[1].quote, u"Turkey sent more advisers"_s);
    QCOMPARE(spans[1].articleTitle, u"Offensive on Tripoli"_s);

    // As reported: now held at both publication dates.
    for (const RelationRecord &r : f.project->relations()) {
        if (r.relation.id == u"r1") {
            QVERIFY(r.validity == RelationValidity::AsReported);
            QCOMPARE(r.periods.size(), 2);
            QCOMPARE(r.evidenceCount, 2);
        }
    }
    QCOMPARE(
        f.project
            ->relationsInWindow(QDate(2020, 3, 10).toJulianDay(), QDate(2020, 3, 10).toJulianDay())
            .size(),
        2); // r1 as reported in March 2020, r2 explicitly
}

void TestProject::replacesGivenLists()
{
    Fixture f;
    QVERIFY(f.import(baseCorpus()).ok());
    Corpus next = baseCorpus();
    next.events[0].participants = {Participant{u"TUR"_s, u"host"_s}};
    next.articles[0].mentions.removeLast();
    const ImportReport report = f.import(next, u"next.json"_s);
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.changes.size(), 2);
    QCOMPARE(report.changes[0].field, u"mentions"_s);
    QCOMPARE(report.changes[1].field, u"participants"_s);
    QCOMPARE(report.changes[1].oldValue, u"TUR (party), GNA (party)"_s);
    QCOMPARE(report.changes[1].newValue, u"TUR (host)"_s);
    QCOMPARE(f.project->events().first().event.participants,
             (QVector<Participant>{Participant{u"TUR"_s, u"host"_s}}));
    QCOMPARE(f.project->article(u"a1"_s)->mentions.size(), 2);
    QVERIFY(!f.project->isActorMentioned(u"GNA"_s));
    QVERIFY(f.project->isActorMentioned(u"TUR"_s));
}

void TestProject::refusesChangedArticleText()
{
    Fixture f;
    QVERIFY(f.import(baseCorpus()).ok());
    f.project.reset(); // checkpoints the WAL into the file
    const QByteArray before = fileHash(f.path);
    QVERIFY(!before.isEmpty());

    f.project = Project::open(f.path, Project::OpenMode::OpenExisting);
    QVERIFY(f.project);
    Corpus good = baseCorpus();
    good.actors.append(Actor{u"EGY"_s, u"Egypt"_s, ActorKind::State, u"EGY"_s, {}, {}});
    good.actors[0].name = u"Türkiye"_s;
    Corpus bad;
    bad.articles = {baseCorpus().articles[1]};
    bad.articles[0].text.replace(u"advisers"_s, u"drones"_s);
    const ImportReport report =
        f.project->importFiles({file(u"good.json"_s, good), file(u"bad.json"_s, bad)});
    QVERIFY(!report.ok());
    QVERIFY2(report.error.contains(u"\"a2\""), qPrintable(report.error));
    QVERIFY2(report.error.contains(u"bad.json"), qPrintable(report.error));
    QCOMPARE(report.count(EntityKind::Actor), ImportCounts{});
    QVERIFY(report.changes.isEmpty());
    QVERIFY(!f.project->hasActor(u"EGY"_s));
    QCOMPARE(f.project->importLog().size(), 1);
    f.project.reset();
    QCOMPARE(fileHash(f.path), before);
}

void TestProject::refusesDanglingReference()
{
    Fixture f;
    QVERIFY(f.import(baseCorpus()).ok());
    Corpus dangling;
    Relation r;
    r.id = u"r9"_s;
    r.sourceId = u"RUS"_s;
    r.targetId = u"LNA"_s;
    r.evidence = {evidence(u"a2"_s, kText2, u"LNA"_s)};
    dangling.relations = {r};
    const ImportReport report = f.import(dangling, u"dangling.json"_s);
    QVERIFY(!report.ok());
    QVERIFY2(report.error.contains(u"\"RUS\""), qPrintable(report.error));
    QVERIFY2(report.error.contains(u"dangling.json"), qPrintable(report.error));
    QCOMPARE(f.project->stats().relations, 2);
}

void TestProject::mergesSeveralFilesInOneTransaction()
{
    Fixture f;
    const Corpus base = baseCorpus();
    // File 1 has the actors, whose bases are places that only file 2 brings; the same
    // actor in both files: the later name wins and the actor counts once, as added.
    Corpus first;
    first.actors = base.actors;
    Corpus second;
    second.places = base.places;
    second.actors = {base.actors[2]};
    second.actors[0].name = u"LNA (Haftar)"_s;
    second.articles = base.articles;
    second.events = base.events;
    second.relations = base.relations;
    const ImportReport report =
        f.project->importFiles({file(u"one.json"_s, first), file(u"two.json"_s, second)});
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.count(EntityKind::Actor), (ImportCounts{3, 0, 0}));
    QCOMPARE(report.changes.size(), 1);
    QCOMPARE(report.changes.first().newValue, u"LNA (Haftar)"_s);
    const QVector<ImportLogEntry> log = f.project->importLog();
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.first().files, (QStringList{u"one.json"_s, u"two.json"_s}));
}

void TestProject::cutsMissingQuotesByCodePoint()
{
    Fixture f;
    Corpus c = baseCorpus();
    // Two characters outside the BMP before the span: UTF-16 offsets would be off by 2.
    Article &a = c.articles[0];
    a.text = u"\U0001F1F9\U0001F1F7 "_s + kText1;
    a.mentions.clear();
    const qint64 start = 3 + kText1.indexOf(u"security accord");
    a.mentions = {Mention{TextSpan{start, start + 15, {}}, {}, u"ankara"_s}};
    c.events[0].evidence = {Evidence{u"a1"_s, TextSpan{0, 2, {}}},
                            Evidence{u"a1"_s, TextSpan{start, start + 15, {}}}};
    c.relations[0].evidence.clear();
    QVERIFY(f.import(c).ok());
    const QVector<EvidenceRecord> spans = f.project->eventEvidence(u"e1"_s);
    QCOMPARE(spans.size(), 2);
    QCOMPARE(spans[0].quote, u"\U0001F1F9\U0001F1F7"_s);
    QCOMPARE(spans[1].quote, u"security accord"_s);
    QCOMPARE(f.project->article(u"a1"_s)->mentions.first().span.quote, u"security accord"_s);

    Corpus outside;
    outside.events = c.events;
    outside.events[0].evidence = {Evidence{u"a1"_s, TextSpan{0, 5000, {}}}};
    const ImportReport report = f.import(outside, u"outside.json"_s);
    QVERIFY(!report.ok());
    QVERIFY2(report.error.contains(u"outside"), qPrintable(report.error));
}

void TestProject::mixesNewAndStoredEntitiesInOneChunk()
{
    Fixture f;
    QVERIFY(f.import(baseCorpus()).ok());
    // New events around a stored one, and a new one given twice: the rows of one
    // multi-row insert, some of which meet existing ids.
    Corpus next;
    Event n1 = baseCorpus().events[0];
    n1.id = u"n1"_s;
    n1.title = u"First"_s;
    Event stored = baseCorpus().events[0];
    stored.title = u"Security accord, signed"_s;
    Event n2 = n1;
    n2.id = u"n2"_s;
    n2.participants = {Participant{u"LNA"_s, u"target"_s}};
    Event again = n1;
    again.title = u"First, again"_s;
    again.evidence.append(evidence(u"a2"_s, kText2, u"LNA"_s));
    next.events = {n1, stored, n2, again};
    Relation r3 = baseCorpus().relations[0];
    r3.id = u"r3"_s;
    Relation r2 = baseCorpus().relations[1];
    r2.evidence.append(evidence(u"a1"_s, kText1, u"GNA"_s));
    next.relations = {r3, r2};
    const ImportReport report = f.import(next, u"next.json"_s);
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.count(EntityKind::Event), (ImportCounts{2, 1, 0}));
    QCOMPARE(report.count(EntityKind::Relation), (ImportCounts{1, 1, 0}));

    QHash<QString, EventRecord> events;
    for (const EventRecord &r : f.project->events())
        events.insert(r.event.id, r);
    QCOMPARE(events.size(), 3);
    QCOMPARE(events[u"e1"_s].event.title, u"Security accord, signed"_s);
    QCOMPARE(events[u"n1"_s].event.title, u"First, again"_s);
    QCOMPARE(events[u"n1"_s].evidenceCount, 2);
    QCOMPARE(events[u"n1"_s].event.participants.size(), 2);
    QCOMPARE(events[u"n2"_s].event.participants,
             (QVector<Participant>{Participant{u"LNA"_s, u"target"_s}}));
    QCOMPARE(events[u"n2"_s].evidenceCount, 1);
    QCOMPARE(f.project->eventEvidence(u"n1"_s).size(), 2);
    for (const RelationRecord &r : f.project->relations()) {
        if (r.relation.id == u"r2")
            QCOMPARE(r.evidenceCount, 2);
        if (r.relation.id == u"r3")
            QCOMPARE(r.evidenceCount, 1);
    }
}

void TestProject::keepsSearchIndexCurrent()
{
    Fixture f;
    QVERIFY(f.import(baseCorpus()).ok());
    QCOMPARE(f.project->search(u"zebra"_s).size(), 0);
    Corpus renamed = baseCorpus();
    renamed.articles[0].title = u"Zebra deal"_s;
    QVERIFY(f.import(renamed, u"renamed.json"_s).ok());
    QCOMPARE(f.project->search(u"zebra"_s).size(), 1);
    renamed.articles[0].title = u"Yak deal"_s;
    QVERIFY(f.import(renamed, u"renamed.json"_s).ok());
    QCOMPARE(f.project->search(u"zebra"_s).size(), 0); // the old title left the index
    QCOMPARE(f.project->search(u"yak"_s).size(), 1);
    QCOMPARE(f.project->search(u"deal"_s).first().articleId, u"a1"_s);
    QCOMPARE(f.project->search(u"advisers"_s).first().articleId, u"a2"_s);
}

void TestProject::rollsBackOnConstraintFailure()
{
    Fixture f;
    QVERIFY(f.import(baseCorpus()).ok());
    // A mention of nothing slips past the importer: the schema's CHECK refuses it, and
    // SQLite itself rolls the whole transaction back (INSERT OR ROLLBACK).
    Corpus bad;
    Article a3{u"a3"_s, u"Third"_s, u"Nothing here."_s, {}, {}, std::nullopt, {}, {}};
    a3.mentions = {Mention{TextSpan{0, 7, u"Nothing"_s}, {}, {}}};
    bad.articles = {a3};
    bad.actors = {Actor{u"EGY"_s, u"Egypt"_s, ActorKind::State, {}, {}, {}}};
    const ImportReport report = f.import(bad, u"bad.json"_s);
    QVERIFY(!report.ok());
    QVERIFY2(report.error.contains(u"CHECK"), qPrintable(report.error));
    QVERIFY(!f.project->hasArticle(u"a3"_s));
    QVERIFY(!f.project->hasActor(u"EGY"_s));
    // The connection is usable afterwards.
    QVERIFY(f.import(baseCorpus()).ok());
    QCOMPARE(f.project->importLog().size(), 2);
}

void TestProject::answersLookups()
{
    Fixture f;
    QVERIFY(!f.project->hasActor(u"TUR"_s));
    QVERIFY(!f.project->articleText(u"a1"_s));
    QVERIFY(f.import(baseCorpus()).ok());
    QVERIFY(f.project->hasActor(u"TUR"_s));
    QVERIFY(!f.project->hasActor(u"tur"_s)); // ids are case-sensitive
    QVERIFY(f.project->hasPlace(u"tripoli"_s));
    QVERIFY(!f.project->hasPlace(u"TUR"_s));
    QVERIFY(f.project->hasArticle(u"a2"_s));
    QCOMPARE(f.project->articleText(u"a1"_s), std::optional(kText1));
    QVERIFY(f.project->isActorMentioned(u"LNA"_s));
    QVERIFY(f.project->isActorMentioned(u"GNA"_s));
    QVERIFY(!f.project->isActorMentioned(u"ankara"_s)); // a place, not an actor
}

void TestProject::keepsEventAttributesInOrder()
{
    Fixture f;
    QVERIFY(f.import(baseCorpus()).ok());
    const QVector<EventAttribute> stored = f.project->eventAttributes(u"e1"_s);
    QCOMPARE(stored, baseCorpus().events[0].attributes);
    QVERIFY(f.project->eventAttributes(u"no-such-event"_s).isEmpty());

    // A re-import without attributes keeps them, like any absent optional field.
    Corpus without = baseCorpus();
    without.events[0].attributes.clear();
    QVERIFY(f.import(without, u"again.json"_s).ok());
    QCOMPARE(f.project->eventAttributes(u"e1"_s), stored);
}

QTEST_GUILESS_MAIN(TestProject)
#include "tst_project.moc"
