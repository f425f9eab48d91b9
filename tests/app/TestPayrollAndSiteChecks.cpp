// payroll_hours_mismatch, minimum_wage_shortfall, overtime_premium_shortfall, net_pay_inconsistent,
// benford_deviation, production_hours_mismatch, gate_time_mismatch.
#include "support/CheckTesting.h"
#include "support/RecordSetBuilder.h"
#include "support/TestRegistry.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>
#include <cmath>

using namespace fieldbook;
using namespace fieldbook::test;

namespace {
AuditParams params()
{
    AuditParams p = cleanFactoryParams(28);
    return p;
}

QString date(int offset)
{
    return QDate(2026, 1, 5).addDays(offset).toString(Qt::ISODate);
}

// Four weeks of 6 x 8 h for each id; returns the builder.
RecordSetBuilder weeks(const QStringList& ids)
{
    RecordSetBuilder b;
    for (const QString& id : ids) {
        b.worker(id, "1990-01-01", "2020-01-01", "Sewing");
        for (int d = 0; d < 28; ++d) {
            if (d % 7 != 6) {
                b.time(id, date(d), "08:00", "17:00", 60);
            }
        }
    }
    return b;
}
} // namespace

class TestPayrollAndSiteChecks : public QObject
{
    Q_OBJECT

private slots:
    void payrollHoursMismatch()
    {
        RecordSetBuilder b = weeks({"A", "B"});
        b.pay("A", date(0), date(27), 192, 0, 192 * 25, 0, 0, 0, 192 * 25); // 24 days x 8 h: matches
        b.pay("B", date(0), date(27), 170, 0, 170 * 25, 0, 0, 0, 170 * 25); // 22 h unpaid
        const QList<Flag> flags = runCheck("payroll_hours_mismatch", b.records(), params());
        QCOMPARE(flags.size(), 1);
        QCOMPARE(flags.first().workers, QStringList{"B"});
        QCOMPARE(flags.first().severity, Severity::High);
        QCOMPARE(flags.first().dates.size(), 28);
        QVERIFY(flags.first().summary.contains("22.0"));
    }

    void minimumWageShortfall()
    {
        RecordSetBuilder b = weeks({"A", "B"});
        b.pay("A", date(0), date(27), 192, 0, 192 * 20, 0, 0, 0, 192 * 20);     // exactly the minimum (20)
        b.pay("B", date(0), date(27), 192, 0, 192 * 18.5, 0, 0, 0, 192 * 18.5); // below
        const QList<Flag> flags = runCheck("minimum_wage_shortfall", b.records(), params());
        QCOMPARE(flags.size(), 1);
        QCOMPARE(flags.first().workers, QStringList{"B"});
        QVERIFY(flags.first().summary.contains("18.50"));
        AuditParams unknown = params();
        unknown.minimumWageHourly = 0; // unknown minimum: the check does not run
        QVERIFY(runCheck("minimum_wage_shortfall", b.records(), unknown).isEmpty());
    }

    void overtimePremiumShortfall()
    {
        RecordSetBuilder b = weeks({"A", "B"});
        b.pay("A", date(0), date(27), 192, 10, 192 * 25, 10 * 37.5, 0, 0, 192 * 25 + 375);
        b.pay("B", date(0), date(27), 192, 10, 192 * 25, 10 * 25, 0, 0, 192 * 25 + 250); // straight time
        const QList<Flag> flags = runCheck("overtime_premium_shortfall", b.records(), params());
        QCOMPARE(flags.size(), 1);
        QCOMPARE(flags.first().workers, QStringList{"B"});
        QCOMPARE(flags.first().evidence.value("periods").toArray().first().toObject().value("ratio").toDouble(), 1.0);
    }

    void netPayInconsistent()
    {
        RecordSetBuilder b = weeks({"A", "B"});
        b.pay("A", date(0), date(27), 192, 0, 4800, 0, 120, 80, 4840);
        b.pay("B", date(0), date(27), 192, 0, 4800, 0, 120, 80, 4500);
        const QList<Flag> flags = runCheck("net_pay_inconsistent", b.records(), params());
        QCOMPARE(flags.size(), 1);
        QCOMPARE(flags.first().workers, QStringList{"B"});
        QCOMPARE(flags.first().severity, Severity::High);
    }

