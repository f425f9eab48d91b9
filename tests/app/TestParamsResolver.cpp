#include "app/codes/CountryRules.h"
#include "app/params/ParamsResolver.h"
#include "app/params/ThresholdLabels.h"
#include "support/TestRegistry.h"

#include <QtTest>
#include <cmath>

using namespace fieldbook;

// The thresholds in force are the stricter of code and law, each figure as the law states it,
// in force on a date, for a region, each with its source and whether it was checked.
class TestParamsResolver : public QObject
{
    Q_OBJECT

private slots:
    void testEveryCountryFileIsValid();
    void testCountryFigures_data();
    void testCountryFigures();
    void testMinimumWageByDateAndRegion_data();
    void testMinimumWageByDateAndRegion();
    void testCapsAreNotTurnedIntoWeeklyOnes();
    void testMexicoWeekShortensIn2027();
    void testSectorFigureFollowsTheFacilityIndustry();
    void testIloC138ExceptionFollowsTheCode();
    void testCodeStricterThanLaw();
    void testWidestNightWindowWins();
    void testOverridesWinAndAreLabelled();
    void testUnknownCodeCountryOrRegionIsAnError();
    void testUncheckedLawFiguresAreMarkedVerifyBeforeUse();
};

namespace {

ResolvedParams resolved(const QStringList& codes, const QString& country, const ResolveOptions& options = {},
                        const QJsonObject& overrides = {})
{
    Result<ResolvedParams> r = ParamsResolver::resolve(codes, country, overrides, options);
    if (!r) {
        qWarning() << r.error();
        return {};
    }
    return r.take();
}

ResolveOptions on(const QDate& date, const QString& region = {})
{
    ResolveOptions o;
    o.date = date;
    o.region = region;
    return o;
}

double figure(const AuditParams& p, const QString& key)
{
    return ThresholdLabels::figure(p, key);
}

constexpr double kNone = AuditParams::kNoLimit;

} // namespace

void TestParamsResolver::testEveryCountryFileIsValid()
{
    const QStringList countries = CountryRules::builtInCountries();
    QCOMPARE(countries.size(), 16);
    for (const char* cc :
         {"BD", "CN", "ET", "HN", "ID", "IN", "KH", "LK", "MM", "MX", "MY", "PH", "PK", "TH", "TR", "VN"}) {
        QVERIFY2(countries.contains(QLatin1String(cc)), cc);
        Result<CountryRules> rules = CountryRules::builtIn(QLatin1String(cc));
        QVERIFY2(rules.ok(), qPrintable(rules.error()));
        QCOMPARE(rules->country, QLatin1String(cc));
        QCOMPARE(rules->formatVersion, 2);
        QVERIFY(!rules->currency.isEmpty());
        QVERIFY2(rules->reviewed.isValid(), cc);
        QVERIFY2(rules->rules.contains(QStringLiteral("minimum_age")), cc);
        for (auto it = rules->rules.constBegin(); it != rules->rules.constEnd(); ++it) {
            for (const LegalRule& rule : it.value()) {
                QVERIFY2(!rule.source.isEmpty(), qPrintable(QStringLiteral("%1 %2").arg(cc, it.key())));
            }
        }
        // Every country but Ethiopia (no private-sector minimum wage) has a minimum in force.
        if (QLatin1String(cc) != QLatin1String("ET")) {
            const ResolvedParams r = resolved({QStringLiteral("sa8000")}, QLatin1String(cc), on(QDate(2026, 12, 1)));
            QVERIFY2(r.params.minimumWageHourly > 0, cc);
            QVERIFY2(r.provenance.value(QStringLiteral("minimum_wage_hourly")).from.isValid(), cc);
        }
    }
}

