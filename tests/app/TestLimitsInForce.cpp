// Planted cases for the limits the law sets by day, month and year (GitHub issue 12): record files
// written to a folder, read back as an import would, params given as a params.json version 2
// object, and the whole analysis run. Each case is built so that the old single weekly limit
// would decide it the other way.
#include "app/analysis/Analyzer.h"
#include "app/analysis/FigureLabels.h"
#include "app/params/ParamsResolver.h"
#include "app/records/RecordDirectoryReader.h"
#include "support/TestRegistry.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace fieldbook;

namespace {

// One audit's record files in a temporary folder.
class PlantedAudit
{
public:
    PlantedAudit()
    {
        m_workers = "worker_id,birth_date,hire_date,department\n";
        m_time = "worker_id,date,time_in,time_out,break_minutes\n";
        m_payroll = "worker_id,period_start,period_end,regular_hours,overtime_hours,regular_pay,overtime_pay,net_pay\n";
    }

    PlantedAudit& worker(const QString& id, const QString& birth = QStringLiteral("1990-01-01"))
    {
        m_workers += QStringLiteral("%1,%2,2020-01-01,Sewing\n").arg(id, birth);
        return *this;
    }
    // One shift on each day from `first` to `last` whose weekday is in `weekdays` (1 = Monday).
    PlantedAudit& shifts(const QString& id, const QDate& first, const QDate& last, const QList<int>& weekdays,
                         const QString& in, const QString& out, int breakMinutes)
    {
        for (QDate d = first; d <= last; d = d.addDays(1)) {
            if (weekdays.contains(d.dayOfWeek())) {
                m_time +=
                    QStringLiteral("%1,%2,%3,%4,%5\n").arg(id, d.toString(Qt::ISODate), in, out).arg(breakMinutes);
            }
        }
        return *this;
    }
    PlantedAudit& pay(const QString& id, const QString& start, const QString& end, double regularHours,
                      double overtimeHours, double regularPay, double overtimePay)
    {
        m_payroll += QStringLiteral("%1,%2,%3,%4,%5,%6,%7,%8\n")
                         .arg(id, start, end)
                         .arg(regularHours, 0, 'f', 2)
                         .arg(overtimeHours, 0, 'f', 2)
                         .arg(regularPay, 0, 'f', 2)
                         .arg(overtimePay, 0, 'f', 2)
                         .arg(regularPay + overtimePay, 0, 'f', 2);
        return *this;
    }

    // Writes the files, reads them back, and runs every check under the params.json text.
    QList<Flag> analyse(const char* paramsJson)
    {
        QList<Flag> none;
        if (!m_dir.isValid() || !write(QStringLiteral("workers.csv"), m_workers) ||
            !write(QStringLiteral("time_records.csv"), m_time) || !write(QStringLiteral("payroll.csv"), m_payroll)) {
            qWarning("cannot write the record files");
            return none;
        }
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(paramsJson), &error);
        if (error.error != QJsonParseError::NoError) {
            qWarning("params: %s", qPrintable(error.errorString()));
            return none;
        }
        const Result<AuditParams> params = AuditParams::fromJson(doc.object());
        if (!params) {
            qWarning("params: %s", qPrintable(params.error()));
            return none;
        }
        return analyse(*params);
    }

    // The same under thresholds resolved from codes and a country's real rules file.
    QList<Flag> analyse(const AuditParams& params)
    {
        QList<Flag> none;
        if (!m_dir.isValid() || !write(QStringLiteral("workers.csv"), m_workers) ||
            !write(QStringLiteral("time_records.csv"), m_time) || !write(QStringLiteral("payroll.csv"), m_payroll)) {
            qWarning("cannot write the record files");
            return none;
        }
        m_paramsRead = true;
        const Result<RecordReadOutcome> read = RecordDirectoryReader::read(m_dir.path());
        if (!read || !read->acceptable() || !read->issues.empty()) {
            qWarning("records: %s", read ? qPrintable(read->issueReport()) : qPrintable(read.error()));
            return none;
        }
        m_recordsRead = true;
        return Analyzer(params).run(read->records).flags;
    }

