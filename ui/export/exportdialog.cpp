#include "exportdialog.h"

#include "exporter.h"
#include "exportviews.h"

#include "session/session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTimer>

namespace entente {

namespace {

const QString kGroup = QStringLiteral("export");
constexpr QSize kPreviewSize(360, 260);

} // namespace

ExportDialog::ExportDialog(Session *session, QWidget *window, QWidget *parent)
    : QDialog(parent), m_session(session), m_window(window), m_what(new QComboBox(this)),
      m_format(new QComboBox(this)), m_page(new QComboBox(this)),
      m_orientation(new QComboBox(this)), m_dpi(new QSpinBox(this)),
      m_visibleOnly(new QCheckBox(tr("Only the area on screen"), this)),
      m_preview(new QLabel(this)), m_pixelSize(new QLabel(this)), m_previewTimer(new QTimer(this))
{
    setWindowTitle(tr("Export"));
    for (auto w :
         {ExportOptions::What::Timeline, ExportOptions::What::Map, ExportOptions::What::Network,
          ExportOptions::What::All, ExportOptions::What::Report})
        m_what->addItem(ExportOptions::whatLabel(w), int(w));
    m_format->addItem(tr("PDF (vector)"), int(ExportOptions::Format::Pdf));
    m_format->addItem(tr("SVG (vector)"), int(ExportOptions::Format::Svg));
    m_format->addItem(tr("PNG (image)"), int(ExportOptions::Format::Png));
    m_page->addItem(tr("A4"), int(QPageSize::A4));
    m_page->addItem(tr("Letter"), int(QPageSize::Letter));
    m_orientation->addItem(tr("Landscape"), int(QPageLayout::Landscape));
    m_orientation->addItem(tr("Portrait"), int(QPageLayout::Portrait));
    m_dpi->setRange(36, 600);
    m_dpi->setSingleStep(50);
    m_dpi->setSuffix(tr(" dpi"));
    m_visibleOnly->setToolTip(
        tr("Export the views as they are on screen (zoom and scroll) instead of "
           "fitting the whole content."));

    auto *form = new QFormLayout;
    form->addRow(tr("&What:"), m_what);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Page size:"), m_page);
    form->addRow(tr("&Orientation:"), m_orientation);
    form->addRow(tr("PNG &resolution:"), m_dpi);
    form->addRow(QString(), m_pixelSize);
    form->addRow(QString(), m_visibleOnly);

    m_preview->setMinimumSize(kPreviewSize);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setAccessibleName(tr("Preview"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *row = new QHBoxLayout;
    row->addLayout(form);
    row->addWidget(m_preview, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);

    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(150);
    connect(m_previewTimer, &QTimer::timeout, this, &ExportDialog::updatePreview);
    for (QComboBox *box : {m_what, m_format, m_page, m_orientation})
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            updateControls();
            schedulePreview();
        });
    connect(m_dpi, &QSpinBox::valueChanged, this, &ExportDialog::updateControls);
    connect(m_visibleOnly, &QCheckBox::toggled, this, &ExportDialog::schedulePreview);

    loadSettings();
    updateControls();
    schedulePreview();
}

ExportDialog::~ExportDialog() = default;

ExportOptions ExportDialog::options() const
{
    ExportOptions o;
    o.what = ExportOptions::What(m_what->currentData().toInt());
    o.format = ExportOptions::Format(m_format->currentData().toInt());
    o.pageSize = QPageSize::PageSizeId(m_page->currentData().toInt());
    o.orientation = QPageLayout::Orientation(m_orientation->currentData().toInt());
    o.dpi = m_dpi->value();
    o.wholeContent = !m_visibleOnly->isChecked();
    return o;
}

void ExportDialog::setOptions(const ExportOptions &o)
{
    m_what->setCurrentIndex(std::max(0, m_what->findData(int(o.what))));
    m_format->setCurrentIndex(std::max(0, m_format->findData(int(o.format))));
    m_page->setCurrentIndex(std::max(0, m_page->findData(int(o.pageSize))));
    m_orientation->setCurrentIndex(std::max(0, m_orientation->findData(int(o.orientation))));
    m_dpi->setValue(o.dpi);
    m_visibleOnly->setChecked(!o.wholeContent);
}

bool ExportDialog::visibleAreaOnly() const
{
    return m_visibleOnly->isChecked();
}

void ExportDialog::updateControls()
{
    const ExportOptions o = options();
    const bool report = o.what == ExportOptions::What::Report;
    // The report is multi-page: PDF only.
    if (report && o.format != ExportOptions::Format::Pdf)
        m_format->setCurrentIndex(m_format->findData(int(ExportOptions::Format::Pdf)));
    m_format->setEnabled(!report);
    const bool png = options().format == ExportOptions::Format::Png;
    m_dpi->setEnabled(png);
    const QSize px = Exporter::pixelSize(options());
    m_pixelSize->setText(png ? tr("%1 × %2 pixels").arg(px.width()).arg(px.height()) : QString());
}

void ExportDialog::schedulePreview()
{
    m_previewTimer->start();
}

void ExportDialog::updatePreview()
{
    ExportSource source;
    if (visibleAreaOnly()) {
        source = ExportViews::liveSource(m_session, m_window);
    } else {
        if (!m_views) {
            m_views = std::make_unique<ExportViews>(m_session);
            m_views->waitUntilReady(5000);
        }
        m_views->attach(source);
    }
    const QImage image = Exporter::preview(options(), source, m_preview->size() - QSize(8, 8));
    m_preview->setPixmap(QPixmap::fromImage(image));
}

bool ExportDialog::exportTo(const QString &fileName)
{
    ExportSource source;
    if (visibleAreaOnly()) {
        source = ExportViews::liveSource(m_session, m_window);
    } else {
        if (!m_views)
            m_views = std::make_unique<ExportViews>(m_session);
        m_views->waitUntilReady();
        m_views->attach(source);
    }
    QString error;
    if (!Exporter::exportToFile(fileName, options(), source, &error)) {
        QMessageBox::warning(this, tr("Export"), tr("The export failed: %1").arg(error));
        return false;
    }
    // Remembered only once they made a file: a dialog opened and cancelled changes nothing.
    saveSettings();
    return true;
}

void ExportDialog::accept()
{
    const ExportOptions o = options();
    const QString suffix = ExportOptions::formatSuffix(o.format);
    QSettings settings;
    const QString dir =
        settings.value(kGroup + QStringLiteral("/directory"), QDir::homePath()).toString();
    const QString base = QFileInfo(m_session->projectPath()).completeBaseName();
    const QString suggested =
        QDir(dir).filePath((base.isEmpty() ? QStringLiteral("entente") : base) + QLatin1Char('-') +
                           ExportOptions::whatKey(o.what) + QLatin1Char('.') + suffix);
    QString fileName = QFileDialog::getSaveFileName(
        this, tr("Export"), suggested, tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix));
    if (fileName.isEmpty())
        return;
    if (QFileInfo(fileName).suffix().isEmpty())
        fileName += QLatin1Char('.') + suffix;
    settings.setValue(kGroup + QStringLiteral("/directory"), QFileInfo(fileName).absolutePath());
    if (exportTo(fileName))
        QDialog::accept();
}

