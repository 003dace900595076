#pragma once

#include "util/backgroundpool.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <functional>

namespace entente {

// Progress shared between a worker and the progress dialog that watches it.
struct TaskProgress
{
    std::atomic_int done{0};
    std::atomic_int total{0}; // 0 = unknown (busy indicator)
    std::atomic_bool cancel{false};
};

// Runs `work` on a worker thread while the GUI stays responsive, showing a progress
// dialog (after a short delay, so quick work shows nothing) with a Cancel button, and
// returns the worker's result.
template <typename Result>
Result runInBackground(QWidget *parent, const QString &label,
                       std::function<Result(TaskProgress &)> work)
{
    TaskProgress progress;
    QFutureWatcher<Result> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<Result>::finished, &loop, &QEventLoop::quit);

    QProgressDialog dialog(label, QCoreApplication::translate("Entente::Task", "Cancel"), 0, 0,
                           parent);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(400);
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog,
                     [&progress] { progress.cancel = true; });
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &dialog, [&] {
        dialog.setMaximum(progress.total.load());
        dialog.setValue(progress.done.load());
    });
    poll.start(50);

    watcher.setFuture(
        QtConcurrent::run(&backgroundPool(), [&progress, &work] { return work(progress); }));
    if (!watcher.isFinished())
        loop.exec();
    poll.stop();
    dialog.reset();
    return watcher.result();
}

} // namespace entente