void TestParamsResolver::testCountryFigures_data()
{
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("key");
    QTest::addColumn<double>("value");
    // Law alone: resolved with RBA, whose only hour figure is 60 h total a week.
    QTest::newRow("CN overtime a day") << "CN"
                                       << "max_overtime_hours_per_day" << 3.0;
    QTest::newRow("CN overtime a month") << "CN"
                                         << "max_overtime_hours_per_month" << 36.0;
    QTest::newRow("CN no weekly overtime cap") << "CN"
                                               << "max_overtime_hours_per_week" << kNone;
    QTest::newRow("CN regular week") << "CN"
                                     << "regular_hours_per_week" << 40.0;
    QTest::newRow("CN rest day 2x") << "CN"
                                    << "rest_day_premium" << 2.0;
    QTest::newRow("CN holiday 3x") << "CN"
                                   << "holiday_premium" << 3.0;
    QTest::newRow("CN minimum age 16") << "CN"
                                       << "minimum_age" << 16.0;
    QTest::newRow("VN overtime a month") << "VN"
                                         << "max_overtime_hours_per_month" << 40.0;
    QTest::newRow("VN overtime a year") << "VN"
                                        << "max_overtime_hours_per_year" << 200.0;
    QTest::newRow("VN young a day") << "VN"
                                    << "young_worker_max_hours_per_day" << 8.0;
    QTest::newRow("VN young a week") << "VN"
                                     << "young_worker_max_hours_per_week" << 40.0;
    QTest::newRow("VN night +30%") << "VN"
                                   << "night_premium" << 0.3;
    QTest::newRow("TR regular week 45") << "TR"
                                        << "regular_hours_per_week" << 45.0;
    QTest::newRow("TR 11 h a day in all") << "TR"
                                          << "max_total_hours_per_day" << 11.0;
    QTest::newRow("TR overtime a year") << "TR"
                                        << "max_overtime_hours_per_year" << 270.0;
    QTest::newRow("TR no weekly overtime cap") << "TR"
                                               << "max_overtime_hours_per_week" << kNone;
    QTest::newRow("TR young a day") << "TR"
                                    << "young_worker_max_hours_per_day" << 8.0;
    QTest::newRow("TR young a week") << "TR"
                                     << "young_worker_max_hours_per_week" << 40.0;
    QTest::newRow("BD young a day") << "BD"
                                    << "young_worker_max_hours_per_day" << 5.0;
    QTest::newRow("BD young a week") << "BD"
                                     << "young_worker_max_hours_per_week" << 30.0;
    QTest::newRow("BD 60 h a week") << "BD"
                                    << "max_total_hours_per_week" << 60.0;
    QTest::newRow("IN OSH Code 48 h") << "IN"
                                      << "regular_hours_per_week" << 48.0;
    QTest::newRow("IN overtime 2x") << "IN"
                                    << "overtime_premium" << 2.0;
    QTest::newRow("MX 2026 week 48") << "MX"
                                     << "regular_hours_per_week" << 48.0;
    QTest::newRow("MX overtime 2x") << "MX"
                                    << "overtime_premium" << 2.0;
    QTest::newRow("ID overtime a day") << "ID"
                                       << "max_overtime_hours_per_day" << 4.0;
    QTest::newRow("ID minimum age 18") << "ID"
                                       << "minimum_age" << 18.0;
}

void TestParamsResolver::testCountryFigures()
{
    QFETCH(QString, country);
    QFETCH(QString, key);
    QFETCH(double, value);
    const ResolvedParams r = resolved({QStringLiteral("rba")}, country, on(QDate(2026, 12, 1)));
    QCOMPARE(r.params.country, country);
    QCOMPARE(figure(r.params, key), value);
    const ThresholdProvenance p = r.provenance.value(key);
    QVERIFY2(p.source.contains(country + QStringLiteral(":")), qPrintable(p.source));
    QCOMPARE(p.origin, ThresholdProvenance::Origin::Law);
}

void TestParamsResolver::testMinimumWageByDateAndRegion_data()
{
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<double>("monthly");
    QTest::addColumn<double>("daily");
    QTest::addColumn<double>("hourly"); // 0: derived, not compared
    QTest::newRow("CN Shanghai 2025-07") << "CN"
                                         << "Shanghai" << QDate(2025, 8, 1) << 2740.0 << 0.0 << 0.0;
    QTest::newRow("VN Region I 2025-12") << "VN"
                                         << "Region I" << QDate(2025, 12, 15) << 4960000.0 << 0.0 << 23800.0;
    QTest::newRow("VN Region I 2026-01") << "VN"
                                         << "Region I" << QDate(2026, 1, 15) << 5310000.0 << 0.0 << 25500.0;
    QTest::newRow("KH garment 2026") << "KH"
                                     << "" << QDate(2026, 3, 1) << 210.0 << 0.0 << 0.0;
    QTest::newRow("ID Jakarta 2026") << "ID"
                                     << "DKI Jakarta" << QDate(2026, 3, 1) << 5729876.0 << 0.0 << 0.0;
    QTest::newRow("TR 2026") << "TR"
                             << "" << QDate(2026, 3, 1) << 33030.0 << 0.0 << 0.0;
    QTest::newRow("MX general 2026") << "MX"
                                     << "General" << QDate(2026, 3, 1) << 0.0 << 315.04 << 0.0;
    QTest::newRow("MX border 2026") << "MX"
                                    << "Northern border zone" << QDate(2026, 3, 1) << 0.0 << 440.87 << 0.0;
    QTest::newRow("IN Delhi 2025-04") << "IN"
                                      << "Delhi" << QDate(2025, 6, 1) << 18456.0 << 710.0 << 0.0;
}

