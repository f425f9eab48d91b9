// The records behind each kind of flag, fetched from a real store: a generated factory with every
// check's pattern planted, imported with names and ID numbers sealed, interviews entered, the
// analysis saved. Every expectation is computed independently from the imported records as
// RecordStore loads them for the checks (with their source lines), never from FlagRecordLoader.
#include "app/analysis/AnalysisInput.h"
#include "app/analysis/FlagDetailQuery.h"
#include "app/analysis/FlagRecordLoader.h"
#include "app/records/RecordStore.h"
#include "support/FlaggedFactory.h"
#include "support/TestRegistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace fieldbook;

namespace {

constexpr int kAll = 1000000;

QString iso(JulianDay day)
{
    return AnalysisInput::isoDate(day);
}

// (worker, date, line) of each time-record row of a table.
QSet<QString> timeRowKeys(const FlagRecordTable& table)
{
    QSet<QString> keys;
    const int worker = table.columnIndex(QStringLiteral("worker"));
    const int date = table.columnIndex(QStringLiteral("date"));
    for (const RecordRow& r : table.rows) {
        keys.insert(QStringLiteral("%1|%2|%3")
                        .arg(r.values.at(worker).toString(), r.values.at(date).toDate().toString(Qt::ISODate))
                        .arg(r.line));
    }
    return keys;
}

QByteArray everything(const FlagDetail& d)
{
    QByteArray out = QJsonDocument(d.records.toJson()).toJson() + d.records.toCsv();
    if (d.chart) {
        out += QJsonDocument(d.chart->toJson()).toJson();
    }
    return out;
}

} // namespace

class TestFlagRecords : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void timeCardChecksShowTheFlagsWorkersOnItsDays();
    void payChecksShowThePayrollRowsOfTheFlaggedPeriods();
    void benfordShowsTheAmountsTheCheckTested();
    void ageAndIdentityChecksShowRegisterRowsWithoutTheIdNumber();
    void productionShowsTheFlaggedDaysBesideTheRecordedHours();
    void gateMismatchShowsGateEventsBesideTimeCards();
    void interviewChecksShowStructuredAnswersOnly();
    void rowLimitKeepsTheTotal();
    void noPersonalDataInAnyFlagsRecords();
    void paramsComeFromTheFlagsRun();

private:
    FlagDetail detailOf(const QString& check, int limit = kAll);
    std::vector<StoredFlag> flagsOf(const QString& check) const;

    QTemporaryDir m_dir;
    test::FlaggedFactory m_f;
    RecordSet m_imported; // the records as the checks read them from the store
};

void TestFlagRecords::initTestCase()
{
    QString error;
    QVERIFY2(m_f.create(m_dir.filePath(QStringLiteral("store.sqlite")), 300, 63, 5, &error), qPrintable(error));
    Result<RecordSet> loaded = RecordStore::loadRecordSet(m_f.db, m_f.auditId, m_f.protector.get());
    QVERIFY2(loaded, qPrintable(loaded.error()));
    m_imported = loaded.take();
}

std::vector<StoredFlag> TestFlagRecords::flagsOf(const QString& check) const
{
    std::vector<StoredFlag> list;
    for (const StoredFlag& f : m_f.flags()) {
        if (f.flag.check == check) {
            list.push_back(f);
        }
    }
    return list;
}

FlagDetail TestFlagRecords::detailOf(const QString& check, int limit)
{
    const std::optional<StoredFlag> flag = m_f.firstFlag(check);
    if (!flag) {
        qWarning("no %s flag", qPrintable(check));
        return {};
    }
    Result<FlagDetail> d = FlagDetailQuery::load(m_f.db, flag->uuid, limit);
    if (!d) {
        qWarning("%s: %s", qPrintable(check), qPrintable(d.error()));
        return {};
    }
    return d.take();
}

