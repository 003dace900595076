#pragma once

#include "exportoptions.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;
class QTimer;

namespace entente {

class ExportViews;
class Session;

// File > Export…: what to export (a view, the three views, the report), the format,
// page size and orientation, the PNG resolution, and whether the views show the whole
// content or only what is on screen, with a live preview of the first page. The last
// choices are remembered (QSettings).
class ExportDialog final : public QDialog
{
    Q_OBJECT

public:
    // `window` holds the live views used for "only the visible area".
    ExportDialog(Session *session, QWidget *window, QWidget *parent = nullptr);
    ~ExportDialog() override;

    ExportOptions options() const;
    void setOptions(const ExportOptions &options);
    bool visibleAreaOnly() const;
    // Writes the file with the current choices and remembers them; false (after telling
    // the analyst) on failure. accept() asks for the file name first.
    bool exportTo(const QString &fileName);

protected:
    void accept() override;

private:
    void updateControls();
    void schedulePreview();
    void updatePreview();
    void loadSettings();
    void saveSettings() const;

    Session *m_session;
    QWidget *m_window;
    std::unique_ptr<ExportViews> m_views; // hidden views for the whole content, made on demand
    QComboBox *m_what;
    QComboBox *m_format;
    QComboBox *m_page;
    QComboBox *m_orientation;
    QSpinBox *m_dpi;
    QCheckBox *m_visibleOnly;
    QLabel *m_preview;
    QLabel *m_pixelSize;
    QTimer *m_previewTimer;
};

} // namespace entente
