#include "io/jsonreader.h"

#include <QTemporaryDir>
#include <QTest>

using namespace entente;
using namespace Qt::StringLiterals;

namespace {

QByteArray utf8(const char *text)
{
    return QByteArray(text);
}

} // namespace

class TestJsonReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesStructure();
    void recordsPositions();
    void readsKeys();
    void limitsKeyLength();
    void positionsPastManyBlocks();
    void unescapesStrings_data();
    void unescapesStrings();
    void readsNumbers_data();
    void readsNumbers();
    void rejects_data();
    void rejects();
    void errorNamesThePath_data();
    void errorNamesThePath();
    void depthLimit();
    void sizeLimit();
    void fileSizeCheckedBeforeReading();
    void acceptsByteOrderMark();
};

void TestJsonReader::parsesStructure()
{
    const QByteArray text = utf8(R"({"a": [1, {"b": null}, "x"], "c": true, "d": {}, "e": []})");
    JsonError error;
    const auto doc = JsonReader().parse(text, &error);
    QVERIFY2(doc, qPrintable(error.message));
    const JsonValue root = doc->root();
    QVERIFY(root.isObject());
    QCOMPARE(root.size(), 4);

    QStringList keys;
    for (const JsonMember &m : root.members())
        keys << m.key();
    QCOMPARE(keys, QStringList({u"a"_s, u"c"_s, u"d"_s, u"e"_s}));

    const JsonValue a = root.member("a");
    QVERIFY(a.isArray());
    QCOMPARE(a.size(), 3);
    QList<JsonType> types;
    for (const JsonValue v : a.elements())
        types << v.type();
    QCOMPARE(types, QList<JsonType>({JsonType::Number, JsonType::Object, JsonType::String}));
    QVERIFY(root.member("c").toBool());
    QVERIFY(root.member("c").isBool());
    QCOMPARE(root.member("d").size(), 0);
    QVERIFY(root.member("d").isObject());
    QVERIFY(root.member("e").isArray());
    QVERIFY(!root.member("missing").isValid());
    // Absent values answer emptily instead of crashing.
    QVERIFY(root.member("missing").member("x").toString().isNull());
    QCOMPARE(root.member("missing").size(), 0);
}

void TestJsonReader::recordsPositions()
{
    // Columns count code points: "é" is two bytes, the emoji four, each one column.
    const QByteArray text = QByteArray("{\n"
                                       "  \"id\": \"r1\",\n"
                                       "  \"t\": \"\xC3\xA9\xF0\x9F\x98\x80\", \"n\": 42,\n"
                                       "\t\"list\": [\n"
                                       "    true, null]\n"
                                       "}");
    const auto doc = JsonReader().parse(text);
    QVERIFY(doc);
    const JsonValue root = doc->root();
    QCOMPARE(root.line(), 1);
    QCOMPARE(root.column(), 1);
    QCOMPARE(root.member("id").line(), 2);
    QCOMPARE(root.member("id").column(), 9);
    QCOMPARE(root.member("t").line(), 3);
    QCOMPARE(root.member("t").column(), 8);
    QCOMPARE(root.member("n").line(), 3);
    QCOMPARE(root.member("n").column(), 19);
    QCOMPARE(root.member("list").line(), 4);
    QCOMPARE(root.member("list").column(), 10);
    const JsonValue list = root.member("list");
    QList<QPair<int, int>> positions;
    for (const JsonValue v : list.elements())
        positions << qMakePair(v.line(), v.column());
    QCOMPARE(positions, (QList<QPair<int, int>>{{5, 5}, {5, 11}}));
    QCOMPARE(root.member("t").toString(), QString::fromUtf8("\xC3\xA9\xF0\x9F\x98\x80"));
}

