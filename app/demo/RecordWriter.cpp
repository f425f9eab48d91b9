#include "app/demo/RecordWriter.h"
#include "app/records/RecordFormatting.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QSaveFile>
#include <algorithm>

namespace fieldbook {

using namespace recordformat;

namespace {

Status saveFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return Status::failure(
            QCoreApplication::translate("RecordWriter", "cannot write %1: %2").arg(path, file.errorString()));
    }
    return Status::success();
}

void appendWorker(QByteArray& out, const RecordSet& records, int worker)
{
    appendText(out, records.workerId(worker));
}

} // namespace

QByteArray RecordWriter::workersCsv(const RecordSet& records)
{
    // The optional migrant / agency columns only when some worker has them: most factories' files do not.
    bool migrant = false;
    bool agency = false;
    for (const WorkerRecord& w : records.workers) {
        migrant = migrant || w.migrant >= 0;
        agency = agency || w.agency >= 0;
    }
    const auto yesNo = [](int value) {
        return value == 1 ? "yes" : value == 0 ? "no" : "";
    };
    QByteArray out = "worker_id,birth_date,hire_date,id_number,gender,department,position,termination_date,name";
    out.append(migrant ? ",migrant" : "").append(agency ? ",agency" : "").append('\n');
    for (const WorkerRecord& w : records.workers) {
        appendWorker(out, records, w.worker);
        out.append(',');
        out.append(date(w.birthDate));
        out.append(',');
        out.append(date(w.hireDate));
        out.append(',');
        appendText(out, w.idNumber);
        out.append(',');
        appendText(out, w.gender);
        out.append(',');
        appendText(out, w.department);
        out.append(',');
        appendText(out, w.position);
        out.append(',');
        out.append(date(w.terminationDate));
        out.append(',');
        appendText(out, w.name);
        if (migrant) {
            out.append(',').append(yesNo(w.migrant));
        }
        if (agency) {
            out.append(',').append(yesNo(w.agency));
        }
        out.append('\n');
    }
    return out;
}

QByteArray RecordWriter::timeRecordsCsv(const RecordSet& records, const std::vector<bool>& skipWorkers)
{
    // The optional columns of real exports (formats.md version 2) only when a row uses them.
    const bool extended = std::any_of(records.timeRecords.begin(), records.timeRecords.end(),
                                      [](const TimeRecord& r) { return r.manual || !r.department.isEmpty(); });
    QByteArray out = extended ? "worker_id,date,time_in,time_out,break_minutes,department,source\n"
                              : "worker_id,date,time_in,time_out,break_minutes\n";
    out.reserve(qsizetype(records.timeRecords.size()) * (extended ? 56 : 40) + 64);
    for (const TimeRecord& r : records.timeRecords) {
        if (size_t(r.worker) < skipWorkers.size() && skipWorkers[size_t(r.worker)]) {
            continue;
        }
        appendWorker(out, records, r.worker);
        out.append(',');
        appendDate(out, r.date);
        out.append(',');
        if (!(r.missing & TimeRecord::MissingIn)) {
            appendTime(out, r.timeIn);
        }
        out.append(',');
        if (!(r.missing & TimeRecord::MissingOut)) {
            appendTime(out, r.timeOut);
        }
        out.append(',');
        appendInt(out, r.breakMinutes);
        if (extended) {
            out.append(',');
            appendText(out, r.department);
            out.append(r.manual ? ",manual" : ",clock");
        }
        out.append('\n');
    }
    return out;
}

QByteArray RecordWriter::payrollCsv(const RecordSet& records)
{
    const bool paidUnworked = std::any_of(records.payroll.begin(), records.payroll.end(),
                                          [](const PayrollRecord& p) { return p.hasLeaveHours || p.hasHolidayHours; });
    QByteArray out = "worker_id,period_start,period_end,regular_hours,overtime_hours,regular_pay,overtime_pay,bonus,"
                     "deductions,net_pay";
    out.append(paidUnworked ? ",leave_hours,holiday_hours\n" : "\n");
    for (const PayrollRecord& p : records.payroll) {
        appendWorker(out, records, p.worker);
        out.append(',');
        appendDate(out, p.periodStart);
        out.append(',');
        appendDate(out, p.periodEnd);
        for (double v : {p.regularHours, p.overtimeHours, p.regularPay, p.overtimePay}) {
            out.append(',');
            appendNumber(out, v);
        }
        out.append(',');
        if (p.hasBonus) {
            appendNumber(out, p.bonus);
        }
        out.append(',');
        if (p.hasDeductions) {
            appendNumber(out, p.deductions);
        }
        out.append(',');
        appendNumber(out, p.netPay);
        if (paidUnworked) {
            out.append(',');
            if (p.hasLeaveHours) {
                appendNumber(out, p.leaveHours);
            }
            out.append(',');
            if (p.hasHolidayHours) {
                appendNumber(out, p.holidayHours);
            }
        }
        out.append('\n');
    }
    return out;
}

