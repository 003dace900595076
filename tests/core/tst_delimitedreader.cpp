#include "io/delimitedreader.h"

#include <QBuffer>
#include <QTest>

using namespace entente;
using namespace Qt::StringLiterals;

using Records = QList<QStringList>;

namespace {

struct ReadAll
{
    Records records;
    QList<int> lines;
    DelimitedReader::Status status = DelimitedReader::Status::End;
    char separator = 0;
    DelimitedReader::Encoding encoding = DelimitedReader::Encoding::Auto;
};

ReadAll readAll(const QByteArray &bytes, DelimitedReader::Options options)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    DelimitedReader reader(&buffer, options);
    ReadAll out;
    for (;;) {
        out.status = reader.next();
        if (out.status != DelimitedReader::Status::Ok)
            break;
        out.records << reader.fields();
        out.lines << reader.line();
    }
    out.separator = reader.separator();
    out.encoding = reader.encoding();
    return out;
}

} // namespace

class TestDelimitedReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void records_data();
    void records();
    void errors_data();
    void errors();
    void encoding_data();
    void encoding();
    void chunkBoundaries();
    void utf8Validation_data();
    void utf8Validation();
};

void TestDelimitedReader::records_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<char>("separator"); // 0 = detect
    QTest::addColumn<Records>("expected");
    QTest::addColumn<QList<int>>("lines");
    QTest::addColumn<char>("detected");

    QTest::newRow("plain LF") << QByteArray("a,b,c\n1,2,3\n") << char(0)
                              << Records{{u"a"_s, u"b"_s, u"c"_s}, {u"1"_s, u"2"_s, u"3"_s}}
                              << QList<int>{1, 2} << ',';
    QTest::newRow("CRLF, no final newline")
        << QByteArray("a,b\r\n1,2") << char(0) << Records{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}}
        << QList<int>{1, 2} << ',';
    QTest::newRow("quoted comma and doubled quote")
        << QByteArray("x,y\r\n\"Tripoli, Libya\",\"the \"\"LNA\"\"\"\r\n") << char(0)
        << Records{{u"x"_s, u"y"_s}, {u"Tripoli, Libya"_s, u"the \"LNA\""_s}} << QList<int>{1, 2}
        << ',';
    QTest::newRow("newline inside quotes counts lines")
        << QByteArray("id,notes\r\n1,\"first\r\nsecond\"\r\n2,plain\r\n") << char(0)
        << Records{{u"id"_s, u"notes"_s}, {u"1"_s, u"first\nsecond"_s}, {u"2"_s, u"plain"_s}}
        << QList<int>{1, 2, 4} << ',';
    QTest::newRow("semicolons detected")
        << QByteArray("a;b;c\n\"1,5\";2;3\n") << char(0)
        << Records{{u"a"_s, u"b"_s, u"c"_s}, {u"1,5"_s, u"2"_s, u"3"_s}} << QList<int>{1, 2} << ';';
    QTest::newRow("tabs given") << QByteArray("a\tb,c\n") << '\t' << Records{{u"a"_s, u"b,c"_s}}
                                << QList<int>{1} << '\t';
    QTest::newRow("empty fields and trailing separator")
        << QByteArray("a,,c,\n,,,\n") << char(0)
        << Records{{u"a"_s, u""_s, u"c"_s, u""_s}, {u""_s, u""_s, u""_s, u""_s}} << QList<int>{1, 2}
        << ',';
    QTest::newRow("blank lines skipped but counted")
        << QByteArray("a,b\n\n\r\n1,2\n") << char(0) << Records{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}}
        << QList<int>{1, 4} << ',';
    QTest::newRow("BOM not part of the first field")
        << QByteArray("\xEF\xBB\xBFid,name\n1,x\n") << char(0)
        << Records{{u"id"_s, u"name"_s}, {u"1"_s, u"x"_s}} << QList<int>{1, 2} << ',';
    QTest::newRow("quoted empty field")
        << QByteArray("\"\",b\n") << char(0) << Records{{u""_s, u"b"_s}} << QList<int>{1} << ',';
}

void TestDelimitedReader::records()
{
    QFETCH(QByteArray, input);
    QFETCH(char, separator);
    QFETCH(Records, expected);
    QFETCH(QList<int>, lines);
    QFETCH(char, detected);
    DelimitedReader::Options options;
    options.separator = separator;
    const ReadAll all = readAll(input, options);
    QCOMPARE(all.status, DelimitedReader::Status::End);
    QCOMPARE(all.records, expected);
    QCOMPARE(all.lines, lines);
    QCOMPARE(all.separator, detected);
}

void TestDelimitedReader::errors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<qsizetype>("maxRecord");
    QTest::addColumn<DelimitedReader::Status>("status");
    QTest::addColumn<int>("recordsBefore");

    QTest::newRow("unterminated quote")
        << QByteArray("a,b\n1,\"never closed\n2,3\n") << qsizetype(1024)
        << DelimitedReader::Status::UnterminatedQuote << 1;
    QTest::newRow("NUL byte") << QByteArray("a,b\n1,\0x\n", 9) << qsizetype(1024)
                              << DelimitedReader::Status::BinaryData << 1;
    QTest::newRow("record too long")
        << QByteArray("a\n\"") + QByteArray(5000, 'x') + "\"\n"
        << qsizetype(1000) << DelimitedReader::Status::RecordTooLong << 1;
}