void TestJsonReader::readsKeys()
{
    // Keys have no nodes: each is found before its value, past white space and the ':'.
    const QByteArray text =
        "{ \"a\" \n\t:  \r\n 5, \"\":\"empty\",\n  \"\\u00e9t\\u00e9\" : [1, {\"x\": {}}],"
        " \"\xD8\xB3\": null, \"q\\\"\": true }";
    JsonError error;
    const auto doc = JsonReader().parse(text, &error);
    QVERIFY2(doc, qPrintable(error.message));
    QStringList keys;
    QList<bool> escaped;
    QList<QPair<int, int>> positions;
    for (const JsonMember &m : doc->root().members()) {
        keys << m.key();
        escaped << m.keyHasEscapes();
        positions << qMakePair(m.keyPosition().line, m.keyPosition().column);
        QCOMPARE(QString::fromStdString(m.keyUtf8()), m.key());
        QVERIFY(m.keyEquals(m.keyUtf8()));
    }
    QCOMPARE(keys, QStringList({u"a"_s, u""_s, u"\u00e9t\u00e9"_s, u"\u0633"_s, u"q\""_s}));
    QCOMPARE(escaped, QList<bool>({false, false, true, false, true}));
    QCOMPARE(positions, (QList<QPair<int, int>>{{1, 3}, {3, 5}, {4, 3}, {4, 37}, {4, 48}}));
    QCOMPARE(doc->root().member("a").toInteger().value_or(0), 5);
    QCOMPARE(doc->root().member("").toString(), u"empty"_s);
    QCOMPARE(doc->root().member("\xC3\xA9t\xC3\xA9").size(), 2);
    QVERIFY(doc->root().member("q\"").toBool());
    // The nested object's key is its own, not its parent's.
    const JsonValue nested = *++doc->root().member("\xC3\xA9t\xC3\xA9").elements().begin();
    QCOMPARE((*nested.members().begin()).key(), u"x"_s);
    QCOMPARE(doc->nodeCount(), 9); // one node per value, none per key
}

void TestJsonReader::limitsKeyLength()
{
    const QByteArray longKey(70000, 'k');
    JsonError error;
    QVERIFY(!JsonReader().parse("{\"" + longKey + "\": 1}", &error));
    QVERIFY2(error.message.contains(u"keys are limited to 65535 bytes"), qPrintable(error.message));
    QVERIFY(JsonReader().parse("{\"" + longKey.left(65535) + "\": 1}", &error));
    QVERIFY(JsonReader().parse("[\"" + longKey + "\"]", &error)); // values may be long
}

void TestJsonReader::positionsPastManyBlocks()
{
    // Line index checkpoints sit every 64 KiB: positions on both sides of several
    // checkpoints must match a plain count, also on a very long line.
    QByteArray text = "[";
    QList<QPair<int, int>> expected;
    int line = 1;
    int column = 2;
    for (int i = 0; i < 30000; ++i) {
        if (i)
            text += ',', ++column;
        if (i % 7 == 0)
            text += '\n', ++line, column = 1;
        expected << qMakePair(line, column);
        const QByteArray item = "\"\xC3\xA4" + QByteArray::number(i) + '"';
        text += item;
        column += item.size() - 1; // the two-byte letter is one column
    }
    text += ']';
    QVERIFY(text.size() > 3 * 65536);
    const auto doc = JsonReader().parse(text);
    QVERIFY(doc);
    int i = 0;
    for (const JsonValue v : doc->root().elements()) {
        if (v.line() != expected[i].first || v.column() != expected[i].second)
            QFAIL(qPrintable(QStringLiteral("element %1 at %2:%3, expected %4:%5")
                                 .arg(i)
                                 .arg(v.line())
                                 .arg(v.column())
                                 .arg(expected[i].first)
                                 .arg(expected[i].second)));
        ++i;
    }
    QCOMPARE(i, 30000);
}