QByteArray RecordWriter::productionCsv(const RecordSet& records)
{
    QByteArray out = "date,department,units,standard_minutes\n";
    for (const ProductionRecord& p : records.production) {
        appendDate(out, p.date);
        out.append(',');
        appendText(out, p.department);
        out.append(',');
        appendNumber(out, p.units);
        out.append(',');
        appendNumber(out, p.standardMinutes);
        out.append('\n');
    }
    return out;
}

QByteArray RecordWriter::gateLogCsv(const RecordSet& records)
{
    QByteArray out = "worker_id,timestamp,direction\n";
    out.reserve(qsizetype(records.gateEvents.size()) * 36 + 64);
    for (const GateEvent& e : records.gateEvents) {
        appendWorker(out, records, e.worker);
        out.append(',');
        appendDate(out, e.date);
        out.append(' ');
        appendTime(out, e.time);
        out.append(e.in ? ",in\n" : ",out\n");
    }
    return out;
}

QByteArray RecordWriter::attLog(const RecordSet& records, const std::vector<bool>& workers)
{
    struct Punch
    {
        std::int64_t instant;
        int worker;
        int state;
    };
    std::vector<Punch> punches;
    for (const TimeRecord& r : records.timeRecords) {
        if (size_t(r.worker) >= workers.size() || !workers[size_t(r.worker)] || r.isMissingPunch()) {
            continue; // a forgotten punch leaves no line in the clock's log
        }
        const std::int64_t in = r.date * 86400 + r.timeIn;
        const std::int64_t out = in + (r.timeOut - r.timeIn + (r.timeOut < r.timeIn ? 86400 : 0));
        if (r.breakMinutes > 0) {
            // Out for the break four hours in, back when it ends.
            std::int64_t breakStart = in + std::min<std::int64_t>(4 * 3600, (out - in) / 2);
            // A night shift takes its break before midnight: a check-in after midnight would pair
            // into a segment dated the next day, as if the worker had come back for another shift.
            const std::int64_t midnight = (in / 86400 + 1) * 86400;
            if (out > midnight) {
                breakStart = std::max(in + 60, std::min(breakStart, midnight - r.breakMinutes * 60 - 60));
            }
            punches.push_back({in, r.worker, 0});
            punches.push_back({breakStart, r.worker, 1});
            punches.push_back({breakStart + r.breakMinutes * 60, r.worker, 0});
            punches.push_back({out, r.worker, 1});
        } else {
            punches.push_back({in, r.worker, 0});
            punches.push_back({out, r.worker, 1});
        }
    }
    std::stable_sort(punches.begin(), punches.end(),
                     [](const Punch& a, const Punch& b) { return a.instant < b.instant; });
    QByteArray out;
    out.reserve(qsizetype(punches.size()) * 40);
    for (const Punch& p : punches) {
        const QByteArray pin = records.workerId(p.worker).toUtf8();
        out.append(QByteArray(std::max<qsizetype>(0, 9 - pin.size()), ' ')); // ZKTeco pads the PIN
        out.append(pin);
        out.append('\t');
        appendDate(out, p.instant / 86400);
        out.append(' ');
        appendTime(out, int(p.instant % 86400));
        out.append('\t');
        appendInt(out, p.state);
        out.append("\t1\t0\t0\r\n");
    }
    return out;
}

Status RecordWriter::write(const RecordSet& records, const QString& directory, const RecordWriterOptions& options)
{
    if (!QDir().mkpath(directory)) {
        return Status::failure(
            QCoreApplication::translate("RecordWriter", "cannot create the folder %1").arg(directory));
    }
    const QDir dir(directory);
    const bool anyAttlog =
        std::find(options.attlogWorkers.begin(), options.attlogWorkers.end(), true) != options.attlogWorkers.end();
    struct Output
    {
        const char* name;
        QByteArray bytes;
    };
    std::vector<Output> outputs;
    outputs.push_back({"workers.csv", workersCsv(records)});
    outputs.push_back({"time_records.csv", timeRecordsCsv(records, options.attlogWorkers)});
    outputs.push_back({"payroll.csv", payrollCsv(records)});
    if (options.production && !records.production.empty()) {
        outputs.push_back({"production.csv", productionCsv(records)});
    }
    if (options.gateLog && !records.gateEvents.empty()) {
        outputs.push_back({"gate_log.csv", gateLogCsv(records)});
    }
    if (anyAttlog) {
        outputs.push_back({"factory_attlog.dat", attLog(records, options.attlogWorkers)});
    }
    if (options.params) {
        outputs.push_back({"params.json", QJsonDocument(options.params->toJson()).toJson(QJsonDocument::Indented)});
    }
    for (const Output& o : outputs) {
        const Status saved = saveFile(dir.filePath(QString::fromLatin1(o.name)), o.bytes);
        if (!saved) {
            return saved;
        }
    }
    return Status::success();
}

} // namespace fieldbook
