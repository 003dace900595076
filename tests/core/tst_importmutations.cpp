// Every reader against thousands of damaged copies of its fixtures (flipped bytes, cut
// files, repeated or dropped lines): none may crash or hang (run under the asan preset
// to catch memory errors too), and every answer is all or nothing.
#include "io/acledimporter.h"
#include "io/bratimporter.h"
#include "io/gdeltimporter.h"
#include "io/nativeimporter.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace entente;
using namespace Qt::StringLiterals;

namespace {

QByteArray fixture(const QString &name)
{
    QFile f(QStringLiteral(ENTENTE_TEST_DATA "/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// One damaged copy, chosen by the generator.
QByteArray mutate(QByteArray bytes, QRandomGenerator &g)
{
    if (bytes.isEmpty())
        return bytes;
    const auto at = [&] { return qsizetype(g.bounded(int(bytes.size()))); };
    switch (g.bounded(6)) {
    case 0: // flip a few bytes, structure characters included
        for (int i = g.bounded(1, 4); i > 0; --i) {
            static const char kInteresting[] = "\t,;\"\n\r{}[]:0 \xFF\xC3";
            bytes[at()] = kInteresting[g.bounded(int(sizeof kInteresting - 1))];
        }
        break;
    case 1: // cut the file short
        bytes.truncate(at());
        break;
    case 2: { // repeat a line
        const QList<QByteArray> lines = bytes.split('\n');
        const qsizetype l = g.bounded(int(lines.size()));
        QList<QByteArray> out = lines;
        out.insert(l, lines[l]);
        bytes = out.join('\n');
        break;
    }
    case 3: { // drop a line
        QList<QByteArray> lines = bytes.split('\n');
        lines.removeAt(g.bounded(int(lines.size())));
        bytes = lines.join('\n');
        break;
    }
    case 4: // a random byte anywhere
        bytes.insert(at(), char(g.bounded(256)));
        break;
    default: // a digit changed (offsets, dates, counts)
        for (qsizetype i = at(), n = 0; n < bytes.size(); ++n, i = (i + 1) % bytes.size()) {
            if (bytes[i] >= '0' && bytes[i] <= '9') {
                bytes[i] = char('0' + g.bounded(10));
                break;
            }
        }
        break;
    }
    return bytes;
}

void checkAllOrNothing(const ParsedFile &file)
{
    if (!file.ok())
        QVERIFY(file.corpus.isEmpty());
    for (const Diagnostic &d : file.errors)
        QVERIFY(!d.message.isEmpty());
}

constexpr int kRounds = 2000;

} // namespace

class TestImportMutations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void delimited_data();
    void delimited();
    void native();
    void brat();
};

void TestImportMutations::delimited_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("acled");
    QTest::newRow("ACLED current") << u"acled/libya-2019-2020.csv"_s << true;
    QTest::newRow("ACLED old, 1252") << u"acled/libya-old-1252.csv"_s << true;
    QTest::newRow("GDELT 2.0") << u"gdelt/libya-20200104.export.CSV"_s << false;
    QTest::newRow("GDELT 1.0") << u"gdelt/libya-v1-58.tsv"_s << false;
    QTest::newRow("GDELT with header") << u"gdelt/libya-query-export.csv"_s << false;
}

void TestImportMutations::delimited()
{
    QFETCH(QString, file);
    QFETCH(bool, acled);
    const QByteArray original = fixture(file);
    QVERIFY(!original.isEmpty());
    QRandomGenerator g(42);
    const EmptyProjectLookup nothing;
    int refused = 0;
    for (int i = 0; i < kRounds; ++i) {
        const QByteArray bytes = mutate(original, g);
        const ParsedFile parsed = acled ? AcledImporter().readData(bytes, file, nothing)
                                        : GdeltImporter().readData(bytes, file, nothing);
        checkAllOrNothing(parsed);
        refused += parsed.ok() ? 0 : 1;
    }
    // The damage is noticed often: the readers check what they read.
    QVERIFY2(refused > kRounds / 10, qPrintable(QString::number(refused)));
}

void TestImportMutations::native()
{
    const QByteArray original = fixture(u"native/valid.json"_s);
    QVERIFY(!original.isEmpty());
    QRandomGenerator g(7);
    const EmptyProjectLookup nothing;
    int refused = 0;
    for (int i = 0; i < kRounds; ++i) {
        const ParsedFile parsed =
            NativeImporter().readData(mutate(original, g), u"valid.json"_s, nothing);
        checkAllOrNothing(parsed);
        refused += parsed.ok() ? 0 : 1;
    }
    QVERIFY(refused > kRounds / 2);
}

void TestImportMutations::brat()
{
    const QByteArray text = fixture(u"brat/multilingual.txt"_s);
    const QByteArray ann = fixture(u"brat/multilingual.ann"_s);
    QVERIFY(!text.isEmpty() && !ann.isEmpty());
    QRandomGenerator g(11);
    const EmptyProjectLookup nothing;
    int refused = 0;
    for (int i = 0; i < kRounds; ++i) {
        // Damage the annotations mostly, and sometimes the text under them.
        const bool damageText = g.bounded(4) == 0;
        const ParsedFile parsed = BratImporter().readData(
            damageText ? mutate(text, g) : text, damageText ? ann : mutate(ann, g),
            u"multilingual.ann"_s, nothing);
        checkAllOrNothing(parsed);
        refused += parsed.ok() ? 0 : 1;
    }
    QVERIFY(refused > kRounds / 10);
}

QTEST_GUILESS_MAIN(TestImportMutations)
#include "tst_importmutations.moc"
