#include "importoptionsdialog.h"
#include "projectcontroller.h"

#include "io/brattypescan.h"
#include "session/session.h"
#include "session/snapshot.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace entente;
using namespace Qt::StringLiterals;

// The mapping step before an import: when it is needed, what it lists, and that what
// the user picks is what the import gets.
class TestImportOptionsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void needed_data();
    void needed();
    void scanCountsFixtureTypes();
    void tableListsTypesWithDefaults();
    void changingARowChangesTheMapping();
    void mappingSaveLoadRoundTrips();
    void badMappingFileNamesTheLine();
    void documentDate();
    void unknownFormatIsChosen();
    void tabReachesEveryChoice();
    void choicesAreRemembered();
    void importUsesTheOptions();

private:
    QTemporaryDir m_tmp;
};

namespace {

QString bratPath(const char *name)
{
    return QStringLiteral(ENTENTE_TEST_DATA "/brat/") + QString::fromLatin1(name);
}

QString berlin()
{
    return bratPath("2020-01-19_berlin.txt");
}

QComboBox *targetOf(const ImportOptionsDialog &dialog, const QString &type)
{
    return dialog.findChild<QComboBox *>(u"target:" + type);
}

// What a row's choice says, in the mapping file's spelling ("" for no rule).
QString choice(const ImportOptionsDialog &dialog, const QString &type)
{
    const QComboBox *combo = targetOf(dialog, type);
    if (!combo)
        return QStringLiteral("<no row>");
    return combo->isEditable() ? combo->currentText() : combo->currentData().toString();
}

void choose(const ImportOptionsDialog &dialog, const QString &type, const QString &value)
{
    QComboBox *combo = targetOf(dialog, type);
    QVERIFY2(combo, qPrintable(type));
    if (combo->isEditable()) {
        combo->setEditText(value);
        return;
    }
    const int index = combo->findData(value);
    QVERIFY2(index >= 0, qPrintable(value));
    combo->setCurrentIndex(index);
}

bool okEnabled(const ImportOptionsDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled();
}

int rowOf(const QTableWidget *table, const QString &type)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 1)->text() == type)
            return row;
    }
    return -1;
}

} // namespace

void TestImportOptionsDialog::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_tmp.filePath(u"settings"_s));
}

void TestImportOptionsDialog::init()
{
    QSettings().clear();
}

void TestImportOptionsDialog::needed_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<bool>("expected");
    QTest::newRow("brat .txt") << QStringList{berlin()} << true;
    QTest::newRow("brat .ann") << QStringList{bratPath("multilingual.ann")} << true;
    QTest::newRow("brat folder") << QStringList{QStringLiteral(ENTENTE_TEST_DATA "/brat")} << true;
    QTest::newRow("ACLED csv") << QStringList{QStringLiteral(ENTENTE_TEST_DATA
                                                             "/acled/libya-2019-2020.csv")}
                               << false;
    QTest::newRow("GDELT") << QStringList{QStringLiteral(ENTENTE_TEST_DATA
                                                         "/gdelt/libya-20200104.export.CSV")}
                           << false;
    QTest::newRow("native json")
        << QStringList{QStringLiteral(ENTENTE_SOURCE_DIR "/resources/demo/libya-2019-2021.json")}
        << false;
    QTest::newRow("unknown .xyz") << QStringList{m_tmp.filePath(u"notes.xyz"_s)} << true;
    QTest::newRow("native and unknown")
        << QStringList{QStringLiteral(ENTENTE_SOURCE_DIR "/resources/demo/libya-2019-2021.json"),
                       m_tmp.filePath(u"notes.xyz"_s)}
        << true;
}

void TestImportOptionsDialog::needed()
{
    QFETCH(QStringList, files);
    QFETCH(bool, expected);
    QFile xyz(m_tmp.filePath(u"notes.xyz"_s));
    QVERIFY(xyz.open(QIODevice::WriteOnly));
    xyz.write("some words, nothing any reader knows\n");
    xyz.close();
    QCOMPARE(ImportOptionsDialog::needed(files), expected);
}

