#include "backgroundpool.h"

#include <QThread>
#include <QThreadPool>

#include <algorithm>

namespace entente {

QThreadPool &backgroundPool()
{
    // Never deleted: jobs may still be winding down while static objects are destroyed.
    static QThreadPool *const pool = [] {
        auto *p = new QThreadPool;
        p->setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
        p->setObjectName(QStringLiteral("entente-background"));
        return p;
    }();
    return *pool;
}

void releaseInBackground(std::shared_ptr<const void> object)
{
    if (!object)
        return;
    backgroundPool().start([object = std::move(object)]() mutable { object.reset(); },
                           -1); // behind any waiting job
}

} // namespace entente
