#include "importoptionsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

#include <spdlog/spdlog.h>

namespace entente {

namespace {

const QString kMappingKey = QStringLiteral("import/bratMapping");
const QString kMappingFileKey = QStringLiteral("import/bratMappingFile");
const QString kIgnore = QStringLiteral("ignore");

enum Column { KindColumn, TypeColumn, CountColumn, TargetColumn, ColumnCount };

// A row with no rule: warm, so it stands out without looking like an error.
const QColor kUnmappedColour(255, 226, 170);

// Entity targets in the mapping file's own spelling: "state", "place:city", "date".
QString entityValue(const BratMapping::EntityRule *rule)
{
    if (!rule)
        return {};
    switch (rule->target) {
    case BratMapping::EntityTarget::Actor: return toString(rule->actorKind);
    case BratMapping::EntityTarget::Date: return QStringLiteral("date");
    case BratMapping::EntityTarget::Ignore: return kIgnore;
    case BratMapping::EntityTarget::Place:
        if (rule->placeKind == PlaceKind::Unspecified)
            return QStringLiteral("place");
        return u"place:" + toString(rule->placeKind);
    }
    return {};
}


QString relationValue(const BratMapping::RelationRule *rule)
{
    if (!rule)
        return {};
    return rule->type ? toString(*rule->type) : kIgnore;
}

QString eventValue(const BratMapping::EventRule *rule)
{
    if (!rule)
        return {};
    return rule->eventType.isEmpty() ? kIgnore : rule->eventType;
}

std::optional<ImportFormat> formatOf(const QComboBox *combo)
{
    return importFormatFromName(combo->currentData().toString());
}

} // namespace

ImportOptionsDialog::ImportOptionsDialog(const QStringList &files, QWidget *parent)
    : QDialog(parent), m_files(ImportJob::expandPaths(files)), m_format(new QComboBox(this)),
      m_fileList(new QTreeWidget(this)), m_mappingBox(new QGroupBox(this)),
      m_table(new QTableWidget(this)), m_documentDate(new QLineEdit(this)),
      m_mappingSource(new QLabel(this)), m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("importOptionsDialog"));
    setWindowTitle(tr("Import Options"));

    QStringList bratFiles;
    for (const QString &file : m_files) {
        QString why;
        m_detected << detectImportFormat(file, &why);
        m_why << why;
        const QString suffix = QFileInfo(file).suffix().toLower();
        if (m_detected.back() == ImportFormat::Brat || suffix == u"ann" || suffix == u"txt")
            bratFiles << file;
    }
    const BratTypeScan scan = BratTypeScan::scan(bratFiles);
    m_types = scan.types();

    // The choices of the last import, else the defaults. A document date belongs to one
    // batch of documents and is never carried over.
    m_base = BratMapping::defaults();
    m_mappingSource->setText(tr("Mapping: the defaults."));
    const QByteArray remembered = QSettings().value(kMappingKey).toByteArray();
    if (!remembered.isEmpty()) {
        if (auto last = BratMapping::parse(remembered, QStringLiteral("settings"))) {
            m_base = *last;
            m_mappingSource->setText(tr("Mapping: as at the last import."));
        }
    }
    m_base.documentDate.reset();

    auto *intro = new QLabel(
        tr("Check how these files will be read. Nothing is imported until you choose Import."),
        this);
    intro->setWordWrap(true);

    // Files and their formats.
    auto *filesBox = new QGroupBox(tr("Files"), this);
    m_fileList->setObjectName(QStringLiteral("importFiles"));
    m_fileList->setRootIsDecorated(false);
    m_fileList->setHeaderLabels({tr("File"), tr("Format")});
    m_fileList->setToolTip(tr("The files to import, with the format each was recognised as"));
    m_format->setObjectName(QStringLiteral("importFormat"));
    m_format->addItem(tr("Detect per file"), QString());
    m_format->addItem(tr("Native corpus (.json)"), importFormatName(ImportFormat::Native));
    m_format->addItem(tr("brat standoff (.txt + .ann)"), importFormatName(ImportFormat::Brat));
    m_format->addItem(tr("ACLED export (.csv)"), importFormatName(ImportFormat::Acled));
    m_format->addItem(tr("GDELT events (.CSV, .tsv)"), importFormatName(ImportFormat::Gdelt));
    m_format->setToolTip(tr("Read every file of this import in one format, or let each "
                            "file's content and name say"));
    auto *formatForm = new QFormLayout;
    auto *formatLabel = new QLabel(tr("&Format:"), this);
    formatLabel->setBuddy(m_format);
    formatForm->addRow(formatLabel, m_format);
    auto *filesLayout = new QVBoxLayout(filesBox);
    filesLayout->addWidget(m_fileList);
    filesLayout->addLayout(formatForm);

    // The brat mapping.
    m_mappingBox->setTitle(tr("brat annotation types"));
    auto *explain = new QLabel(tr("Each type found in the documents, how often, and what it "
                                  "becomes. Highlighted types have no rule."),
                               this);
    explain->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("bratTypes"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Kind"), tr("brat type"), tr("Count"), tr("Becomes")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->horizontalHeader()->setSectionResizeMode(TargetColumn, QHeaderView::Stretch);
    m_table->setToolTip(tr("Choose what each annotation type becomes in the project"));

    m_documentDate->setObjectName(QStringLiteral("documentDate"));
    m_documentDate->setPlaceholderText(tr("YYYY, YYYY-MM or YYYY-MM-DD (optional)"));
    m_documentDate->setToolTip(tr("The publication date of every document whose file name does "
                                  "not start with a date; also the date of events that carry "
                                  "none of their own. Events with no date are not imported."));
    m_documentDate->setClearButtonEnabled(true);
    auto *dateForm = new QFormLayout;
    auto *dateLabel = new QLabel(tr("Document &date:"), this);
    dateLabel->setBuddy(m_documentDate);
    dateForm->addRow(dateLabel, m_documentDate);

    auto *load = new QPushButton(tr("&Load Mapping…"), this);
    load->setObjectName(QStringLiteral("loadMapping"));
    load->setToolTip(tr("Read the rules from a mapping file (docs/formats/brat.md)"));
    auto *save = new QPushButton(tr("&Save Mapping…"), this);
    save->setObjectName(QStringLiteral("saveMapping"));
    save->setToolTip(tr("Write the mapping as shown, defaults included, to a file for "
                        "`entente import --mapping` or a later import"));
    auto *reset = new QPushButton(tr("De&faults"), this);
    reset->setObjectName(QStringLiteral("defaultMapping"));
    reset->setToolTip(tr("Go back to the built-in mapping"));
    m_mappingSource->setObjectName(QStringLiteral("mappingSource"));
    m_mappingSource->setTextFormat(Qt::PlainText);
    auto *mappingButtons = new QHBoxLayout;
    mappingButtons->addWidget(load);
    mappingButtons->addWidget(save);
    mappingButtons->addWidget(reset);
    mappingButtons->addWidget(m_mappingSource, 1);

    auto *mappingLayout = new QVBoxLayout(m_mappingBox);
    mappingLayout->addWidget(explain);
    mappingLayout->addWidget(m_table, 1);
    mappingLayout->addLayout(dateForm);
    mappingLayout->addLayout(mappingButtons);

    m_problem->setObjectName(QStringLiteral("importProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    QPalette warn = m_problem->palette();
    warn.setColor(QPalette::WindowText, QColor(170, 40, 20));
    m_problem->setPalette(warn);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ImportOptionsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(filesBox);
    layout->addWidget(m_mappingBox, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    buildFiles();
    buildTypes();

    connect(m_format, &QComboBox::currentIndexChanged, this, &ImportOptionsDialog::updateState);
    connect(m_documentDate, &QLineEdit::textChanged, this, &ImportOptionsDialog::updateState);
    connect(load, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Load Mapping"), QSettings().value(kMappingFileKey).toString(),
            tr("brat mappings (*.ini *.conf *.txt);;All files (*)"));
        if (!path.isEmpty())
            loadMapping(path);
    });
    connect(save, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save Mapping"), QSettings().value(kMappingFileKey).toString(),
            tr("brat mappings (*.ini);;All files (*)"));
        if (!path.isEmpty())
            saveMapping(path);
    });
    connect(reset, &QPushButton::clicked, this, &ImportOptionsDialog::resetToDefaults);

    updateState();
    resize(760, hasBrat() ? 720 : 300);
}

