#include "demoproject.h"
#include "export/exporter.h"
#include "export/exportviews.h"
#include "export/reportwriter.h"

#include "session/session.h"
#include "session/snapshotloader.h"
#include "store/project.h"

#include <QDate>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace entente;

// Exports of the demo corpus, checked with poppler-utils the way a reader would see them:
// page count and title, the words on the pages, no bitmaps in vector pages.
class TestExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void reportPdf();
    void viewPdf_data();
    void viewPdf();
    void viewSvg_data();
    void viewSvg();
    void viewPng_data();
    void viewPng();
    void pngLooksTheSameAtEveryResolution();
    void unavailableView();
    void timeWindowLimitsTables();
    void bigProjectSummaries();
    void failuresLeaveNothing();

private:
    static QString tool(const char *name);
    static QString runTool(const QString &program, const QStringList &args);
    ExportSource source() const;
    QString exportFile(const ExportOptions &options, const QString &name, ExportSource src);

    QTemporaryDir m_dir;
    std::shared_ptr<Project> m_project;
    Session *m_session = nullptr;
    std::unique_ptr<ExportViews> m_views;
    QString m_knownQuote;
};

QString TestExport::tool(const char *name)
{
    return QStandardPaths::findExecutable(QLatin1String(name));
}

QString TestExport::runTool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return QStringLiteral("<failed: %1>").arg(QString::fromUtf8(p.readAllStandardError()));
    return QString::fromUtf8(p.readAllStandardOutput());
}

void TestExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(QStringLiteral("demo.entente"));
    QString error;
    m_project = test::importDemo(path, &error);
    QVERIFY2(m_project, qPrintable(error));

    m_session = new Session(this);
    m_session->setProject(m_project, loadSnapshot(*m_project), path);
    m_views = std::make_unique<ExportViews>(m_session);
    m_views->waitUntilReady();

    // A quote the report must carry: the evidence of the most evidenced relation.
    const Snapshot &s = m_session->snapshot();
    int best = 0;
    for (int r = 0; r < s.relations.size(); ++r)
        if (s.relations[r].evidenceCount > s.relations[best].evidenceCount)
            best = r;
    const auto evidence = m_project->relationEvidence(s.relations[best].id);
    QVERIFY(!evidence.isEmpty());
    m_knownQuote = evidence.first().quote.simplified();
}

void TestExport::cleanupTestCase()
{
    m_views.reset();
}

ExportSource TestExport::source() const
{
    ExportSource s;
    m_views->attach(s);
    return s;
}

QString TestExport::exportFile(const ExportOptions &options, const QString &name, ExportSource src)
{
    const QString file = m_dir.filePath(name);
    QString error;
    if (!Exporter::exportToFile(file, options, src, &error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    return file;
}

void TestExport::reportPdf()
{
    const QString pdfinfo = tool("pdfinfo"), pdftotext = tool("pdftotext");
    if (pdfinfo.isEmpty() || pdftotext.isEmpty())
        QSKIP("poppler-utils (pdfinfo, pdftotext) not installed");
    ExportOptions options;
    options.what = ExportOptions::What::Report;
    options.orientation = QPageLayout::Portrait;
    const QString file = exportFile(options, QStringLiteral("report.pdf"), source());
    QVERIFY(!file.isEmpty());

    const QString info = runTool(pdfinfo, {file});
    QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Title:\\s+demo\\n"))),
             qPrintable(info));
    QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Creator:\\s+Entente"))),
             qPrintable(info));
    const auto pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    QVERIFY(pages.hasMatch());
    // Title, three views, and at least one page each for actors, events, relations, sources.
    QVERIFY2(pages.captured(1).toInt() >= 8, qPrintable(info));
    QVERIFY(info.contains(QStringLiteral("595 x 842 pts"))); // A4 portrait

    const QString text = runTool(pdftotext, {QStringLiteral("-layout"), file, QStringLiteral("-")});
    const QString flat = text.simplified();
    for (const char *expected :
         {"Analyst report", "Timeline", "Actor map", "Support network", "Actors", "Events",
          "Relations", "Sources", "Government of National Accord", "Turkey", "Natural Earth",
          "Page 2"})
        QVERIFY2(flat.contains(QLatin1String(expected)), expected);
    // The quote may wrap over lines: compare the first words.
    const QString start = m_knownQuote.section(QLatin1Char(' '), 0, 4);
    QVERIFY2(flat.contains(start), qPrintable(start));

    // Footers number the pages out of the total, the last one included.
    const QString total = pages.captured(1);
    QVERIFY2(text.contains(QStringLiteral("Page 1 of %1").arg(total)), qPrintable(total));
    QVERIFY2(text.contains(QStringLiteral("Page %1 of %1").arg(total)), qPrintable(total));
}