void TestParamsResolver::testMinimumWageByDateAndRegion()
{
    QFETCH(QString, country);
    QFETCH(QString, region);
    QFETCH(QDate, date);
    QFETCH(double, monthly);
    QFETCH(double, daily);
    QFETCH(double, hourly);
    const ResolvedParams r = resolved({QStringLiteral("sa8000")}, country, on(date, region));
    QVERIFY(!r.params.minimumWageSchedule.isEmpty());
    const AuditParams::MinimumWageStep step = r.params.minimumWageSchedule.constLast();
    QVERIFY(step.from <= date);
    QCOMPARE(step.monthly, monthly);
    QCOMPARE(step.daily, daily);
    if (hourly > 0) {
        QCOMPARE(r.params.minimumWageHourly, hourly);
    }
    QVERIFY(r.params.minimumWageHourly > 0);
    QCOMPARE(r.params.minimumWageHourlyOn(date), r.params.minimumWageHourly);
    const ThresholdProvenance p = r.provenance.value(QStringLiteral("minimum_wage_hourly"));
    QCOMPARE(p.from, step.from);
    QVERIFY(!p.source.isEmpty());
}

void TestParamsResolver::testCapsAreNotTurnedIntoWeeklyOnes()
{
    // A period straddling Vietnam's 2026-01-01 minimum: both steps, each from its day.
    ResolveOptions o = on(QDate(2026, 1, 31), QStringLiteral("Region I"));
    o.periodStart = QDate(2025, 12, 1);
    o.periodEnd = QDate(2026, 1, 31);
    const ResolvedParams vn = resolved({QStringLiteral("rba")}, QStringLiteral("VN"), o);
    QCOMPARE(vn.params.minimumWageSchedule.size(), 2);
    QCOMPARE(vn.params.minimumWageHourlyOn(QDate(2025, 12, 31)), 23800.0);
    QCOMPARE(vn.params.minimumWageHourlyOn(QDate(2026, 1, 1)), 25500.0);
    // Public holidays of the period come with it (1 January at least).
    QVERIFY(vn.params.holidays.contains(QDate(2026, 1, 1)));
    // Türkiye: no weekly overtime cap and no weekly total: a 55-hour week is not over any weekly
    // limit (SA8000's 60 h total and 12 h overtime still apply: 45 + 10 is within both).
    const ResolvedParams tr = resolved({QStringLiteral("sa8000")}, QStringLiteral("TR"), on(QDate(2026, 6, 1)));
    QCOMPARE(tr.params.regularHoursPerWeek, 45.0);
    QVERIFY(tr.params.maxTotalHoursPerWeek >= 55.0);
    QVERIFY(tr.params.maxOvertimeHoursPerWeek >= 10.0);
    QCOMPARE(tr.params.maxOvertimeHoursPerYear, 270.0);
}

void TestParamsResolver::testMexicoWeekShortensIn2027()
{
    const ResolvedParams in2026 = resolved({QStringLiteral("rba")}, QStringLiteral("MX"), on(QDate(2026, 12, 31)));
    const ResolvedParams in2027 = resolved({QStringLiteral("rba")}, QStringLiteral("MX"), on(QDate(2027, 1, 1)));
    QCOMPARE(in2026.params.regularHoursPerWeek, 48.0);
    QCOMPARE(in2027.params.regularHoursPerWeek, 46.0);
    QCOMPARE(in2027.provenance.value(QStringLiteral("regular_hours_per_week")).from, QDate(2027, 1, 1));
}