bool ImportOptionsDialog::needed(const QStringList &files)
{
    for (const QString &file : ImportJob::expandPaths(files)) {
        const auto format = detectImportFormat(file);
        if (!format || *format == ImportFormat::Brat)
            return true;
    }
    return false;
}

std::optional<ImportOptions> ImportOptionsDialog::ask(const QStringList &files, QWidget *parent)
{
    if (!needed(files))
        return ImportOptions{};
    ImportOptionsDialog dialog(files, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.options();
}

void ImportOptionsDialog::buildFiles()
{
    for (const QString &file : m_files) {
        auto *item = new QTreeWidgetItem(m_fileList);
        item->setText(0, QFileInfo(file).fileName());
        item->setToolTip(0, QDir::toNativeSeparators(file));
    }
    m_fileList->resizeColumnToContents(0);
    // As tall as a few files: the mapping table below needs the room more.
    const int rows = int(std::clamp<qsizetype>(m_files.size(), 1, 4));
    const int rowHeight = std::max(m_fileList->sizeHintForRow(0), fontMetrics().height() + 4);
    m_fileList->setFixedHeight(rows * rowHeight + m_fileList->header()->sizeHint().height() +
                               2 * m_fileList->frameWidth() + 4);
}

void ImportOptionsDialog::buildTypes()
{
    m_table->setRowCount(int(m_types.size()));
    QWidget *previous = m_table;
    for (int row = 0; row < m_types.size(); ++row) {
        const BratTypeScan::Type &type = m_types.at(row);
        QString kind;
        switch (type.kind) {
        case BratTypeScan::Kind::Entity: kind = tr("entity"); break;
        case BratTypeScan::Kind::Relation: kind = tr("relation"); break;
        case BratTypeScan::Kind::Event: kind = tr("event"); break;
        }
        m_table->setItem(row, KindColumn, new QTableWidgetItem(kind));
        m_table->setItem(row, TypeColumn, new QTableWidgetItem(type.name));
        auto *count = new QTableWidgetItem(QString::number(type.count));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, CountColumn, count);
        fillRow(row);
        // Tab walks down the column of choices, in the order the rows are shown.
        QWidget *combo = m_table->cellWidget(row, TargetColumn);
        setTabOrder(previous, combo);
        previous = combo;
    }
    setTabOrder(previous, m_documentDate);
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(TargetColumn, QHeaderView::Stretch);
}

