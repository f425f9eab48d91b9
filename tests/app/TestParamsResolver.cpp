#include "app/codes/CountryRules.h"
#include "app/codes/ParamsResolver.h"
#include "support/TestRegistry.h"

#include <QtTest>

using namespace fieldbook;

// The thresholds in force are the stricter of code and law, each with its source.
class TestParamsResolver : public QObject
{
    Q_OBJECT

private slots:
    void testEveryCountryFileIsValid();
    void testRbaSixtyHoursVersusLowerCountryLimit();
    void testCodeStricterThanLaw();
    void testMinimumAgeIsTheHighest();
    void testWidestNightWindowWins();
    void testOverridesWinAndAreLabelled();
    void testUnknownCodeOrCountryIsAnError();
    void testEveryLawFigureIsMarkedVerifyBeforeUse();
};

void TestParamsResolver::testEveryCountryFileIsValid()
{
    const QStringList countries = CountryRules::builtInCountries();
    for (const char* cc : {"CN", "BD", "VN", "IN", "KH", "ID", "TR", "MX"}) {
        QVERIFY2(countries.contains(QLatin1String(cc)), cc);
        Result<CountryRules> rules = CountryRules::builtIn(QLatin1String(cc));
        QVERIFY2(rules.ok(), qPrintable(rules.error()));
        QCOMPARE(rules->country, QLatin1String(cc));
        QVERIFY(!rules->currency.isEmpty());
        for (const char* key : {"minimum_age", "regular_hours_per_week", "max_overtime_hours_per_week",
                                "overtime_premium", "max_consecutive_days"}) {
            QVERIFY2(rules->rules.contains(QLatin1String(key)), qPrintable(QStringLiteral("%1 %2").arg(cc, key)));
            QVERIFY(!rules->rules.value(QLatin1String(key)).source.isEmpty());
        }
        QVERIFY2(rules->minimumWage.hourly > 0, cc);
        QVERIFY(rules->minimumWage.effectiveDate.isValid());
        QVERIFY(!rules->minimumWage.source.isEmpty());
    }
}

void TestParamsResolver::testRbaSixtyHoursVersusLowerCountryLimit()
{
    // RBA allows 60 h a week; Chinese law allows 40 + 36/4 = 49: the law is stricter.
    Result<ResolvedParams> cn = ParamsResolver::resolve({QStringLiteral("rba")}, QStringLiteral("CN"));
    QVERIFY2(cn.ok(), qPrintable(cn.error()));
    QCOMPARE(cn->params.maxTotalHoursPerWeek, 49.0);
    QVERIFY(cn->sources.value(QStringLiteral("max_total_hours_per_week")).startsWith(QStringLiteral("CN:")));
    QCOMPARE(cn->params.regularHoursPerWeek, 40.0);
    QCOMPARE(cn->params.currency, QStringLiteral("CNY"));
    QCOMPARE(cn->params.minimumWageHourly, 24.0);
    // Bangladesh allows exactly 60: equally strict, both named.
    Result<ResolvedParams> bd = ParamsResolver::resolve({QStringLiteral("rba")}, QStringLiteral("BD"));
    QVERIFY(bd.ok());
    QCOMPARE(bd->params.maxTotalHoursPerWeek, 60.0);
    const QString source = bd->sources.value(QStringLiteral("max_total_hours_per_week"));
    QVERIFY2(source.contains(QStringLiteral("RBA")) && source.contains(QStringLiteral("BD:")), qPrintable(source));
}

void TestParamsResolver::testCodeStricterThanLaw()
{
    // Türkiye allows 11 h a day of regular work; without a code figure the ILO 8 h applies... but
    // SA8000's 48 h week is looser than Türkiye's 45: the law wins there, SA8000's 12 h overtime
    // is looser than Türkiye's 270 h/year (5.2 h/week): the law wins again.
    Result<ResolvedParams> tr = ParamsResolver::resolve({QStringLiteral("sa8000")}, QStringLiteral("TR"));
    QVERIFY(tr.ok());
    QCOMPARE(tr->params.regularHoursPerWeek, 45.0);
    QCOMPARE(tr->params.maxOvertimeHoursPerWeek, 5.2);
    // Bangladesh allows 12 h overtime and 60 total; SA8000 caps regular hours at 48 = law.
    // Mexico's law allows 48 + 9; SA8000 alone caps overtime at 12: law stricter (9).
    Result<ResolvedParams> mx = ParamsResolver::resolve({QStringLiteral("sa8000")}, QStringLiteral("MX"));
    QVERIFY(mx.ok());
    QCOMPARE(mx->params.maxOvertimeHoursPerWeek, 9.0);
    // Vietnam's premium is 1.5, Mexico's 2.0: the premium is the highest figure.
    QCOMPARE(mx->params.overtimePremium, 2.0);
    // Without a country, the code's own caps apply: RBA's 60 h total.
    Result<ResolvedParams> rbaOnly = ParamsResolver::resolve({QStringLiteral("rba")}, QString());
    QVERIFY(rbaOnly.ok());
    QCOMPARE(rbaOnly->params.maxTotalHoursPerWeek, 60.0);
    QVERIFY(rbaOnly->sources.value(QStringLiteral("max_total_hours_per_week")).contains(QStringLiteral("RBA")));
}

