#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Runs the real `entente` executable: what a script or a user at a shell sees.
class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionAndHelp();
    void importThenInfo();
    void secondImportMerges();
    void refusedImportLeavesProjectUnchanged_data();
    void refusedImportLeavesProjectUnchanged();
    void refusedImportDoesNotCreateProject();
    void importsEachFormat_data();
    void importsEachFormat();
    void forcedWrongFormatIsRefused();
    void usageErrors_data();
    void usageErrors();
    void networkCommand();
    void networkErrors_data();
    void networkErrors();
    void exportWithoutDisplay_data();
    void exportWithoutDisplay();
    void exportErrors_data();
    void exportErrors();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Run run(const QStringList &args);
    static Run runWithoutDisplay(const QStringList &args);
    static QByteArray hashOf(const QString &path);
    static QString data(const char *name)
    {
        return QStringLiteral(ENTENTE_TEST_DATA "/cli/") + QLatin1String(name);
    }
};

TestCli::Run TestCli::run(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(ENTENTE_EXECUTABLE), args);
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

QByteArray TestCli::hashOf(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

void TestCli::versionAndHelp()
{
    const Run version = run({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith(QStringLiteral("entente ")));
    const Run help = run({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(QStringLiteral("import")));
    QVERIFY(help.out.contains(QStringLiteral("info")));
    for (const char *command : {"import", "info"}) {
        const Run h = run({QLatin1String(command), QStringLiteral("--help")});
        QCOMPARE(h.exitCode, 0);
        QVERIFY2(h.out.contains(QStringLiteral("PROJECT")), qPrintable(h.out));
    }
}

void TestCli::importThenInfo()
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("p.entente"));
    const Run import = run({QStringLiteral("import"), project, QStringLiteral(ENTENTE_DEMO_CORPUS)});
    QVERIFY2(import.exitCode == 0, qPrintable(import.err));
    QVERIFY(import.out.contains(QStringLiteral("articles")));
    QVERIFY(QFile::exists(project));

    const Run info = run({QStringLiteral("info"), project, QStringLiteral("--limit"), QStringLiteral("0")});
    QVERIFY2(info.exitCode == 0, qPrintable(info.err));
    // Counts as in the demo file, read independently here.
    QFile demo(QStringLiteral(ENTENTE_DEMO_CORPUS));
    QVERIFY(demo.open(QIODevice::ReadOnly));
    const QByteArray json = demo.readAll();
    const auto count = [&](const char *key) {
        const QJsonDocument d = QJsonDocument::fromJson(json);
        return d.object().value(QLatin1String(key)).toArray().size();
    };
    for (const char *key : {"articles", "actors", "places", "events", "relations"}) {
        const QString line = QLatin1String(key) + u'\t' + QString::number(count(key)) + u'\n';
        QVERIFY2(info.out.contains(line), qPrintable(QLatin1String(key) + u' ' + info.out));
    }
    QVERIFY(info.out.contains(QStringLiteral("events from\t2019-")));
    QVERIFY(info.out.contains(QStringLiteral("TUR\tTurkey")));
}

void TestCli::secondImportMerges()
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("p.entente"));
    QCOMPARE(run({QStringLiteral("import"), project, QStringLiteral(ENTENTE_DEMO_CORPUS)}).exitCode, 0);
    // The second file refers to actors only the project knows.
    const Run second = run({QStringLiteral("import"), project, data("second.json")});
    QVERIFY2(second.exitCode == 0, qPrintable(second.err));
    QVERIFY(second.out.contains(QStringLiteral("relations")));
    // Re-importing the demo changes nothing.
    const Run again = run({QStringLiteral("import"), project, QStringLiteral(ENTENTE_DEMO_CORPUS)});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(!again.out.contains(QStringLiteral("changed fields")), qPrintable(again.out));
}