void TestExport::viewPdf_data()
{
    QTest::addColumn<ExportOptions::What>("what");
    QTest::addColumn<QString>("expected");
    QTest::newRow("timeline") << ExportOptions::What::Timeline << QStringLiteral("Timeline");
    QTest::newRow("map") << ExportOptions::What::Map << QStringLiteral("Actor map");
    QTest::newRow("network") << ExportOptions::What::Network << QStringLiteral("Support network");
    QTest::newRow("all") << ExportOptions::What::All << QStringLiteral("Support network");
}

void TestExport::viewPdf()
{
    QFETCH(ExportOptions::What, what);
    QFETCH(QString, expected);
    const QString pdfinfo = tool("pdfinfo"), pdftotext = tool("pdftotext"),
                  pdfimages = tool("pdfimages");
    if (pdfinfo.isEmpty() || pdftotext.isEmpty() || pdfimages.isEmpty())
        QSKIP("poppler-utils not installed");
    ExportOptions options;
    options.what = what;
    options.pageSize = QPageSize::Letter;
    const QString file =
        exportFile(options, ExportOptions::whatKey(what) + QStringLiteral(".pdf"), source());
    QVERIFY(!file.isEmpty());
    const QString info = runTool(pdfinfo, {file});
    QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))), qPrintable(info));
    QVERIFY2(info.contains(QStringLiteral("792 x 612 pts")), qPrintable(info)); // Letter landscape
    const QString text = runTool(pdftotext, {file, QStringLiteral("-")}).simplified();
    QVERIFY2(text.contains(expected), qPrintable(text.left(400)));
    if (what != ExportOptions::What::Map)
        QVERIFY2(text.contains(QStringLiteral("Turkey")), qPrintable(text.left(400)));
    // Vector only: the image list is its two header lines and nothing else.
    const QStringList images = runTool(pdfimages, {QStringLiteral("-list"), file})
                                   .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(images.size(), 2);
}

void TestExport::viewSvg_data()
{
    viewPdf_data();
}

void TestExport::viewSvg()
{
    QFETCH(ExportOptions::What, what);
    QFETCH(QString, expected);
    ExportOptions options;
    options.what = what;
    options.format = ExportOptions::Format::Svg;
    const QString file =
        exportFile(options, ExportOptions::whatKey(what) + QStringLiteral(".svg"), source());
    QVERIFY(!file.isEmpty());
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&f);
    QString root;
    int texts = 0, paths = 0;
    QString allText;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (root.isEmpty())
            root = xml.name().toString();
        if (xml.name() == QLatin1String("text")) {
            ++texts;
            allText +=
                xml.readElementText(QXmlStreamReader::IncludeChildElements) + QLatin1Char(' ');
        } else if (xml.name() == QLatin1String("path")) {
            ++paths;
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(root, QStringLiteral("svg"));
    QVERIFY(texts > 3);
    QVERIFY(paths > 3);
    QVERIFY2(allText.contains(expected), qPrintable(allText.left(300)));
}

void TestExport::viewPng_data()
{
    QTest::addColumn<int>("dpi");
    QTest::addColumn<QPageSize::PageSizeId>("page");
    QTest::addColumn<QPageLayout::Orientation>("orientation");
    QTest::newRow("A4 landscape 72") << 72 << QPageSize::A4 << QPageLayout::Landscape;
    QTest::newRow("A4 portrait 150") << 150 << QPageSize::A4 << QPageLayout::Portrait;
    QTest::newRow("Letter landscape 100") << 100 << QPageSize::Letter << QPageLayout::Landscape;
}

