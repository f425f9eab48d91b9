// What real factory exports carry and a compliant factory does every week (issue 15): forgotten
// punches, department/source/note columns, paid leave and public holidays in payroll, rehires
// under a new number, a bell that moves for a day. None of it is a medium-or-worse flag; what
// is falsification still is.
#include "app/records/RecordDirectoryReader.h"
#include "app/records/RecordStore.h"
#include "database/AuditRepository.h"
#include "database/Database.h"
#include "support/CheckTesting.h"
#include "support/RecordSetBuilder.h"
#include "support/TestRegistry.h"
#include "support/TestSupport.h"

#include <QDate>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace fieldbook;
using namespace fieldbook::test;

namespace {

QString date(int offset)
{
    return QDate(2026, 1, 5).addDays(offset).toString(Qt::ISODate); // a Monday
}

void writeFile(const QString& path, const QByteArray& text)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(text), text.size());
}

// Two workers, two weeks of Monday-to-Saturday 08:00-17:00 with an hour's break, as a real export
// writes them: department, source and note columns; W2 forgot to clock out on the third day and
// to clock in on the ninth; a supervisor entered one of W1's days by hand. Payroll pays every
// working day 8 h, so the two days with a missing punch are paid without recorded hours.
QByteArray timeRecordsCsv()
{
    QByteArray csv = "worker_id,date,time_in,time_out,break_minutes,department,source,note\n";
    for (int d = 0; d < 13; ++d) {
        if (d % 7 == 6) {
            continue;
        }
        const QByteArray day = date(d).toUtf8();
        if (d == 4) {
            csv += "W1," + day + ",08:00,17:00,60,Sewing,manual,Chen Wei forgot his card\n";
        } else {
            csv += "W1," + day + ",07:5" + QByteArray::number(d % 10 == 0 ? 1 : d % 10) + ",17:0" +
                   QByteArray::number(d % 7) + ",60,Sewing,clock,\n";
        }
        if (d == 2) {
            csv += "W2," + day + ",07:56,,60,Cutting,clock,\n";
        } else if (d == 8) {
            csv += "W2," + day + ",,17:03,60,Cutting,clock,\n";
        } else {
            csv += "W2," + day + ",07:5" + QByteArray::number((d + 3) % 10) + ",17:0" + QByteArray::number(d % 5) +
                   ",60,Cutting,clock,\n";
        }
    }
    return csv;
}

struct ExportFolder
{
    QTemporaryDir dir;
    QString records;

    ExportFolder()
    {
        records = dir.filePath("records");
        QDir().mkpath(records);
        writeFile(records + "/workers.csv", "worker_id,birth_date,hire_date,department\n"
                                            "W1,1990-04-02,2021-03-01,Sewing\n"
                                            "W2,1988-11-12,2019-08-15,Cutting\n");
        writeFile(records + "/time_records.csv", timeRecordsCsv());
        // 12 working days x 8 h, in one fortnightly period.
        writeFile(records + "/payroll.csv",
                  "worker_id,period_start,period_end,regular_hours,overtime_hours,regular_pay,overtime_pay,bonus,"
                  "deductions,net_pay,leave_hours,holiday_hours\n"
                  "W1,2026-01-05,2026-01-18,96,0,2400,0,0,0,2400,0,0\n"
                  "W2,2026-01-05,2026-01-18,96,0,2400,0,0,0,2400,0,0\n");
        writeFile(dir.filePath("params.json"), R"({"format_version": 1, "code": "sa8000", "country": "CN",
            "period_start": "2026-01-05", "period_end": "2026-01-18", "minimum_wage_hourly": 20,
            "regular_hours_per_day": 8, "regular_hours_per_week": 40, "max_overtime_hours_per_week": 12,
            "max_total_hours_per_week": 60, "overtime_premium": 1.5, "max_consecutive_days": 6})");
    }
};

QJsonObject flagOf(const QJsonArray& flags, const QString& check)
{
    for (const QJsonValue& f : flags) {
        if (f.toObject().value("check").toString() == check) {
            return f.toObject();
        }
    }
    return {};
}

// Four weeks of Monday-to-Saturday 8 h days for each id.
RecordSetBuilder weeks(const QStringList& ids, int days = 28)
{
    RecordSetBuilder b;
    for (const QString& id : ids) {
        b.worker(id, "1990-01-01", "2020-01-01", "Sewing");
        for (int d = 0; d < days; ++d) {
            if (d % 7 != 6) {
                b.time(id, date(d), "08:00", "17:00", 60);
            }
        }
    }
    return b;
}