void TestCli::refusedImportLeavesProjectUnchanged_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not json") << data("not-json.json") << QStringLiteral("not-json.json:3:");
    QTest::newRow("unknown reference") << data("unknown-reference.json")
                                       << QStringLiteral("relations[0].target");
    QTest::newRow("bad date") << data("bad-date.json") << QStringLiteral("events[0].date");
    QTest::newRow("missing file") << data("does-not-exist.json")
                                  << QStringLiteral("does-not-exist.json");
}

void TestCli::refusedImportLeavesProjectUnchanged()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("p.entente"));
    QCOMPARE(run({QStringLiteral("import"), project, QStringLiteral(ENTENTE_DEMO_CORPUS)}).exitCode, 0);
    const QByteArray before = hashOf(project);
    QVERIFY(!before.isEmpty());

    // A good file together with a bad one: nothing of either may land.
    const Run refused = run({QStringLiteral("import"), project, data("second.json"), file});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(expected), qPrintable(refused.err));
    QVERIFY(refused.err.contains(QStringLiteral("nothing was imported")));
    QCOMPARE(hashOf(project), before);
}

void TestCli::refusedImportDoesNotCreateProject()
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("new.entente"));
    const Run refused = run({QStringLiteral("import"), project, data("bad-date.json")});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY(!QFile::exists(project));
}

void TestCli::importsEachFormat_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("events");
    QTest::addColumn<int>("relations");
    const QString formats = QStringLiteral(ENTENTE_TEST_DATA "/");
    QTest::newRow("ACLED, detected")
        << QStringList{formats + u"acled/libya-2019-2020.csv"_s} << 5 << 2;
    QTest::newRow("ACLED in Windows-1252")
        << QStringList{formats + u"acled/libya-old-1252.csv"_s} << 2 << 1;
    QTest::newRow("GDELT 2.0 daily file, named .CSV")
        << QStringList{formats + u"gdelt/libya-20200104.export.CSV"_s} << 9 << 6;
    QTest::newRow("GDELT 1.0, forced")
        << QStringList{u"--format"_s, u"gdelt"_s, formats + u"gdelt/libya-v1-57.tsv"_s}
        << 9 << 6;
    // Both halves of one brat document name it once.
    QTest::newRow("brat pair")
        << QStringList{formats + u"brat/2020-01-19_berlin.txt"_s,
                       formats + u"brat/2020-01-19_berlin.ann"_s}
        << 2 << 5;
}

void TestCli::importsEachFormat()
{
    QFETCH(QStringList, args);
    QFETCH(int, events);
    QFETCH(int, relations);
    QTemporaryDir dir;
    const QString project = dir.filePath(u"p.entente"_s);
    QStringList command{u"import"_s};
    if (args.first().startsWith(u"--"_s))
        command << args.takeFirst() << args.takeFirst();
    command << project << args;
    const Run r = run(command);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"imported 1 file(s)"_s), qPrintable(r.out));
    const QRegularExpression eventsLine(u"^events +%1 "_s.arg(events),
                                        QRegularExpression::MultilineOption);
    const QRegularExpression relationsLine(u"^relations +%1 "_s.arg(relations),
                                           QRegularExpression::MultilineOption);
    QVERIFY2(r.out.contains(eventsLine), qPrintable(r.out));
    QVERIFY2(r.out.contains(relationsLine), qPrintable(r.out));
}