    bool ran() const
    {
        return m_paramsRead && m_recordsRead;
    }

private:
    bool write(const QString& name, const QString& text)
    {
        QFile file(m_dir.filePath(name));
        return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) == text.toUtf8().size();
    }

    QTemporaryDir m_dir;
    QString m_workers;
    QString m_time;
    QString m_payroll;
    bool m_paramsRead = false;
    bool m_recordsRead = false;
};

QList<Flag> named(const QList<Flag>& flags, const char* check)
{
    QList<Flag> out;
    for (const Flag& f : flags) {
        if (f.check == QLatin1String(check)) {
            out.append(f);
        }
    }
    return out;
}

QStringList flaggedWorkers(const QList<Flag>& flags, const char* check)
{
    QStringList workers;
    for (const Flag& f : named(flags, check)) {
        workers += f.workers;
    }
    workers.sort();
    return workers;
}

const Flag* flagOf(const QList<Flag>& flags, const char* check, const QString& worker)
{
    for (const Flag& f : flags) {
        if (f.check == QLatin1String(check) && f.workers.contains(worker)) {
            return &f;
        }
    }
    return nullptr;
}

void collectKeys(const QJsonValue& value, QStringList& keys)
{
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            keys.append(it.key());
            collectKeys(it.value(), keys);
        }
    } else if (value.isArray()) {
        for (const QJsonValue& v : value.toArray()) {
            collectKeys(v, keys);
        }
    }
}

// Every figure behind the flags has words (the rule TestFigureLabels applies to the demo audit).
QStringList unlabelledFigures(const QList<Flag>& flags)
{
    QStringList keys;
    for (const Flag& f : flags) {
        collectKeys(f.evidence, keys);
    }
    QStringList missing;
    for (const QString& key : std::as_const(keys)) {
        if (!FigureLabels::hasLabel(key) && !missing.contains(key)) {
            missing.append(key);
        }
    }
    return missing;
}

const QList<int> kWeekdays = {1, 2, 3, 4, 5};

// China-like: 8 h a day, 40 h a week, no weekly overtime cap, 3 h a day, 36 h a month.
const char* kChinaLike = R"({
  "format_version": 2, "country": "CN", "period_start": "2026-01-01", "period_end": "2026-01-31",
  "regular_hours_per_day": 8, "regular_hours_per_week": 40,
  "max_overtime_hours_per_week": null, "max_total_hours_per_week": null,
  "max_overtime_hours_per_day": 3, "max_overtime_hours_per_month": 36,
  "overtime_premium": 1.5, "minimum_wage_hourly": 0
})";

} // namespace

class TestLimitsInForce : public QObject
{
    Q_OBJECT

private slots:
    void monthlyOvertimeCapWithoutWeeklyCap()
    {
        PlantedAudit audit;
        audit.worker("CN1").worker("CN2").worker("CN3");
        // CN1: 10 h a day on every weekday of four weeks: 2 h overtime a day, 10 h a week, 40 h in January.
        audit.shifts("CN1", QDate(2026, 1, 5), QDate(2026, 1, 30), kWeekdays, "08:00", "19:00", 60);
        // CN2: 9 h a day: 20 h of overtime in the month.
        audit.shifts("CN2", QDate(2026, 1, 5), QDate(2026, 1, 30), kWeekdays, "08:00", "18:00", 60);
        // CN3: 8 h days and one 12-hour day: 4 h of overtime that day, above the 3 h daily cap.
        audit.shifts("CN3", QDate(2026, 1, 5), QDate(2026, 1, 9), {1, 2, 3, 4}, "08:00", "17:00", 60);
        audit.shifts("CN3", QDate(2026, 1, 9), QDate(2026, 1, 9), {5}, "08:00", "21:00", 60);
        const QList<Flag> flags = audit.analyse(kChinaLike);
        QVERIFY(audit.ran());
        QCOMPARE(flaggedWorkers(flags, "excessive_hours"), (QStringList{"CN1", "CN3"}));

        const Flag* cn1 = flagOf(flags, "excessive_hours", "CN1");
        QVERIFY(cn1 != nullptr);
        QCOMPARE(cn1->severity, Severity::Medium); // overtime, not a total limit
        QVERIFY(!cn1->evidence.contains("weeks")); // no week is over any limit
        const QJsonArray breaches = cn1->evidence.value("breaches").toArray();
        QCOMPARE(breaches.size(), 1);
        const QJsonObject month = breaches.at(0).toObject();
        QCOMPARE(month.value("limit").toString(), QStringLiteral("month"));
        QCOMPARE(month.value("measure").toString(), QStringLiteral("overtime"));
        QCOMPARE(month.value("period_start").toString(), QStringLiteral("2026-01-01"));
        QCOMPARE(month.value("hours").toDouble(), 40.0);
        QCOMPARE(month.value("limit_hours").toDouble(), 36.0);
        QCOMPARE(cn1->dates.size(), 20);
        QVERIFY2(cn1->summary.contains("40.0") && cn1->summary.contains("2026-01"), qPrintable(cn1->summary));

        const Flag* cn3 = flagOf(flags, "excessive_hours", "CN3");
        QVERIFY(cn3 != nullptr);
        QCOMPARE(cn3->dates, QStringList{"2026-01-09"});
        const QJsonObject day = cn3->evidence.value("breaches").toArray().at(0).toObject();
        QCOMPARE(day.value("limit").toString(), QStringLiteral("day"));
        QCOMPARE(day.value("hours").toDouble(), 4.0);
        QCOMPARE(day.value("limit_hours").toDouble(), 3.0);
        QVERIFY2(unlabelledFigures(flags).isEmpty(), qPrintable(unlabelledFigures(flags).join(", ")));
    }