void TestParamsResolver::testSectorFigureFollowsTheFacilityIndustry()
{
    ResolveOptions garment = on(QDate(2026, 6, 1));
    garment.industry = QStringLiteral("Apparel (cut, make, trim)");
    QCOMPARE(resolved({QStringLiteral("rba")}, QStringLiteral("VN"), garment).params.maxOvertimeHoursPerYear, 300.0);
    ResolveOptions other = on(QDate(2026, 6, 1));
    other.industry = QStringLiteral("Furniture");
    QCOMPARE(resolved({QStringLiteral("rba")}, QStringLiteral("VN"), other).params.maxOvertimeHoursPerYear, 200.0);
}

void TestParamsResolver::testIloC138ExceptionFollowsTheCode()
{
    // Bangladesh sets 14 under ILO C138 art. 2(4): SA8000 and WRAP allow it, RBA does not.
    const ResolvedParams sa = resolved({QStringLiteral("sa8000")}, QStringLiteral("BD"), on(QDate(2026, 6, 1)));
    QCOMPARE(sa.params.minimumAge, 14);
    QCOMPARE(sa.params.youngWorkerAge, 18); // young workers' rules still apply
    const ResolvedParams rba = resolved({QStringLiteral("rba")}, QStringLiteral("BD"), on(QDate(2026, 6, 1)));
    QCOMPARE(rba.params.minimumAge, 15);
    const ResolvedParams both =
        resolved({QStringLiteral("sa8000"), QStringLiteral("rba")}, QStringLiteral("BD"), on(QDate(2026, 6, 1)));
    QCOMPARE(both.params.minimumAge, 15);
    // Where the law sets 15 or more, the exception is irrelevant: China 16.
    QCOMPARE(resolved({QStringLiteral("sa8000")}, QStringLiteral("CN")).params.minimumAge, 16);
}

void TestParamsResolver::testCodeStricterThanLaw()
{
    // China sets no weekly overtime cap: SA8000's 12 h applies, named as SA8000 7.3.
    const ResolvedParams cn = resolved({QStringLiteral("sa8000")}, QStringLiteral("CN"), on(QDate(2026, 6, 1)));
    QCOMPARE(cn.params.maxOvertimeHoursPerWeek, 12.0);
    QVERIFY2(cn.sources.value(QStringLiteral("max_overtime_hours_per_week")).contains(QStringLiteral("7.3")),
             qPrintable(cn.sources.value(QStringLiteral("max_overtime_hours_per_week"))));
    QCOMPARE(cn.params.maxOvertimeHoursPerMonth, 36.0); // and the law's monthly cap beside it
    // Without a country, the code's own caps apply: RBA's 60 h total.
    const ResolvedParams rbaOnly = resolved({QStringLiteral("rba")}, QString());
    QCOMPARE(rbaOnly.params.maxTotalHoursPerWeek, 60.0);
    QVERIFY(rbaOnly.sources.value(QStringLiteral("max_total_hours_per_week")).contains(QStringLiteral("RBA")));
    QCOMPARE(rbaOnly.provenance.value(QStringLiteral("max_total_hours_per_week")).origin,
             ThresholdProvenance::Origin::Code);
}

void TestParamsResolver::testWidestNightWindowWins()
{
    const ResolvedParams mx = resolved({QStringLiteral("rba")}, QStringLiteral("MX"));
    QCOMPARE(mx.params.nightStartSeconds, 20 * 3600); // Mexico: night from 20:00
    QCOMPARE(mx.params.nightEndSeconds, 6 * 3600);
    const ResolvedParams bd = resolved({QStringLiteral("rba")}, QStringLiteral("BD"));
    QCOMPARE(bd.params.nightStartSeconds, 22 * 3600);
    // Adolescents in Bangladesh: no work from 19:00 to 07:00 (Labour Act s. 41).
    QCOMPARE(bd.params.youngWorkerNightStartSeconds, 19 * 3600);
    QCOMPARE(bd.params.youngWorkerNightEndSeconds, 7 * 3600);
}