void TestCli::forcedWrongFormatIsRefused()
{
    QTemporaryDir dir;
    const QString project = dir.filePath(u"p.entente"_s);
    QCOMPARE(run({u"import"_s, project, QStringLiteral(ENTENTE_DEMO_CORPUS)}).exitCode, 0);
    const QByteArray before = hashOf(project);
    const QString acled = QStringLiteral(ENTENTE_TEST_DATA "/acled/libya-2019-2020.csv");
    const Run refused = run({u"import"_s, u"--format"_s, u"gdelt"_s, project, acled});
    QCOMPARE(refused.exitCode, 1);
    // The message names the file and line, and what a GDELT file would have had.
    QVERIFY2(refused.err.contains(u"libya-2019-2020.csv:1:"_s), qPrintable(refused.err));
    QVERIFY(refused.err.contains(u"61"_s));
    QCOMPARE(hashOf(project), before);
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("import without files") << QStringList{QStringLiteral("import"), QStringLiteral("p.entente")} << 2;
    QTest::newRow("info without project") << QStringList{QStringLiteral("info")} << 2;
    QTest::newRow("unknown option") << QStringList{QStringLiteral("info"), QStringLiteral("--bogus"), QStringLiteral("p")} << 2;
    QTest::newRow("info on missing project") << QStringList{QStringLiteral("info"), QStringLiteral("/nonexistent/p.entente")} << 1;
    QTest::newRow("bad log level") << QStringList{QStringLiteral("info"), QStringLiteral("--log-level"), QStringLiteral("loud"), QStringLiteral("p")} << 2;
    QTest::newRow("unknown format") << QStringList{QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("xml"), QStringLiteral("p"), QStringLiteral("f")} << 2;
    QTest::newRow("missing mapping file") << QStringList{u"import"_s, u"--mapping"_s, u"/nonexistent/m.ini"_s, u"p"_s, u"f"_s} << 2;
    QTest::newRow("export-data without folder") << QStringList{u"export-data"_s, u"p"_s, u"--format"_s, u"csv"_s} << 2;
    QTest::newRow("export-data unknown format") << QStringList{u"export-data"_s, u"p"_s, u"--format"_s, u"xlsx"_s, u"-o"_s, u"d"_s} << 2;
    QTest::newRow("export-data missing project") << QStringList{u"export-data"_s, u"/nonexistent/p.entente"_s, u"--format"_s, u"csv"_s, u"-o"_s, u"/tmp/d"_s} << 1;
    QTest::newRow("bad document date") << QStringList{u"import"_s, u"--document-date"_s, u"19/01/2020"_s, u"p"_s, u"f"_s} << 2;
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    const Run r = run(args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY(!r.err.isEmpty());
}

TestCli::Run TestCli::runWithoutDisplay(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ENTENTE_EXECUTABLE), args);
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

void TestCli::exportWithoutDisplay_data()
{
    QTest::addColumn<QString>("view");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("magic");
    QTest::newRow("report pdf") << QStringLiteral("report") << QStringLiteral("pdf") << QByteArray("%PDF-");
    QTest::newRow("timeline svg") << QStringLiteral("timeline") << QStringLiteral("svg") << QByteArray("<?xml");
    QTest::newRow("network png") << QStringLiteral("network") << QStringLiteral("png") << QByteArray("\x89PNG");
    QTest::newRow("all pdf") << QStringLiteral("all") << QStringLiteral("pdf") << QByteArray("%PDF-");
}

void TestCli::exportWithoutDisplay()
{
    QFETCH(QString, view);
    QFETCH(QString, format);
    QFETCH(QByteArray, magic);
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("p.entente"));
    QCOMPARE(run({QStringLiteral("import"), project, QStringLiteral(ENTENTE_DEMO_CORPUS)}).exitCode, 0);
    const QString output = dir.filePath(QStringLiteral("out.") + format);
    const Run r = runWithoutDisplay({QStringLiteral("export"), project, QStringLiteral("--view"), view,
                                     QStringLiteral("--format"), format, QStringLiteral("-o"), output,
                                     QStringLiteral("--from"), QStringLiteral("2019-04"), QStringLiteral("--to"),
                                     QStringLiteral("2020-12-31"), QStringLiteral("--page"), QStringLiteral("Letter")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("wrote")));
    QFile f(output);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.read(magic.size()) == magic);
    // Only the export itself in the folder: no temporary file left beside it.
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*out*")}, QDir::Files | QDir::Hidden).size(), 1);
}

