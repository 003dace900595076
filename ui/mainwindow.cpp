#include "mainwindow.h"

#include <QLabel>

namespace entente {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Entente"));
    setCentralWidget(new QLabel(tr("No project open"), this));
    resize(1400, 900);
}

MainWindow::~MainWindow() = default;

void MainWindow::openPath(const QString &) {}
void MainWindow::openDemo() {}
void MainWindow::openStartupProject() {}

} // namespace entente