void TestJsonReader::unescapesStrings_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << utf8(R"(["abc"])") << u"abc"_s;
    QTest::newRow("empty") << utf8(R"([""])") << u""_s;
    QTest::newRow("simple escapes")
        << utf8(R"(["q\"b\\s\/b\bf\fn\nr\rt\t"])") << u"q\"b\\s/b\bf\fn\nr\rt\t"_s;
    QTest::newRow("bmp escape") << utf8(R"(["caf\u00e9 \u0644"])") << u"caf\u00e9 \u0644"_s;
    QTest::newRow("surrogate pair") << utf8(R"(["a\ud83d\ude00b"])") << u"a\U0001F600b"_s;
    QTest::newRow("upper-case hex") << utf8(R"(["\uD83D\uDE00"])") << u"\U0001F600"_s;
    QTest::newRow("raw utf-8 with escape")
        << QByteArray("[\"\xF0\x9F\x98\x80\\n\xD8\xB3\"]") << u"\U0001F600\n\u0633"_s;
    QTest::newRow("nul escape") << utf8(R"(["a\u0000b"])")
                                << QString(QChar(u'a')) + QChar(0) + u'b';
}

void TestJsonReader::unescapesStrings()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    JsonError error;
    const auto doc = JsonReader().parse(json, &error);
    QVERIFY2(doc, qPrintable(error.message));
    const JsonValue s = *doc->root().elements().begin();
    QVERIFY(s.isString());
    QCOMPARE(s.toString(), expected);
    QVERIFY(!s.toString().isNull());
    QVERIFY(s.stringEquals(expected.toStdString()));
    QCOMPARE(QString::fromStdString(s.toUtf8()), expected);
}

void TestJsonReader::readsNumbers_data()
{
    QTest::addColumn<QByteArray>("literal");
    QTest::addColumn<bool>("isInteger");
    QTest::addColumn<qint64>("integer");
    QTest::addColumn<bool>("isFinite");
    QTest::addColumn<double>("value");
    QTest::newRow("int") << utf8("42") << true << qint64(42) << true << 42.0;
    QTest::newRow("negative") << utf8("-7") << true << qint64(-7) << true << -7.0;
    QTest::newRow("zero") << utf8("0") << true << qint64(0) << true << 0.0;
    QTest::newRow("integral fraction") << utf8("5.0") << true << qint64(5) << true << 5.0;
    QTest::newRow("integral exponent") << utf8("5e2") << true << qint64(500) << true << 500.0;
    QTest::newRow("fraction") << utf8("0.25") << false << qint64(0) << true << 0.25;
    QTest::newRow("negative exponent") << utf8("-1.5E-3") << false << qint64(0) << true << -0.0015;
    QTest::newRow("int64 max") << utf8("9223372036854775807") << true
                               << qint64(9223372036854775807LL) << true << 9.223372036854775807e18;
    QTest::newRow("int64 overflow")
        << utf8("9223372036854775808") << false << qint64(0) << true << 9.223372036854775808e18;
    QTest::newRow("double overflow") << utf8("1e400") << false << qint64(0) << false << 0.0;
}

void TestJsonReader::readsNumbers()
{
    QFETCH(QByteArray, literal);
    QFETCH(bool, isInteger);
    QFETCH(qint64, integer);
    QFETCH(bool, isFinite);
    QFETCH(double, value);
    const auto doc = JsonReader().parse('[' + literal + ']');
    QVERIFY(doc);
    const JsonValue n = *doc->root().elements().begin();
    QVERIFY(n.isNumber());
    QCOMPARE(QByteArray(n.rawText().data(), qsizetype(n.rawText().size())), literal);
    QCOMPARE(n.toInteger().has_value(), isInteger);
    if (isInteger)
        QCOMPARE(*n.toInteger(), integer);
    QCOMPARE(n.toDouble().has_value(), isFinite);
    if (isFinite)
        QCOMPARE(*n.toDouble(), value);
}