void ExportDialog::loadSettings()
{
    QSettings settings;
    settings.beginGroup(kGroup);
    ExportOptions o;
    o.what = ExportOptions::whatFromKey(settings.value(QStringLiteral("what")).toString())
                 .value_or(o.what);
    o.format = ExportOptions::formatFromKey(settings.value(QStringLiteral("format")).toString())
                   .value_or(o.format);
    o.pageSize = settings.value(QStringLiteral("page")).toString() == QStringLiteral("Letter")
                     ? QPageSize::Letter
                     : QPageSize::A4;
    o.orientation = settings.value(QStringLiteral("portrait"), false).toBool()
                        ? QPageLayout::Portrait
                        : QPageLayout::Landscape;
    o.dpi = std::clamp(settings.value(QStringLiteral("dpi"), o.dpi).toInt(), 36, 600);
    o.wholeContent = !settings.value(QStringLiteral("visibleOnly"), false).toBool();
    setOptions(o);
}

void ExportDialog::saveSettings() const
{
    const ExportOptions o = options();
    QSettings settings;
    settings.beginGroup(kGroup);
    settings.setValue(QStringLiteral("what"), ExportOptions::whatKey(o.what));
    settings.setValue(QStringLiteral("format"), ExportOptions::formatKey(o.format));
    settings.setValue(QStringLiteral("page"), o.pageSize == QPageSize::Letter
                                                  ? QStringLiteral("Letter")
                                                  : QStringLiteral("A4"));
    settings.setValue(QStringLiteral("portrait"), o.orientation == QPageLayout::Portrait);
    settings.setValue(QStringLiteral("dpi"), o.dpi);
    settings.setValue(QStringLiteral("visibleOnly"), !o.wholeContent);
}

} // namespace entente
