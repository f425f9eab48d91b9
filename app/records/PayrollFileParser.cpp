#include "app/records/PayrollFileParser.h"
#include "app/records/RecordKinds.h"

#include <QCoreApplication>

namespace fieldbook {

namespace {
constexpr JulianDay kMaxPayPeriodDays = 62;

enum Column
{
    WorkerId,
    PeriodStart,
    PeriodEnd,
    RegularHours,
    OvertimeHours,
    RegularPay,
    OvertimePay,
    Bonus,
    Deductions,
    NetPay,
    LeaveHours,
    HolidayHours
};
} // namespace

QString PayrollFileParser::kind() const
{
    return QString(RecordKinds::Payroll);
}

std::vector<ColumnSpec> PayrollFileParser::columns() const
{
    return {{QStringLiteral("worker_id"), true},      {QStringLiteral("period_start"), true},
            {QStringLiteral("period_end"), true},     {QStringLiteral("regular_hours"), true},
            {QStringLiteral("overtime_hours"), true}, {QStringLiteral("regular_pay"), true},
            {QStringLiteral("overtime_pay"), true},   {QStringLiteral("bonus"), false},
            {QStringLiteral("deductions"), false},    {QStringLiteral("net_pay"), true},
            {QStringLiteral("leave_hours"), false},   {QStringLiteral("holiday_hours"), false}};
}

void PayrollFileParser::reserve(qsizetype bytes)
{
    m_out.records.payroll.reserve(size_t(bytes / 70));
}

bool PayrollFileParser::parseRow()
{
    PayrollRecord p;
    p.line = line();
    if (!readWorker(WorkerId, &p.worker) || !readDate(PeriodStart, &p.periodStart) ||
        !readDate(PeriodEnd, &p.periodEnd) || !readNonNegative(RegularHours, &p.regularHours) ||
        !readNonNegative(OvertimeHours, &p.overtimeHours) || !readNumber(RegularPay, &p.regularPay) ||
        !readNumber(OvertimePay, &p.overtimePay) || !readNumber(Bonus, &p.bonus, false, &p.hasBonus) ||
        !readNumber(Deductions, &p.deductions, false, &p.hasDeductions) || !readNumber(NetPay, &p.netPay) ||
        !readNonNegative(LeaveHours, &p.leaveHours, false, &p.hasLeaveHours) ||
        !readNonNegative(HolidayHours, &p.holidayHours, false, &p.hasHolidayHours)) {
        return false;
    }
    if (p.periodEnd < p.periodStart) {
        return fail(PeriodEnd, QCoreApplication::translate("RecordFileParser", "period_end before period_start"));
    }
    // Pay is weekly, fortnightly or monthly: a longer period is a typo or a hostile file (a
    // period of centuries would have the analysis expand every day of it).
    if (p.periodEnd - p.periodStart + 1 > kMaxPayPeriodDays) {
        return fail(PeriodEnd, QCoreApplication::translate("RecordFileParser",
                                                           "pay period of %1 days: longer than two months (%2 days)")
                                   .arg(p.periodEnd - p.periodStart + 1)
                                   .arg(kMaxPayPeriodDays));
    }
    m_out.records.payroll.push_back(p);
    return true;
}

} // namespace fieldbook
