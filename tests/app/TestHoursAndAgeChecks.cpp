// excessive_hours, no_rest_day, underage_worker, young_worker_violation, birthdate_heaping,
// duplicate_identity, work_outside_employment, unknown_worker on hand-built records.
#include "support/CheckTesting.h"
#include "support/RecordSetBuilder.h"
#include "support/TestRegistry.h"

#include <QDate>
#include <QJsonDocument>
#include <QTest>

using namespace fieldbook;
using namespace fieldbook::test;

namespace {
AuditParams params()
{
    AuditParams p;
    p.periodStart = QDate(2026, 1, 5);
    p.periodEnd = QDate(2026, 2, 1);
    p.regularHoursPerWeek = 48;
    p.maxOvertimeHoursPerWeek = 12;
    p.maxTotalHoursPerWeek = 60;
    p.minimumAge = 15;
    p.youngWorkerAge = 18;
    return p;
}

QString date(int offset)
{
    return QDate(2026, 1, 5).addDays(offset).toString(Qt::ISODate);
}

// Six 8-hour days a week, Sunday off: compliant.
void normalWeeks(RecordSetBuilder& b, const QString& id, int weeks = 4)
{
    for (int d = 0; d < weeks * 7; ++d) {
        if (d % 7 != 6) {
            b.time(id, date(d), QStringLiteral("08:00"), QStringLiteral("17:00"), 60);
        }
    }
}
} // namespace

class TestHoursAndAgeChecks : public QObject
{
    Q_OBJECT

private slots:
    void excessiveHours()
    {
        RecordSetBuilder b;
        b.worker("A", "1990-01-01", "2020-01-01", "Sewing").worker("B", "1990-01-01", "2020-01-01", "Sewing");
        normalWeeks(b, "A");
        // B: second week 6 x 11.5 h = 69 h.
        for (int d = 0; d < 28; ++d) {
            if (d % 7 == 6) {
                continue;
            }
            const bool long_ = d >= 7 && d < 14;
            b.time("B", date(d), "07:00", long_ ? "19:30" : "16:00", 60);
        }
        const QList<Flag> flags = runCheck("excessive_hours", b.records(), params());
        QCOMPARE(flags.size(), 1);
        QCOMPARE(flags.first().workers, QStringList{"B"});
        QCOMPARE(flags.first().severity, Severity::High);
        QCOMPARE(flags.first().dates.size(), 6);
        QCOMPARE(flags.first().dates.first(), date(7));
        QVERIFY(flags.first().summary.contains("69.0"));
        // Overtime limit below the total limit: 40 + 12 = 52 binds before 60.
        AuditParams strict = params();
        strict.regularHoursPerWeek = 40;
        const QList<Flag> overtime = runCheck("excessive_hours", b.records(), strict);
        QCOMPARE(overtime.size(), 1); // A works 48 h: within 52
    }

    void noRestDay()
    {
        RecordSetBuilder b;
        b.worker("A", "1990-01-01", "2020-01-01", "Sewing").worker("B", "1990-01-01", "2020-01-01", "Sewing");
        normalWeeks(b, "A");
        for (int d = 2; d < 12; ++d) { // 10 days in a row
            b.time("B", date(d), "08:00", "17:00", 60);
        }
        const QList<Flag> flags = runCheck("no_rest_day", b.records(), params());
        QCOMPARE(flags.size(), 1);
        QCOMPARE(flags.first().workers, QStringList{"B"});
        QCOMPARE(flags.first().dates.size(), 10);
        QCOMPARE(flags.first().severity, Severity::Medium);
    }

    void underageWorker()
    {
        RecordSetBuilder b;
        b.worker("A", "1990-01-01", "2020-01-01", "Sewing");
        b.worker("KID", "2011-01-20", "2025-12-01", "Sewing"); // turns 15 on 2026-01-20
        normalWeeks(b, "A");
        normalWeeks(b, "KID");
        const QList<Flag> flags = runCheck("underage_worker", b.records(), params());
        QCOMPARE(flags.size(), 1);
        QCOMPARE(flags.first().workers, QStringList{"KID"});
        QCOMPARE(flags.first().severity, Severity::Critical);
        QCOMPARE(flags.first().dates.last(), QStringLiteral("2026-01-19"));
        QVERIFY(flags.first().clauses.contains("sa8000:1"));
    }

    void youngWorkerViolation()
    {
        RecordSetBuilder b;
        b.worker("Y1", "2009-06-01", "2025-01-01", "Sewing"); // 16: night shift
        b.worker("Y2", "2009-06-01", "2025-01-01", "Sewing"); // 16: normal day
        b.worker("Y3", "2009-06-01", "2025-01-01", "Sewing"); // 16: 10-hour day
        b.time("Y1", date(1), "21:00", "05:00", 30);
        b.time("Y2", date(1), "08:00", "17:00", 60);
        b.time("Y3", date(2), "07:00", "18:00", 60);
        const QList<Flag> flags = runCheck("young_worker_violation", b.records(), params());
        QCOMPARE(flags.size(), 2);
        QCOMPARE(flags.at(0).workers, QStringList{"Y1"});
        QCOMPARE(flags.at(0).dates, QStringList{date(1)});
        QCOMPARE(flags.at(0).evidence.value("night_days").toInt(), 1);
        QCOMPARE(flags.at(1).workers, QStringList{"Y3"});
        QCOMPARE(flags.at(1).evidence.value("overtime_days").toInt(), 1);
    }

