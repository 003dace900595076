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
};

} // namespace entente
