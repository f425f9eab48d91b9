#include "app/demo/MessyRecords.h"

#include <QDate>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

namespace fieldbook {

namespace {

constexpr double kForgottenPunchShare = 0.004;
constexpr double kHandEntryShare = 0.02;
constexpr double kRehireShare = 0.01;
constexpr double kTransferShare = 0.03; // moved to another department inside the period
constexpr double kResidentShare = 0.15; // live in the dormitory inside the gate
constexpr double kCanteenShare = 0.3;   // eat outside the gate at noon
constexpr int kHalfHour = 30 * 60;

double money(double value)
{
    return std::round(value * 100) / 100;
}

// The payroll row of the worker whose period holds `day`, or nullptr.
PayrollRecord* payrollRowOf(RecordSet& records, int worker, JulianDay day)
{
    for (PayrollRecord& p : records.payroll) {
        if (p.worker == worker && day >= p.periodStart && day <= p.periodEnd) {
            return &p;
        }
    }
    return nullptr;
}

// Pays `hours` regular hours the worker did not work (leave or a holiday), with their pay.
void payUnworked(PayrollRecord& p, double hours, double rate, bool holiday)
{
    p.regularHours = money(p.regularHours + hours);
    const double pay = money(hours * rate);
    p.regularPay = money(p.regularPay + pay);
    p.netPay = money(p.netPay + pay);
    if (holiday) {
        p.holidayHours += hours;
    } else {
        p.leaveHours += hours;
    }
    p.hasLeaveHours = true;
    p.hasHolidayHours = true;
}

int roundedToHalfHour(int seconds)
{
    return int(std::lround(double(seconds) / kHalfHour)) * kHalfHour % (24 * 3600);
}

} // namespace

void MessyRecords::apply(GeneratedFactory& factory, quint64 seed)
{
    std::mt19937_64 rng(seed ^ 0x6d65737379ULL); // "messy": its own stream, the tidy factory unchanged
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    RecordSet& records = factory.records;
    const double dayHours = factory.params.regularHoursPerDay > 0 ? factory.params.regularHoursPerDay : 8;
    const JulianDay firstDay = factory.start.toJulianDay();

    for (PayrollRecord& p : records.payroll) {
        p.hasLeaveHours = true;
        p.hasHolidayHours = true;
    }
    // Paid leave and paid public holidays: regular hours with no time records.
    QSet<JulianDay> holidays;
    for (const QDate& d : factory.params.holidays) {
        holidays.insert(d.toJulianDay());
    }
    for (const GeneratedWorker& g : factory.workers) {
        for (int day = 0; day < factory.days(); ++day) {
            const JulianDay date = firstDay + day;
            const int dayOfWeek = QDate::fromJulianDay(date).dayOfWeek();
            const RosterDay slot = factory.rosterDay(g.worker, day);
            const bool paidLeave = slot == RosterDay::Leave && dayOfWeek <= 6;
            const bool paidHoliday = holidays.contains(date) && slot != RosterDay::NotEmployed &&
                                     slot != RosterDay::Worked && dayOfWeek <= 5;
            if (!paidLeave && !paidHoliday) {
                continue;
            }
            if (PayrollRecord* p = payrollRowOf(records, g.worker, date)) {
                payUnworked(*p, dayHours, g.hourlyRate, paidHoliday);
            }
        }
    }

    // Departments on the time rows, forgotten punches, hand entries.
    std::vector<QString> departmentOf(size_t(records.workerIds.size()));
    for (const WorkerRecord& w : records.workers) {
        if (w.worker >= 0 && size_t(w.worker) < departmentOf.size()) {
            departmentOf[size_t(w.worker)] = w.department;
        }
    }
    // Transfers: a few workers move to another department on a day inside the period; the register
    // shows where they are now, the time rows where they worked each day.
    std::vector<JulianDay> transferredOn(departmentOf.size(), kNoDate);
    std::vector<QString> formerDepartment(departmentOf.size());
    if (factory.departments.size() > 1) {
        for (WorkerRecord& w : records.workers) {
            if (w.worker < 0 || size_t(w.worker) >= departmentOf.size() || unit(rng) >= kTransferShare) {
                continue;
            }
            const size_t pick = size_t(unit(rng) * double(factory.departments.size())) % factory.departments.size();
            const QString to = factory.departments[pick].name;
            if (to == w.department) {
                continue;
            }
            formerDepartment[size_t(w.worker)] = w.department;
            transferredOn[size_t(w.worker)] = firstDay + JulianDay(unit(rng) * factory.days());
            w.department = to;
            departmentOf[size_t(w.worker)] = to;
        }
    }
    for (TimeRecord& r : records.timeRecords) {
        const bool known = r.worker >= 0 && size_t(r.worker) < departmentOf.size();
        const bool beforeTransfer = known && r.date < transferredOn[size_t(r.worker)];
        r.department = !known           ? QString()
                       : beforeTransfer ? formerDepartment[size_t(r.worker)]
                                        : departmentOf[size_t(r.worker)];
        const double draw = unit(rng);
        if (draw < kForgottenPunchShare) {
            r.missing = unit(rng) < 0.7 ? TimeRecord::MissingOut : TimeRecord::MissingIn;
            if (r.missing == TimeRecord::MissingOut) {
                r.timeOut = 0;
            } else {
                r.timeIn = 0;
            }
        } else if (draw < kForgottenPunchShare + kHandEntryShare) {
            // The supervisor writes the schedule's half hours; the segment must keep some length.
            const int in = roundedToHalfHour(r.timeIn);
            const int out = roundedToHalfHour(r.timeOut);
            if (in != out) {
                r.timeIn = in;
                r.timeOut = out;
                r.manual = true;
            }
        }
    }

    // The gate: residents of the dormitory inside the gate pass it only going to town some
    // evenings; others go out to eat at noon. Neither is work the cards do not show.
    if (!records.gateEvents.empty()) {
        std::vector<char> resident(size_t(records.workerIds.size()), 0);
        std::vector<char> canteen(size_t(records.workerIds.size()), 0);
        for (const GeneratedWorker& g : factory.workers) {
            const double draw = unit(rng);
            resident[size_t(g.worker)] = draw < kResidentShare && !g.nightShift;
            canteen[size_t(g.worker)] = draw >= kResidentShare && draw < kResidentShare + kCanteenShare;
        }
        std::vector<GateEvent> gate;
        gate.reserve(records.gateEvents.size());
        for (const GateEvent& e : records.gateEvents) {
            if (!resident[size_t(e.worker)]) {
                gate.push_back(e);
            }
        }
        for (const TimeRecord& r : records.timeRecords) {
            if (r.isMissingPunch() || r.worker < 0 || size_t(r.worker) >= resident.size()) {
                continue;
            }
            const bool dayShift =
                r.timeIn > 5 * 3600 && r.timeOut > r.timeIn && r.timeIn < 12 * 3600 && r.timeOut > 13 * 3600;
            if (resident[size_t(r.worker)] && unit(rng) < 0.4) {
                const int out = std::min(r.timeOut + 3600 + int(unit(rng) * 5400), 22 * 3600);
                gate.push_back({r.worker, r.date, out, false, 0});
                gate.push_back(
                    {r.worker, r.date, std::min(out + 5400 + int(unit(rng) * 5400), 23 * 3600 + 1800), true, 0});
            } else if (canteen[size_t(r.worker)] && dayShift && unit(rng) < 0.6) {
                const int out = 12 * 3600 + int(unit(rng) * 600);
                gate.push_back({r.worker, r.date, out, false, 0});
                gate.push_back({r.worker, r.date, out + 1800 + int(unit(rng) * 900), true, 0});
            }
        }
        std::sort(gate.begin(), gate.end(), [](const GateEvent& a, const GateEvent& b) {
            return a.date != b.date ? a.date < b.date : a.time != b.time ? a.time < b.time : a.worker < b.worker;
        });
        for (size_t i = 0; i < gate.size(); ++i) {
            gate[i].line = int(i) + 2;
        }
        records.gateEvents = std::move(gate);
    }

    // Rehires: an earlier employment under another number, ended two months before this one.
    const size_t current = records.workers.size();
    int nextNumber = 90001;
    for (size_t i = 0; i < current; ++i) {
        if (unit(rng) >= kRehireShare) {
            continue;
        }
        WorkerRecord earlier = records.workers[i];
        if (earlier.hireDate == kNoDate || earlier.birthDate == kNoDate) {
            continue;
        }
        if (earlier.idNumber.isEmpty()) {
            earlier.idNumber = QStringLiteral("R%1").arg(nextNumber);
            records.workers[i].idNumber = earlier.idNumber;
        }
        earlier.terminationDate = records.workers[i].hireDate - 60;
        earlier.hireDate = earlier.terminationDate - 400;
        QString id;
        do {
            id = QStringLiteral("W%1").arg(nextNumber++);
        } while (records.workerIndex.contains(id));
        earlier.worker = records.internWorker(id);
        earlier.line = int(records.workers.size()) + 2;
        records.workers.push_back(earlier);
    }
}

} // namespace fieldbook
