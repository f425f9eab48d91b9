#include "app/codes/CountryRules.h"
#include "support/TestRegistry.h"

#include <QtTest>

using namespace fieldbook;

// A country file is refused as a whole, with the path to the bad value, whenever any figure in it
// could be misread: a half-read rules file would give thresholds nobody chose.
class TestCountryRules : public QObject
{
    Q_OBJECT

private slots:
    void testDatedEntriesRegionsAndHolidays();
    void testVersionOneStillReads();
    void testBadFilesAreRefusedWithThePath_data();
    void testBadFilesAreRefusedWithThePath();
};

namespace {

QByteArray file(const QByteArray& rules, const QByteArray& extra = {})
{
    return R"({"format_version": 2, "country": "ZZ", "name": "Testland", "currency": "ZZD",
               "reviewed": "2026-12-07", "rules": {)" +
           rules + "}" + extra + "}";
}

} // namespace

void TestCountryRules::testDatedEntriesRegionsAndHolidays()
{
    const QByteArray json = file(
        R"("regular_hours_per_week": [
              {"value": 46, "from": "2027-01-01", "source": "Act 2, art. 1"},
              {"value": 48, "until": "2026-12-31", "source": "Act 1, art. 5", "checked": true}],
           "max_overtime_hours_per_week": {"value": null, "source": "Act 1, art. 6"},
           "night_start": {"value": "21:00", "source": "Act 1, art. 7"},
           "overtime_premium_tiers": {"value": [{"after_hours": 9, "per": "week", "premium": 3}], "source": "Act 1"})",
        R"(, "default_region": "North",
             "regions": {"North": {"minimum_wage": [{"from": "2026-01-01", "monthly": 1000, "source": "Decree 9"}],
                                   "rules": {"max_overtime_hours_per_year": {"value": 250, "source": "Region act"}}},
                         "South": {"note": "no figure known"}},
             "minimum_wage": [{"from": "2025-01-01", "daily": 40, "source": "Decree 8"}],
             "holidays": {"source": "Holiday act", "dates": [{"date": "2026-01-01", "name": "New Year"}]})");
    Result<CountryRules> r = CountryRules::parse(json, QStringLiteral("zz.json"));
    QVERIFY2(r.ok(), qPrintable(r.error()));
    const LegalRule* old = r->ruleOn(QStringLiteral("regular_hours_per_week"), QDate(2026, 12, 31));
    const LegalRule* next = r->ruleOn(QStringLiteral("regular_hours_per_week"), QDate(2027, 1, 1));
    QVERIFY(old && next);
    QCOMPARE(old->value.toDouble(), 48.0);
    QVERIFY(old->checked);
    QCOMPARE(next->value.toDouble(), 46.0);
    QVERIFY(!next->checked);
    QVERIFY(r->ruleOn(QStringLiteral("max_overtime_hours_per_week"), QDate(2026, 1, 1))->value.isNull());
    // A region's own rule wins over the country's; another region falls back to the national list.
    QVERIFY(r->ruleOn(QStringLiteral("max_overtime_hours_per_year"), QDate(2026, 1, 1), QStringLiteral("North")));
    QVERIFY(!r->ruleOn(QStringLiteral("max_overtime_hours_per_year"), QDate(2026, 1, 1), QStringLiteral("South")));
    QCOMPARE(r->minimumWageSchedule(QStringLiteral("North")).constFirst().monthly, 1000.0);
    QCOMPARE(r->minimumWageSchedule(QStringLiteral("South")).constFirst().daily, 40.0);
    QCOMPARE(r->minimumWageSchedule().constFirst().monthly, 1000.0); // default region
    QCOMPARE(r->holidays.size(), 1);
    QCOMPARE(r->holidays.constFirst().date, QDate(2026, 1, 1));
}

