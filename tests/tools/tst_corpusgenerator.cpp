#include "corpusgenerator.h"
#include "model/fuzzydate.h"
#include "model/vocabulary.h"

#include <QBuffer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace entente;

namespace {

QByteArray generate(const GeneratorOptions &options)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CorpusGenerator generator(options);
    if (!generator.write(&buffer))
        qWarning("generation failed: %s", qPrintable(generator.errorString()));
    return buffer.data();
}

GeneratorOptions smallOptions(quint32 seed = 7)
{
    GeneratorOptions options;
    options.articles = 50;
    options.actors = 30;
    options.events = 200;
    options.relations = 200;
    options.seed = seed;
    return options;
}

// The text between two code-point offsets, counted independently of the generator.
QString codePointSlice(const QList<uint> &codePoints, qint64 start, qint64 end)
{
    if (start < 0 || end > codePoints.size() || start >= end)
        return QStringLiteral("<out of range>");
    const QList<uint> part = codePoints.mid(start, end - start);
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(part.constData()), part.size());
}

QSet<QString> toSet(const QStringList &list)
{
    return QSet<QString>(list.cbegin(), list.cend());
}

int campOfActor(const QString &id, int camps)
{
    return id.mid(1).toInt() % camps;
}

} // namespace

class TestCorpusGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void countsAndIds();
    void referencesResolve();
    void spansMatchTheirText();
    void offsetsCountCodePointsNotUtf16();
    void coversTheFormat();
    void datesParse();
    void campsShapeTheSigns();
    void isDeterministic();
    void rejectsBadOptions_data();
    void rejectsBadOptions();

private:
    QJsonObject m_small;
    QJsonObject m_medium;
    int m_mediumCamps = 0;
};

