// brat import and export speed: builds one synthetic document in memory (sentences in
// English, Russian and Arabic with emoji, two entities, one relation and every tenth an
// event each), then times BratImporter::readData and BratWriter::write on it. Prints
// numbers; asserts nothing. Usage: bench_brat [sentences] (default 20000).

#include "benchutil.h"

#include "io/bratimporter.h"
#include "io/bratwriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <cstdio>

using namespace entente;
using namespace Qt::StringLiterals;

namespace {

struct Synthetic
{
    QString text;
    QString ann;
};

Synthetic synthetic(int sentences)
{
    static const char16_t *const names[] = {u"Haftar", u"Сарадж", u"تركيا",  u"Egypt",
                                            u"Russia", u"Qatar",  u"Wagner", u"UAE"};
    static const char16_t *const verbs[] = {u" backs ", u" поддерживает ", u" يدعم "};
    QRandomGenerator random(7);
    Synthetic out;
    QStringList lines;
    qint64 pos = 0; // code points: every character below is in the BMP except the emoji
    int t = 0;
    for (int i = 0; i < sentences; ++i) {
        const QString a = QString::fromUtf16(names[random.bounded(8)]);
        QString b = a;
        while (b == a)
            b = QString::fromUtf16(names[random.bounded(8)]);
        const QString verb = QString::fromUtf16(verbs[random.bounded(3)]);
        const QString sentence = a + verb + b + u" 🤝 near Sirte. ";
        const qint64 bStart = pos + a.size() + verb.size();
        lines << u"T%1\tOrganization %2 %3\t%4"_s.arg(++t).arg(pos).arg(pos + a.size()).arg(a);
        lines
            << u"T%1\tOrganization %2 %3\t%4"_s.arg(++t).arg(bStart).arg(bStart + b.size()).arg(b);
        lines << u"R%1\tSupports Arg1:T%2 Arg2:T%3"_s.arg(i + 1).arg(t - 1).arg(t);
        if (i % 10 == 0) {
            const qint64 v = pos + a.size() + 1;
            const qint64 vEnd = pos + a.size() + verb.size() - 1;
            lines << u"T%1\tMeeting %2 %3\t%4"_s.arg(++t).arg(v).arg(vEnd).arg(verb.trimmed());
            lines << u"E%1\tMeeting:T%2 Participant:T%3 Participant2:T%4"_s.arg(i + 1)
                         .arg(t)
                         .arg(t - 2)
                         .arg(t - 1);
            lines << u"A%1\tDate E%1 2020-01-19"_s.arg(i + 1);
        }
        out.text += sentence;
        pos += sentence.size() - 1; // the emoji is two UTF-16 units, one code point
    }
    out.ann = lines.join(u'\n') + u'\n';
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int sentences = argc > 1 ? QByteArray(argv[1]).toInt() : 20000;
    const Synthetic doc = synthetic(sentences);
    const QByteArray text = doc.text.toUtf8();
    const QByteArray ann = doc.ann.toUtf8();
    std::printf("document: %d sentences, %.1f MB text, %.1f MB annotations\n", sentences,
                text.size() / 1e6, ann.size() / 1e6);

    std::vector<double> readMs, writeMs;
    ParsedFile parsed;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer timer;
        timer.start();
        parsed =
            BratImporter().readData(text, ann, QStringLiteral("bench.ann"), EmptyProjectLookup());
        readMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        timer.restart();
        const auto docs = BratWriter().write(parsed.corpus);
        writeMs.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    if (!parsed.ok()) {
        std::printf("refused: %s\n", qPrintable(parsed.errors.front().toString()));
        return 1;
    }
    const Corpus &c = parsed.corpus;
    std::printf("read: %lld mentions, %lld actors, %lld events, %lld relations\n",
                (long long)c.articles.front().mentions.size(), (long long)c.actors.size(),
                (long long)c.events.size(), (long long)c.relations.size());
    std::printf("readData median %.0f ms, write median %.0f ms, peak RSS %.0f MiB\n",
                bench::median(readMs), bench::median(writeMs), bench::peakRssMiB());
    return 0;
}
