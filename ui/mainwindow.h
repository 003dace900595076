#pragma once

#include <QMainWindow>

namespace entente {

// The analyst's desk: assembles the views, docks and action families.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a project (.entente) or imports a corpus (.json) into a new project.
    void openPath(const QString &path);
    // Opens the bundled demo corpus (imported once into the app data folder).
    void openDemo();
    // What a plain start opens: the last project, or the demo on first run.
    void openStartupProject();
};

} // namespace entente