void TestCli::exportErrors_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("output");
    QTest::addColumn<bool>("missingProject");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("bad view") << QStringList{QStringLiteral("--view"), QStringLiteral("globe")} << QStringLiteral("out.pdf") << false << 2;
    QTest::newRow("bad format") << QStringList{QStringLiteral("--format"), QStringLiteral("docx")} << QStringLiteral("out.pdf") << false << 2;
    QTest::newRow("report as png") << QStringList{QStringLiteral("--view"), QStringLiteral("report"), QStringLiteral("--format"), QStringLiteral("png")} << QStringLiteral("out.png") << false << 2;
    QTest::newRow("bad date") << QStringList{QStringLiteral("--from"), QStringLiteral("spring")} << QStringLiteral("out.pdf") << false << 2;
    QTest::newRow("bad page") << QStringList{QStringLiteral("--page"), QStringLiteral("A3")} << QStringLiteral("out.pdf") << false << 2;
    QTest::newRow("unknown id") << QStringList{QStringLiteral("--select"), QStringLiteral("nobody")} << QStringLiteral("out.pdf") << false << 2;
    QTest::newRow("unwritable path") << QStringList{} << QStringLiteral("no/such/folder/out.pdf") << false << 1;
    QTest::newRow("missing project") << QStringList{} << QStringLiteral("out.pdf") << true << 1;
}

void TestCli::exportErrors()
{
    QFETCH(QStringList, extra);
    QFETCH(QString, output);
    QFETCH(bool, missingProject);
    QFETCH(int, exitCode);
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("p.entente"));
    if (!missingProject)
        QCOMPARE(run({QStringLiteral("import"), project, QStringLiteral(ENTENTE_DEMO_CORPUS)}).exitCode, 0);
    const QString out = dir.filePath(output);
    const Run r = runWithoutDisplay(QStringList{QStringLiteral("export"), project, QStringLiteral("-o"), out} + extra);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY(!r.err.isEmpty());
    QVERIFY(!QFile::exists(out));
    // Nothing partial: no output and no temporary file beside it.
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*out*")}, QDir::Files | QDir::Hidden).size(), 0);
}