void TestCountryRules::testVersionOneStillReads()
{
    const QByteArray json = R"({"format_version": 1, "country": "ZZ", "name": "Testland", "currency": "ZZD",
        "rules": {"minimum_age": {"value": 15, "source": "Act", "verify_before_use": true}},
        "minimum_wage": {"monthly": 100, "hourly": 0.5, "region": "Capital", "effective_date": "2024-01-01",
                         "source": "Decree"}})";
    Result<CountryRules> r = CountryRules::parse(json, QStringLiteral("zz.json"));
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(r->ruleOn(QStringLiteral("minimum_age"), QDate(2026, 1, 1))->value.toDouble(), 15.0);
    QCOMPARE(r->defaultRegion, QStringLiteral("Capital"));
    QCOMPARE(r->minimumWageSchedule().constFirst().hourly, 0.5);
    QCOMPARE(r->minimumWageSchedule().constFirst().from, QDate(2024, 1, 1));
}

void TestCountryRules::testBadFilesAreRefusedWithThePath_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");
    QTest::newRow("not json") << QByteArray("{\"rules\": ") << QString();
    QTest::newRow("unknown rule") << file(R"("max_hours_per_fortnight": {"value": 1, "source": "x"})")
                                  << "$.rules.max_hours_per_fortnight";
    QTest::newRow("no source") << file(R"("minimum_age": {"value": 15})") << "$.rules.minimum_age.source";
    QTest::newRow("no value") << file(R"("minimum_age": {"source": "x"})") << "$.rules.minimum_age.value";
    QTest::newRow("negative") << file(R"("minimum_age": {"value": -1, "source": "x"})") << "$.rules.minimum_age.value";
    QTest::newRow("text number") << file(R"("minimum_age": {"value": "15", "source": "x"})")
                                 << "$.rules.minimum_age.value";
    QTest::newRow("bad clock") << file(R"("night_start": {"value": "25:00", "source": "x"})")
                               << "$.rules.night_start.value";
    QTest::newRow("bad date") << file(R"("minimum_age": {"value": 15, "from": "2026-13-01", "source": "x"})")
                              << "$.rules.minimum_age.from";
    QTest::newRow("until before from")
        << file(R"("minimum_age": {"value": 15, "from": "2026-01-01", "until": "2025-01-01", "source": "x"})")
        << "$.rules.minimum_age.until";
    QTest::newRow("tier per month")
        << file(R"("overtime_premium_tiers": {"value": [{"after_hours": 1, "per": "month", "premium": 2}],
                    "source": "x"})")
        << "$.rules.overtime_premium_tiers.value[0].per";
    QTest::newRow("wage without figure") << file(R"("minimum_age": {"value": 15, "source": "x"})",
                                                 R"(, "minimum_wage": [{"from": "2026-01-01", "source": "x"}])")
                                         << "$.minimum_wage[0]";
    QTest::newRow("default region unknown") << file(R"("minimum_age": {"value": 15, "source": "x"})",
                                                    R"(, "default_region": "West", "regions": {"East": {}})")
                                            << "$.default_region";
    // Found by fuzzing: converting 7.7e125 to int was undefined behaviour (UBSan in the asan preset).
    QTest::newRow("huge format version")
        << QByteArray(R"({"format_version": 7.7e125, "country": "ZZ", "name": "T", "currency": "ZZD", "rules": {}})")
        << "$.format_version";
    QTest::newRow("fractional format version")
        << QByteArray(R"({"format_version": 1.5, "country": "ZZ", "name": "T", "currency": "ZZD", "rules": {}})")
        << "$.format_version";
    QTest::newRow("bad holiday") << file(R"("minimum_age": {"value": 15, "source": "x"})",
                                         R"(, "holidays": {"source": "x", "dates": [{"date": "someday"}]})")
                                 << "$.holidays.dates[0].date";
}

void TestCountryRules::testBadFilesAreRefusedWithThePath()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    Result<CountryRules> r = CountryRules::parse(json, QStringLiteral("zz.json"));
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(QStringLiteral("zz.json")), qPrintable(r.error()));
    QVERIFY2(r.error().contains(path), qPrintable(r.error()));
}

FIELDBOOK_TEST_GUILESS_MAIN(TestCountryRules)
#include "TestCountryRules.moc"
