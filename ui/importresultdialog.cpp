#include "importresultdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace entente {

namespace {

QString fileNames(const QStringList &files)
{
    QStringList names;
    for (const QString &f : files)
        names << QFileInfo(f).fileName();
    return names.join(QStringLiteral(", "));
}

void appendDiagnostics(QStringList &lines, const Diagnostics &list)
{
    for (const Diagnostic &d : list)
        lines << d.toString();
}

} // namespace

ImportResultDialog::ImportResultDialog(QWidget *parent)
    : QDialog(parent), m_icon(new QLabel(this)), m_summary(new QLabel(this)),
      m_details(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("importResultDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowModality(Qt::WindowModal);
    setWindowTitle(tr("Import"));
    resize(760, 420);

    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_details->setReadOnly(true);
    m_details->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("Copy"), QDialogButtonBox::ActionRole);
    copy->setToolTip(tr("Copy the summary and every message to the clipboard"));
    connect(copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(summary() + u'\n' + details());
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *top = new QHBoxLayout;
    top->addWidget(m_icon, 0, Qt::AlignTop);
    top->addWidget(m_summary, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_details, 1);
    layout->addWidget(buttons);
}

void ImportResultDialog::setContent(const QString &summary, const QString &details, bool failed)
{
    const auto icon = failed ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxInformation;
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(32, 32));
    m_summary->setText(summary);
    m_details->setPlainText(details);
    m_details->setVisible(!details.isEmpty());
}

QString ImportResultDialog::summary() const { return m_summary->text(); }
QString ImportResultDialog::details() const { return m_details->toPlainText(); }

ImportResultDialog *ImportResultDialog::showFailure(QWidget *parent, const QStringList &files,
                                                    const Diagnostics &errors,
                                                    const Diagnostics &warnings)
{
    auto *dialog = new ImportResultDialog(parent);
    QStringList lines;
    appendDiagnostics(lines, errors);
    appendDiagnostics(lines, warnings);
    dialog->setContent(tr("%1 could not be imported: %n error(s). Nothing was imported; the "
                          "project is unchanged.",
                          nullptr, int(errors.size()))
                           .arg(fileNames(files)),
                       lines.join(u'\n'), true);
    dialog->open();
    return dialog;
}

ImportResultDialog *ImportResultDialog::showSuccess(QWidget *parent, const QStringList &files,
                                                    const ImportReport &report)
{
    auto *dialog = new ImportResultDialog(parent);
    const std::array<QString, kEntityKindCount> kinds{tr("articles"), tr("actors"), tr("places"),
                                                      tr("events"), tr("relations")};
    QStringList counts;
    for (int k = 0; k < kEntityKindCount; ++k) {
        const ImportCounts &c = report.counts[size_t(k)];
        counts << tr("%1: %2 added, %3 updated, %4 unchanged")
                      .arg(kinds[size_t(k)])
                      .arg(c.added)
                      .arg(c.updated)
                      .arg(c.unchanged);
    }
    QStringList lines;
    for (const ImportChange &c : report.changes)
        lines << tr("changed %1 %2.%3: %4 → %5")
                     .arg(entityKindKey(c.kind), c.id, c.field, c.oldValue, c.newValue);
    appendDiagnostics(lines, report.warnings);
    dialog->setContent(tr("Imported %1.").arg(fileNames(files)) + u'\n' + counts.join(u'\n'),
                       lines.join(u'\n'), false);
    dialog->open();
    return dialog;
}

} // namespace entente
