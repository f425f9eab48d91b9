#include "app/demo/DemoParams.h"
#include "app/demo/FactoryGenerator.h"
#include "app/demo/PatternPlanter.h"
#include "app/demo/RecordWriter.h"
#include "support/TestRegistry.h"

#include <QDate>
#include <QSet>
#include <QTest>
#include <cmath>
#include <map>

using namespace fieldbook;

namespace {

QByteArray allFiles(const RecordSet& r)
{
    return RecordWriter::workersCsv(r) + RecordWriter::timeRecordsCsv(r) + RecordWriter::payrollCsv(r) +
           RecordWriter::productionCsv(r) + RecordWriter::gateLogCsv(r);
}

AuditParams chineseWorkWeek()
{
    AuditParams p = demoParams();
    p.regularHoursPerWeek = 40; // Saturday is overtime under the 40-hour week
    p.maxOvertimeHoursPerWeek = 9;
    p.maxTotalHoursPerWeek = 49;
    return p;
}

} // namespace

class TestFactoryGenerator : public QObject
{
    Q_OBJECT

private slots:
    void deterministicBySeed()
    {
        FactoryProfile profile;
        profile.workers = 120;
        profile.days = 35;
        profile.seed = 42;
        const QByteArray a = allFiles(FactoryGenerator::generate(profile, demoParams()).records);
        const QByteArray b = allFiles(FactoryGenerator::generate(profile, demoParams()).records);
        QCOMPARE(a, b);
        profile.seed = 43;
        QVERIFY(allFiles(FactoryGenerator::generate(profile, demoParams()).records) != a);
    }

    // A week of records is too short for most patterns (they need a worker with 10 or 20 days):
    // planting them all must skip those, not crash (it dereferenced "no worker"), and the ones that
    // need no such worker are still planted.
    void plantingInAShortPeriodSkipsWhatDoesNotFit()
    {
        FactoryProfile profile;
        profile.workers = 80;
        profile.days = 7;
        profile.seed = 7;
        GeneratedFactory f = FactoryGenerator::generate(profile, demoParams());
        PatternPlanter planter(f.params, quint32(profile.seed));
        const QList<PlantedPattern> planted = planter.plantAll(f.records);
        QStringList checks;
        for (const PlantedPattern& p : planted) {
            checks << p.check;
            QVERIFY2(!p.workers.isEmpty() || !p.dates.isEmpty() || !p.interviews.isEmpty() ||
                         p.check == QLatin1String("benford_deviation"),
                     qPrintable(p.check));
        }
        QVERIFY2(checks.contains(QStringLiteral("duplicate_identity")), qPrintable(checks.join(QLatin1Char(' '))));
        QVERIFY2(!checks.contains(QStringLiteral("excessive_hours")), qPrintable(checks.join(QLatin1Char(' '))));
    }

    void compliantByConstruction_data()
    {
        QTest::addColumn<AuditParams>("params");
        QTest::addColumn<quint64>("seed");
        QTest::newRow("sa8000 48h week") << demoParams() << quint64(1);
        QTest::newRow("40h week, tighter caps") << chineseWorkWeek() << quint64(9);
    }

