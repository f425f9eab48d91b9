// Falsification as factories really do it (issue 15): not beyond a fixed threshold, but at the
// limit the factory believes is checked, or relative to the factory's own normal. Each case is
// built on honest-looking noise, and the honest part must stay silent.
#include "support/CheckTesting.h"
#include "support/RecordSetBuilder.h"
#include "support/TestRegistry.h"

#include <QDate>
#include <QTest>
#include <cmath>

using namespace fieldbook;
using namespace fieldbook::test;

namespace {

QString date(int offset)
{
    return QDate(2026, 1, 5).addDays(offset).toString(Qt::ISODate); // a Monday
}

QString clock(int minutes)
{
    return QStringLiteral("%1:%2")
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

// A small deterministic generator: the tests must not depend on the platform's random engine.
struct Draw
{
    quint32 state;
    int below(int n)
    {
        state = state * 1664525u + 1013904223u;
        return int((state >> 8) % quint32(n));
    }
    double uniform(double from, double to)
    {
        return from + (to - from) * below(1 << 20) / double(1 << 20);
    }
};

} // namespace

class TestSubtleFalsification : public QObject
{
    Q_OBJECT

private slots:
    // Records kept at the code's 60 hours while the law's cap is lower (48 + 1 = 49 h here): the
    // factory holds its cards where it believes the auditor looks. Honest workers' weeks vary.
    void hoursHeldAtAnotherLimitAreFound()
    {
        RecordSetBuilder b;
        Draw draw{11};
        auto next = [&draw](int n) {
            return draw.below(n);
        };
        for (int w = 0; w < 40; ++w) {
            const QString id = QStringLiteral("H%1").arg(w, 2, 10, QLatin1Char('0'));
            b.worker(id, "1990-01-01", "2020-01-01", "Sewing");
            for (int d = 0; d < 56; ++d) {
                if (d % 7 == 6) {
                    continue;
                }
                if (w < 3) {
                    // 6 days x 10 h = 60.0 h every week, to the minute.
                    b.time(id, date(d), "07:00", "18:00", 60);
                } else {
                    const int in = 7 * 60 + 45 + next(15);
                    b.time(id, date(d), clock(in), clock(in + 9 * 60 + next(40)), 60);
                }
            }
        }
        AuditParams params = cleanFactoryParams(56);
        params.maxOvertimeHoursPerWeek = 1; // the computed cap: 49 h
        const QList<Flag> flags = runCheck("hours_cap_pattern", b.records(), params);
        QCOMPARE(flags.size(), 1);
        QCOMPARE(flags.first().workers, (QStringList{"H00", "H01", "H02"}));
        QCOMPARE(flags.first().evidence.value("held_at_hours").toDouble(), 60.0);
        QCOMPARE(flags.first().severity, Severity::High);
    }

    // A line at about 90 % of standard against its own 55 %, with the same hours recorded: hidden
    // hours, well below the absolute 115 % bound. A line whose efficiency wanders between 45 and 75 %
    // and one ramping up from 40 % stay silent.
    void efficiencyFarAboveItsOwnNormalIsFound()
    {
        RecordSetBuilder b;
        Draw draw{5};
        const QStringList lines = {"Line 1", "Line 2", "Line 3"};
        for (const QString& line : lines) {
            for (int w = 0; w < 20; ++w) {
                const QString id = QStringLiteral("%1-%2").arg(line.right(1)).arg(w, 2, 10, QLatin1Char('0'));
                b.worker(id, "1990-01-01", "2020-01-01", line);
                for (int d = 0; d < 56; ++d) {
                    if (d % 7 != 6) {
                        const int in = 7 * 60 + 50 + draw.below(10);
                        b.time(id, date(d), clock(in), clock(in + 9 * 60 + draw.below(10)), 60);
                    }
                }
            }
        }
        constexpr double kSam = 12.0; // standard minutes per unit
        for (int d = 0; d < 56; ++d) {
            if (d % 7 == 6) {
                continue;
            }
            const double hours = 20 * 8.0; // about what the cards show
            // Line 1: 55 % +- 3 %, then 90 % for two weeks (days 21-34).
            const double e1 = (d >= 21 && d <= 34) ? draw.uniform(0.86, 0.94) : draw.uniform(0.52, 0.58);
            // Line 2: wanders between 45 and 75 %.
            const double e2 = draw.uniform(0.45, 0.75);
            // Line 3: ramps up from 40 % to 65 % over three weeks, then stays.
            const double e3 = std::min(0.65, 0.40 + 0.25 * d / 21.0) + draw.uniform(-0.02, 0.02);
            b.production(date(d), "Line 1", std::floor(hours * 60 * e1 / kSam), kSam);
            b.production(date(d), "Line 2", std::floor(hours * 60 * e2 / kSam), kSam);
            b.production(date(d), "Line 3", std::floor(hours * 60 * e3 / kSam), kSam);
        }
        const QList<Flag> flags = runCheck("production_hours_mismatch", b.records(), cleanFactoryParams(56));
        QCOMPARE(flags.size(), 1);
        const Flag& flag = flags.first();
        QCOMPARE(flag.subject, QStringLiteral("department-baseline:line 1"));
        QVERIFY(flag.evidence.value("baseline_efficiency").toDouble() < 0.6);
        QVERIFY(flag.evidence.value("window_efficiency").toDouble() > 0.85);
        QVERIFY2(flag.dates.size() >= 10, qPrintable(flag.dates.join(' ')));
        for (const QString& day : flag.dates) {
            QVERIFY2(day >= date(21) && day <= date(34), qPrintable(day));
        }
    }