void TestJsonReader::rejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("phrase");
    const auto row = [](const char *name, const QByteArray &json, int line, int column,
                        const char *phrase) {
        QTest::newRow(name) << json << line << column << QString::fromUtf8(phrase);
    };
    row("empty", "", 1, 1, "empty");
    row("only whitespace", "  \n ", 2, 2, "empty");
    row("trailing comma array", "[1, 2,]", 1, 7, "trailing comma");
    row("trailing comma object", "{\"a\": 1,\n}", 2, 1, "trailing comma");
    row("line comment", "// note\n{}", 1, 1, "comments are not allowed");
    row("block comment", "{\"a\": 1 /* x */}", 1, 9, "comments are not allowed");
    row("NaN", "[NaN]", 1, 2, "NaN and Infinity");
    row("Infinity", "[1, Infinity]", 1, 5, "NaN and Infinity");
    row("minus Infinity", "[-Infinity]", 1, 2, "NaN and Infinity");
    row("raw tab in string", "[\"a\tb\"]", 1, 4, "control character U+0009");
    row("raw newline in string", "{\"a\": \"x\ny\"}", 1, 9, "line break inside a string");
    row("bad escape", "[\"a\\x\"]", 1, 4, "invalid escape '\\x'");
    row("short unicode escape", "[\"\\u12\"]", 1, 3, "four hex digits");
    row("non-hex unicode escape", "[\"\\u12G4\"]", 1, 3, "four hex digits");
    row("lone high surrogate", "[\"a\\ud83d\"]", 1, 4, "lone high surrogate");
    row("high surrogate then letter", "[\"\\ud83d\\u0041\"]", 1, 3, "lone high surrogate");
    row("lone low surrogate", "[\"\\ude00\"]", 1, 3, "lone low surrogate");
    row("duplicate key", "{\"a\": 1,\n \"b\": 2,\n \"a\": 3}", 3, 2,
        "duplicate key \"a\" in object (first at line 1, column 2)");
    row("duplicate key by escape", "{\"a\": 1, \"\\u0061\": 2}", 1, 10, "duplicate key \"a\"");
    row("leading zero", "[01]", 1, 2, "leading zeros");
    row("missing fraction digit", "[1.]", 1, 4, "expected a digit after the decimal point");
    row("missing exponent digit", "[1e+]", 1, 5, "expected a digit in the exponent");
    row("leading dot", "[.5]", 1, 2, "expected a JSON value");
    row("leading plus", "[+1]", 1, 2, "expected a JSON value");
    row("lone minus", "[-]", 1, 3, "expected a digit");
    row("single quotes", "{'a': 1}", 1, 2, "double quotes");
    row("unquoted key", "{a: 1}", 1, 2, "expected a string in double quotes as object key");
    row("missing colon", "{\"a\" 1}", 1, 6, "expected ':' after object key");
    row("missing comma in object", "{\"a\": 1\n \"b\": 2}", 2, 2,
        "expected ',' or '}' after object member");
    row("missing comma in array", "[1 2]", 1, 4, "expected ',' or ']' after array element");
    row("unterminated string", "[\"abc", 1, 2, "unterminated string");
    row("unterminated array", "[1, 2", 1, 6, "unexpected end of input");
    row("data after value", "{} x", 1, 4, "expected end of input");
    row("two values", "{}{}", 1, 3, "expected end of input");
    row("bad literal", "[tru]", 1, 2, "expected true, false or null");
    row("capitalised literal", "[True]", 1, 2, "expected a JSON value");
    row("invalid utf-8 in string", "[\"a\xFF\"]", 1, 4, "invalid UTF-8");
    row("overlong utf-8", "[\"\xC0\xAF\"]", 1, 3, "invalid UTF-8");
    row("utf-8 encoded surrogate", "[\"\xED\xA0\x80\"]", 1, 3, "invalid UTF-8");
    row("truncated utf-8", "[\"\xE2\x82\"]", 1, 3, "invalid UTF-8");
    row("latin-1 outside string", "[\xE9]", 1, 2, "invalid UTF-8");
    row("utf-16 bom", QByteArray("\xFF\xFE{\0}\0", 6), 1, 1, "UTF-16");
    row("nul byte", QByteArray("[\0]", 3), 1, 2, "NUL");
    row("control char outside string", "[\x01]", 1, 2, "U+0001");
}

void TestJsonReader::rejects()
{
    QFETCH(QByteArray, json);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, phrase);
    JsonError error;
    const auto doc = JsonReader().parse(json, &error);
    QVERIFY(!doc);
    QVERIFY2(error.message.contains(phrase), qPrintable(error.message));
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, column);
}