void TestCli::networkCommand()
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("p.entente"));
    QCOMPARE(run({QStringLiteral("import"), project, QStringLiteral(ENTENTE_DEMO_CORPUS)}).exitCode, 0);
    const auto hasSupport = [](const QJsonArray &edges, const char *source, const char *target) {
        for (const QJsonValue &e : edges) {
            const QJsonObject o = e.toObject();
            if (o.value(QStringLiteral("source")).toString() == QLatin1String(source) &&
                o.value(QStringLiteral("target")).toString() == QLatin1String(target) &&
                o.value(QStringLiteral("type")).toString() == QStringLiteral("supports"))
                return true;
        }
        return false;
    };

    // The whole extent, as JSON on stdout.
    const Run all = run({QStringLiteral("network"), project});
    QVERIFY2(all.exitCode == 0, qPrintable(all.err));
    QJsonParseError parseError;
    const QJsonObject json = QJsonDocument::fromJson(all.out.toUtf8(), &parseError).object();
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
    QVERIFY(json.value(QStringLiteral("window")).isObject());
    QVERIFY(json.value(QStringLiteral("frustration")).isDouble());
    const QJsonArray nodes = json.value(QStringLiteral("nodes")).toArray();
    const QJsonArray edges = json.value(QStringLiteral("edges")).toArray();
    QVERIFY(nodes.size() > 10);
    QVERIFY(edges.size() > 10);
    for (const QJsonValue &n : nodes) {
        for (const char *key : {"id", "name", "kind", "bloc", "degree"})
            QVERIFY2(n.toObject().contains(QLatin1String(key)), key);
    }
    for (const QJsonValue &e : edges) {
        for (const char *key : {"source", "target", "type", "sign", "weight", "via"})
            QVERIFY2(e.toObject().contains(QLatin1String(key)), key);
    }
    QVERIFY(hasSupport(edges, "TUR", "GNA"));
    // Russia backs the LNA through the Wagner Group.
    bool via = false;
    for (const QJsonValue &e : edges)
        via = via || e.toObject().value(QStringLiteral("via")).toArray().contains(QStringLiteral("wagner"));
    QVERIFY(via);

    // Up to October 2019 Turkey's support of the GNA is not reported yet; the window ends on
    // the month's last day.
    const Run early = run({QStringLiteral("network"), project, QStringLiteral("--to"), QStringLiteral("2019-10")});
    QVERIFY2(early.exitCode == 0, qPrintable(early.err));
    const QJsonObject earlyJson = QJsonDocument::fromJson(early.out.toUtf8()).object();
    QCOMPARE(earlyJson.value(QStringLiteral("window")).toObject().value(QStringLiteral("to")).toString(),
             QStringLiteral("2019-10-31"));
    QVERIFY(earlyJson.value(QStringLiteral("window")).toObject().value(QStringLiteral("from")).isNull());
    QVERIFY(!hasSupport(earlyJson.value(QStringLiteral("edges")).toArray(), "TUR", "GNA"));
    QVERIFY(hasSupport(earlyJson.value(QStringLiteral("edges")).toArray(), "EGY", "LNA") ||
            earlyJson.value(QStringLiteral("edges")).toArray().size() > 0);

    const Run late = run({QStringLiteral("network"), project, QStringLiteral("--from"), QStringLiteral("2019-11")});
    QCOMPARE(late.exitCode, 0);
    const QJsonObject lateJson = QJsonDocument::fromJson(late.out.toUtf8()).object();
    QCOMPARE(lateJson.value(QStringLiteral("window")).toObject().value(QStringLiteral("from")).toString(),
             QStringLiteral("2019-11-01"));
    QVERIFY(hasSupport(lateJson.value(QStringLiteral("edges")).toArray(), "TUR", "GNA"));

    // GEXF to a file, GraphML to stdout.
    const QString gexf = dir.filePath(QStringLiteral("net.gexf"));
    const Run toFile = run({QStringLiteral("network"), project, QStringLiteral("--format"), QStringLiteral("gexf"),
                            QStringLiteral("-o"), gexf});
    QVERIFY2(toFile.exitCode == 0, qPrintable(toFile.err));
    QVERIFY(toFile.out.contains(QStringLiteral("wrote")));
    QFile file(gexf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray gexfBytes = file.readAll();
    QVERIFY(gexfBytes.startsWith("<?xml"));
    QVERIFY(gexfBytes.contains("http://gexf.net/1.3"));
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("net*")}, QDir::Files | QDir::Hidden).size(), 1);
    const Run graphml = run({QStringLiteral("network"), project, QStringLiteral("--format"), QStringLiteral("GraphML")});
    QCOMPARE(graphml.exitCode, 0);
    QVERIFY(graphml.out.contains(QStringLiteral("graphml.graphdrawing.org")));
}

void TestCli::networkErrors_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<bool>("missingProject");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("bad --to") << QStringList{QStringLiteral("--to"), QStringLiteral("2019-13")} << false << 2
                              << QStringLiteral("2019-13");
    QTest::newRow("bad --from") << QStringList{QStringLiteral("--from"), QStringLiteral("last spring")} << false
                                << 2 << QStringLiteral("last spring");
    QTest::newRow("from after to") << QStringList{QStringLiteral("--from"), QStringLiteral("2021"), QStringLiteral("--to"),
                                                  QStringLiteral("2020")}
                                   << false << 2 << QStringLiteral("2021");
    QTest::newRow("bad format") << QStringList{QStringLiteral("--format"), QStringLiteral("dot")} << false << 2
                                << QStringLiteral("dot");
    QTest::newRow("missing project") << QStringList{} << true << 1 << QStringLiteral("missing.entente");
}

void TestCli::networkErrors()
{
    QFETCH(QStringList, options);
    QFETCH(bool, missingProject);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QTemporaryDir dir;
    QString project = dir.filePath(QStringLiteral("missing.entente"));
    if (!missingProject) {
        project = dir.filePath(QStringLiteral("p.entente"));
        QCOMPARE(run({QStringLiteral("import"), project, QStringLiteral(ENTENTE_DEMO_CORPUS)}).exitCode, 0);
    }
    const QString output = dir.filePath(QStringLiteral("out.json"));
    const Run r = run(QStringList{QStringLiteral("network"), project, QStringLiteral("-o"), output} + options);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QVERIFY(!QFile::exists(output));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