// A department of `size` whose clock queue spreads the punches over several minutes around the
// bell, every day for four weeks; Saturdays end at noon (the bell moves), other days at 17:00.
RecordSetBuilder queueAtTheClock(int size, quint32 seed)
{
    RecordSetBuilder b;
    quint32 state = seed;
    auto next = [&state](int n) {
        state = state * 1664525u + 1013904223u;
        return int((state >> 8) % quint32(n));
    };
    for (int w = 0; w < size; ++w) {
        const QString id = QStringLiteral("S%1").arg(w, 3, 10, QLatin1Char('0'));
        b.worker(id, "1990-01-01", "2020-01-01", "Sewing");
        for (int d = 0; d < 28; ++d) {
            if (d % 7 == 6) {
                continue;
            }
            const int in = 7 * 60 + 50 + next(11);                          // 07:50-08:00
            const int out = (d % 7 == 5 ? 12 * 60 : 17 * 60) + 1 + next(3); // a tight queue after the bell
            b.time(
                id, date(d),
                QStringLiteral("%1:%2").arg(in / 60, 2, 10, QLatin1Char('0')).arg(in % 60, 2, 10, QLatin1Char('0')),
                QStringLiteral("%1:%2").arg(out / 60, 2, 10, QLatin1Char('0')).arg(out % 60, 2, 10, QLatin1Char('0')),
                d % 7 == 5 ? 0 : 60);
        }
    }
    return b;
}

} // namespace

class TestRealExports : public QObject
{
    Q_OBJECT

private slots:
    // formats.md: a row with time_in or time_out empty is kept and reported, counts no hours, and
    // never makes the file or the analysis fail.
    void forgottenPunchesAreReportedNotFatal()
    {
        ExportFolder f;
        QString out;
        QString err;
        const int code =
            runCli({"analyze", "--records", f.records, "--params", f.dir.filePath("params.json"), "--format", "json"},
                   &out, &err);
        QVERIFY2(code == 0, qPrintable(err));
        const QJsonObject json = QJsonDocument::fromJson(out.toUtf8()).object();
        const QJsonArray flags = json.value("flags").toArray();
        const QJsonObject missing = flagOf(flags, "missing_punches");
        QVERIFY2(!missing.isEmpty(), qPrintable(out));
        QCOMPARE(missing.value("severity").toString(), QString("low")); // 2 of 24 rows: more than 5 %
        QCOMPARE(missing.value("workers").toArray(), QJsonArray{"W2"});
        QCOMPARE(missing.value("dates").toArray(), (QJsonArray{date(2), date(8)}));
        const QJsonObject evidence = missing.value("evidence").toObject();
        QCOMPARE(evidence.value("missing_time_in").toInt(), 1);
        QCOMPARE(evidence.value("missing_time_out").toInt(), 1);
        // Paid for the days it was present: not a second set of books, and nothing medium or worse.
        QVERIFY(flagOf(flags, "payroll_hours_mismatch").isEmpty());
        for (const QJsonValue& flag : flags) {
            const QString severity = flag.toObject().value("severity").toString();
            QVERIFY2(severity == "info" || severity == "low", qPrintable(flag.toObject().value("summary").toString()));
        }
    }

