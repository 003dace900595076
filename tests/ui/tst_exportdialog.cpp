#include "demoproject.h"
#include "export/exportdialog.h"
#include "export/exporter.h"
#include "export/exportoptions.h"

#include "session/session.h"
#include "session/snapshotloader.h"
#include "store/project.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace entente;

Q_DECLARE_METATYPE(ExportOptions::What)
Q_DECLARE_METATYPE(ExportOptions::Format)

// The export dialog on the demo corpus: the options it returns for the choices made, the
// choices remembered (in a QSettings file of the test's own) once an export is written,
// and the preview following page size and orientation.
class TestExportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void optionsFollowChoices_data();
    void optionsFollowChoices();
    void reportIsPdfOnly();
    void pngResolution();
    void choicesRemembered_data();
    void choicesRemembered();
    void cancelledDialogRemembersNothing();
    void previewFollowsPage();

private:
    static QSize previewSize(ExportDialog &dialog);
    static int inkedPixels(ExportDialog &dialog);

    QTemporaryDir m_dir;
    std::shared_ptr<Project> m_project;
    Session *m_session = nullptr;
};

void TestExportDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Settings in a file of this test's own, never the user's.
    QCoreApplication::setOrganizationName(QStringLiteral("EntenteTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_exportdialog"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       m_dir.filePath(QStringLiteral("settings")));

    const QString path = m_dir.filePath(QStringLiteral("demo.entente"));
    QString error;
    m_project = test::importDemo(path, &error);
    QVERIFY2(m_project, qPrintable(error));
    m_session = new Session(this);
    m_session->setProject(m_project, loadSnapshot(*m_project), path);
}

void TestExportDialog::init()
{
    QSettings().clear();
}

QSize TestExportDialog::previewSize(ExportDialog &dialog)
{
    const auto labels = dialog.findChildren<QLabel *>();
    for (const QLabel *label : labels)
        if (label->accessibleName() == QStringLiteral("Preview"))
            return label->pixmap().size();
    return {};
}

int TestExportDialog::inkedPixels(ExportDialog &dialog)
{
    QImage image;
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        if (label->accessibleName() == QStringLiteral("Preview"))
            image = label->pixmap().toImage().convertToFormat(QImage::Format_RGB32);
    int inked = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            inked += qGray(image.pixel(x, y)) < 200;
    return inked;
}

void TestExportDialog::optionsFollowChoices_data()
{
    QTest::addColumn<ExportOptions::What>("what");
    QTest::addColumn<ExportOptions::Format>("format");
    QTest::addColumn<QPageSize::PageSizeId>("page");
    QTest::addColumn<QPageLayout::Orientation>("orientation");
    QTest::addColumn<bool>("wholeContent");
    QTest::newRow("timeline svg A4 landscape")
        << ExportOptions::What::Timeline << ExportOptions::Format::Svg << QPageSize::A4
        << QPageLayout::Landscape << true;
    QTest::newRow("map pdf letter portrait")
        << ExportOptions::What::Map << ExportOptions::Format::Pdf << QPageSize::Letter
        << QPageLayout::Portrait << true;
    QTest::newRow("network png A4 portrait, visible area")
        << ExportOptions::What::Network << ExportOptions::Format::Png << QPageSize::A4
        << QPageLayout::Portrait << false;
    QTest::newRow("all three pdf letter landscape")
        << ExportOptions::What::All << ExportOptions::Format::Pdf << QPageSize::Letter
        << QPageLayout::Landscape << true;
    QTest::newRow("report pdf A4 portrait")
        << ExportOptions::What::Report << ExportOptions::Format::Pdf << QPageSize::A4
        << QPageLayout::Portrait << true;
}

