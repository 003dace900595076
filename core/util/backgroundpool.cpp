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

} // namespace entente