    // The import keeps the missing punch as NULL, the department and the source; the note is free
    // text that may name people, and is nowhere in the store file.
    void storeKeepsPunchesWithoutTheirNotes()
    {
        ExportFolder f;
        const QString path = f.dir.filePath("store.fieldbook");
        {
            Result<Database> opened = Database::open(path);
            QVERIFY2(opened.ok(), qPrintable(opened.error()));
            Database db = opened.take();
            Facility facility;
            facility.name = QStringLiteral("Real Exports Ltd");
            facility.country = QStringLiteral("CN");
            Audit audit;
            audit.codes = {QStringLiteral("sa8000")};
            Result<Audit> created = AuditRepository(db).createAudit(facility, audit);
            QVERIFY(created.ok());
            Result<RecordImportOutcome> imported = RecordStore(db).importDirectory(created->id, f.records);
            QVERIFY2(imported.ok(), qPrintable(imported.error()));
            QCOMPARE(db.scalar("SELECT count(*) FROM import_quarantine")->toInt(), 0);
            QCOMPARE(db.scalar("SELECT count(*) FROM time_records")->toInt(), 24);
            QCOMPARE(db.scalar("SELECT count(*) FROM time_records WHERE time_out IS NULL")->toInt(), 1);
            QCOMPARE(db.scalar("SELECT count(*) FROM time_records WHERE time_in IS NULL")->toInt(), 1);
            QCOMPARE(db.scalar("SELECT count(*) FROM time_records WHERE source = 'manual'")->toInt(), 1);
            QCOMPARE(db.scalar("SELECT count(*) FROM time_records WHERE department = 'Cutting'")->toInt(), 12);
            QCOMPARE(db.scalar("SELECT count(*) FROM payroll WHERE leave_hours = 0 AND holiday_hours = 0")->toInt(), 2);

            Result<RecordSet> loaded = RecordStore::loadRecordSet(db, created->id, nullptr);
            QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
            int missingIn = 0;
            int missingOut = 0;
            int manual = 0;
            for (const TimeRecord& r : loaded->timeRecords) {
                missingIn += (r.missing & TimeRecord::MissingIn) ? 1 : 0;
                missingOut += (r.missing & TimeRecord::MissingOut) ? 1 : 0;
                manual += r.manual ? 1 : 0;
                QVERIFY(r.department == "Sewing" || r.department == "Cutting");
            }
            QCOMPARE(missingIn, 1);
            QCOMPARE(missingOut, 1);
            QCOMPARE(manual, 1);
            QVERIFY(db.exec("PRAGMA wal_checkpoint(TRUNCATE)").ok());
        }
        const QDir folder(f.dir.path());
        for (const QString& name : folder.entryList({"store.fieldbook*"}, QDir::Files)) {
            QFile file(folder.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains("Chen Wei"), qPrintable(name));
        }
    }

    void paidLeaveAndHolidaysAreNotUnrecordedWork()
    {
        // 24 worked days = 192 h recorded; payroll pays 208: 8 h sick leave and 8 h New Year.
        RecordSetBuilder b = weeks({"A", "B", "C"});
        b.pay("A", date(0), date(27), 208, 0, 208 * 25, 0, 0, 0, 208 * 25);
        b.records().payroll.back().leaveHours = 8;
        b.records().payroll.back().hasLeaveHours = true;
        b.records().payroll.back().holidayHours = 8;
        b.records().payroll.back().hasHolidayHours = true;
        // The same 16 h without the columns: hours paid that the records do not show.
        b.pay("B", date(0), date(27), 208, 0, 208 * 25, 0, 0, 0, 208 * 25);
        // Leave that does not cover the difference still leaves 16 h unexplained.
        b.pay("C", date(0), date(27), 224, 0, 224 * 25, 0, 0, 0, 224 * 25);
        b.records().payroll.back().leaveHours = 16;
        b.records().payroll.back().hasLeaveHours = true;
        AuditParams params = cleanFactoryParams(28);
        const QList<Flag> flags = runCheck("payroll_hours_mismatch", b.records(), params);
        QStringList flagged;
        for (const Flag& flag : flags) {
            flagged += flag.workers;
        }
        QCOMPARE(flagged, (QStringList{"B", "C"}));
    }

    // Without a holiday_hours column, the params' public holidays on which the worker has no time
    // record explain a day's regular hours each; a holiday worked explains nothing.
    void holidaysOfTheParamsExplainPaidDays()
    {
        RecordSetBuilder b;
        b.worker("A", "1990-01-01", "2020-01-01", "Sewing");
        b.worker("B", "1990-01-01", "2020-01-01", "Sewing");
        for (int d = 0; d < 28; ++d) {
            if (d % 7 != 6 && d != 9) { // day 9 (a Wednesday) is a public holiday: A stays home
                b.time("A", date(d), "08:00", "17:00", 60);
            }
            if (d % 7 != 6) {
                b.time("B", date(d), "08:00", "17:00", 60); // B works the holiday
            }
        }
        b.pay("A", date(0), date(27), 192, 0, 192 * 25, 0, 0, 0, 192 * 25); // 23 days worked + the holiday
        b.pay("B", date(0), date(27), 200, 0, 200 * 25, 0, 0, 0, 200 * 25); // 24 days worked, 8 h more paid
        AuditParams params = cleanFactoryParams(28);
        params.holidays = {QDate::fromString(date(9), Qt::ISODate)};
        const QList<Flag> flags = runCheck("payroll_hours_mismatch", b.records(), params);
        QCOMPARE(flags.size(), 1);
        QCOMPARE(flags.first().workers, QStringList{"B"});
    }

