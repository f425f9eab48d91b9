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
    BreakMinutes,
    Department,
    Source
};
}

QString TimeRecordsFileParser::kind() const
{
    return QString(RecordKinds::TimeRecords);
}

std::vector<ColumnSpec> TimeRecordsFileParser::columns() const
{
    return {{QStringLiteral("worker_id"), true},      {QStringLiteral("date"), true},
            {QStringLiteral("time_in"), true},        {QStringLiteral("time_out"), true},
            {QStringLiteral("break_minutes"), false}, {QStringLiteral("department"), false},
            {QStringLiteral("source"), false}};
    // formats.md's optional `note` column is deliberately not read: free text may name people,
    // and no check needs it. Unread columns are masked in previews and issues.
}

void TimeRecordsFileParser::reserve(qsizetype bytes)
{
    m_out.records.timeRecords.reserve(size_t(bytes / 36));
}

// `clock` or `manual` (formats.md). Other words of real exports are read as the clock: a punch is
// never dropped for how its source is spelled.
bool TimeRecordsFileParser::readSource(bool* manual)
{
    const QByteArray value = cell(Source).toByteArray().trimmed().toLower();
    *manual = value == "manual" || value == "hand" || value == "handwritten" || value == "corrected" ||
              value == "edited" || value == "supervisor";
    return true;
}

// Interned: a department name is shared by thousands of rows.
bool TimeRecordsFileParser::readDepartment(QString* department)
{
    const QByteArrayView value = cell(Department);
    if (value.isEmpty()) {
        return true;
    }
    if (!checkNoControlBytes(Department)) {
        return false;
    }
    *department = m_departments.intern(value);
    return true;
}

bool TimeRecordsFileParser::parseRow()
{
    TimeRecord r;
    r.line = line();
    if (!readWorker(WorkerId, &r.worker) || !readDate(Date, &r.date)) {
        return false;
    }
    // An empty time_in or time_out is a forgotten punch (formats.md): kept and reported, no hours.
    if (cell(TimeIn).isEmpty()) {
        r.missing |= TimeRecord::MissingIn;
    } else if (!readTime(TimeIn, &r.timeIn)) {
        return false;
    }
    if (cell(TimeOut).isEmpty()) {
        r.missing |= TimeRecord::MissingOut;
    } else if (!readTime(TimeOut, &r.timeOut)) {
        return false;
    }
    if (!readSource(&r.manual) || !readDepartment(&r.department)) {
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
    if (r.isMissingPunch()) {
        m_out.records.timeRecords.push_back(r);
        return true;
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