void TestFlagRecords::timeCardChecksShowTheFlagsWorkersOnItsDays()
{
    for (const char* name :
         {"identical_punches", "uniform_times", "round_times", "hours_cap_pattern", "excessive_hours", "no_rest_day",
          "young_worker_violation", "unknown_worker", "work_outside_employment"}) {
        const QString check = QString::fromLatin1(name);
        const std::vector<StoredFlag> flags = flagsOf(check);
        QVERIFY2(!flags.empty(), name);
        for (const StoredFlag& flag : flags) {
            Result<FlagDetail> d = FlagDetailQuery::load(m_f.db, flag.uuid, kAll);
            QVERIFY2(d, qPrintable(d.error()));
            QCOMPARE(d->records.kind, QStringLiteral("time_records"));
            const QSet<QString> workers(flag.flag.workers.begin(), flag.flag.workers.end());
            const QSet<QString> dates(flag.flag.dates.begin(), flag.flag.dates.end());
            QSet<QString> expected;
            for (const TimeRecord& r : m_imported.timeRecords) {
                const QString worker = m_imported.workerId(r.worker);
                if (workers.contains(worker) && dates.contains(iso(r.date))) {
                    expected.insert(QStringLiteral("%1|%2|%3").arg(worker, iso(r.date)).arg(r.line));
                }
            }
            QVERIFY2(!expected.isEmpty(), name);
            QCOMPARE(timeRowKeys(d->records), expected);
            QCOMPARE(d->records.total, qint64(expected.size()));
            for (const RecordRow& r : d->records.rows) {
                QVERIFY2(r.file == QLatin1String("time_records.csv"), qPrintable(r.file));
            }
        }
    }
    // The worked hours shown are the checks' hours: (out - in across midnight) - break.
    const FlagDetail d = detailOf(QStringLiteral("excessive_hours"));
    const int in = d.records.columnIndex(QStringLiteral("time_in"));
    const int out = d.records.columnIndex(QStringLiteral("time_out"));
    const int brk = d.records.columnIndex(QStringLiteral("break_minutes"));
    const int worked = d.records.columnIndex(QStringLiteral("worked_hours"));
    QVERIFY(!d.records.rows.isEmpty());
    for (const RecordRow& r : d.records.rows) {
        int span = r.values.at(out).toInt() - r.values.at(in).toInt();
        span += span < 0 ? 24 * 3600 : 0;
        QCOMPARE(r.values.at(worked).toDouble(), (span - r.values.at(brk).toInt() * 60) / 3600.0);
    }
}

void TestFlagRecords::payChecksShowThePayrollRowsOfTheFlaggedPeriods()
{
    for (const char* name :
         {"payroll_hours_mismatch", "minimum_wage_shortfall", "overtime_premium_shortfall", "net_pay_inconsistent"}) {
        const std::vector<StoredFlag> flags = flagsOf(QString::fromLatin1(name));
        QVERIFY2(!flags.empty(), name);
        for (const StoredFlag& flag : flags) {
            Result<FlagDetail> d = FlagDetailQuery::load(m_f.db, flag.uuid, kAll);
            QVERIFY2(d, qPrintable(d.error()));
            QCOMPARE(d->records.kind, QStringLiteral("payroll"));
            QSet<int> expected;
            for (const PayrollRecord& p : m_imported.payroll) {
                if (!flag.flag.workers.contains(m_imported.workerId(p.worker))) {
                    continue;
                }
                for (const QString& day : flag.flag.dates) {
                    const JulianDay j = QDate::fromString(day, Qt::ISODate).toJulianDay();
                    if (j >= p.periodStart && j <= p.periodEnd) {
                        expected.insert(p.line);
                        break;
                    }
                }
            }
            QSet<int> lines;
            for (const RecordRow& r : d->records.rows) {
                lines.insert(r.line);
                QCOMPARE(r.file, QStringLiteral("payroll.csv"));
            }
            QVERIFY2(!expected.isEmpty(), name);
            QCOMPARE(lines, expected);
        }
    }
    // payroll_hours_mismatch shows the hours the time records hold for each period beside the hours paid.
    const FlagDetail d = detailOf(QStringLiteral("payroll_hours_mismatch"));
    const int recorded = d.records.columnIndex(QStringLiteral("hours_in_time_records"));
    QVERIFY(recorded >= 0);
    const AnalysisInput input(m_imported, AuditParams());
    for (const RecordRow& r : d.records.rows) {
        const int w = m_imported.workerIndex.value(r.values.at(0).toString());
        const JulianDay from = r.values.at(1).toDate().toJulianDay();
        const JulianDay to = r.values.at(2).toDate().toJulianDay();
        double hours = 0;
        for (const WorkDay& day : input.days(w)) {
            hours += day.date >= from && day.date <= to ? day.workedSeconds / 3600.0 : 0;
        }
        QVERIFY(std::fabs(r.values.at(recorded).toDouble() - hours) < 1e-6);
    }
}