void TestExport::viewPng()
{
    QFETCH(int, dpi);
    QFETCH(QPageSize::PageSizeId, page);
    QFETCH(QPageLayout::Orientation, orientation);
    ExportOptions options;
    options.what = ExportOptions::What::All;
    options.format = ExportOptions::Format::Png;
    options.dpi = dpi;
    options.pageSize = page;
    options.orientation = orientation;
    const QString file = exportFile(options, QStringLiteral("all-%1.png").arg(dpi), source());
    QVERIFY(!file.isEmpty());
    QImage image(file);
    QVERIFY(!image.isNull());
    const QSizeF inches = QPageSize(page).size(QPageSize::Inch);
    QSize expected(qRound(inches.width() * dpi), qRound(inches.height() * dpi));
    if (orientation == QPageLayout::Landscape)
        expected.transpose();
    QVERIFY(qAbs(image.width() - expected.width()) <= 1);
    QVERIFY(qAbs(image.height() - expected.height()) <= 1);
    QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), dpi);
    // Something was drawn: not a blank page.
    int dark = 0;
    for (int y = 0; y < image.height(); y += 4)
        for (int x = 0; x < image.width(); x += 4)
            dark += qGray(image.pixel(x, y)) < 128;
    QVERIFY(dark > 50);
}