void TestParamsResolver::testMinimumAgeIsTheHighest()
{
    // WRAP 15, SA8000 15, Bangladesh law 14: the codes' own figure, 15, wins (their exceptions for
    // 14, minimum_age_developing_exception, are the resolver's business, not this test's).
    Result<ResolvedParams> r =
        ParamsResolver::resolve({QStringLiteral("wrap"), QStringLiteral("sa8000")}, QStringLiteral("BD"));
    QVERIFY(r.ok());
    QCOMPARE(r->params.minimumAge, 15);
    const QString source = r->sources.value(QStringLiteral("minimum_age"));
    QVERIFY2(source.contains(QStringLiteral("SA8000")) || source.contains(QStringLiteral("WRAP")), qPrintable(source));
    // Indonesia's 18 beats every code.
    Result<ResolvedParams> id = ParamsResolver::resolve({QStringLiteral("rba")}, QStringLiteral("ID"));
    QVERIFY(id.ok());
    QCOMPARE(id->params.minimumAge, 18);
}

void TestParamsResolver::testWidestNightWindowWins()
{
    Result<ResolvedParams> mx = ParamsResolver::resolve({QStringLiteral("rba")}, QStringLiteral("MX"));
    QVERIFY(mx.ok());
    QCOMPARE(mx->params.nightStartSeconds, 20 * 3600); // Mexico: night from 20:00
    QCOMPARE(mx->params.nightEndSeconds, 6 * 3600);
    Result<ResolvedParams> bd = ParamsResolver::resolve({QStringLiteral("rba")}, QStringLiteral("BD"));
    QVERIFY(bd.ok());
    QCOMPARE(bd->params.nightStartSeconds, 19 * 3600);
    QCOMPARE(bd->params.nightEndSeconds, 7 * 3600);
}

void TestParamsResolver::testOverridesWinAndAreLabelled()
{
    const QJsonObject overrides{{QStringLiteral("minimum_wage_hourly"), 26.5},
                                {QStringLiteral("period_start"), QStringLiteral("2026-01-01")}};
    Result<ResolvedParams> r = ParamsResolver::resolve({QStringLiteral("sa8000")}, QStringLiteral("CN"), overrides);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(r->params.minimumWageHourly, 26.5);
    QCOMPARE(r->params.periodStart, QDate(2026, 1, 1));
    QCOMPARE(r->sources.value(QStringLiteral("minimum_wage_hourly")), QStringLiteral("audit override"));
    QVERIFY(!r->verifyBeforeUse.contains(QStringLiteral("minimum_wage_hourly")));
    Result<ResolvedParams> bad =
        ParamsResolver::resolve({QStringLiteral("sa8000")}, QStringLiteral("CN"),
                                QJsonObject{{QStringLiteral("minimum_age"), QStringLiteral("x")}});
    QVERIFY(!bad.ok());
    QVERIFY(bad.error().contains(QStringLiteral("minimum_age")));
}

void TestParamsResolver::testUnknownCodeOrCountryIsAnError()
{
    Result<ResolvedParams> code = ParamsResolver::resolve({QStringLiteral("iso9001")}, QStringLiteral("CN"));
    QVERIFY(!code.ok());
    QVERIFY(code.error().contains(QStringLiteral("iso9001")));
    Result<ResolvedParams> country = ParamsResolver::resolve({QStringLiteral("rba")}, QStringLiteral("ZZ"));
    QVERIFY(!country.ok());
    QVERIFY(country.error().contains(QStringLiteral("ZZ")));
    // The eicc alias resolves to RBA.
    Result<ResolvedParams> eicc = ParamsResolver::resolve({QStringLiteral("eicc")}, QStringLiteral("VN"));
    QVERIFY(eicc.ok());
    QCOMPARE(eicc->params.codes, QStringList{QStringLiteral("rba")});
}

void TestParamsResolver::testEveryLawFigureIsMarkedVerifyBeforeUse()
{
    Result<ResolvedParams> r = ParamsResolver::resolve({QStringLiteral("rba")}, QStringLiteral("VN"));
    QVERIFY(r.ok());
    for (auto it = r->sources.constBegin(); it != r->sources.constEnd(); ++it) {
        if (it.value().contains(QStringLiteral("VN:"))) {
            QVERIFY2(r->verifyBeforeUse.contains(it.key()), qPrintable(it.key()));
        }
    }
    const QJsonObject json = r->toJson(true);
    QCOMPARE(json.value(QStringLiteral("format_version")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("code")).toString(), QStringLiteral("rba"));
    QCOMPARE(json.value(QStringLiteral("country")).toString(), QStringLiteral("VN"));
    QVERIFY(json.value(QStringLiteral("sources")).isObject());
}

FIELDBOOK_TEST_GUILESS_MAIN(TestParamsResolver)
#include "TestParamsResolver.moc"