void TestFlagRecords::benfordShowsTheAmountsTheCheckTested()
{
    for (const StoredFlag& flag : flagsOf(QStringLiteral("benford_deviation"))) {
        Result<FlagDetail> d = FlagDetailQuery::load(m_f.db, flag.uuid, kAll);
        QVERIFY2(d, qPrintable(d.error()));
        // The check's own count of the amounts it tested, and its first-digit counts.
        QCOMPARE(d->records.total, qint64(flag.flag.evidence.value(QStringLiteral("count")).toInt()));
        std::array<int, 9> digits{};
        const int digit = d->records.columnIndex(QStringLiteral("first_digit"));
        const int amount = d->records.columnIndex(QStringLiteral("amount"));
        for (const RecordRow& r : d->records.rows) {
            QVERIFY(r.values.at(amount).toDouble() > 0);
            const QString text = QString::number(r.values.at(amount).toDouble(), 'e', 6);
            QCOMPARE(r.values.at(digit).toInt(), text.left(1).toInt());
            ++digits[size_t(r.values.at(digit).toInt() - 1)];
        }
        const QJsonArray observed = flag.flag.evidence.value(QStringLiteral("observed_first_digits")).toArray();
        for (int i = 0; i < 9; ++i) {
            QCOMPARE(digits[size_t(i)], observed.at(i).toInt());
        }
    }
}

void TestFlagRecords::ageAndIdentityChecksShowRegisterRowsWithoutTheIdNumber()
{
    for (const char* name : {"underage_worker", "birthdate_heaping", "duplicate_identity"}) {
        const FlagDetail d = detailOf(QString::fromLatin1(name));
        QCOMPARE(d.records.kind, QStringLiteral("workers"));
        QStringList shown;
        for (const RecordRow& r : d.records.rows) {
            shown.append(r.values.at(0).toString());
            QCOMPARE(r.file, QStringLiteral("workers.csv"));
        }
        shown.sort();
        QCOMPARE(shown, d.flag.flag.workers);
        // The register line is the one the checks read.
        for (const RecordRow& r : d.records.rows) {
            const int w = m_imported.workerIndex.value(r.values.at(0).toString());
            for (const WorkerRecord& entry : m_imported.workers) {
                if (entry.worker == w) {
                    QCOMPARE(r.line, entry.line);
                }
            }
        }
    }
    const FlagDetail duplicate = detailOf(QStringLiteral("duplicate_identity"));
    const int id = duplicate.records.columnIndex(QStringLiteral("id_number"));
    QVERIFY(id >= 0);
    QSet<QString> sharedNumbers;
    for (const RecordRow& r : duplicate.records.rows) {
        QCOMPARE(r.values.at(id).toString(), QStringLiteral("shared by 2 workers (hidden)"));
        const int w = m_imported.workerIndex.value(r.values.at(0).toString());
        for (const WorkerRecord& entry : m_imported.workers) {
            if (entry.worker == w) {
                sharedNumbers.insert(entry.idNumber);
            }
        }
    }
    QCOMPARE(sharedNumbers.size(), 1); // the two rows do share one number, which is not shown
    QVERIFY(!everything(duplicate).contains(sharedNumbers.begin()->toUtf8()));
    const FlagDetail underage = detailOf(QStringLiteral("underage_worker"));
    const int age = underage.records.columnIndex(QStringLiteral("age"));
    QCOMPARE(underage.records.rows.first().values.at(age).toInt(),
             underage.flag.flag.evidence.value(QStringLiteral("age_on_first_day")).toInt());
}