    // 12 of a 24-person line punching in at the same minute, in a department of 192: a sixteenth
    // of the department, found once the time records name the line.
    void oneHandOnOneLineOfABigDepartmentIsFound()
    {
        for (const bool linesNamed : {true, false}) {
            RecordSetBuilder b;
            Draw draw{23};
            for (int w = 0; w < 192; ++w) {
                const QString id = QStringLiteral("S%1").arg(w, 3, 10, QLatin1Char('0'));
                const QString line = QStringLiteral("Sewing L%1").arg(w / 24 + 1);
                b.worker(id, "1990-01-01", "2020-01-01", "Sewing");
                for (int d = 0; d < 28; ++d) {
                    if (d % 7 == 6) {
                        continue;
                    }
                    const bool filled = d == 10 && w >= 48 && w < 60; // line 3, half of it
                    const int in = filled ? 7 * 60 + 58 : 7 * 60 + 45 + draw.below(15);
                    b.time(id, date(d), clock(in), clock(17 * 60 + 2 + draw.below(12)), 60);
                    if (linesNamed) {
                        b.records().timeRecords.back().department = line;
                    }
                }
            }
            const QList<Flag> flags = runCheck("identical_punches", b.records(), cleanFactoryParams(28));
            if (!linesNamed) {
                // The limit, stated: without the line, a sixteenth of the department is not a heap.
                QVERIFY(flags.isEmpty());
                continue;
            }
            QCOMPARE(flags.size(), 1);
            QCOMPARE(flags.first().evidence.value("department").toString(), QStringLiteral("Sewing L3"));
            QCOMPARE(flags.first().dates, QStringList{date(10)});
            for (int w = 48; w < 60; ++w) { // an honest 07:58 of the same line may join them
                QVERIFY(flags.first().workers.contains(QStringLiteral("S%1").arg(w, 3, 10, QLatin1Char('0'))));
            }
            QVERIFY(flags.first().workers.size() <= 14);
        }
    }

    // Bonuses of one department invented for one month, three times its usual. A New Year bonus
    // paid to everyone in January, and a department that always earns more, stay silent.
    void bonusesInventedForOneMonthAreFound()
    {
        RecordSetBuilder b;
        Draw draw{31};
        const QStringList departments = {"Cutting", "Sewing", "Packing", "Quality"};
        const QStringList starts = {"2026-01-05", "2026-02-02", "2026-03-02", "2026-03-30"};
        const QStringList ends = {"2026-02-01", "2026-03-01", "2026-03-29", "2026-04-26"};
        for (int d = 0; d < departments.size(); ++d) {
            for (int w = 0; w < 20; ++w) {
                const QString id = QStringLiteral("%1%2").arg(departments[d].left(1)).arg(w, 2, 10, QLatin1Char('0'));
                b.worker(id, "1990-01-01", "2020-01-01", departments[d]);
                for (int p = 0; p < starts.size(); ++p) {
                    double bonus = std::exp(draw.uniform(4.6, 5.6)); // 100 to 270, log-uniform
                    if (departments[d] == "Quality") {
                        bonus *= 1.8; // always more: skill allowance
                    }
                    if (p == 1) {
                        bonus += 300; // a factory-wide bonus that month
                    }
                    if (departments[d] == "Packing" && p == 2) {
                        bonus = std::round(bonus * 3); // invented
                    }
                    b.pay(id, starts[p], ends[p], 160, 0, 4000, 0, bonus, 400, 3600 + bonus);
                }
            }
        }
        const QList<Flag> flags = runCheck("bonus_outlier", b.records(), cleanFactoryParams(112));
        QCOMPARE(flags.size(), 1);
        QCOMPARE(flags.first().evidence.value("department").toString(), QStringLiteral("Packing"));
        QCOMPARE(flags.first().evidence.value("period_start").toString(), QStringLiteral("2026-03-02"));
        QCOMPARE(flags.first().workers.size(), 20);
        QCOMPARE(flags.first().dates.first(), QStringLiteral("2026-03-02"));
        QCOMPARE(flags.first().dates.last(), QStringLiteral("2026-03-29"));
    }
};

FIELDBOOK_TEST_GUILESS_MAIN(TestSubtleFalsification)
#include "TestSubtleFalsification.moc"
