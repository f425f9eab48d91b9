// params.json (formats.md section 2): version 1 keeps its meaning, version 2 reads and writes the
// limits the law sets by day, month and year, premiums, holidays, young workers' limits and the
// minimum-wage schedule; every error names its key.
#include "app/params/AuditParams.h"
#include "support/TestRegistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <cmath>

using namespace fieldbook;

namespace {
QJsonObject object(const char* json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(json), &error);
    if (error.error != QJsonParseError::NoError) {
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    }
    return doc.object();
}

const char* kVersion2 = R"({
  "format_version": 2,
  "country": "vn",
  "region": "Region I",
  "regular_hours_per_day": 8,
  "regular_hours_per_week": 48,
  "max_overtime_hours_per_day": 4,
  "max_overtime_hours_per_week": null,
  "max_total_hours_per_week": null,
  "max_overtime_hours_per_month": 40,
  "max_overtime_hours_per_year": 300,
  "max_total_hours_per_day": 12,
  "overtime_premium": 1.5,
  "overtime_premium_tiers": [{"after_hours": 1, "per": "day", "premium": 2.0},
                             {"after_hours": 9, "per": "week", "premium": 3.0}],
  "rest_day_premium": 2.0,
  "holiday_premium": 3.0,
  "holidays": ["2026-02-17", "2026-01-01"],
  "night_premium": 0.3,
  "young_worker_max_hours_per_day": 8,
  "young_worker_max_hours_per_week": 40,
  "young_worker_night_start": "20:00",
  "young_worker_night_end": "06:00",
  "minimum_wage_schedule": [{"from": "2026-01-01", "hourly": 25500, "monthly": 5310000},
                            {"from": "2024-07-01", "hourly": 23800, "monthly": 4960000}]
})";
} // namespace