void TestImportOptionsDialog::scanCountsFixtureTypes()
{
    // Either half names the document, and the two halves count once.
    const BratTypeScan scan =
        BratTypeScan::scan({berlin(), bratPath("2020-01-19_berlin.ann"), bratPath("nothing.csv")});
    QCOMPARE(scan.documents(), 1);
    QVERIFY(scan.unreadable().isEmpty());
    using K = BratTypeScan::Kind;
    // Triggers (T16 Meeting, T17 Attack, T18 Agreement) count for their events only.
    const QVector<BratTypeScan::Type> expected{
        {K::Entity, u"ArmedGroup"_s, 2}, {K::Entity, u"City"_s, 1},
        {K::Entity, u"Government"_s, 1}, {K::Entity, u"GPE"_s, 1},
        {K::Entity, u"Location"_s, 2},   {K::Entity, u"NORP"_s, 1},
        {K::Entity, u"Person"_s, 4},     {K::Entity, u"State"_s, 4},
        {K::Relation, u"Opposes"_s, 1},  {K::Relation, u"Supports"_s, 4},
        {K::Event, u"Agreement"_s, 1},   {K::Event, u"Attack"_s, 1},
        {K::Event, u"Meeting"_s, 1}};
    QCOMPARE(scan.types(), expected);
    QCOMPARE(scan.types(K::Relation).size(), 2);

    // Both fixtures: counts add up across documents; a .txt with no .ann is unreadable.
    const BratTypeScan both = BratTypeScan::scan(
        {berlin(), bratPath("multilingual.ann"), m_tmp.filePath(u"lonely.txt"_s)});
    QCOMPARE(both.documents(), 2);
    QCOMPARE(both.unreadable(), QStringList{m_tmp.filePath(u"lonely.ann"_s)});
    const auto meeting = both.types(K::Event);
    QCOMPARE(meeting.back(), (BratTypeScan::Type{K::Event, u"Meeting"_s, 3}));
}

void TestImportOptionsDialog::tableListsTypesWithDefaults()
{
    ImportOptionsDialog dialog({berlin()});
    auto *table = dialog.findChild<QTableWidget *>(u"bratTypes"_s);
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 13);
    QCOMPARE(table->item(rowOf(table, u"Person"_s), 2)->text(), u"4"_s);

    QCOMPARE(choice(dialog, u"State"_s), u"state"_s);
    QCOMPARE(choice(dialog, u"ArmedGroup"_s), u"armed_group"_s);
    QCOMPARE(choice(dialog, u"GPE"_s), u"place:country"_s);
    QCOMPARE(choice(dialog, u"Location"_s), u"place"_s);
    QCOMPARE(choice(dialog, u"Supports"_s), u"supports"_s);
    QCOMPARE(choice(dialog, u"Attack"_s), u"clash"_s);
    QCOMPARE(choice(dialog, u"Meeting"_s), u"meeting"_s);

    // NORP has no rule: highlighted, and the tooltip says what would happen.
    QCOMPARE(choice(dialog, u"NORP"_s), QString());
    const int norp = rowOf(table, u"NORP"_s);
    QVERIFY(table->item(norp, 1)->background().style() != Qt::NoBrush);
    QVERIFY(table->item(norp, 1)->toolTip().contains(u"reported and skipped"_s));
    QCOMPARE(table->item(rowOf(table, u"State"_s), 1)->background().style(), Qt::NoBrush);
    QVERIFY(okEnabled(dialog)); // unmapped types are warned about, not refused

    // Mapping it takes the highlight away.
    choose(dialog, u"NORP"_s, u"ignore"_s);
    QCOMPARE(table->item(norp, 1)->background().style(), Qt::NoBrush);

    const QByteArray shot = qgetenv("ENTENTE_SCREENSHOT");
    if (!shot.isEmpty()) {
        ImportOptionsDialog shown({berlin(), bratPath("multilingual.ann")});
        shown.show();
        QVERIFY(QTest::qWaitForWindowExposed(&shown));
        QTest::qWait(200);
        QVERIFY(shown.grab().save(QString::fromLocal8Bit(shot)));
    }
}