    void rehireUnderANewNumberIsNotADuplicateIdentity()
    {
        RecordSetBuilder b;
        b.worker("W100", "1995-03-03", "2021-01-04", "Sewing", "440101199503030011", "2025-06-30");
        b.worker("W907", "1995-03-03", "2025-09-01", "Sewing", "440101199503030011");
        b.worker("W200", "1991-07-07", "2022-02-01", "Cutting", "440101199107070022");
        b.worker("W201", "1993-01-09", "2023-05-01", "Cutting", "440101199107070022"); // two people, one ID
        b.worker("W300", "1992-02-02", "2020-01-01", "Ironing", "440101199202020033", "2026-01-31");
        b.worker("W301", "1992-02-02", "2025-12-01", "Ironing", "440101199202020033"); // overlapping employment
        const QList<Flag> flags = runCheck("duplicate_identity", b.records(), cleanFactoryParams(28));
        QCOMPARE(flags.size(), 3);
        int high = 0;
        for (const Flag& flag : flags) {
            if (flag.workers.contains("W100")) {
                QCOMPARE(flag.severity, Severity::Info);
                QCOMPARE(flag.workers, (QStringList{"W100", "W907"}));
                QVERIFY(flag.evidence.value("rehire").toBool());
            } else {
                QCOMPARE(flag.severity, Severity::High);
                ++high;
            }
        }
        QCOMPARE(high, 2);
    }

    // A half-day Saturday moves the bell to noon: the queue at the clock keeps its spread, so the
    // heap at 12:01-12:09 is the bell, not one hand. One hand filling 30 of 40 cards at 07:58 on
    // one day is still found.
    void aBellThatMovesIsNotOneHand()
    {
        for (quint32 seed : {1u, 2u, 3u}) {
            RecordSetBuilder b = queueAtTheClock(40, seed);
            QVERIFY2(runCheck("identical_punches", b.records(), cleanFactoryParams(28)).isEmpty(),
                     qPrintable(QString::number(seed)));
        }
        RecordSetBuilder b = queueAtTheClock(40, 4);
        int filled = 0;
        for (TimeRecord& r : b.records().timeRecords) {
            if (r.date == RecordSetBuilder::day(date(10)) && filled < 30) {
                r.timeIn = 7 * 3600 + 58 * 60;
                ++filled;
            }
        }
        const QList<Flag> flags = runCheck("identical_punches", b.records(), cleanFactoryParams(28));
        QCOMPARE(flags.size(), 1);
        QCOMPARE(flags.first().dates, QStringList{date(10)});
        QVERIFY(flags.first().workers.size() >= 30);
    }

    // A day the worker came in but forgot a punch is a worked day for the rest-day rule.
    void aForgottenPunchDayIsAWorkedDay()
    {
        RecordSetBuilder b;
        b.worker("A", "1990-01-01", "2020-01-01", "Sewing");
        for (int d = 0; d < 9; ++d) {
            b.time("A", date(d), "08:00", "17:00", 60);
        }
        b.records().timeRecords[6].missing = TimeRecord::MissingOut; // the Sunday
        const QList<Flag> flags = runCheck("no_rest_day", b.records(), cleanFactoryParams(28));
        QCOMPARE(flags.size(), 1);
        QVERIFY(flags.first().summary.contains("9 days"));
        // And it counts no hours: 8 worked days of 8 h.
        const AnalysisInput input(b.records(), cleanFactoryParams(28));
        int seconds = 0;
        for (const WorkDay& day : input.days(0)) {
            seconds += day.workedSeconds;
        }
        QCOMPARE(seconds, 8 * 8 * 3600);
        QCOMPARE(input.missingPunchDays(0).size(), size_t(1));
    }