void ImportOptionsDialog::fillRow(int row)
{
    const BratTypeScan::Type &type = m_types.at(row);
    auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(row, TargetColumn));
    if (!combo) {
        combo = new QComboBox;
        combo->setObjectName(u"target:" + type.name);
        m_table->setCellWidget(row, TargetColumn, combo);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, row] {
            updateRow(row);
            updateState();
        });
        connect(combo, &QComboBox::editTextChanged, this, [this, row] {
            updateRow(row);
            updateState();
        });
    }
    const QSignalBlocker blocker(combo);
    combo->clear();
    QString value;
    switch (type.kind) {
    case BratTypeScan::Kind::Entity:
        value = entityValue(m_base.entity(type.name));
        if (value.isEmpty())
            combo->addItem(tr("not mapped: reported and skipped"), QString());
        for (const QString &kind : actorKindNames())
            combo->addItem(tr("actor: %1").arg(kind), kind);
        combo->addItem(tr("place"), QStringLiteral("place"));
        for (const QString &kind : placeKindNames())
            combo->addItem(tr("place: %1").arg(kind), QString(u"place:" + kind));
        combo->addItem(tr("date (for event arguments)"), QStringLiteral("date"));
        combo->addItem(tr("ignore (read past, no warning)"), kIgnore);
        combo->setCurrentIndex(std::max(0, combo->findData(value)));
        break;
    case BratTypeScan::Kind::Relation:
        value = relationValue(m_base.relation(type.name));
        if (value.isEmpty())
            combo->addItem(tr("not mapped: reported and skipped"), QString());
        for (const QString &name : relationTypeNames())
            combo->addItem(tr("relation: %1").arg(name), name);
        combo->addItem(tr("ignore (read past, no warning)"), kIgnore);
        combo->setCurrentIndex(std::max(0, combo->findData(value)));
        break;
    case BratTypeScan::Kind::Event:
        // Any event word will do, so the choice can be typed; the mapping file's own
        // spelling ("ignore") is what is shown.
        value = eventValue(m_base.event(type.name));
        combo->setEditable(true);
        combo->setInsertPolicy(QComboBox::NoInsert);
        combo->addItems(suggestedEventTypes());
        combo->addItem(kIgnore);
        combo->lineEdit()->setPlaceholderText(
            tr("not mapped: kept as \"%1\" with a warning").arg(type.name.toLower()));
        combo->setCurrentIndex(combo->findText(value));
        combo->setEditText(value);
        break;
    }
    updateRow(row);
}