void TestParamsResolver::testOverridesWinAndAreLabelled()
{
    const QJsonObject overrides{{QStringLiteral("minimum_wage_hourly"), 26.5},
                                {QStringLiteral("period_start"), QStringLiteral("2026-01-01")},
                                {QStringLiteral("override_reasons"),
                                 QJsonObject{{QStringLiteral("minimum_wage_hourly"), QStringLiteral("city notice")}}}};
    const ResolvedParams r = resolved({QStringLiteral("sa8000")}, QStringLiteral("CN"), {}, overrides);
    QCOMPARE(r.params.minimumWageHourly, 26.5);
    QCOMPARE(r.params.minimumWageHourlyOn(QDate(2026, 3, 1)), 26.5); // the schedule gives way
    QCOMPARE(r.params.periodStart, QDate(2026, 1, 1));
    QCOMPARE(r.sources.value(QStringLiteral("minimum_wage_hourly")), QStringLiteral("audit override"));
    QCOMPARE(r.provenance.value(QStringLiteral("minimum_wage_hourly")).note, QStringLiteral("city notice"));
    QVERIFY(!r.verifyBeforeUse.contains(QStringLiteral("minimum_wage_hourly")));
    QVERIFY(!r.provenance.contains(QStringLiteral("override_reasons")));
    Result<ResolvedParams> bad =
        ParamsResolver::resolve({QStringLiteral("sa8000")}, QStringLiteral("CN"),
                                QJsonObject{{QStringLiteral("minimum_age"), QStringLiteral("x")}});
    QVERIFY(!bad.ok());
    QVERIFY(bad.error().contains(QStringLiteral("minimum_age")));
    // The audit's region override picks the wage zone.
    const ResolvedParams dongguan = resolved({QStringLiteral("sa8000")}, QStringLiteral("VN"), on(QDate(2026, 6, 1)),
                                             QJsonObject{{QStringLiteral("region"), QStringLiteral("Region IV")}});
    QCOMPARE(dongguan.params.region, QStringLiteral("Region IV"));
    QVERIFY(dongguan.params.minimumWageHourly < 25500.0);
}

void TestParamsResolver::testUnknownCodeCountryOrRegionIsAnError()
{
    Result<ResolvedParams> code = ParamsResolver::resolve({QStringLiteral("iso9001")}, QStringLiteral("CN"));
    QVERIFY(!code.ok());
    QVERIFY(code.error().contains(QStringLiteral("iso9001")));
    Result<ResolvedParams> country = ParamsResolver::resolve({QStringLiteral("rba")}, QStringLiteral("ZZ"));
    QVERIFY(!country.ok());
    QVERIFY(country.error().contains(QStringLiteral("ZZ")));
    ResolveOptions o;
    o.region = QStringLiteral("Atlantis");
    Result<ResolvedParams> region = ParamsResolver::resolve({QStringLiteral("rba")}, QStringLiteral("VN"), {}, o);
    QVERIFY(!region.ok());
    QVERIFY(region.error().contains(QStringLiteral("Atlantis")));
    QVERIFY(region.error().contains(QStringLiteral("Region I")));
    Result<ResolvedParams> eicc = ParamsResolver::resolve({QStringLiteral("eicc")}, QStringLiteral("VN"));
    QVERIFY(eicc.ok());
    QCOMPARE(eicc->params.codes, QStringList{QStringLiteral("rba")});
}

void TestParamsResolver::testUncheckedLawFiguresAreMarkedVerifyBeforeUse()
{
    for (const QString& cc : CountryRules::builtInCountries()) {
        const ResolvedParams r = resolved({QStringLiteral("rba")}, cc, on(QDate(2026, 6, 1)));
        for (auto it = r.provenance.constBegin(); it != r.provenance.constEnd(); ++it) {
            if (it.value().origin == ThresholdProvenance::Origin::Law) {
                QVERIFY2(r.verifyBeforeUse.contains(it.key()) == !it.value().checked,
                         qPrintable(cc + QLatin1Char(' ') + it.key()));
            }
        }
        const QJsonObject json = r.toJson(true);
        QCOMPARE(json.value(QStringLiteral("country")).toString(), cc);
        QVERIFY(json.value(QStringLiteral("provenance")).isObject());
        QCOMPARE(json.value(QStringLiteral("in_force_on")).toString(), QStringLiteral("2026-06-01"));
    }
}

FIELDBOOK_TEST_GUILESS_MAIN(TestParamsResolver)
#include "TestParamsResolver.moc"