    // A dormitory inside the gate: residents pass the gate going to town in the evening and coming
    // back at night, never on the way to work. Their gate log says nothing of their hours; it must
    // not read as days on site beyond the cards. A day worker staying three hours past the card on
    // five days is still found.
    void aDormitoryInsideTheGateIsNotHiddenWork()
    {
        RecordSetBuilder b;
        auto at = [](int d, const QString& hhmm) -> QString {
            return date(d) + " " + hhmm;
        };
        for (int w = 0; w < 40; ++w) {
            const QString id = QStringLiteral("D%1").arg(w, 2, 10, QLatin1Char('0'));
            b.worker(id, "1990-01-01", "2020-01-01", "Sewing");
            const bool resident = w < 12;
            const bool hidden = w == 20;
            for (int d = 0; d < 28; ++d) {
                const bool workday = d % 7 != 6;
                const int m = (w * 7 + d * 3) % 9;
                if (workday) {
                    b.time(id, date(d), QStringLiteral("07:5%1").arg(m), QStringLiteral("17:0%1").arg(m), 60);
                }
                if (resident) {
                    if (d % 2 == 0) { // out to town most evenings, back before the night
                        b.gate(id, at(d, QStringLiteral("18:3%1").arg(m)), false);
                        b.gate(id, at(d, QStringLiteral("21:4%1").arg(m)), true);
                    }
                    continue;
                }
                if (workday) {
                    b.gate(id, at(d, QStringLiteral("07:4%1").arg(m)), true);
                    const bool late = hidden && d >= 7 && d < 12;
                    b.gate(id, at(d, late ? QStringLiteral("20:1%1").arg(m) : QStringLiteral("17:1%1").arg(m)), false);
                }
            }
        }
        const QList<Flag> flags = runCheck("gate_time_mismatch", b.records(), cleanFactoryParams(28));
        QStringList loud;
        const Flag* residents = nullptr;
        for (const Flag& f : flags) {
            if (f.severity >= Severity::Medium) {
                loud += f.workers;
            } else if (f.subject == "residents") {
                residents = &f;
            }
        }
        QCOMPARE(loud, QStringList{"D20"});
        QVERIFY(residents);
        QCOMPARE(residents->severity, Severity::Info);
        QCOMPARE(residents->workers.size(), 12);
        QVERIFY(residents->workers.contains("D00") && residents->workers.contains("D11"));
    }

    // A night shift the export split at midnight (22:0x-23:59 on one date, 00:00-06:0x on the
    // next) is one shift: no heap of 00:00 punches, no seven-day runs, one day's hours.
    void aNightShiftSplitAtMidnightIsOneShift()
    {
        RecordSetBuilder b;
        for (int w = 0; w < 24; ++w) {
            const QString id = QStringLiteral("N%1").arg(w, 2, 10, QLatin1Char('0'));
            b.worker(id, "1990-01-01", "2020-01-01", "Night crew");
            for (int d = 0; d < 27; ++d) {
                if (d % 7 == 5) {
                    continue; // Saturday night off: Sunday morning has no segment either
                }
                const int m = (w * 3 + d * 7) % 10;
                b.time(id, date(d), QStringLiteral("21:5%1").arg(m), "23:59", 30);
                b.time(id, date(d + 1), "00:00", QStringLiteral("06:0%1").arg(m));
            }
        }
        const AuditParams params = cleanFactoryParams(28);
        for (const char* check : {"identical_punches", "no_rest_day", "excessive_hours", "round_times"}) {
            const QList<Flag> flags = runCheck(check, b.records(), params);
            QVERIFY2(flags.isEmpty(), qPrintable(QString::fromLatin1(check) + ": " + flags.value(0).summary));
        }
        const AnalysisInput input(b.records(), params);
        const std::vector<WorkDay>& days = input.days(0);
        QCOMPARE(days.size(), size_t(23)); // 27 nights less the 4 Saturdays
        QCOMPARE(days.front().date, RecordSetBuilder::day(date(0)));
        QCOMPARE(days.front().segments, 2);
        QVERIFY(days.front().workedSeconds > 7 * 3600 && days.front().workedSeconds < 8 * 3600);
        QVERIFY(days.front().nightSeconds >= 7 * 3600);
    }

    // Tombstones are per audit: another audit's package naming a uuid does not swallow this
    // audit's own deletion of that row (migration 0007).
    void tombstonesAreKeptPerAudit()
    {
        QTemporaryDir dir;
        Result<Database> opened = Database::open(dir.filePath("store.fieldbook"));
        QVERIFY(opened.ok());
        Database db = opened.take();
        const QString insert = QStringLiteral("INSERT OR IGNORE INTO deleted_rows (audit_uuid, entity, entity_uuid, "
                                              "deleted_at) VALUES ('%1', 'findings', 'f-1', '2026-12-07T00:00:00Z')");
        QVERIFY(db.exec(insert.arg("audit-B")).ok());
        QVERIFY(db.exec(insert.arg("audit-A")).ok());
        QVERIFY(db.exec(insert.arg("audit-A")).ok()); // once per audit
        QCOMPARE(db.scalar("SELECT count(*) FROM deleted_rows")->toInt(), 2);
        QCOMPARE(db.scalar("SELECT count(*) FROM deleted_rows WHERE audit_uuid = 'audit-A'")->toInt(), 1);
    }
};

FIELDBOOK_TEST_GUILESS_MAIN(TestRealExports)
#include "TestRealExports.moc"
