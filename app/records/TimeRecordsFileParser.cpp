#include "app/records/TimeRecordsFileParser.h"
#include "app/records/FieldParsing.h"
#include "app/records/RecordKinds.h"

#include <QCoreApplication>

namespace fieldbook {

namespace {
enum Column
{
    WorkerId,
    Date,
    TimeIn,
    TimeOut,
    BreakMinutes
};
}

QString TimeRecordsFileParser::kind() const
{
    return QString(RecordKinds::TimeRecords);
}

std::vector<ColumnSpec> TimeRecordsFileParser::columns() const
{
    return {{QStringLiteral("worker_id"), true},
            {QStringLiteral("date"), true},
            {QStringLiteral("time_in"), true},
            {QStringLiteral("time_out"), true},
            {QStringLiteral("break_minutes"), false}};
}

void TimeRecordsFileParser::reserve(qsizetype bytes)
{
    m_out.records.timeRecords.reserve(size_t(bytes / 36));
}

bool TimeRecordsFileParser::parseRow()
{
    TimeRecord r;
    r.line = line();
    if (!readWorker(WorkerId, &r.worker) || !readDate(Date, &r.date) || !readTime(TimeIn, &r.timeIn) ||
        !readTime(TimeOut, &r.timeOut)) {
        return false;
    }
    const QByteArrayView breakCell = cell(BreakMinutes);
    if (!breakCell.isEmpty()) {
        if (!fieldparsing::parseInt(breakCell, &r.breakMinutes)) {
            return failBadValue(BreakMinutes, "break_minutes is not a whole number:");
        }
        if (r.breakMinutes < 0) {
            return failBadValue(BreakMinutes, "negative break");
        }
    }
    // A break longer than a day is longer than any segment; checked before the sum, which would
    // overflow for absurd values (found by fuzzing: 60,045,000 minutes).
    if (r.breakMinutes > 24 * 60) {
        return fail(BreakMinutes, QCoreApplication::translate("RecordFileParser",
                                                              "the break is longer than the segment: negative hours"));
    }
    if (r.timeIn == r.timeOut) {
        return fail(TimeOut, QCoreApplication::translate("RecordFileParser", "time_out equals time_in"));
    }
    if (r.workedSeconds() < 0) {
        return fail(BreakMinutes, QCoreApplication::translate("RecordFileParser",
                                                              "the break is longer than the segment: negative hours"));
    }
    m_out.records.timeRecords.push_back(r);
    return true;
}

} // namespace fieldbook