    void compliantByConstruction()
    {
        QFETCH(AuditParams, params);
        QFETCH(quint64, seed);
        FactoryProfile profile; // realistic size: 600 workers, 13 weeks
        profile.seed = seed;
        const GeneratedFactory f = FactoryGenerator::generate(profile, params);
        const RecordSet& r = f.records;
        QCOMPARE(r.workers.size(), size_t(600));
        QVERIFY(r.timeRecords.size() > 600 * 55); // public holidays are days off
        const JulianDay first = f.start.toJulianDay();
        const int days = f.days();

        // Hours per worker and day, in the records.
        std::vector<double> worked(r.workers.size() * size_t(days), 0);
        int night = 0;
        int roundMinutes = 0;
        for (const TimeRecord& t : r.timeRecords) {
            QVERIFY(t.date >= first && t.date < first + days);
            const WorkerRecord& w = r.workers[size_t(t.worker)];
            QVERIFY(t.date >= w.hireDate);
            QVERIFY(w.terminationDate == kNoDate || t.date <= w.terminationDate);
            // Adults only: 18 or older on every worked day.
            QVERIFY(QDate::fromJulianDay(w.birthDate).addYears(18).toJulianDay() <= t.date);
            worked[size_t(t.worker) * size_t(days) + size_t(t.date - first)] += t.workedSeconds() / 3600.0;
            night += t.timeOut < t.timeIn ? 1 : 0;
            const int minute = t.timeIn / 60 % 60;
            roundMinutes += (minute == 0 || minute == 30) ? 1 : 0;
        }
        QVERIFY2(night > 500, "a night team crossing midnight");
        QVERIFY2(roundMinutes < int(r.timeRecords.size() / 10), "punches are not heaped on :00/:30");

        // Weekly hours, overtime and rest days within the params.
        double maxWeek = 0;
        double maxOvertime = 0;
        std::map<int, double> overtimeByWeek; // the weekly overtime varies
        for (size_t w = 0; w < r.workers.size(); ++w) {
            int consecutive = 0;
            double week = 0;
            for (int day = 0; day < days; ++day) {
                const double hours = worked[w * size_t(days) + size_t(day)];
                consecutive = hours > 0 ? consecutive + 1 : 0;
                QVERIFY(consecutive <= params.maxConsecutiveDays);
                week += hours;
                if (QDate::fromJulianDay(first + day).dayOfWeek() == 7 || day == days - 1) {
                    QVERIFY2(week <= params.maxTotalHoursPerWeek, qPrintable(QString::number(week)));
                    const double overtime = std::max(0.0, week - params.regularHoursPerWeek);
                    QVERIFY2(overtime <= params.maxOvertimeHoursPerWeek, qPrintable(QString::number(overtime)));
                    maxWeek = std::max(maxWeek, week);
                    maxOvertime = std::max(maxOvertime, overtime);
                    overtimeByWeek[day / 7] += overtime;
                    week = 0;
                }
            }
        }
        // Realistic overtime, not none: close to the binding weekly figure (the weekly cap, or the
        // monthly cap spread over the weeks of a month).
        const double binding = std::min(params.maxOvertimeHoursPerWeek, params.maxOvertimeHoursPerMonth * 7.0 / 31.0);
        QVERIFY2(maxOvertime > binding * 0.6, qPrintable(QString::number(maxOvertime)));
        double lowest = 1e9;
        double highest = 0;
        for (const auto& [week, total] : overtimeByWeek) {
            if (week > 0 && week < days / 7 - 1) {
                lowest = std::min(lowest, total);
                highest = std::max(highest, total);
            }
        }
        QVERIFY2(highest > lowest * 1.15, "overtime varies from week to week");

        // Payroll consistent with the time records and the params.
        const double premium = params.overtimePremium;
        for (const PayrollRecord& p : r.payroll) {
            double hours = 0;
            for (JulianDay d = p.periodStart; d <= p.periodEnd; ++d) {
                hours += worked[size_t(p.worker) * size_t(days) + size_t(d - first)];
            }
            QVERIFY(std::abs(p.regularHours + p.overtimeHours - hours) < 0.03);
            if (p.regularHours > 0) {
                const double rate = p.regularPay / p.regularHours;
                QVERIFY(rate >= params.minimumWageHourly - 0.01);
                QVERIFY(p.overtimePay >= p.overtimeHours * rate * premium - 0.05);
            }
            QVERIFY(std::abs(p.regularPay + p.overtimePay + p.bonus - p.deductions - p.netPay) < 0.011);
        }

        // Unique ID numbers, birthdays spread over the year.
        QSet<QString> ids;
        QHash<int, int> birthdays;
        for (const WorkerRecord& w : r.workers) {
            ids.insert(w.idNumber);
            birthdays[QDate::fromJulianDay(w.birthDate).dayOfYear()]++;
        }
        QCOMPARE(ids.size(), int(r.workers.size()));
        for (int n : birthdays) {
            QVERIFY(n <= 8);
        }

        // Production never needs more hours than were recorded in the department that day.
        QHash<QString, double> recorded;
        for (const TimeRecord& t : r.timeRecords) {
            recorded[r.workers[size_t(t.worker)].department + QString::number(t.date)] += t.workedSeconds() / 3600.0;
        }
        QVERIFY(!r.production.empty());
        for (const ProductionRecord& p : r.production) {
            const double implied = p.units * p.standardMinutes / 60;
            QVERIFY(implied < recorded.value(p.department + QString::number(p.date)));
        }

        // Two gate events per segment, around the punches.
        QCOMPARE(r.gateEvents.size(), r.timeRecords.size() * 2);
    }

    void rosterMatchesRecords()
    {
        FactoryProfile profile;
        profile.workers = 80;
        profile.days = 28;
        const GeneratedFactory f = FactoryGenerator::generate(profile, demoParams());
        int workedDays = 0;
        int leave = 0;
        for (size_t w = 0; w < f.workers.size(); ++w) {
            for (int d = 0; d < f.days(); ++d) {
                workedDays += f.rosterDay(int(w), d) == RosterDay::Worked ? 1 : 0;
                leave += f.rosterDay(int(w), d) == RosterDay::Leave ? 1 : 0;
            }
        }
        QCOMPARE(size_t(workedDays), f.records.timeRecords.size());
        QVERIFY(leave > 0);
    }
};

FIELDBOOK_TEST_GUILESS_MAIN(TestFactoryGenerator)
#include "TestFactoryGenerator.moc"