    void birthdateHeaping()
    {
        RecordSetBuilder b;
        for (int i = 0; i < 400; ++i) {
            const QDate birth = QDate(1980, 1, 1).addDays((i * 7919) % (365 * 20));
            const bool heaped = i < 25;
            b.worker(QString("W%1").arg(i), (heaped ? QDate(1995 + i % 5, 1, 1) : birth).toString(Qt::ISODate),
                     "2020-01-01", "Sewing");
        }
        const QList<Flag> flags = runCheck("birthdate_heaping", b.records(), params());
        QCOMPARE(flags.size(), 1);
        QCOMPARE(flags.first().subject, QStringLiteral("01-01"));
        QVERIFY(flags.first().workers.size() >= 25);
        QVERIFY(flags.first().workers.contains("W0") && flags.first().workers.contains("W24"));

        RecordSetBuilder clean;
        for (int i = 0; i < 400; ++i) {
            clean.worker(QString("W%1").arg(i),
                         QDate(1980, 1, 1).addDays((i * 7919) % (365 * 20)).toString(Qt::ISODate), "2020-01-01",
                         "Sewing");
        }
        QVERIFY(runCheck("birthdate_heaping", clean.records(), params()).isEmpty());
    }

    void duplicateIdentity()
    {
        RecordSetBuilder b;
        b.worker("A", "1990-01-01", "2020-01-01", "Sewing", "X-123 456");
        b.worker("B", "1991-01-01", "2020-01-01", "Sewing", "x123456");
        b.worker("C", "1992-01-01", "2020-01-01", "Sewing", "Y999");
        const QList<Flag> flags = runCheck("duplicate_identity", b.records(), params());
        QCOMPARE(flags.size(), 1);
        QCOMPARE(flags.first().workers, (QStringList{"A", "B"}));
        // The ID number is personal data: it never reaches the flag.
        const QByteArray json = QJsonDocument(flags.first().toJson()).toJson();
        QVERIFY(!json.contains("123"));
    }

    void workOutsideEmployment()
    {
        RecordSetBuilder b;
        b.worker("A", "1990-01-01", "2026-01-12", "Sewing");                   // hired on day 7
        b.worker("B", "1990-01-01", "2020-01-01", "Sewing", "", "2026-01-20"); // left on day 15
        b.worker("C", "1990-01-01", "2020-01-01", "Sewing");
        for (int d = 0; d < 21; ++d) {
            for (const char* id : {"A", "B", "C"}) {
                b.time(id, date(d), "08:00", "17:00", 60);
            }
        }
        const QList<Flag> flags = runCheck("work_outside_employment", b.records(), params());
        QCOMPARE(flags.size(), 2);
        QCOMPARE(flags.at(0).workers, QStringList{"A"});
        QCOMPARE(flags.at(0).dates.size(), 7);
        QCOMPARE(flags.at(0).severity, Severity::High);
        QCOMPARE(flags.at(1).workers, QStringList{"B"});
        QCOMPARE(flags.at(1).dates.first(), QStringLiteral("2026-01-21"));
    }

    void unknownWorker()
    {
        RecordSetBuilder b;
        b.worker("A", "1990-01-01", "2020-01-01", "Sewing");
        b.time("A", date(1), "08:00", "17:00", 60);
        b.time("GHOST", date(1), "08:00", "17:00", 60);
        b.pay("GHOST2", date(0), date(6), 40, 0, 800, 0, 0, 0, 800);
        const QList<Flag> flags = runCheck("unknown_worker", b.records(), params());
        QCOMPARE(flags.size(), 1);
        QCOMPARE(flags.first().workers, (QStringList{"GHOST", "GHOST2"}));
        QCOMPARE(flags.first().dates, QStringList{date(1)});
    }

    void periodFilterExcludesRecordsOutside()
    {
        RecordSetBuilder b;
        b.worker("B", "1990-01-01", "2020-01-01", "Sewing");
        for (int d = -20; d < -5; ++d) { // 15 days in a row, all before the period
            b.time("B", date(d), "08:00", "17:00", 60);
        }
        QVERIFY(runCheck("no_rest_day", b.records(), params()).isEmpty());
        AuditParams open = params();
        open.periodStart = QDate();
        QCOMPARE(runCheck("no_rest_day", b.records(), open).size(), 1);
    }
};

FIELDBOOK_TEST_GUILESS_MAIN(TestHoursAndAgeChecks)
#include "TestHoursAndAgeChecks.moc"