void TestCorpusGenerator::initTestCase()
{
    QJsonParseError error;
    const QJsonDocument small = QJsonDocument::fromJson(generate(smallOptions()), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    m_small = small.object();

    GeneratorOptions medium;
    medium.articles = 300;
    medium.actors = 200;
    medium.events = 3000;
    medium.relations = 3000;
    medium.seed = 11;
    const QJsonDocument doc = QJsonDocument::fromJson(generate(medium), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    m_medium = doc.object();
    m_mediumCamps = CorpusGenerator(medium).campCount();
}

void TestCorpusGenerator::countsAndIds()
{
    QCOMPARE(m_small.value(u"format").toString(), QStringLiteral("entente-corpus"));
    QCOMPARE(m_small.value(u"version").toInt(), 1);
    QCOMPARE(m_small.value(u"articles").toArray().size(), 50);
    QCOMPARE(m_small.value(u"actors").toArray().size(), 30);
    QCOMPARE(m_small.value(u"places").toArray().size(), 15);
    QCOMPARE(m_small.value(u"events").toArray().size(), 200);
    QCOMPARE(m_small.value(u"relations").toArray().size(), 200);
    for (const char *kind : {"articles", "actors", "places", "events", "relations"}) {
        QSet<QString> ids;
        const QJsonArray items = m_small.value(QLatin1String(kind)).toArray();
        for (const QJsonValue &item : items) {
            const QString id = item.toObject().value(u"id").toString();
            QVERIFY2(!id.isEmpty(), kind);
            ids.insert(id);
        }
        QVERIFY2(ids.size() == items.size(), kind);
    }
}

void TestCorpusGenerator::referencesResolve()
{
    QSet<QString> articles, actors, places;
    for (const QJsonValue &v : m_small.value(u"articles").toArray())
        articles.insert(v[u"id"].toString());
    for (const QJsonValue &v : m_small.value(u"actors").toArray())
        actors.insert(v[u"id"].toString());
    for (const QJsonValue &v : m_small.value(u"places").toArray())
        places.insert(v[u"id"].toString());

    for (const QJsonValue &v : m_small.value(u"actors").toArray()) {
        if (v.toObject().contains(u"base"))
            QVERIFY(places.contains(v[u"base"].toString()));
    }
    QSet<QString> mentioned;
    for (const QJsonValue &article : m_small.value(u"articles").toArray()) {
        for (const QJsonValue &m : article[u"mentions"].toArray()) {
            const QJsonObject mention = m.toObject();
            QVERIFY(mention.contains(u"actor") != mention.contains(u"place"));
            if (mention.contains(u"actor")) {
                QVERIFY(actors.contains(mention[u"actor"].toString()));
                mentioned.insert(mention[u"actor"].toString());
            } else {
                QVERIFY(places.contains(mention[u"place"].toString()));
            }
        }
    }
    // Every actor is annotated somewhere, so an import gives no "never mentioned" warning.
    QCOMPARE(mentioned, actors);
    for (const QJsonValue &v : m_small.value(u"events").toArray()) {
        const QJsonObject event = v.toObject();
        if (event.contains(u"place"))
            QVERIFY(places.contains(event[u"place"].toString()));
        const QJsonArray participants = event[u"participants"].toArray();
        QVERIFY(participants.size() >= 1 && participants.size() <= 3);
        for (const QJsonValue &p : participants) {
            QVERIFY(actors.contains(p[u"actor"].toString()));
            QVERIFY(!p[u"role"].toString().isEmpty());
        }
        const QJsonArray evidence = event[u"evidence"].toArray();
        QVERIFY(evidence.size() >= 1 && evidence.size() <= 2);
        for (const QJsonValue &e : evidence)
            QVERIFY(articles.contains(e[u"article"].toString()));
    }
    for (const QJsonValue &v : m_small.value(u"relations").toArray()) {
        const QJsonObject relation = v.toObject();
        for (const char16_t *key : {u"source", u"target", u"via", u"claimed_by"}) {
            if (relation.contains(key))
                QVERIFY(actors.contains(relation[key].toString()));
        }
        QVERIFY(relation[u"source"] != relation[u"target"]);
        const QJsonArray evidence = relation[u"evidence"].toArray();
        QVERIFY(evidence.size() >= 1 && evidence.size() <= 2);
        for (const QJsonValue &e : evidence)
            QVERIFY(articles.contains(e[u"article"].toString()));
    }
}

void TestCorpusGenerator::spansMatchTheirText()
{
    for (const QJsonObject &corpus : {m_small, m_medium}) {
        QHash<QString, QList<uint>> texts;
        for (const QJsonValue &v : corpus.value(u"articles").toArray())
            texts.insert(v[u"id"].toString(), v[u"text"].toString().toUcs4());

        QHash<QString, QStringList> names;
        for (const char16_t *kind : {u"actors", u"places"}) {
            for (const QJsonValue &v : corpus.value(kind).toArray()) {
                QStringList all{v[u"name"].toString()};
                for (const QJsonValue &alias : v[u"aliases"].toArray())
                    all << alias.toString();
                names.insert(v[u"id"].toString(), all);
            }
        }
        int mentions = 0;
        for (const QJsonValue &article : corpus.value(u"articles").toArray()) {
            const QList<uint> &text = texts[article[u"id"].toString()];
            for (const QJsonValue &m : article[u"mentions"].toArray()) {
                const QString id = m.toObject().contains(u"actor") ? m[u"actor"].toString()
                                                                   : m[u"place"].toString();
                const QString named =
                    codePointSlice(text, m[u"start"].toInteger(), m[u"end"].toInteger());
                QVERIFY2(names[id].contains(named), qPrintable(id + u": " + named));
                ++mentions;
            }
        }
        QVERIFY(mentions > 0);

        int spans = 0;
        for (const char16_t *kind : {u"events", u"relations"}) {
            for (const QJsonValue &item : corpus.value(kind).toArray()) {
                for (const QJsonValue &e : item[u"evidence"].toArray()) {
                    const QString quote = e[u"quote"].toString();
                    QVERIFY(!quote.isEmpty());
                    QCOMPARE(codePointSlice(texts[e[u"article"].toString()],
                                            e[u"start"].toInteger(), e[u"end"].toInteger()),
                             quote);
                    ++spans;
                }
            }
        }
        QVERIFY(spans >= corpus.value(u"events").toArray().size() +
                             corpus.value(u"relations").toArray().size());
    }
}

void TestCorpusGenerator::offsetsCountCodePointsNotUtf16()
{
    // At least one evidence span must sit after a character outside the BMP, where UTF-16
    // offsets and code-point offsets differ; otherwise the corpus would not catch the bug.
    QHash<QString, QString> texts;
    for (const QJsonValue &v : m_medium.value(u"articles").toArray())
        texts.insert(v[u"id"].toString(), v[u"text"].toString());
    int shifted = 0;
    for (const QJsonValue &item : m_medium.value(u"events").toArray()) {
        for (const QJsonValue &e : item[u"evidence"].toArray()) {
            const QString &text = texts[e[u"article"].toString()];
            const QList<uint> codePoints = text.toUcs4();
            const qint64 start = e[u"start"].toInteger();
            const QString before = codePointSlice(codePoints, 0, start);
            if (before.size() != start) {
                ++shifted;
                QVERIFY(text.mid(start, e[u"quote"].toString().size()) != e[u"quote"].toString());
            }
        }
    }
    QVERIFY(shifted > 0);
}

void TestCorpusGenerator::coversTheFormat()
{
    QSet<QString> relationTypes, aspects, actorKinds, placeKinds, eventTypes;
    int viaCount = 0, claimed = 0, confident = 0, asReported = 0, openEnd = 0, openStart = 0;
    for (const QJsonValue &v : m_medium.value(u"relations").toArray()) {
        const QJsonObject r = v.toObject();
        const QString type = r[u"type"].toString();
        relationTypes.insert(type);
        QCOMPARE(r.contains(u"aspect"), type == u"supports");
        if (r.contains(u"aspect"))
            aspects.insert(r[u"aspect"].toString());
        viaCount += r.contains(u"via");
        claimed += r.contains(u"claimed_by");
        if (r.contains(u"confidence")) {
            ++confident;
            const double c = r[u"confidence"].toDouble(-1);
            QVERIFY(c >= 0 && c <= 1);
        }
        const QString valid = r[u"valid"].toString();
        asReported += valid.isEmpty();
        openEnd += valid.endsWith(u"/..");
        openStart += valid.startsWith(u"../");
    }
    QCOMPARE(relationTypes, toSet(relationTypeNames()));
    QCOMPARE(aspects, toSet(supportAspectNames()));
    QVERIFY(viaCount > 0);
    QVERIFY(claimed > 0);
    QVERIFY(confident > 0);
    QVERIFY(asReported > 0);
    QVERIFY(openEnd > 0);
    QVERIFY(openStart > 0);

    for (const QJsonValue &v : m_medium.value(u"actors").toArray())
        actorKinds.insert(v[u"kind"].toString());
    QCOMPARE(actorKinds, toSet(actorKindNames()));
    for (const QJsonValue &v : m_medium.value(u"places").toArray()) {
        placeKinds.insert(v[u"kind"].toString());
        QVERIFY(v.toObject().contains(u"lat") || v[u"kind"].toString() == u"country");
    }
    QCOMPARE(placeKinds, toSet(placeKindNames()));
    for (const QJsonValue &v : m_medium.value(u"events").toArray())
        eventTypes.insert(v[u"type"].toString());
    QVERIFY(eventTypes.size() > 10);
    const QStringList suggested = suggestedEventTypes();
    for (const QString &type : std::as_const(eventTypes))
        QVERIFY2(suggested.contains(type), qPrintable(type));
}

void TestCorpusGenerator::datesParse()
{
    QSet<int> precisions;
    int intervals = 0;
    for (const QJsonValue &v : m_medium.value(u"events").toArray()) {
        const QString text = v[u"date"].toString();
        const auto span = TimeSpan::parse(text);
        QVERIFY2(span.has_value(), qPrintable(text));
        if (span->isInterval())
            ++intervals;
        else
            precisions.insert(int(span->start()->precision()));
    }
    QCOMPARE(precisions.size(), 3);
    QVERIFY(intervals > 0);
    for (const QJsonValue &v : m_medium.value(u"relations").toArray()) {
        const QString text = v[u"valid"].toString();
        if (!text.isEmpty())
            QVERIFY2(TimeSpan::parse(text, false).has_value(), qPrintable(text));
    }
    for (const QJsonValue &v : m_medium.value(u"articles").toArray()) {
        if (v.toObject().contains(u"published"))
            QVERIFY(FuzzyDate::parse(v[u"published"].toString()).has_value());
    }
}

void TestCorpusGenerator::campsShapeTheSigns()
{
    QVERIFY(m_mediumCamps >= 4 && m_mediumCamps <= 6);
    int positive = 0, positiveInside = 0, negative = 0, negativeAcross = 0;
    for (const QJsonValue &v : m_medium.value(u"relations").toArray()) {
        const auto type = relationTypeFromString(v[u"type"].toString());
        QVERIFY(type.has_value());
        const bool sameCamp = campOfActor(v[u"source"].toString(), m_mediumCamps) ==
                              campOfActor(v[u"target"].toString(), m_mediumCamps);
        if (relationSign(*type) >= 0) {
            ++positive;
            positiveInside += sameCamp;
        } else {
            ++negative;
            negativeAcross += !sameCamp;
        }
    }
    QVERIFY(positiveInside > positive * 8 / 10);
    QVERIFY(negativeAcross > negative * 8 / 10);
}

void TestCorpusGenerator::isDeterministic()
{
    const QByteArray first = generate(smallOptions(3));
    QVERIFY(!first.isEmpty());
    QCOMPARE(generate(smallOptions(3)), first);
    QVERIFY(generate(smallOptions(4)) != first);
}

void TestCorpusGenerator::rejectsBadOptions_data()
{
    QTest::addColumn<int>("articles");
    QTest::addColumn<int>("actors");
    QTest::addColumn<int>("events");
    QTest::addColumn<int>("years");
    QTest::newRow("no articles") << 0 << 10 << 10 << 5;
    QTest::newRow("one actor") << 10 << 1 << 10 << 5;
    QTest::newRow("negative events") << 10 << 10 << -1 << 5;
    QTest::newRow("no years") << 10 << 10 << 10 << 0;
}

void TestCorpusGenerator::rejectsBadOptions()
{
    QFETCH(int, articles);
    QFETCH(int, actors);
    QFETCH(int, events);
    QFETCH(int, years);
    GeneratorOptions options;
    options.articles = articles;
    options.actors = actors;
    options.events = events;
    options.years = years;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CorpusGenerator generator(options);
    QVERIFY(!generator.validate().isEmpty());
    QVERIFY(!generator.write(&buffer));
    QVERIFY(!generator.errorString().isEmpty());
    QVERIFY(buffer.data().isEmpty());
}

QTEST_GUILESS_MAIN(TestCorpusGenerator)
#include "tst_corpusgenerator.moc"