void TestExportDialog::optionsFollowChoices()
{
    QFETCH(ExportOptions::What, what);
    QFETCH(ExportOptions::Format, format);
    QFETCH(QPageSize::PageSizeId, page);
    QFETCH(QPageLayout::Orientation, orientation);
    QFETCH(bool, wholeContent);
    ExportDialog dialog(m_session, nullptr);
    // Through the controls, as the analyst would choose.
    const auto boxes = dialog.findChildren<QComboBox *>();
    QCOMPARE(boxes.size(), 4); // what, format, page, orientation (in layout order)
    auto choose = [](QComboBox *box, int data) {
        const int i = box->findData(data);
        QVERIFY(i >= 0);
        box->setCurrentIndex(i);
    };
    choose(boxes[0], int(what));
    choose(boxes[1], int(format));
    choose(boxes[2], int(page));
    choose(boxes[3], int(orientation));
    dialog.findChild<QCheckBox *>()->setChecked(!wholeContent);

    const ExportOptions o = dialog.options();
    QCOMPARE(o.what, what);
    QCOMPARE(o.format, format);
    QCOMPARE(o.pageSize, page);
    QCOMPARE(o.orientation, orientation);
    QCOMPARE(o.wholeContent, wholeContent);
    QCOMPARE(dialog.visibleAreaOnly(), !wholeContent);
    const QSizeF size = o.pageSizePoints();
    QCOMPARE(size.width() > size.height(), orientation == QPageLayout::Landscape);
}

void TestExportDialog::reportIsPdfOnly()
{
    ExportDialog dialog(m_session, nullptr);
    ExportOptions o;
    o.what = ExportOptions::What::Network;
    o.format = ExportOptions::Format::Svg;
    dialog.setOptions(o);
    QCOMPARE(dialog.options().format, ExportOptions::Format::Svg);
    o.what = ExportOptions::What::Report;
    dialog.setOptions(o);
    QCOMPARE(dialog.options().format, ExportOptions::Format::Pdf);
    QVERIFY(!dialog.findChildren<QComboBox *>()[1]->isEnabled());
    o.what = ExportOptions::What::Map;
    dialog.setOptions(o);
    QVERIFY(dialog.findChildren<QComboBox *>()[1]->isEnabled());
}

void TestExportDialog::pngResolution()
{
    ExportDialog dialog(m_session, nullptr);
    auto *dpi = dialog.findChild<QSpinBox *>();
    QVERIFY(dpi);
    ExportOptions o;
    o.what = ExportOptions::What::Timeline;
    o.format = ExportOptions::Format::Pdf;
    dialog.setOptions(o);
    QVERIFY(!dpi->isEnabled()); // only images have a resolution
    o.format = ExportOptions::Format::Png;
    o.dpi = 300;
    o.pageSize = QPageSize::A4;
    o.orientation = QPageLayout::Landscape;
    dialog.setOptions(o);
    QVERIFY(dpi->isEnabled());
    QCOMPARE(dialog.options().dpi, 300);
    // A4 landscape at 300 dpi: about 3508 × 2480 pixels, said next to the control.
    const QSize px = Exporter::pixelSize(dialog.options());
    QVERIFY2(std::abs(px.width() - 3508) <= 1 && std::abs(px.height() - 2480) <= 1,
             qPrintable(QStringLiteral("%1x%2").arg(px.width()).arg(px.height())));
    bool shown = false;
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        shown = shown || (label->text().contains(QString::number(px.width())) &&
                          label->text().contains(QString::number(px.height())));
    QVERIFY(shown);
}

void TestExportDialog::choicesRemembered_data()
{
    QTest::addColumn<ExportOptions::What>("what");
    QTest::addColumn<ExportOptions::Format>("format");
    QTest::addColumn<QPageSize::PageSizeId>("page");
    QTest::addColumn<QPageLayout::Orientation>("orientation");
    QTest::addColumn<int>("dpi");
    QTest::newRow("network svg letter portrait")
        << ExportOptions::What::Network << ExportOptions::Format::Svg << QPageSize::Letter
        << QPageLayout::Portrait << 150;
    QTest::newRow("timeline png A4 landscape 72 dpi")
        << ExportOptions::What::Timeline << ExportOptions::Format::Png << QPageSize::A4
        << QPageLayout::Landscape << 72;
    QTest::newRow("map pdf letter landscape")
        << ExportOptions::What::Map << ExportOptions::Format::Pdf << QPageSize::Letter
        << QPageLayout::Landscape << 150;
}

