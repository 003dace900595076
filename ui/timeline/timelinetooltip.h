#pragma once

#include <QString>
#include <QVector>

namespace entente {

class Snapshot;
class TimelineModel;

// Rich-text tooltips for what the timeline shows: an event (title, date as written with
// its precision, type, participants, place), a relation bar, a density bin, a lane.
class TimelineToolTip
{
public:
    static QString event(const Snapshot &snapshot, int event);
    static QString relation(const Snapshot &snapshot, int relation);
    static QString bin(const Snapshot &snapshot, const QVector<int> &events);
    static QString lane(const TimelineModel &model, int lane);
    // "month precision", "interval, day precision"...
    static QString precisionText(int precision, bool interval);
};

} // namespace entente