void TestImportOptionsDialog::changingARowChangesTheMapping()
{
    ImportOptionsDialog dialog({berlin()});
    QVERIFY(!dialog.options().bratMapping.entity(u"NORP"));
    choose(dialog, u"NORP"_s, u"person"_s);
    choose(dialog, u"City"_s, u"place:region"_s);
    choose(dialog, u"Opposes"_s, u"ignore"_s);
    choose(dialog, u"Supports"_s, u"allied_with"_s);
    choose(dialog, u"Attack"_s, u"offensive"_s);
    choose(dialog, u"Meeting"_s, u"ignore"_s);

    const ImportOptions options = dialog.options();
    QVERIFY(!options.format);
    const BratMapping &m = options.bratMapping;
    QVERIFY(m.entity(u"NORP"));
    QVERIFY(m.entity(u"NORP")->target == BratMapping::EntityTarget::Actor);
    QVERIFY(m.entity(u"NORP")->actorKind == ActorKind::Person);
    QVERIFY(m.entity(u"City")->target == BratMapping::EntityTarget::Place);
    QVERIFY(m.entity(u"City")->placeKind == PlaceKind::Region);
    QVERIFY(m.relation(u"Opposes") && !m.relation(u"Opposes")->type);
    QVERIFY(m.relation(u"Supports")->type == RelationType::AlliedWith);
    QCOMPARE(m.event(u"Attack")->eventType, u"offensive"_s);
    QVERIFY(m.event(u"Meeting") && m.event(u"Meeting")->eventType.isEmpty());
    // Types not in these documents keep their defaults.
    QVERIFY(m.entity(u"Organization")->actorKind == ActorKind::Organisation);

    // An event type is one word.
    choose(dialog, u"Attack"_s, u"air strike"_s);
    QVERIFY(!okEnabled(dialog));
    choose(dialog, u"Attack"_s, u"airstrike"_s);
    QVERIFY(okEnabled(dialog));
    QCOMPARE(dialog.options().bratMapping.event(u"Attack")->eventType, u"airstrike"_s);
}

void TestImportOptionsDialog::mappingSaveLoadRoundTrips()
{
    const QString path = m_tmp.filePath(u"libya.ini"_s);
    QByteArray saved;
    {
        ImportOptionsDialog dialog({berlin()});
        choose(dialog, u"NORP"_s, u"armed_group"_s);
        choose(dialog, u"Supports"_s, u"cooperates_with"_s);
        choose(dialog, u"Attack"_s, u"offensive"_s);
        dialog.findChild<QLineEdit *>(u"documentDate"_s)->setText(u"2020-01"_s);
        QVERIFY(dialog.saveMapping(path));
        saved = dialog.options().bratMapping.toText();
    }
    ImportOptionsDialog other({berlin()});
    QCOMPARE(choice(other, u"NORP"_s), QString());
    QVERIFY(other.loadMapping(path));
    QCOMPARE(choice(other, u"NORP"_s), u"armed_group"_s);
    QCOMPARE(choice(other, u"Supports"_s), u"cooperates_with"_s);
    QCOMPARE(choice(other, u"Attack"_s), u"offensive"_s);
    QCOMPARE(other.findChild<QLineEdit *>(u"documentDate"_s)->text(), u"2020-01"_s);
    QCOMPARE(other.options().bratMapping.toText(), saved);
    QCOMPARE(QSettings().value(u"import/bratMappingFile"_s).toString(), path);
}

void TestImportOptionsDialog::badMappingFileNamesTheLine()
{
    const QString path = m_tmp.filePath(u"bad.ini"_s);
    QFile bad(path);
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("[entities]\nNORP = human\n");
    bad.close();
    ImportOptionsDialog dialog({berlin()});
    choose(dialog, u"NORP"_s, u"person"_s);
    QVERIFY(!dialog.loadMapping(path));
    auto *box = dialog.findChild<QMessageBox *>(u"mappingError"_s);
    QVERIFY(box);
    QVERIFY2(box->text().contains(path + u":2:"), qPrintable(box->text()));
    QVERIFY(box->text().contains(u"human"));
    QCOMPARE(choice(dialog, u"NORP"_s), u"person"_s); // nothing changed
    box->close();

    QVERIFY(!dialog.saveMapping(m_tmp.filePath(u"no/such/folder/m.ini"_s)));
}

void TestImportOptionsDialog::documentDate()
{
    ImportOptionsDialog dialog({bratPath("multilingual.ann")});
    auto *date = dialog.findChild<QLineEdit *>(u"documentDate"_s);
    QVERIFY(date);
    QVERIFY(!dialog.options().bratMapping.documentDate);
    date->setText(u"2019-11-27"_s);
    QVERIFY(okEnabled(dialog));
    QVERIFY(dialog.options().bratMapping.documentDate == FuzzyDate::fromYmd(2019, 11, 27));
    date->setText(u"2019-11"_s);
    QVERIFY(dialog.options().bratMapping.documentDate == FuzzyDate::parse(u"2019-11"));
    date->setText(u"November"_s);
    QVERIFY(!okEnabled(dialog));
    date->clear();
    QVERIFY(okEnabled(dialog));
    QVERIFY(!dialog.options().bratMapping.documentDate);
}

