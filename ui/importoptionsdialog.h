#pragma once

#include "io/brattypescan.h"
#include "jobs/importjob.h"

#include <QDialog>
#include <QStringList>
#include <QVector>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QGroupBox;
class QTableWidget;
class QTreeWidget;

namespace entente {

// The step before an import that needs a word from the user: the format of a file that
// cannot be recognised, and for brat documents how each annotation type becomes an
// actor, place, date, relation or event (BratMapping). Remembers the mapping choices
// and the last mapping file in QSettings between imports.
class ImportOptionsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ImportOptionsDialog(const QStringList &files, QWidget *parent = nullptr);

    // True when a file is a brat document or of a format that cannot be detected.
    static bool needed(const QStringList &files);
    // The options to import `files` with: the defaults when the dialog is not needed,
    // what the user chose when it is, nullopt when they cancelled.
    static std::optional<ImportOptions> ask(const QStringList &files, QWidget *parent);

    ImportOptions options() const;
    QStringList files() const { return m_files; } // expanded (ImportJob::expandPaths)
    QVector<BratTypeScan::Type> bratTypes() const { return m_types; }

    // What the Load / Save buttons do after asking for a file; an error is shown in a
    // message box that names the file and line. Return false on error.
    bool loadMapping(const QString &path);
    bool saveMapping(const QString &path);

    void accept() override;

private:
    void buildFiles();
    void buildTypes();
    void fillRow(int row);
    void updateRow(int row);
    void updateState();
    void resetToDefaults();
    std::optional<ImportFormat> chosenFormat() const;
    bool hasBrat() const;
    BratMapping mapping() const;
    void rememberMappingFile(const QString &path);

    QStringList m_files;
    QVector<std::optional<ImportFormat>> m_detected;
    QStringList m_why;
    QVector<BratTypeScan::Type> m_types;
    BratMapping m_base; // the rules of the types not shown, and the start of each row

    QComboBox *m_format;
    QTreeWidget *m_fileList;
    QGroupBox *m_mappingBox;
    QTableWidget *m_table;
    QLineEdit *m_documentDate;
    QLabel *m_mappingSource;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace entente