void TestExport::pngLooksTheSameAtEveryResolution()
{
    // The network page at 72 and 144 dpi: halved, the second is the first, text included
    // (text once came out larger by the resolution, over the room measured for it).
    ExportOptions options;
    options.what = ExportOptions::What::Network;
    options.format = ExportOptions::Format::Png;
    options.dpi = 72;
    const QImage low(exportFile(options, QStringLiteral("network-72.png"), source()));
    options.dpi = 144;
    const QImage high(exportFile(options, QStringLiteral("network-144.png"), source()));
    QVERIFY(!low.isNull() && !high.isNull());
    const QImage halved = high.scaled(low.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                              .convertToFormat(low.format());
    qint64 difference = 0;
    int inked = 0;
    for (int y = 0; y < low.height(); ++y) {
        for (int x = 0; x < low.width(); ++x) {
            difference += std::abs(qGray(low.pixel(x, y)) - qGray(halved.pixel(x, y)));
            inked += qGray(low.pixel(x, y)) < 200 ? 1 : 0;
        }
    }
    QVERIFY(inked > 2000);
    // Antialiasing and glyph hinting differ at edges (about 25 per inked pixel); text
    // drawn at twice its size differed by over 130.
    const double perInked = double(difference) / inked;
    QVERIFY2(perInked < 60.0, qPrintable(QString::number(perInked)));
}

void TestExport::unavailableView()
{
    const QString pdftotext = tool("pdftotext");
    if (pdftotext.isEmpty())
        QSKIP("pdftotext not installed");
    ExportSource src = source();
    src.network = nullptr;
    ExportOptions options;
    options.what = ExportOptions::What::Network;
    const QString file = exportFile(options, QStringLiteral("no-network.pdf"), src);
    QVERIFY(!file.isEmpty());
    const QString text = runTool(pdftotext, {file, QStringLiteral("-")}).simplified();
    QVERIFY2(text.contains(QStringLiteral("not available in this version")), qPrintable(text));
}

void TestExport::timeWindowLimitsTables()
{
    const QString pdftotext = tool("pdftotext");
    if (pdftotext.isEmpty())
        QSKIP("pdftotext not installed");
    ExportSource src = source();
    const Snapshot &s = *src.snapshot;
    // The last event's days only: the first event (two years earlier) leaves the tables.
    const SnapshotEvent &first = s.events.first();
    const SnapshotEvent &last = s.events.last();
    QVERIFY(first.lastDay < last.firstDay);
    src.filter.window = DayRange{last.firstDay, last.lastDay};
    src.analysis.reset();
    ExportOptions options;
    const QString file = exportFile(options, QStringLiteral("window.pdf"), src);
    QVERIFY(!file.isEmpty());
    const QString text =
        runTool(pdftotext, {QStringLiteral("-layout"), file, QStringLiteral("-")}).simplified();
    QVERIFY(text.contains(QStringLiteral("Time window:")));
    QVERIFY2(text.contains(last.title.simplified().section(QLatin1Char(' '), 0, 1)),
             qPrintable(last.title));
    QVERIFY2(!text.contains(first.title.simplified()), qPrintable(first.title));
}

void TestExport::bigProjectSummaries()
{
    // The demo with limits far below its size stands for a project too big to list.
    const QString pdftotext = tool("pdftotext");
    if (pdftotext.isEmpty())
        QSKIP("pdftotext not installed");
    ExportSource src = source();
    const Snapshot &s = *src.snapshot;
    const VisibleSet visible = applyFilter(s, src.filter);
    ExportOptions options;
    options.orientation = QPageLayout::Portrait;
    options.reportLimits = {5, 10, 12, 8, 1};
    const QString file = exportFile(options, QStringLiteral("limited.pdf"), src);
    QVERIFY(!file.isEmpty());
    const QString text = runTool(pdftotext, {file, QStringLiteral("-")}).simplified();

    QVERIFY(text.contains(QStringLiteral("This project is large")));
    const int actors = int(visible.actors.size()), events = int(visible.events.size()),
              relations = int(visible.relations.size());
    QVERIFY(actors > 5 && events > 10 && relations > 12);
    for (const QString &expected :
         {QStringLiteral("%1 less connected actor(s) left out").arg(actors - 5),
          QStringLiteral("All %1 event(s) in view, per month:").arg(events),
          QStringLiteral("The 10 most evidenced events, by date (%1 left out):").arg(events - 10),
          QStringLiteral("All %1 relation(s) in view, between blocs, per type:").arg(relations),
          QStringLiteral("The 12 most evidenced relations (%1 left out):").arg(relations - 12),
          QStringLiteral("export the project as CSV")})
        QVERIFY2(text.contains(expected), qPrintable(expected));
    // The month of the last event is a row of the summary.
    const QString month =
        QDate::fromJulianDay(s.events.last().firstDay).toString(QStringLiteral("yyyy-MM"));
    QVERIFY2(text.contains(month), qPrintable(month));

    // At most the quote limit, one per article; the further articles in a table.
    const int quotes = int(text.count(QStringLiteral("cited for:")));
    QVERIFY2(quotes > 0 && quotes <= 8, qPrintable(QString::number(quotes)));
    QVERIFY(text.contains(QStringLiteral("further article(s) cited, without their quotes")));
    QVERIFY(text.contains(QStringLiteral("of their quotes shown")));

    // Much shorter than the full report.
    const auto pagesOf = [&](const QString &pdf) {
        const QString info = runTool(tool("pdfinfo"), {pdf});
        return QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
            .match(info)
            .captured(1)
            .toInt();
    };
    ExportOptions full;
    full.orientation = QPageLayout::Portrait;
    const QString fullFile = exportFile(full, QStringLiteral("full.pdf"), source());
    QVERIFY2(pagesOf(file) < pagesOf(fullFile),
             qPrintable(QStringLiteral("%1 vs %2").arg(pagesOf(file)).arg(pagesOf(fullFile))));
}

void TestExport::failuresLeaveNothing()
{
    ExportSource src = source();
    ExportOptions options;
    QString error;
    // A folder that does not exist.
    const QString missing = m_dir.filePath(QStringLiteral("no/such/folder/out.pdf"));
    QVERIFY(!Exporter::exportToFile(missing, options, src, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFile::exists(missing));
    // The report is PDF only.
    options.format = ExportOptions::Format::Svg;
    error.clear();
    const QString svg = m_dir.filePath(QStringLiteral("report.svg"));
    QVERIFY(!Exporter::exportToFile(svg, options, src, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFile::exists(svg));
    // No temporary files left beside the exports.
    const QStringList leftovers =
        QDir(m_dir.path()).entryList({QStringLiteral("*.tmp*"), QStringLiteral("*~")});
    QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(QLatin1Char(' '))));
}

QTEST_MAIN(TestExport)
#include "tst_export.moc"
