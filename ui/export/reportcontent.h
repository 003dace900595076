#pragma once

#include "reportpager.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace entente {

struct ExportOptions;
struct ExportSource;

// What the analyst report says, gathered once from the source (tables, notes, cited
// articles and quotes) so that it can be laid out twice: once to count the pages, once
// to draw them.
//
// Bounded for big projects (ExportOptions::ReportLimits): what would be unreadable anyway
// is summarised, and every summary says what it left out and how to get all of it. Past
// the actor limit the most connected actors are listed and the rest counted; past the
// event limit all events are counted per month before the most evidenced are listed;
// past the relation limit all relations are counted between blocs, per type, before the
// most evidenced are listed; the sources list the articles cited by the items listed,
// with their quotes up to the quote limit (a few per article when there are more) and
// the further articles in a table with their quote counts.
struct ReportContent
{
    static constexpr int kMaxCellChars = 600;

    struct Block
    {
        enum class Kind {
            Heading, // a section title; sections start on a new page
            Text,    // body text
            Note,    // muted body text: what was left out and why
            Table,
            ArticleTitle, // kept with the lines that follow it
            ArticleMeta,
            Quote,
            CitedFor,
            Space,
        };
        Kind kind = Kind::Text;
        QString text;
        QVector<ReportPager::Column> columns; // Table
        QVector<QStringList> rows;            // Table
        double space = 0;                     // Space, in points
    };

    QString title;
    QString runningHeader;
    QStringList titleLines; // project, window, filter, date, counts
    QString titleNote;      // how a big project was summarised; empty when nothing was
    QVector<Block> blocks;  // after the view pages

    static ReportContent gather(ExportSource &source, const ExportOptions &options);
};

} // namespace entente