void TestImportOptionsDialog::unknownFormatIsChosen()
{
    const QString xyz = m_tmp.filePath(u"table.xyz"_s);
    QFile file(xyz);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("some words\n");
    file.close();
    ImportOptionsDialog dialog({xyz});
    QVERIFY(!okEnabled(dialog));
    QVERIFY(!dialog.findChild<QTableWidget *>(u"bratTypes"_s)->isVisibleTo(&dialog));
    auto *format = dialog.findChild<QComboBox *>(u"importFormat"_s);
    format->setCurrentIndex(format->findData(u"acled"_s));
    QVERIFY(okEnabled(dialog));
    QVERIFY(dialog.options().format == ImportFormat::Acled);
    format->setCurrentIndex(0);
    QVERIFY(!okEnabled(dialog));
    QVERIFY(!dialog.options().format);
}

void TestImportOptionsDialog::tabReachesEveryChoice()
{
    ImportOptionsDialog dialog({berlin()});
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *format = dialog.findChild<QComboBox *>(u"importFormat"_s);
    format->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), format);
    // From the format, Tab walks through the table's choices in row order, then to the
    // document date.
    QStringList visited;
    for (int i = 0; i < 40; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        if (auto *combo = qobject_cast<QComboBox *>(focus->parentWidget());
            combo && combo->isEditable())
            focus = combo; // an event row's text field
        if (focus->objectName() == u"documentDate")
            break;
        if (focus->objectName().startsWith(u"target:"))
            visited << focus->objectName().mid(7);
    }
    QStringList rows;
    for (const BratTypeScan::Type &t : dialog.bratTypes())
        rows << t.name;
    QCOMPARE(visited, rows);
}

void TestImportOptionsDialog::choicesAreRemembered()
{
    {
        ImportOptionsDialog dialog({berlin()});
        choose(dialog, u"NORP"_s, u"person"_s);
        choose(dialog, u"Attack"_s, u"offensive"_s);
        dialog.findChild<QLineEdit *>(u"documentDate"_s)->setText(u"2020"_s);
        dialog.accept();
    }
    {
        ImportOptionsDialog dialog({berlin()});
        QCOMPARE(choice(dialog, u"NORP"_s), u"person"_s);
        QCOMPARE(choice(dialog, u"Attack"_s), u"offensive"_s);
        QCOMPARE(choice(dialog, u"State"_s), u"state"_s);
        // A document date belongs to one batch.
        QVERIFY(dialog.findChild<QLineEdit *>(u"documentDate"_s)->text().isEmpty());
        // Cancelling does not change what is remembered.
        choose(dialog, u"NORP"_s, u"ignore"_s);
        dialog.reject();
        // Defaults undo what was remembered.
        ImportOptionsDialog again({berlin()});
        QCOMPARE(choice(again, u"NORP"_s), u"person"_s);
        again.findChild<QPushButton *>(u"defaultMapping"_s)->click();
        QCOMPARE(choice(again, u"NORP"_s), QString());
        QCOMPARE(choice(again, u"Attack"_s), u"clash"_s);
    }
}

void TestImportOptionsDialog::importUsesTheOptions()
{
    QWidget window;
    Session session;
    ProjectController controller(&session, &window);
    QVERIFY(controller.newProject(m_tmp.filePath(u"mapped.entente"_s)));

    ImportOptionsDialog dialog({berlin()});
    choose(dialog, u"Attack"_s, u"ignore"_s);
    choose(dialog, u"NORP"_s, u"ignore"_s);
    QVERIFY(controller.importFiles({berlin()}, dialog.options()));
    // E3 is negated and the Attack is ignored: only the meeting comes in.
    QCOMPARE(session.snapshot().events.size(), 1);
    QCOMPARE(session.snapshot().events.front().type, u"meeting"_s);

    // With the defaults the attack is a clash.
    QVERIFY(controller.newProject(m_tmp.filePath(u"default.entente"_s)));
    ImportOptionsDialog defaults({berlin()});
    QVERIFY(controller.importFiles({berlin()}, defaults.options()));
    QCOMPARE(session.snapshot().events.size(), 2);
}

QTEST_MAIN(TestImportOptionsDialog)
#include "tst_importoptionsdialog.moc"