void TestDelimitedReader::errors()
{
    QFETCH(QByteArray, input);
    QFETCH(qsizetype, maxRecord);
    QFETCH(DelimitedReader::Status, status);
    QFETCH(int, recordsBefore);
    DelimitedReader::Options options;
    options.separator = ',';
    options.maxRecordBytes = maxRecord;
    const ReadAll all = readAll(input, options);
    QCOMPARE(all.status, status);
    QCOMPARE(all.records.size(), recordsBefore);
}

void TestDelimitedReader::encoding_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<DelimitedReader::Encoding>("encoding");
    QTest::addColumn<QString>("field");

    QTest::newRow("UTF-8") << QByteArray("Misr\xC4\x81tah\n") << DelimitedReader::Encoding::Utf8
                           << u"Misrātah"_s;
    QTest::newRow("UTF-8 with BOM") << QByteArray("\xEF\xBB\xBF"
                                                  "caf\xC3\xA9\n")
                                    << DelimitedReader::Encoding::Utf8 << u"café"_s;
    QTest::newRow("Windows-1252 Latin")
        << QByteArray("caf\xE9\n") << DelimitedReader::Encoding::Windows1252 << u"café"_s;
    QTest::newRow("Windows-1252 quotes and euro")
        << QByteArray("\x93"
                      "LNA\x94 \x80 \x96 x\n")
        << DelimitedReader::Encoding::Windows1252 << u"“LNA” € – x"_s;
    QTest::newRow("truncated UTF-8 sequence")
        << QByteArray("ab\xE2\x80\n") << DelimitedReader::Encoding::Windows1252
        << u"ab\u00E2\u20AC"_s;
}

void TestDelimitedReader::encoding()
{
    QFETCH(QByteArray, input);
    QFETCH(DelimitedReader::Encoding, encoding);
    QFETCH(QString, field);
    const ReadAll all = readAll(input, {});
    QCOMPARE(all.encoding, encoding);
    QCOMPARE(all.records.size(), 1);
    QCOMPARE(all.records.first().first(), field);
}

void TestDelimitedReader::chunkBoundaries()
{
    // Records and multi-byte characters that straddle the reader's 256 KiB chunks, and an
    // invalid byte far from the start that must still switch the encoding.
    QByteArray bytes = "id,text\r\n";
    const QByteArray note = "\"Tripoli, \"\"Misr\xC4\x81tah\"\"\r\nand Sirte\"";
    for (int i = 0; i < 20000; ++i)
        bytes += QByteArray::number(i) + ',' + note + "\r\n";
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    DelimitedReader reader(&buffer, DelimitedReader::Options{});
    QCOMPARE(reader.next(), DelimitedReader::Status::Ok);
    int rows = 0;
    while (reader.next() == DelimitedReader::Status::Ok) {
        QCOMPARE(reader.fieldCount(), 2);
        QCOMPARE(reader.field(0), QString::number(rows));
        QCOMPARE(reader.field(1), u"Tripoli, \"Misrātah\"\nand Sirte"_s);
        QCOMPARE(reader.line(), 2 + 2 * rows);
        ++rows;
    }
    QCOMPARE(rows, 20000);
    QCOMPARE(reader.encoding(), DelimitedReader::Encoding::Utf8);

    bytes += "20000,caf\xE9\r\n";
    QBuffer latin;
    latin.setData(bytes);
    latin.open(QIODevice::ReadOnly);
    DelimitedReader second(&latin, DelimitedReader::Options{});
    QString last;
    while (second.next() == DelimitedReader::Status::Ok)
        last = second.field(1);
    QCOMPARE(second.encoding(), DelimitedReader::Encoding::Windows1252);
    QCOMPARE(last, u"café"_s);
}

void TestDelimitedReader::utf8Validation_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("valid");
    QTest::newRow("ascii") << QByteArray("abc") << true;
    QTest::newRow("two-byte") << QByteArray("\xC3\xA9") << true;
    QTest::newRow("emoji") << QByteArray("\xF0\x9F\x99\x82") << true;
    QTest::newRow("overlong") << QByteArray("\xC0\xAF") << false;
    QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80") << false;
    QTest::newRow("lone continuation") << QByteArray("a\x80z") << false;
    QTest::newRow("beyond U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << false;
    QTest::newRow("cut short") << QByteArray("\xE2\x82") << false;
}

void TestDelimitedReader::utf8Validation()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, valid);
    QCOMPARE(DelimitedReader::isValidUtf8(bytes), valid);
}

QTEST_GUILESS_MAIN(TestDelimitedReader)
#include "tst_delimitedreader.moc"