class TestAuditParams : public QObject
{
    Q_OBJECT

private slots:
    void versionOneKeepsItsMeaning()
    {
        AuditParams base;
        base.maxOvertimeHoursPerWeek = 9;
        // A null in version 1 keeps the value; version-2 keys are unknown keys there.
        const Result<AuditParams> p = AuditParams::fromJson(
            object(R"({"format_version": 1, "max_overtime_hours_per_week": null, "max_total_hours_per_week": 55,
                       "max_overtime_hours_per_month": 36, "holidays": ["2026-01-01"]})"),
            base);
        QVERIFY2(p.ok(), qPrintable(p.error()));
        QCOMPARE(p->maxOvertimeHoursPerWeek, 9.0);
        QCOMPARE(p->maxTotalHoursPerWeek, 55.0);
        QVERIFY(std::isinf(p->maxOvertimeHoursPerMonth));
        QVERIFY(p->holidays.isEmpty());
        QVERIFY(!p->hasVersion2Fields());
        const QJsonObject written = p->toJson();
        QCOMPARE(written.value("format_version").toInt(), 1);
        QCOMPARE(written.value("max_overtime_hours_per_week").toDouble(), 9.0);
        QVERIFY(!written.contains("max_overtime_hours_per_month"));
        QVERIFY(!written.contains("region"));
    }

    void readsVersionTwo()
    {
        const Result<AuditParams> read = AuditParams::fromJson(object(kVersion2));
        QVERIFY2(read.ok(), qPrintable(read.error()));
        const AuditParams& p = *read;
        QCOMPARE(p.formatVersion, 2);
        QCOMPARE(p.country, QStringLiteral("VN"));
        QCOMPARE(p.region, QStringLiteral("Region I"));
        QCOMPARE(p.maxOvertimeHoursPerDay, 4.0);
        QCOMPARE(p.maxOvertimeHoursPerWeek, AuditParams::kNoLimit);
        QCOMPARE(p.maxTotalHoursPerWeek, AuditParams::kNoLimit);
        QCOMPARE(p.maxOvertimeHoursPerMonth, 40.0);
        QCOMPARE(p.maxOvertimeHoursPerYear, 300.0);
        QCOMPARE(p.maxTotalHoursPerDay, 12.0);
        QCOMPARE(p.overtimePremiumTiers.size(), 2);
        QCOMPARE(p.overtimePremiumTiers.at(0).afterHours, 1.0);
        QVERIFY(!p.overtimePremiumTiers.at(0).perWeek);
        QCOMPARE(p.overtimePremiumTiers.at(0).premium, 2.0);
        QVERIFY(p.overtimePremiumTiers.at(1).perWeek);
        QCOMPARE(p.overtimePremiumTiers.at(1).premium, 3.0);
        QCOMPARE(p.restDayPremium, 2.0);
        QCOMPARE(p.holidayPremium, 3.0);
        QCOMPARE(p.nightPremium, 0.3);
        QCOMPARE(p.holidays, (QList<QDate>{QDate(2026, 1, 1), QDate(2026, 2, 17)})); // sorted
        QCOMPARE(p.youngWorkerMaxHoursPerDay, 8.0);
        QCOMPARE(p.youngWorkerMaxHoursPerWeek, 40.0);
        QCOMPARE(p.youngWorkerNightStartSeconds, 20 * 3600);
        QCOMPARE(p.youngWorkerNightEndSeconds, 6 * 3600);
        QCOMPARE(p.minimumWageSchedule.size(), 2);
        QCOMPARE(p.minimumWageSchedule.at(0).from, QDate(2024, 7, 1)); // sorted by from
        QCOMPARE(p.minimumWageSchedule.at(1).monthly, 5310000.0);
    }

    void absentCapsMeanNoLimitOrTheBase()
    {
        const Result<AuditParams> p = AuditParams::fromJson(object(R"({"format_version": 2})"));
        QVERIFY2(p.ok(), qPrintable(p.error()));
        QVERIFY(std::isinf(p->maxOvertimeHoursPerDay));
        QVERIFY(std::isinf(p->maxOvertimeHoursPerMonth));
        QVERIFY(std::isinf(p->youngWorkerMaxHoursPerWeek));
        QCOMPARE(p->youngWorkerNightStartSeconds, -1);
        QCOMPARE(p->maxOvertimeHoursPerWeek, 12.0); // a version-1 key absent: the base's value
        AuditParams base;
        base.maxOvertimeHoursPerMonth = 36;
        const Result<AuditParams> kept = AuditParams::fromJson(object(R"({"format_version": 2})"), base);
        QCOMPARE(kept->maxOvertimeHoursPerMonth, 36.0);
        const Result<AuditParams> lifted =
            AuditParams::fromJson(object(R"({"format_version": 2, "max_overtime_hours_per_month": null})"), base);
        QVERIFY(std::isinf(lifted->maxOvertimeHoursPerMonth));
    }

    void writesVersionTwoAndReadsItBack()
    {
        const AuditParams p = *AuditParams::fromJson(object(kVersion2));
        const QJsonObject json = p.toJson();
        QCOMPARE(json.value("format_version").toInt(), 2);
        QVERIFY(json.value("max_overtime_hours_per_week").isNull());
        QVERIFY(json.value("max_total_hours_per_week").isNull());
        QCOMPARE(json.value("max_overtime_hours_per_month").toDouble(), 40.0);
        QCOMPARE(json.value("overtime_premium_tiers").toArray().at(1).toObject().value("per").toString(),
                 QStringLiteral("week"));
        QCOMPARE(json.value("young_worker_night_start").toString(), QStringLiteral("20:00"));
        // The JSON text itself holds no infinity (QJsonDocument would write it as null anyway).
        const QByteArray text = QJsonDocument(json).toJson();
        QVERIFY(!text.contains("inf"));
        const Result<AuditParams> again = AuditParams::fromJson(QJsonDocument::fromJson(text).object());
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QCOMPARE(again->toJson(), json);
        QCOMPARE(again->maxOvertimeHoursPerWeek, AuditParams::kNoLimit);
        QCOMPARE(again->holidays, p.holidays);
        QCOMPARE(again->minimumWageSchedule.size(), 2);
        QCOMPARE(again->youngWorkerNightEndSeconds, p.youngWorkerNightEndSeconds);

        // A version-1 cap lifted alone makes the file version 2: version 1 cannot say "no limit".
        AuditParams lifted;
        lifted.maxTotalHoursPerWeek = AuditParams::kNoLimit;
        QCOMPARE(lifted.toJson().value("format_version").toInt(), 2);
        QVERIFY(lifted.toJson().value("max_total_hours_per_week").isNull());
        QVERIFY(!lifted.toJson().contains("max_overtime_hours_per_day")); // unset v2 fields omitted
    }

    void errorsNameTheKey_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("key");
        QTest::newRow("version 3") << R"({"format_version": 3})"
                                   << "format_version 3";
        QTest::newRow("negative cap") << R"({"format_version": 2, "max_overtime_hours_per_month": -1})"
                                      << "max_overtime_hours_per_month";
        QTest::newRow("text cap") << R"({"format_version": 2, "max_total_hours_per_day": "12"})"
                                  << "max_total_hours_per_day";
        QTest::newRow("negative weekly cap") << R"({"format_version": 2, "max_overtime_hours_per_week": -3})"
                                             << "max_overtime_hours_per_week";
        QTest::newRow("tier per month")
            << R"({"format_version": 2, "overtime_premium_tiers": [{"after_hours": 1, "per": "month", "premium": 2}]})"
            << "overtime_premium_tiers[0].per";
        QTest::newRow("tier without premium")
            << R"({"format_version": 2, "overtime_premium_tiers": [{"after_hours": 1, "per": "day"}]})"
            << "overtime_premium_tiers[0].premium";
        QTest::newRow("tier negative threshold")
            << R"({"format_version": 2, "overtime_premium_tiers": [{"after_hours": -1, "per": "day", "premium": 2}]})"
            << "overtime_premium_tiers[0].after_hours";
        QTest::newRow("holiday not a date") << R"({"format_version": 2, "holidays": ["2026-01-01", "2026-02-30"]})"
                                            << "holidays[1]";
        QTest::newRow("holiday other format") << R"({"format_version": 2, "holidays": ["01/01/2026"]})"
                                              << "holidays[0]";
        QTest::newRow("young night hour") << R"({"format_version": 2, "young_worker_night_start": "25:00",
                                                 "young_worker_night_end": "06:00"})"
                                          << "young_worker_night_start";
        QTest::newRow("young night alone") << R"({"format_version": 2, "young_worker_night_start": "20:00"})"
                                           << "young_worker_night_end";
        QTest::newRow("step without from") << R"({"format_version": 2, "minimum_wage_schedule": [{"hourly": 3}]})"
                                           << "minimum_wage_schedule[0].from";
        QTest::newRow("step without amount")
            << R"({"format_version": 2, "minimum_wage_schedule": [{"from": "2026-01-01"}]})"
            << "minimum_wage_schedule[0]";
        QTest::newRow("step negative")
            << R"({"format_version": 2, "minimum_wage_schedule": [{"from": "2026-01-01", "monthly": -5}]})"
            << "minimum_wage_schedule[0].monthly";
        QTest::newRow("two steps same day") << R"({"format_version": 2, "minimum_wage_schedule":
                [{"from": "2026-01-01", "hourly": 3}, {"from": "2026-01-01", "hourly": 4}]})"
                                            << "minimum_wage_schedule";
        QTest::newRow("rest day premium text") << R"({"format_version": 2, "rest_day_premium": "2x"})"
                                               << "rest_day_premium";
        QTest::newRow("region number") << R"({"format_version": 2, "region": 1})"
                                       << "region";
    }

    void errorsNameTheKey()
    {
        QFETCH(QString, json);
        QFETCH(QString, key);
        const Result<AuditParams> p = AuditParams::fromJson(object(json.toUtf8().constData()));
        QVERIFY(!p.ok());
        QVERIFY2(p.error().contains(key), qPrintable(p.error()));
    }

    void minimumInForceOnADay()
    {
        AuditParams p;
        p.minimumWageHourly = 20;
        QCOMPARE(p.minimumWageHourlyOn(QDate(2026, 1, 1)), 20.0); // no schedule
        p.regularHoursPerWeek = 40;
        p.regularHoursPerDay = 8;
        p.minimumWageSchedule = {{QDate(2025, 7, 1), 0, 2740, 0},  // monthly only
                                 {QDate(2026, 1, 1), 25.5, 0, 0},  // hourly
                                 {QDate(2026, 6, 1), 0, 0, 220}};  // daily only
        QCOMPARE(p.minimumWageHourlyOn(QDate(2025, 6, 30)), 20.0); // before the first step
        QVERIFY(qFuzzyCompare(p.minimumWageHourlyOn(QDate(2025, 7, 1)), 2740 / (40 * 52 / 12.0)));
        QCOMPARE(p.minimumWageHourlyOn(QDate(2025, 12, 31)), p.minimumWageHourlyOn(QDate(2025, 7, 1)));
        QCOMPARE(p.minimumWageHourlyOn(QDate(2026, 1, 1)), 25.5);
        QCOMPARE(p.minimumWageHourlyOn(QDate(2026, 5, 31)), 25.5);
        QCOMPARE(p.minimumWageHourlyOn(QDate(2026, 6, 1)), 27.5);
    }
};

FIELDBOOK_TEST_GUILESS_MAIN(TestAuditParams)
#include "TestAuditParams.moc"