// The highlight and tooltip say what happens to a type with no rule.
void ImportOptionsDialog::updateRow(int row)
{
    const BratTypeScan::Type &type = m_types.at(row);
    auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(row, TargetColumn));
    const QString value =
        combo->isEditable() ? combo->currentText().trimmed() : combo->currentData().toString();
    QString tip;
    if (value.isEmpty() && type.kind == BratTypeScan::Kind::Event)
        tip = tr("No rule for \"%1\": its events would be imported with the type \"%2\" and a "
                 "warning. Choose an event type, or \"ignore\".")
                  .arg(type.name, type.name.toLower());
    else if (value.isEmpty())
        tip = tr("No rule for \"%1\": its %n annotation(s) would be reported and skipped. "
                 "Choose what the type becomes, or \"ignore\" to skip it without a warning.",
                 nullptr, type.count)
                  .arg(type.name);
    else if (type.kind == BratTypeScan::Kind::Event && value.contains(u' '))
        tip = tr("An event type is one word, such as \"clash\".");
    const QBrush background = tip.isEmpty() ? QBrush() : QBrush(kUnmappedColour);
    for (int column : {KindColumn, TypeColumn, CountColumn}) {
        QTableWidgetItem *item = m_table->item(row, column);
        item->setBackground(background);
        item->setToolTip(tip.isEmpty() ? tr("%n annotation(s) of type \"%1\"", nullptr, type.count)
                                             .arg(type.name)
                                       : tip);
    }
    combo->setToolTip(tip.isEmpty() ? tr("What \"%1\" becomes in the project").arg(type.name)
                                    : tip);
}

std::optional<ImportFormat> ImportOptionsDialog::chosenFormat() const
{
    return formatOf(m_format);
}

bool ImportOptionsDialog::hasBrat() const
{
    if (const auto chosen = chosenFormat())
        return *chosen == ImportFormat::Brat;
    return std::any_of(m_detected.cbegin(), m_detected.cend(),
                       [](const auto &f) { return f == ImportFormat::Brat; });
}