    void benfordDeviation()
    {
        // Deductions spread over 3 orders of magnitude: Benford-like in the clean set, made-up
        // (uniform leading digits 5-9) in the planted set.
        QRandomGenerator random(11);
        RecordSetBuilder clean;
        RecordSetBuilder planted;
        for (int i = 0; i < 1200; ++i) {
            const QString id = QString("W%1").arg(i);
            const double benford = std::pow(10.0, 1 + 3 * random.generateDouble());
            const double madeUp = (5 + random.bounded(5)) * std::pow(10.0, 1 + random.bounded(3)) + random.bounded(9);
            clean.pay(id, date(0), date(27), 192, 0, 4800, 0, 0, benford, 4800 - benford);
            planted.pay(id, date(0), date(27), 192, 0, 4800, 0, 0, madeUp, 4800 - madeUp);
        }
        QVERIFY(runCheck("benford_deviation", clean.records(), params()).isEmpty());
        const QList<Flag> flags = runCheck("benford_deviation", planted.records(), params());
        QCOMPARE(flags.size(), 1);
        QCOMPARE(flags.first().evidence.value("field").toString(), QStringLiteral("deductions"));
        QCOMPARE(flags.first().severity, Severity::Low);
        // Regular pay near one wage level spans one order of magnitude: never tested.
        for (const Flag& f : flags) {
            QVERIFY(f.evidence.value("field").toString() != QLatin1String("regular_pay"));
        }
    }

    void productionHoursMismatch()
    {
        RecordSetBuilder b = weeks({"A", "B", "C"}); // 24 labour hours a day in Sewing
        for (int d = 0; d < 28; ++d) {
            if (d % 7 == 6) {
                continue;
            }
            // 60 % efficiency normally; 160 % on three days.
            const bool hidden = d == 3 || d == 10 || d == 17;
            b.production(date(d), "Sewing", (hidden ? 1.6 : 0.6) * 24 * 60 / 12.0, 12.0);
        }
        const QList<Flag> flags = runCheck("production_hours_mismatch", b.records(), params());
        QCOMPARE(flags.size(), 1);
        QCOMPARE(flags.first().dates, (QStringList{date(3), date(10), date(17)}));
        QCOMPARE(flags.first().severity, Severity::High);
        QCOMPARE(flags.first().evidence.value("department").toString(), QStringLiteral("Sewing"));
    }

    void gateTimeMismatch()
    {
        RecordSetBuilder b = weeks({"A", "B"});
        for (int d = 0; d < 28; ++d) {
            if (d % 7 == 6) {
                continue;
            }
            b.gate("A", date(d) + " 07:45", true).gate("A", date(d) + " 17:10", false);
            // B stays until 21:00 on four days: three hours of unrecorded overtime.
            const bool late = d >= 7 && d < 11;
            b.gate("B", date(d) + " 07:50", true).gate("B", date(d) + (late ? " 21:00" : " 17:05"), false);
        }
        // And comes in on a Sunday with no time record.
        b.gate("B", date(6) + " 08:00", true).gate("B", date(6) + " 16:00", false);
        const QList<Flag> flags = runCheck("gate_time_mismatch", b.records(), params());
        QCOMPARE(flags.size(), 1);
        QCOMPARE(flags.first().workers, QStringList{"B"});
        QCOMPARE(flags.first().dates, (QStringList{date(6), date(7), date(8), date(9), date(10)}));
        QCOMPARE(flags.first().evidence.value("days_without_time_record").toInt(), 1);
    }

    void cleanFactoryPayrollRaisesNothing()
    {
        const RecordSet records = cleanFactory(21, 300, 91);
        for (const char* check : {"payroll_hours_mismatch", "minimum_wage_shortfall", "overtime_premium_shortfall",
                                  "net_pay_inconsistent", "benford_deviation", "excessive_hours", "no_rest_day"}) {
            const QList<Flag> flags = runCheck(check, records, cleanFactoryParams(91));
            QVERIFY2(flags.isEmpty(), qPrintable(QString("%1: %2").arg(check, flags.value(0).summary)));
        }
    }
};

FIELDBOOK_TEST_GUILESS_MAIN(TestPayrollAndSiteChecks)
#include "TestPayrollAndSiteChecks.moc"