void TestFlagRecords::productionShowsTheFlaggedDaysBesideTheRecordedHours()
{
    const FlagDetail d = detailOf(QStringLiteral("production_hours_mismatch"));
    QCOMPARE(d.records.kind, QStringLiteral("production"));
    const QString department = d.flag.flag.evidence.value(QStringLiteral("department")).toString();
    QSet<int> expected;
    for (const ProductionRecord& p : m_imported.production) {
        if (p.department.trimmed().compare(department, Qt::CaseInsensitive) == 0 &&
            d.flag.flag.dates.contains(iso(p.date))) {
            expected.insert(p.line);
        }
    }
    QSet<int> lines;
    for (const RecordRow& r : d.records.rows) {
        lines.insert(r.line);
    }
    QVERIFY(!expected.isEmpty());
    QCOMPARE(lines, expected);
    // The check's own figures for each day (rounded to 0.1 h in its evidence).
    QHash<QString, QPair<double, double>> byDay;
    for (const QJsonValue& v : d.flag.flag.evidence.value(QStringLiteral("days")).toArray()) {
        const QJsonObject o = v.toObject();
        byDay.insert(o.value(QStringLiteral("date")).toString(),
                     {o.value(QStringLiteral("standard_hours_needed")).toDouble(),
                      o.value(QStringLiteral("recorded_hours")).toDouble()});
    }
    const int date = d.records.columnIndex(QStringLiteral("date"));
    const int needed = d.records.columnIndex(QStringLiteral("hours_output_needs"));
    const int recorded = d.records.columnIndex(QStringLiteral("hours_in_time_records"));
    for (const RecordRow& r : d.records.rows) {
        const auto figures = byDay.value(r.values.at(date).toDate().toString(Qt::ISODate));
        QVERIFY(std::fabs(r.values.at(needed).toDouble() - figures.first) <= 0.05 + 1e-9);
        QVERIFY(std::fabs(r.values.at(recorded).toDouble() - figures.second) <= 0.05 + 1e-9);
    }
}

void TestFlagRecords::gateMismatchShowsGateEventsBesideTimeCards()
{
    for (const StoredFlag& flag : flagsOf(QStringLiteral("gate_time_mismatch"))) {
        Result<FlagDetail> d = FlagDetailQuery::load(m_f.db, flag.uuid, kAll);
        QVERIFY2(d, qPrintable(d.error()));
        QCOMPARE(d->records.kind, QStringLiteral("gate_and_time"));
        if (flag.flag.evidence.contains(QStringLiteral("workers_staying_overnight"))) {
            // The info flag naming who sleeps inside the gate: no days, nothing compared.
            QCOMPARE(flag.flag.severity, Severity::Info);
            qInfo("residents: %s", qPrintable(flag.flag.workers.join(QLatin1Char(' '))));
            continue;
        }
        QCOMPARE(flag.flag.workers.size(), 1);
        const int w = m_imported.workerIndex.value(flag.flag.workers.first());
        QSet<QString> expected;
        for (const GateEvent& e : m_imported.gateEvents) {
            const bool onDay = flag.flag.dates.contains(iso(e.date));
            const bool morningAfter = !e.in && e.time < 12 * 3600 && flag.flag.dates.contains(iso(e.date - 1));
            if (e.worker == w && (onDay || morningAfter)) {
                expected.insert(QStringLiteral("gate_log.csv:%1").arg(e.line));
            }
        }
        for (const TimeRecord& r : m_imported.timeRecords) {
            if (r.worker == w && flag.flag.dates.contains(iso(r.date))) {
                expected.insert(QStringLiteral("time_records.csv:%1").arg(r.line));
            }
        }
        QSet<QString> shown;
        for (const RecordRow& r : d->records.rows) {
            shown.insert(QStringLiteral("%1:%2").arg(r.file).arg(r.line));
        }
        QCOMPARE(shown, expected);
    }
}

