#include "support/RecordSetBuilder.h"

#include <QDate>
#include <QHash>
#include <QRandomGenerator>
#include <QTime>
#include <cmath>

namespace fieldbook::test {

JulianDay RecordSetBuilder::day(const QString& iso)
{
    return iso.isEmpty() ? kNoDate : QDate::fromString(iso, Qt::ISODate).toJulianDay();
}

int RecordSetBuilder::clock(const QString& hhmm)
{
    return QTime(0, 0).secsTo(
        QTime::fromString(hhmm, hhmm.size() > 5 ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm")));
}

RecordSetBuilder& RecordSetBuilder::worker(const QString& id, const QString& birth, const QString& hire,
                                           const QString& department, const QString& idNumber,
                                           const QString& termination)
{
    WorkerRecord w;
    w.worker = m_records.internWorker(id);
    w.birthDate = day(birth);
    w.hireDate = day(hire);
    w.terminationDate = day(termination);
    w.department = department;
    w.idNumber = idNumber;
    w.line = int(m_records.workers.size()) + 2;
    m_records.workers.push_back(w);
    return *this;
}

RecordSetBuilder& RecordSetBuilder::time(const QString& id, const QString& date, const QString& in, const QString& out,
                                         int breakMinutes)
{
    TimeRecord r;
    r.worker = m_records.internWorker(id);
    r.date = day(date);
    r.timeIn = clock(in);
    r.timeOut = clock(out);
    r.breakMinutes = breakMinutes;
    r.line = int(m_records.timeRecords.size()) + 2;
    m_records.timeRecords.push_back(r);
    return *this;
}

RecordSetBuilder& RecordSetBuilder::pay(const QString& id, const QString& start, const QString& end,
                                        double regularHours, double overtimeHours, double regularPay,
                                        double overtimePay, double bonus, double deductions, double netPay)
{
    PayrollRecord r;
    r.worker = m_records.internWorker(id);
    r.periodStart = day(start);
    r.periodEnd = day(end);
    r.regularHours = regularHours;
    r.overtimeHours = overtimeHours;
    r.regularPay = regularPay;
    r.overtimePay = overtimePay;
    r.bonus = bonus;
    r.hasBonus = true;
    r.deductions = deductions;
    r.hasDeductions = true;
    r.netPay = netPay;
    r.line = int(m_records.payroll.size()) + 2;
    m_records.payroll.push_back(r);
    return *this;
}

RecordSetBuilder& RecordSetBuilder::production(const QString& date, const QString& department, double units, double sam)
{
    m_records.production.push_back({day(date), department, units, sam, int(m_records.production.size()) + 2});
    return *this;
}

RecordSetBuilder& RecordSetBuilder::gate(const QString& id, const QString& timestamp, bool in)
{
    GateEvent e;
    e.worker = m_records.internWorker(id);
    e.date = day(timestamp.left(10));
    e.time = clock(timestamp.mid(11));
    e.in = in;
    e.line = int(m_records.gateEvents.size()) + 2;
    m_records.gateEvents.push_back(e);
    return *this;
}

AuditParams cleanFactoryParams(int days)
{
    AuditParams params;
    params.periodStart = QDate(2026, 1, 5);
    params.periodEnd = params.periodStart.addDays(days - 1);
    params.minimumWageHourly = 20;
    params.regularHoursPerWeek = 48;
    params.maxOvertimeHoursPerWeek = 12;
    params.maxTotalHoursPerWeek = 60;
    params.overtimePremium = 1.5;
    // Rest-day and holiday premiums, with a public holiday on a Sunday, when the factory rests:
    // the clean factory owes neither, and the planter has a day to plant each on.
    params.formatVersion = 2;
    params.restDayPremium = 2.0;
    params.holidayPremium = 3.0;
    params.holidays = {QDate(2026, 1, 18)};
    return params;
}

RecordSet cleanFactory(quint32 seed, int workers, int days)
{
    QRandomGenerator random(seed);
    const auto normal = [&](double sd) {
        const double u1 = std::max(1e-12, random.generateDouble());
        const double u2 = random.generateDouble();
        return sd * std::sqrt(-2 * std::log(u1)) * std::cos(2 * M_PI * u2);
    };
    const QStringList departments = {QStringLiteral("Sewing"), QStringLiteral("Cutting"), QStringLiteral("Finishing")};
    const QStringList allDepartments = departments + QStringList{QStringLiteral("Knitting")};
    RecordSetBuilder b;
    const QDate start(2026, 1, 5);
    QHash<QString, QHash<int, double>> labour; // department -> day -> hours worked
    for (int i = 0; i < workers; ++i) {
        const QString id = QStringLiteral("W%1").arg(i + 1, 4, 10, QLatin1Char('0'));
        const QDate birth = QDate(1975, 1, 1).addDays(random.bounded(25 * 365));
        const QDate hire = QDate(2015, 1, 1).addDays(random.bounded(10 * 365));
        // Every eighth worker is on the night crew (Knitting, 21:35-07:00 and later, across midnight).
        const bool night = i % 8 == 7;
        const int offset = night ? 14 * 3600 : 0;
        const QString department = night ? QStringLiteral("Knitting") : departments.at(i % departments.size());
        b.worker(id, birth.toString(Qt::ISODate), hire.toString(Qt::ISODate), department,
                 QStringLiteral("ID%1").arg(100000 + i));
        // Habitual arrival 07:35-07:57, scatter sd 2-4 min; leaving: a queue after the bell.
        const double habit = 7 * 60 + 35 + random.bounded(22);
        const double scatter = 2 + random.bounded(2.0);
        const double rate = 20 + random.bounded(8.0);
        double regularSeconds = 0;
        double overtimeSeconds = 0;
        QDate periodStart = start;
        for (int d = 0; d < days; ++d) {
            const QDate date = start.addDays(d);
            const bool sunday = date.dayOfWeek() == 7;
            const bool leave = random.bounded(100) < 3;
            if (!sunday && !leave) {
                const int in = int(std::lround((habit + normal(scatter)) * 60)) + random.bounded(60) + offset;
                // Overtime 0-2 h, varying by department and week.
                const int week = d / 7;
                const int base = ((week + i % 3) % 3) * 30;
                const int overtimeMinutes = base + (base < 60 && random.bounded(4) == 0 ? 30 : 0);
                const int out =
                    17 * 3600 + overtimeMinutes * 60 + int(std::fabs(normal(4)) * 60) + random.bounded(60) + offset;
                b.time(id, date.toString(Qt::ISODate), QTime(0, 0).addSecs(in).toString(QStringLiteral("HH:mm:ss")),
                       QTime(0, 0).addSecs(out % 86400).toString(QStringLiteral("HH:mm:ss")), 60);
                // Through the gate a few minutes before clocking in and after clocking out.
                const int gateIn = in - 5 * 60 - random.bounded(15 * 60);
                const int gateOut = out + 2 * 60 + random.bounded(13 * 60);
                b.gate(id,
                       date.toString(Qt::ISODate) + QLatin1Char(' ') +
                           QTime(0, 0).addSecs(gateIn).toString(QStringLiteral("HH:mm:ss")),
                       true);
                b.gate(id,
                       date.addDays(gateOut / 86400).toString(Qt::ISODate) + QLatin1Char(' ') +
                           QTime(0, 0).addSecs(gateOut % 86400).toString(QStringLiteral("HH:mm:ss")),
                       false);
                labour[department][d] += ((out - in) - 3600.0) / 3600.0;
                const double worked = (out - in) - 3600.0;
                const double regular = std::min(worked, 8 * 3600.0);
                regularSeconds += regular;
                overtimeSeconds += worked - regular;
            }
            const bool periodEnds = date.addDays(1).month() != date.month() || d == days - 1;
            if (periodEnds) {
                const double regularHours = std::round(regularSeconds / 36.0) / 100;
                const double overtimeHours = std::round(overtimeSeconds / 36.0) / 100;
                const double regularPay = std::round(regularHours * rate * 100) / 100;
                const double overtimePay = std::round(overtimeHours * rate * 1.5 * 100) / 100;
                const double bonus = 100 + random.bounded(50);
                const double deductions = 50 + random.bounded(30);
                b.pay(id, periodStart.toString(Qt::ISODate), date.toString(Qt::ISODate), regularHours, overtimeHours,
                      regularPay, overtimePay, bonus, deductions, regularPay + overtimePay + bonus - deductions);
                regularSeconds = overtimeSeconds = 0;
                periodStart = date.addDays(1);
            }
        }
    }
    // Output at 55-80 % of standard efficiency, SAM 12 minutes.
    for (const QString& department : allDepartments) {
        for (int d = 0; d < days; ++d) {
            const double hours = labour[department].value(d);
            if (hours > 0) {
                b.production(start.addDays(d).toString(Qt::ISODate), department,
                             std::round(hours * (0.55 + random.bounded(0.25)) * 60 / 12.0), 12.0);
            }
        }
    }
    return b.records();
}

} // namespace fieldbook::test