    void lawfulFiftyFiveHourWeekIsNotExcessive()
    {
        // Türkiye-like: 45 h regular week, no weekly overtime cap, 270 h a year, 11 h a day in all.
        const char* params = R"({
          "format_version": 2, "country": "TR", "period_start": "2026-01-05", "period_end": "2026-01-18",
          "regular_hours_per_day": 9, "regular_hours_per_week": 45,
          "max_overtime_hours_per_week": null, "max_total_hours_per_week": null,
          "max_overtime_hours_per_year": 270, "max_total_hours_per_day": 11
        })";
        PlantedAudit audit;
        audit.worker("TR1").worker("TR2");
        audit.shifts("TR1", QDate(2026, 1, 5), QDate(2026, 1, 16), kWeekdays, "07:00", "19:00", 60); // 5 x 11 h
        // TR2: the same weeks with one 12-hour day: above the daily total, so the check is awake.
        audit.shifts("TR2", QDate(2026, 1, 5), QDate(2026, 1, 9), {1, 2, 3, 4}, "07:00", "19:00", 60);
        audit.shifts("TR2", QDate(2026, 1, 9), QDate(2026, 1, 9), {5}, "07:00", "20:00", 60);
        const QList<Flag> flags = audit.analyse(params);
        QVERIFY(audit.ran());
        QCOMPARE(flaggedWorkers(flags, "excessive_hours"), QStringList{"TR2"});
        const Flag* tr2 = flagOf(flags, "excessive_hours", "TR2");
        QCOMPARE(tr2->severity, Severity::High); // the daily total is a total limit
        const QJsonObject day = tr2->evidence.value("breaches").toArray().at(0).toObject();
        QCOMPARE(day.value("limit").toString(), QStringLiteral("day"));
        QCOMPARE(day.value("measure").toString(), QStringLiteral("total"));
        QCOMPARE(day.value("hours").toDouble(), 12.0);
        QVERIFY(flaggedWorkers(flags, "hours_cap_pattern").isEmpty());
    }

    void yearlyOvertimeCapOverTheRecordsPresent()
    {
        // Türkiye-like 270 h a year: 2 h of overtime on every weekday (10 h a week, lawful each week).
        const char* params = R"({
          "format_version": 2, "country": "TR", "period_start": "2026-01-01", "period_end": "2026-12-31",
          "regular_hours_per_day": 9, "regular_hours_per_week": 45,
          "max_overtime_hours_per_week": null, "max_total_hours_per_week": null,
          "max_overtime_hours_per_year": 270, "max_total_hours_per_day": 11
        })";
        PlantedAudit audit;
        audit.worker("Y300").worker("Y250");
        // 30 weeks from 5 January: 300 h of overtime; 25 weeks: 250 h.
        audit.shifts("Y300", QDate(2026, 1, 5), QDate(2026, 1, 5).addDays(30 * 7 - 1), kWeekdays, "07:00", "18:00", 0);
        audit.shifts("Y250", QDate(2026, 1, 5), QDate(2026, 1, 5).addDays(25 * 7 - 1), kWeekdays, "07:00", "18:00", 0);
        const QList<Flag> flags = audit.analyse(params);
        QVERIFY(audit.ran());
        QCOMPARE(flaggedWorkers(flags, "excessive_hours"), QStringList{"Y300"});
        const QJsonObject year =
            flagOf(flags, "excessive_hours", "Y300")->evidence.value("breaches").toArray().at(0).toObject();
        QCOMPARE(year.value("limit").toString(), QStringLiteral("year"));
        QCOMPARE(year.value("period_start").toString(), QStringLiteral("2026-01-01"));
        QCOMPARE(year.value("period_end").toString(), QStringLiteral("2026-12-31"));
        QCOMPARE(year.value("hours").toDouble(), 300.0);
        QCOMPARE(year.value("limit_hours").toDouble(), 270.0);
    }

    void youngWorkersOwnHoursAndNight()
    {
        // Viet Nam-like: adults 8 h a day, 48 h a week; workers of 15-17 at most 8 h a day, 40 h a week.
        const char* params = R"({
          "format_version": 2, "country": "VN", "period_start": "2026-01-05", "period_end": "2026-01-11",
          "regular_hours_per_day": 8, "regular_hours_per_week": 48, "minimum_age": 15, "young_worker_age": 18,
          "young_worker_max_hours_per_day": 8, "young_worker_max_hours_per_week": 40,
          "young_worker_night_start": "20:00", "young_worker_night_end": "06:00"
        })";
        PlantedAudit audit;
        audit.worker("ADULT").worker("Y9H", "2009-09-01").worker("Y48H", "2009-09-01").worker("YEVE", "2009-09-01");
        audit.worker("YOK", "2009-09-01");
        // A 16-year-old working 9 h a day.
        audit.shifts("Y9H", QDate(2026, 1, 5), QDate(2026, 1, 9), kWeekdays, "07:00", "17:00", 60);
        audit.shifts("ADULT", QDate(2026, 1, 5), QDate(2026, 1, 9), kWeekdays, "07:00", "17:00", 60);
        // Six 8-hour days: 48 h, the adults' regular week, above young workers' 40 h.
        audit.shifts("Y48H", QDate(2026, 1, 5), QDate(2026, 1, 10), {1, 2, 3, 4, 5, 6}, "08:00", "17:00", 60);
        // An evening shift until 21:00: night for young workers (from 20:00), not for adults (22:00).
        audit.shifts("YEVE", QDate(2026, 1, 5), QDate(2026, 1, 5), {1}, "13:00", "21:00", 30);
        audit.shifts("YOK", QDate(2026, 1, 5), QDate(2026, 1, 9), kWeekdays, "08:00", "17:00", 60);
        const QList<Flag> flags = audit.analyse(params);
        QVERIFY(audit.ran());
        QCOMPARE(flaggedWorkers(flags, "young_worker_violation"), (QStringList{"Y48H", "Y9H", "YEVE"}));
        const Flag* nine = flagOf(flags, "young_worker_violation", "Y9H");
        QCOMPARE(nine->dates.size(), 5);
        QCOMPARE(nine->evidence.value("max_hours_per_day").toDouble(), 8.0);
        const Flag* week = flagOf(flags, "young_worker_violation", "Y48H");
        QCOMPARE(week->dates.size(), 6);
        QCOMPARE(week->evidence.value("max_hours_per_week").toDouble(), 40.0);
        const Flag* evening = flagOf(flags, "young_worker_violation", "YEVE");
        QCOMPARE(evening->evidence.value("night_days").toInt(), 1);
        QCOMPARE(evening->evidence.value("night_window").toString(), QStringLiteral("20:00-06:00"));
        QVERIFY2(unlabelledFigures(flags).isEmpty(), qPrintable(unlabelledFigures(flags).join(", ")));
    }

    void minimumWageByDate()
    {
        // Viet Nam-like Region I hourly minimum: a new step on 2026-01-01.
        const char* params = R"({
          "format_version": 2, "country": "VN", "period_start": "2025-12-01", "period_end": "2026-01-31",
          "minimum_wage_schedule": [{"from": "2024-07-01", "hourly": 23800}, {"from": "2026-01-01", "hourly": 25500}]
        })";
        PlantedAudit audit;
        audit.worker("DEC").worker("JAN").worker("JANOK").worker("SPLITOLD").worker("SPLITOK");
        audit.pay("DEC", "2025-12-01", "2025-12-31", 208, 0, 208 * 23800.0, 0);   // old minimum in December
        audit.pay("JAN", "2025-12-01", "2025-12-31", 208, 0, 208 * 23800.0, 0);   // fine in December ...
        audit.pay("JAN", "2026-01-01", "2026-01-31", 208, 0, 208 * 23800.0, 0);   // ... not in January
        audit.pay("JANOK", "2026-01-01", "2026-01-31", 208, 0, 208 * 25500.0, 0); // the new minimum
        // 16 days at the old minimum and 15 at the new one: held to (16 x 23800 + 15 x 25500) / 31.
        audit.pay("SPLITOLD", "2025-12-16", "2026-01-15", 208, 0, 208 * 23800.0, 0);
        audit.pay("SPLITOK", "2025-12-16", "2026-01-15", 208, 0, 208 * 24650.0, 0);
        const QList<Flag> flags = audit.analyse(params);
        QVERIFY(audit.ran());
        QCOMPARE(flaggedWorkers(flags, "minimum_wage_shortfall"), (QStringList{"JAN", "SPLITOLD"}));
        const Flag* jan = flagOf(flags, "minimum_wage_shortfall", "JAN");
        const QJsonArray periods = jan->evidence.value("periods").toArray();
        QCOMPARE(periods.size(), 1);
        QCOMPARE(periods.at(0).toObject().value("period_start").toString(), QStringLiteral("2026-01-01"));
        QCOMPARE(periods.at(0).toObject().value("minimum_hourly_in_force").toDouble(), 25500.0);
        QVERIFY2(jan->summary.contains("25500.00"), qPrintable(jan->summary));
        QCOMPARE(jan->evidence.value("shortfall_total").toDouble(), 208 * 1700.0);
        const Flag* split = flagOf(flags, "minimum_wage_shortfall", "SPLITOLD");
        const double prorated = (16 * 23800.0 + 15 * 25500.0) / 31;
        QCOMPARE(
            split->evidence.value("periods").toArray().at(0).toObject().value("minimum_hourly_in_force").toDouble(),
            std::round(prorated * 10000) / 10000);
        QVERIFY(qAbs(split->evidence.value("shortfall_total").toDouble() - 208 * (prorated - 23800)) < 0.01);
        QVERIFY2(unlabelledFigures(flags).isEmpty(), qPrintable(unlabelledFigures(flags).join(", ")));
    }

    void tieredOvertimePremium()
    {
        // Indonesia-like: 1.5x the first hour of overtime in a day, 2x after.
        const char* params = R"({
          "format_version": 2, "country": "ID", "period_start": "2026-01-05", "period_end": "2026-02-01",
          "regular_hours_per_day": 8, "regular_hours_per_week": 40,
          "max_overtime_hours_per_week": null, "max_total_hours_per_week": null,
          "overtime_premium": 1.5, "overtime_premium_tiers": [{"after_hours": 1, "per": "day", "premium": 2.0}]
        })";
        PlantedAudit audit;
        audit.worker("FLAT").worker("TIERED");
        // 11 h on every weekday of four weeks: 3 h of overtime a day, 60 h in the period, due at
        // (1.5 + 2 x 2) / 3 = 1.833x on average.
        for (const char* id : {"FLAT", "TIERED"}) {
            audit.shifts(id, QDate(2026, 1, 5), QDate(2026, 1, 30), kWeekdays, "08:00", "20:00", 60);
        }
        const double rate = 30000;
        audit.pay("FLAT", "2026-01-05", "2026-02-01", 160, 60, 160 * rate, 60 * rate * 1.5);
        audit.pay("TIERED", "2026-01-05", "2026-02-01", 160, 60, 160 * rate, 20 * rate * 1.5 + 40 * rate * 2.0);
        const QList<Flag> flags = audit.analyse(params);
        QVERIFY(audit.ran());
        QCOMPARE(flaggedWorkers(flags, "overtime_premium_shortfall"), QStringList{"FLAT"});
        const Flag* flat = flagOf(flags, "overtime_premium_shortfall", "FLAT");
        const QJsonObject period = flat->evidence.value("periods").toArray().at(0).toObject();
        QCOMPARE(period.value("ratio").toDouble(), 1.5);
        QCOMPARE(period.value("required_ratio").toDouble(), 1.833);
        QCOMPARE(period.value("recorded_overtime_hours").toDouble(), 60.0);
        QCOMPARE(flat->evidence.value("shortfall_total").toDouble(), 40 * rate * 0.5);
        QVERIFY2(unlabelledFigures(flags).isEmpty(), qPrintable(unlabelledFigures(flags).join(", ")));
    }

    void holidayAndRestDayPremiums()
    {
        // China-like: overtime 1.5x, work on the weekly rest day 2x, on a public holiday 3x.
        const char* params = R"({
          "format_version": 2, "country": "CN", "period_start": "2026-01-01", "period_end": "2026-01-31",
          "regular_hours_per_day": 8, "regular_hours_per_week": 40,
          "max_overtime_hours_per_week": null, "max_total_hours_per_week": null,
          "overtime_premium": 1.5, "rest_day_premium": 2.0, "holiday_premium": 3.0, "holidays": ["2026-01-01"]
        })";
        PlantedAudit audit;
        audit.worker("HOLPLAIN").worker("HOLOK").worker("RESTPLAIN");
        // Every weekday of January, 1 January (a Thursday, New Year's Day) included: 22 days of 8 h.
        for (const char* id : {"HOLPLAIN", "HOLOK"}) {
            audit.shifts(id, QDate(2026, 1, 1), QDate(2026, 1, 30), kWeekdays, "08:00", "17:00", 60);
        }
        const double rate = 20;
        audit.pay("HOLPLAIN", "2026-01-01", "2026-01-31", 168, 8, 168 * rate, 8 * rate * 1.5); // as overtime
        audit.pay("HOLOK", "2026-01-01", "2026-01-31", 168, 8, 168 * rate, 8 * rate * 3.0);
        // Six 8-hour days a week (Monday to Saturday): Saturday is rest-day work in a 5-day week.
        audit.shifts("RESTPLAIN", QDate(2026, 1, 5), QDate(2026, 1, 31), {1, 2, 3, 4, 5, 6}, "08:00", "17:00", 60);
        audit.pay("RESTPLAIN", "2026-01-05", "2026-01-31", 160, 32, 160 * rate, 32 * rate * 1.5);
        const QList<Flag> flags = audit.analyse(params);
        QVERIFY(audit.ran());
        QCOMPARE(flaggedWorkers(flags, "holiday_premium_shortfall"), QStringList{"HOLPLAIN"});
        QCOMPARE(flaggedWorkers(flags, "rest_day_premium_shortfall"), QStringList{"RESTPLAIN"});
        // Paid at the plain overtime rate, it is not an overtime shortfall: the holiday rate was missed.
        QVERIFY(flaggedWorkers(flags, "overtime_premium_shortfall").isEmpty());
        const Flag* holiday = flagOf(flags, "holiday_premium_shortfall", "HOLPLAIN");
        const QJsonObject period = holiday->evidence.value("periods").toArray().at(0).toObject();
        QCOMPARE(period.value("holiday_hours").toDouble(), 8.0);
        QCOMPARE(period.value("required_ratio").toDouble(), 3.0);
        QCOMPARE(holiday->evidence.value("shortfall_total").toDouble(), 8 * rate * 1.5);
        QCOMPARE(holiday->severity, Severity::High);
        const Flag* rest = flagOf(flags, "rest_day_premium_shortfall", "RESTPLAIN");
        QCOMPARE(rest->evidence.value("periods").toArray().at(0).toObject().value("rest_day_hours").toDouble(), 32.0);
        QVERIFY2(unlabelledFigures(flags).isEmpty(), qPrintable(unlabelledFigures(flags).join(", ")));
    }

    // The same cases under the shipped country files, resolved as an audit resolves them.
    void realCountryFilesEndToEnd()
    {
        const auto resolve = [](const QStringList& codes, const char* country, const QDate& from, const QDate& to) {
            ResolveOptions o;
            o.date = to;
            o.periodStart = from;
            o.periodEnd = to;
            Result<ResolvedParams> r = ParamsResolver::resolve(codes, QLatin1String(country), {}, o);
            if (!r) {
                qWarning("%s", qPrintable(r.error()));
                return AuditParams();
            }
            return r->params;
        };
        // China: 40 h of overtime in March 2026, at most 10 h in any week (2 h a day): the
        // monthly cap of 36 h is broken; SA8000's 12 h a week is not.
        {
            PlantedAudit audit;
            audit.worker("CN40").worker("CN20").worker("CN10ONE");
            // 10 h of overtime in one week only: within every cap the law states (the old weekly
            // figure of 36 / 4 = 9 h, which the law does not state, flagged it).
            audit.shifts("CN10ONE", QDate(2026, 3, 2), QDate(2026, 3, 6), kWeekdays, "08:00", "19:00", 60);
            audit.shifts("CN10ONE", QDate(2026, 3, 9), QDate(2026, 3, 27), kWeekdays, "08:00", "17:00", 60);
            audit.shifts("CN40", QDate(2026, 3, 2), QDate(2026, 3, 27), kWeekdays, "08:00", "19:00", 60);
            audit.shifts("CN20", QDate(2026, 3, 2), QDate(2026, 3, 27), kWeekdays, "08:00", "18:00", 60);
            const QList<Flag> flags =
                audit.analyse(resolve({QStringLiteral("sa8000")}, "CN", QDate(2026, 3, 1), QDate(2026, 3, 31)));
            QVERIFY(audit.ran());
            QCOMPARE(flaggedWorkers(flags, "excessive_hours"), QStringList{"CN40"});
        }
        // Türkiye: 5 x 11 h = 55 h a week is lawful (45 h regular, 270 h a year, 11 h a day).
        {
            PlantedAudit audit;
            audit.worker("TR55");
            audit.shifts("TR55", QDate(2026, 3, 2), QDate(2026, 3, 27), kWeekdays, "07:00", "19:00", 60);
            const QList<Flag> flags =
                audit.analyse(resolve({QStringLiteral("sa8000")}, "TR", QDate(2026, 3, 1), QDate(2026, 3, 31)));
            QVERIFY(audit.ran());
            QVERIFY(flaggedWorkers(flags, "excessive_hours").isEmpty());
        }
        // Bangladesh sets 14 under ILO C138 art. 2(4): an SA8000 audit does not flag a 14-year-old
        // as underage, an RBA audit does; adolescents' 5 h a day still applies under both.
        {
            PlantedAudit audit;
            audit.worker("BD14", "2011-06-01").worker("BD14LONG", "2011-06-01");
            audit.shifts("BD14", QDate(2026, 3, 2), QDate(2026, 3, 6), kWeekdays, "08:00", "13:00", 0);
            audit.shifts("BD14LONG", QDate(2026, 3, 2), QDate(2026, 3, 6), kWeekdays, "08:00", "16:00", 60);
            const QList<Flag> sa =
                audit.analyse(resolve({QStringLiteral("sa8000")}, "BD", QDate(2026, 3, 1), QDate(2026, 3, 31)));
            QVERIFY(audit.ran());
            QVERIFY(flaggedWorkers(sa, "underage_worker").isEmpty());
            QCOMPARE(flaggedWorkers(sa, "young_worker_violation"), QStringList{"BD14LONG"});
            const QList<Flag> rba =
                audit.analyse(resolve({QStringLiteral("rba")}, "BD", QDate(2026, 3, 1), QDate(2026, 3, 31)));
            QCOMPARE(flaggedWorkers(rba, "underage_worker"), (QStringList{"BD14", "BD14LONG"}));
        }
    }
};

FIELDBOOK_TEST_GUILESS_MAIN(TestLimitsInForce)
#include "TestLimitsInForce.moc"
