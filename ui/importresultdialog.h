#pragma once

#include "model/diagnostic.h"
#include "store/importreport.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;

namespace entente {

// Tells the user how an import went: on failure every error (file, place, what was
// expected) and that nothing was imported; on success the counts, the changed fields
// and the warnings. Non-blocking (window-modal, deletes itself on close).
class ImportResultDialog final : public QDialog
{
    Q_OBJECT

public:
    static ImportResultDialog *showFailure(QWidget *parent, const QStringList &files,
                                           const Diagnostics &errors, const Diagnostics &warnings);
    static ImportResultDialog *showSuccess(QWidget *parent, const QStringList &files,
                                           const ImportReport &report);

    QString summary() const;
    QString details() const;

private:
    explicit ImportResultDialog(QWidget *parent);
    void setContent(const QString &summary, const QString &details, bool failed);

    QLabel *m_icon;
    QLabel *m_summary;
    QPlainTextEdit *m_details;
};

} // namespace entente