void TestFlagRecords::interviewChecksShowStructuredAnswersOnly()
{
    for (const char* name : {"interview_record_conflict", "coached_interviews"}) {
        for (const StoredFlag& flag : flagsOf(QString::fromLatin1(name))) {
            Result<FlagDetail> d = FlagDetailQuery::load(m_f.db, flag.uuid, kAll);
            QVERIFY2(d, qPrintable(d.error()));
            QCOMPARE(d->records.kind, QStringLiteral("interviews"));
            QStringList named;
            for (const QJsonValue& v : flag.flag.evidence.value(QStringLiteral("interviews")).toArray()) {
                named.append(v.isString() ? v.toString() : v.toObject().value(QStringLiteral("interview")).toString());
            }
            QStringList shown;
            for (const RecordRow& r : d->records.rows) {
                shown.append(r.values.at(0).toString());
            }
            named.sort();
            if (!named.isEmpty()) {
                QCOMPARE(shown, named);
            } else {
                QVERIFY(!shown.isEmpty()); // everyone who stated the figure
            }
            // Never who said it: no interviewed worker's id, nor their notes.
            const QByteArray text = everything(d.value());
            for (const InterviewStatement& s : m_f.factory.records.interviews) {
                if (shown.contains(s.pseudonym) && s.worker >= 0) {
                    QVERIFY2(!text.contains(m_f.factory.records.workerId(s.worker).toUtf8()), name);
                }
            }
            QVERIFY(d->records.columnIndex(QStringLiteral("answer_q0")) >= 0);
        }
    }
}

void TestFlagRecords::rowLimitKeepsTheTotal()
{
    const FlagDetail all = detailOf(QStringLiteral("identical_punches"));
    QVERIFY(all.records.total > 7);
    QCOMPARE(qint64(all.records.rows.size()), all.records.total);
    const FlagDetail some = detailOf(QStringLiteral("identical_punches"), 7);
    QCOMPARE(some.records.rows.size(), 7);
    QCOMPARE(some.records.total, all.records.total);
    QCOMPARE(some.records.notShown(), all.records.total - 7);
    for (int i = 0; i < 7; ++i) {
        QCOMPARE(some.records.rows.at(i).line, all.records.rows.at(i).line); // the first ones, in order
    }
    const QJsonObject json = some.records.toJson();
    QCOMPARE(json.value(QStringLiteral("shown")).toInt(), 7);
    QCOMPARE(json.value(QStringLiteral("not_shown")).toDouble(), double(all.records.total - 7));
    QCOMPARE(some.records.toCsv().count('\n'), 8); // header + 7 rows
    QCOMPARE(detailOf(QStringLiteral("identical_punches"), 0).records.rows.size(), 0);
}

void TestFlagRecords::noPersonalDataInAnyFlagsRecords()
{
    const QStringList personal = m_f.personalValues();
    QVERIFY(personal.size() > 600); // names and ID numbers of 300 workers, interview notes
    int checked = 0;
    for (const StoredFlag& flag : m_f.flags()) {
        Result<FlagDetail> d = FlagDetailQuery::load(m_f.db, flag.uuid, kAll);
        QVERIFY2(d, qPrintable(d.error()));
        const QByteArray text = everything(d.value());
        for (const QString& value : personal) {
            QVERIFY2(!text.contains(value.toUtf8()),
                     qPrintable(QStringLiteral("%1 shows personal data").arg(flag.flag.check)));
        }
        ++checked;
    }
    QVERIFY(checked >= 21);
}

void TestFlagRecords::paramsComeFromTheFlagsRun()
{
    const StoredFlag flag = *m_f.firstFlag(QStringLiteral("excessive_hours"));
    QVERIFY(m_f.db.exec(QStringLiteral("UPDATE analysis_runs SET params_json = json_set(params_json, "
                                       "'$.max_total_hours_per_week', 55)")));
    Result<AuditParams> params = FlagDetailQuery::paramsInForce(m_f.db, flag.uuid);
    QVERIFY2(params, qPrintable(params.error()));
    QCOMPARE(params->maxTotalHoursPerWeek, 55.0);
    // Without its run (deleted), the audit's thresholds resolved as the analysis resolves them.
    QVERIFY(m_f.db.exec(QStringLiteral("UPDATE analysis_flags SET run_id = NULL")));
    params = FlagDetailQuery::paramsInForce(m_f.db, flag.uuid);
    QVERIFY2(params, qPrintable(params.error()));
    QCOMPARE(params->maxTotalHoursPerWeek, m_f.factory.params.maxTotalHoursPerWeek);
    QVERIFY(!FlagDetailQuery::load(m_f.db, QStringLiteral("no-such-flag")).ok());
}

FIELDBOOK_TEST_GUILESS_MAIN(TestFlagRecords)
#include "TestFlagRecords.moc"