void ImportOptionsDialog::updateState()
{
    const auto chosen = chosenFormat();
    int unknown = 0;
    for (int i = 0; i < m_files.size(); ++i) {
        QTreeWidgetItem *item = m_fileList->topLevelItem(i);
        const auto format = chosen ? chosen : m_detected.at(i);
        if (format) {
            item->setText(1, importFormatName(*format));
            item->setToolTip(1, chosen ? tr("Chosen for every file of this import")
                                       : tr("Recognised from the file's content or name"));
            item->setForeground(1, palette().brush(QPalette::Text));
        } else {
            ++unknown;
            item->setText(1, tr("not recognised"));
            item->setToolTip(1, m_why.at(i));
            item->setForeground(1, m_problem->palette().brush(QPalette::WindowText));
        }
    }
    m_fileList->resizeColumnToContents(1);
    m_mappingBox->setVisible(hasBrat());

    QString problem;
    if (unknown > 0)
        problem = tr("%n file(s) not recognised: choose their format above.", nullptr, unknown);
    else if (hasBrat() && !m_documentDate->text().trimmed().isEmpty() &&
             !FuzzyDate::parse(m_documentDate->text().trimmed()))
        problem = tr("The document date must be YYYY, YYYY-MM or YYYY-MM-DD.");
    for (int row = 0; problem.isEmpty() && hasBrat() && row < m_types.size(); ++row) {
        const auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(row, TargetColumn));
        if (combo->isEditable() && combo->currentText().trimmed().contains(u' '))
            problem = tr("The event type for \"%1\" must be one word.").arg(m_types.at(row).name);
    }
    if (problem.isEmpty() && hasBrat() && m_types.isEmpty())
        problem = tr("No annotations were found in the brat documents.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    const bool blocking = unknown > 0 || (!problem.isEmpty() && !m_types.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!blocking);
}

BratMapping ImportOptionsDialog::mapping() const
{
    BratMapping m = m_base;
    for (int row = 0; row < m_types.size(); ++row) {
        const BratTypeScan::Type &type = m_types.at(row);
        const auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(row, TargetColumn));
        const QString value =
            combo->isEditable() ? combo->currentText().trimmed() : combo->currentData().toString();
        if (value.isEmpty())
            continue; // no rule, as in m_base
        switch (type.kind) {
        case BratTypeScan::Kind::Entity:
            if (const auto rule = BratMapping::entityRuleFrom(type.name, value))
                m.setEntity(*rule);
            break;
        case BratTypeScan::Kind::Relation:
            m.setRelation({type.name, value == kIgnore ? std::nullopt : relationTypeFromString(value)});
            break;
        case BratTypeScan::Kind::Event:
            m.setEvent({type.name, value == kIgnore ? QString() : value});
            break;
        }
    }
    m.documentDate = FuzzyDate::parse(m_documentDate->text().trimmed());
    return m;
}

ImportOptions ImportOptionsDialog::options() const
{
    ImportOptions o;
    o.format = chosenFormat();
    o.bratMapping = mapping();
    return o;
}

bool ImportOptionsDialog::loadMapping(const QString &path)
{
    QString error;
    const auto loaded = BratMapping::load(path, &error);
    if (!loaded) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Load Mapping"),
                                    tr("The mapping was not loaded:\n%1").arg(error),
                                    QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("mappingError"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return false;
    }
    m_base = *loaded;
    m_documentDate->setText(m_base.documentDate ? m_base.documentDate->toString() : QString());
    for (int row = 0; row < m_types.size(); ++row)
        fillRow(row);
    rememberMappingFile(path);
    m_mappingSource->setText(tr("Mapping: %1").arg(QFileInfo(path).fileName()));
    updateState();
    return true;
}

bool ImportOptionsDialog::saveMapping(const QString &path)
{
    QString error;
    if (!mapping().save(path, &error)) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Save Mapping"),
                                    tr("The mapping was not saved:\n%1").arg(error),
                                    QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("mappingError"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return false;
    }
    rememberMappingFile(path);
    m_mappingSource->setText(tr("Mapping: saved as %1").arg(QFileInfo(path).fileName()));
    return true;
}

void ImportOptionsDialog::resetToDefaults()
{
    m_base = BratMapping::defaults();
    for (int row = 0; row < m_types.size(); ++row)
        fillRow(row);
    m_mappingSource->setText(tr("Mapping: the defaults."));
    updateState();
}

void ImportOptionsDialog::rememberMappingFile(const QString &path)
{
    QSettings().setValue(kMappingFileKey, QFileInfo(path).absoluteFilePath());
}

void ImportOptionsDialog::accept()
{
    if (hasBrat()) {
        BratMapping remembered = mapping();
        remembered.documentDate.reset();
        QSettings().setValue(kMappingKey, remembered.toText());
        spdlog::info("import options: brat mapping of {} types remembered", m_types.size());
    }
    QDialog::accept();
}

} // namespace entente