void TestExportDialog::choicesRemembered()
{
    QFETCH(ExportOptions::What, what);
    QFETCH(ExportOptions::Format, format);
    QFETCH(QPageSize::PageSizeId, page);
    QFETCH(QPageLayout::Orientation, orientation);
    QFETCH(int, dpi);
    ExportOptions o;
    o.what = what;
    o.format = format;
    o.pageSize = page;
    o.orientation = orientation;
    o.dpi = dpi;
    const QString file =
        m_dir.filePath(QStringLiteral("remembered.") + ExportOptions::formatSuffix(format));
    {
        ExportDialog dialog(m_session, nullptr);
        dialog.setOptions(o);
        QVERIFY(dialog.exportTo(file));
    }
    QVERIFY(QFileInfo(file).size() > 0);
    QVERIFY(QFileInfo::exists(QSettings().fileName()));

    ExportDialog again(m_session, nullptr);
    const ExportOptions r = again.options();
    QCOMPARE(r.what, what);
    QCOMPARE(r.format, format);
    QCOMPARE(r.pageSize, page);
    QCOMPARE(r.orientation, orientation);
    QCOMPARE(r.dpi, dpi);
}

void TestExportDialog::cancelledDialogRemembersNothing()
{
    const ExportOptions defaults = ExportDialog(m_session, nullptr).options();
    {
        ExportDialog dialog(m_session, nullptr);
        ExportOptions o = defaults;
        o.what = ExportOptions::What::Timeline;
        o.format = ExportOptions::Format::Svg;
        o.pageSize = QPageSize::Letter;
        dialog.setOptions(o);
        dialog.reject();
    }
    const ExportOptions r = ExportDialog(m_session, nullptr).options();
    QCOMPARE(r.what, defaults.what);
    QCOMPARE(r.format, defaults.format);
    QCOMPARE(r.pageSize, defaults.pageSize);
}

void TestExportDialog::previewFollowsPage()
{
    ExportDialog dialog(m_session, nullptr);
    ExportOptions o;
    o.what = ExportOptions::What::All;
    o.format = ExportOptions::Format::Pdf;
    o.pageSize = QPageSize::A4;
    o.orientation = QPageLayout::Landscape;
    dialog.setOptions(o);
    dialog.show();
    // The preview is drawn shortly after the last change (changes come in bursts).
    QTRY_VERIFY(!previewSize(dialog).isEmpty());
    QTRY_VERIFY(previewSize(dialog).width() > previewSize(dialog).height());
    const QSize landscape = previewSize(dialog);
    QVERIFY2(std::abs(double(landscape.width()) / landscape.height() - 297.0 / 210.0) < 0.03,
             qPrintable(QStringLiteral("%1x%2").arg(landscape.width()).arg(landscape.height())));
    // The three views are drawn in it, not a blank page.
    QVERIFY(inkedPixels(dialog) > landscape.width() * landscape.height() / 50);

    o.orientation = QPageLayout::Portrait;
    dialog.setOptions(o);
    QTRY_VERIFY(previewSize(dialog).height() > previewSize(dialog).width());
    const QSize portrait = previewSize(dialog);
    QVERIFY(std::abs(double(portrait.height()) / portrait.width() - 297.0 / 210.0) < 0.03);

    // Letter is wider and shorter than A4.
    o.pageSize = QPageSize::Letter;
    dialog.setOptions(o);
    QTRY_VERIFY(previewSize(dialog) != portrait);
    const QSize letter = previewSize(dialog);
    QVERIFY(std::abs(double(letter.height()) / letter.width() - 11.0 / 8.5) < 0.03);
}

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