void TestJsonReader::errorNamesThePath_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");
    QTest::newRow("top") << utf8("{} x") << QString();
    QTest::newRow("trailing comma") << utf8("[1,]") << u"[1]"_s;
    QTest::newRow("member value")
        << utf8(R"({"relations": [{"id": "r1"}, {"id": "r2", "target": }]})")
        << u"relations[1].target"_s;
    QTest::newRow("array element") << utf8(R"({"a": [[1], [2, x]]})") << u"a[1][1]"_s;
    QTest::newRow("after element") << utf8(R"({"a": [1 2]})") << u"a[0]"_s;
    QTest::newRow("duplicate") << utf8(R"({"x": {"id": 1, "id": 2}})") << u"x.id"_s;
}

void TestJsonReader::errorNamesThePath()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    JsonError error;
    QVERIFY(!JsonReader().parse(json, &error));
    QCOMPARE(error.path, path);
}

void TestJsonReader::depthLimit()
{
    const auto nested = [](int depth) -> QByteArray {
        return QByteArray(depth, '[') + QByteArray(depth, ']');
    };
    JsonError error;
    QVERIFY(JsonReader().parse(nested(64), &error));
    QVERIFY(!JsonReader().parse(nested(65), &error));
    QVERIFY2(error.message.contains(u"nesting deeper than 64 levels"), qPrintable(error.message));
    QCOMPARE(error.column, 65);

    // A bomb far past any stack: refused cleanly, not by crashing.
    QVERIFY(!JsonReader().parse(nested(1'000'000), &error));
    QCOMPARE(error.column, 65);

    JsonLimits tight;
    tight.maxDepth = 3;
    QVERIFY(JsonReader(tight).parse(utf8(R"({"a": {"b": {"c": 1}}})"), &error));
    QVERIFY(!JsonReader(tight).parse(utf8(R"({"a": {"b": {"c": {"d": 1}}}})"), &error));
    QVERIFY(error.message.contains(u"nesting deeper than 3 levels"));
    QCOMPARE(error.path, u"a.b.c"_s);
    QCOMPARE(error.column, 19);
}

void TestJsonReader::sizeLimit()
{
    JsonLimits limits;
    limits.maxBytes = 10;
    JsonError error;
    QVERIFY(JsonReader(limits).parse(utf8("[1,2,3,45]"), &error));
    QVERIFY(!JsonReader(limits).parse(utf8("[1,2,3,456]"), &error));
    QVERIFY2(error.message.contains(u"limit is 10 bytes"), qPrintable(error.message));
}

void TestJsonReader::fileSizeCheckedBeforeReading()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"big.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    // Not even JSON: a refusal that names the size proves the content was never parsed.
    QVERIFY(file.write(QByteArray(4096, 'x')) == 4096);
    file.close();
    JsonLimits limits;
    limits.maxBytes = 1024;
    JsonError error;
    QVERIFY(!JsonReader(limits).readFile(path, &error));
    QVERIFY2(error.message.contains(u"4096 bytes"), qPrintable(error.message));
    QCOMPARE(error.line, 0);

    QVERIFY(!JsonReader().readFile(dir.filePath(u"missing.json"_s), &error));
    QVERIFY(error.message.contains(u"not found"));

    // A device reports no size: reading stops past the limit instead of going on forever.
    QVERIFY(!JsonReader(limits).readFile(u"/dev/zero"_s, &error));
    QVERIFY2(error.message.contains(u"larger than the limit of 1024 bytes"),
             qPrintable(error.message));
}

void TestJsonReader::acceptsByteOrderMark()
{
    const auto doc = JsonReader().parse(QByteArray("\xEF\xBB\xBF{\"a\": 1}"));
    QVERIFY(doc);
    QCOMPARE(doc->root().member("a").toInteger().value_or(0), 1);
    QCOMPARE(doc->root().column(), 1); // editors do not show the BOM as a column
}

QTEST_GUILESS_MAIN(TestJsonReader)
#include "tst_jsonreader.moc"
