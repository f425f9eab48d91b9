#include "support/TestRegistry.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace fieldbook::test;

namespace {

const QByteArray kStaff = "\xEF\xBB\xBF"
                          "Emp No,Date of Birth,Date of Joining,Dept,Employee Name,ID Card No\r\n"
                          "W1,1990-01-01,2020-01-01,Sewing,Ana Lee,ID-1\r\n"
                          "W2,1991-05-05,2021-01-01,Cutting,Bo Chen,ID-2\r\n"
                          "W3,1992-06-06,2022-03-01,Sewing,Cai Wu,ID-3\r\n";
const QByteArray kClock = "Emp No,Work Date,Clock In,Left At,Pause\n"
                          "W1,2026-01-05,08:00,17:00,60\n"
                          "W2,2026-01-05,08:00,17:00,60\n"
                          "W3,2026-01-05,07:6x,17:00,60\n" // line 4: bad time_in
                          "W1,2026-01-06,08:00,17:00,60\n";

QString write(const QTemporaryDir& dir, const QString& name, const QByteArray& content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(content);
    }
    return path;
}

QString createAudit(const QString& store)
{
    QString out;
    QString err;
    if (runCli({QStringLiteral("--db"), store, QStringLiteral("create-audit"), QStringLiteral("--facility"),
                QStringLiteral("Pearl River Garments"), QStringLiteral("--country"), QStringLiteral("CN"),
                QStringLiteral("--code"), QStringLiteral("sa8000")},
               &out, &err) != 0) {
        return {};
    }
    return out.trimmed();
}

} // namespace

class TestRecordImportCli : public QObject
{
    Q_OBJECT

private slots:
    void helpListsTheNewOptions()
    {
        QString out;
        QString err;
        QCOMPARE(runCli({QStringLiteral("import"), QStringLiteral("--help")}, &out, &err), 0);
        for (const char* option : {"--records", "--file", "--map", "--mapping", "--encoding", "--check", "--preview",
                                   "--rows", "--no-remember", "--quarantine", "--seal-personal"}) {
            QVERIFY2(out.contains(QLatin1String(option)), option);
        }
    }

    void checkPrintsTheMappingAndEveryIssue()
    {
        QTemporaryDir dir;
        const QString staff = write(dir, QStringLiteral("Staff list.csv"), kStaff);
        const QString clock = write(dir, QStringLiteral("clock.csv"), kClock);
        QString out;
        QString err;
        const QStringList files = {QStringLiteral("--file"), QStringLiteral("workers=") + staff,
                                   QStringLiteral("--file"), QStringLiteral("time_records=") + clock};
        // No audit needed to check; time_out has no common name: it is not guessed.
        QCOMPARE(runCli(QStringList{QStringLiteral("import"), QStringLiteral("--check")} + files, &out, &err), 2);
        QVERIFY2(err.contains(QStringLiteral("clock.csv: required column(s) not mapped: time_out")), qPrintable(err));
        QVERIFY2(out.contains(QRegularExpression(QStringLiteral(R"(time_out +\* -- NOT MAPPED \(required\))"))),
                 qPrintable(out));
        QVERIFY(out.contains(QRegularExpression(QStringLiteral(R"(worker_id +\* <- "Emp No" \(similar name\))"))));

        const QStringList mapped =
            files + QStringList{QStringLiteral("--map"), QStringLiteral("time_records:time_out=\"Left At\""),
                                QStringLiteral("--map"), QStringLiteral("time_records:break_minutes=Pause")};
        QCOMPARE(runCli(QStringList{QStringLiteral("import"), QStringLiteral("--check")} + mapped, &out, &err), 2);
        QVERIFY2(out.contains(QRegularExpression(QStringLiteral(R"(time_out +\* <- "Left At" \(chosen\))"))),
                 qPrintable(out));
        QVERIFY2(
            out.contains(QStringLiteral("clock.csv:4: time_in: unparseable time (expected HH:MM or HH:MM:SS) '07:6x'")),
            qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("1 bad row(s)")));
        QVERIFY(err.contains(QStringLiteral("nothing can be imported")));
        // With quarantine the same files would go through.
        QCOMPARE(
            runCli(QStringList{QStringLiteral("import"), QStringLiteral("--check"), QStringLiteral("--quarantine")} +
                       mapped,
                   &out, &err),
            0);

        // The preview shows the rows as read, the bad one marked, personal data masked.
        QCOMPARE(runCli(QStringList{QStringLiteral("import"), QStringLiteral("--preview"), QStringLiteral("--rows"),
                                    QStringLiteral("3")} +
                            mapped,
                        &out, &err),
                 0);
        QVERIFY2(out.contains(QStringLiteral("clock.csv, first 3 row(s) as they will be read:")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("4! W3")), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("***")));
        QVERIFY2(!out.contains(QStringLiteral("Ana Lee")) && !out.contains(QStringLiteral("ID-1")), qPrintable(out));
    }

    void importsWithAMappingFileAndRemembersIt()
    {
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("store.sqlite"));
        const QString audit = createAudit(store);
        QVERIFY(!audit.isEmpty());
        const QString staff = write(dir, QStringLiteral("Staff list.csv"), kStaff);
        const QString clock = write(dir, QStringLiteral("clock.csv"), kClock);
        const QString mapping = write(dir, QStringLiteral("mapping.json"),
                                      R"({"format_version": 1, "mappings": {"time_records": )"
                                      R"({"time_out": "Left At", "break_minutes": "Pause"}}})");
        QString out;
        QString err;
        const QStringList base = {QStringLiteral("--db"),
                                  store,
                                  QStringLiteral("import"),
                                  QStringLiteral("--audit"),
                                  audit,
                                  QStringLiteral("--file"),
                                  QStringLiteral("workers=") + staff,
                                  QStringLiteral("--file"),
                                  QStringLiteral("time_records=") + clock};
        // All or nothing: refused, with the place of the bad row.
        QCOMPARE(runCli(base + QStringList{QStringLiteral("--mapping"), mapping}, &out, &err), 2);
        QVERIFY2(err.contains(QStringLiteral("clock.csv:4: time_in")), qPrintable(err));
        QCOMPARE(runCli(base + QStringList{QStringLiteral("--mapping"), mapping, QStringLiteral("--quarantine")}, &out,
                        &err),
                 0);
        QVERIFY2(out.contains(QStringLiteral("workers: 3")) && out.contains(QStringLiteral("time_records: 3")),
                 qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("quarantined: 1")));
        QVERIFY2(out.contains(QStringLiteral("column mapping saved for the facility: time_records, workers")),
                 qPrintable(out));
        // What was guessed is said, so nothing is taken silently.
        QVERIFY(out.contains(QStringLiteral("Staff list.csv: birth_date <- \"Date of Birth\" (similar name)")));

        // The next import of the facility's files maps by itself.
        QCOMPARE(runCli(base + QStringList{QStringLiteral("--quarantine")}, &out, &err), 0);
        QVERIFY2(out.contains(QStringLiteral("clock.csv: time_out <- \"Left At\" (saved for this facility)")),
                 qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("replaced")));

        // --no-remember leaves a new store's facility without a mapping.
        const QString fresh = dir.filePath(QStringLiteral("fresh.sqlite"));
        const QString other = createAudit(fresh);
        QStringList freshBase = base;
        freshBase[1] = fresh;
        freshBase[4] = other;
        QCOMPARE(runCli(freshBase + QStringList{QStringLiteral("--mapping"), mapping, QStringLiteral("--quarantine"),
                                                QStringLiteral("--no-remember")},
                        &out, &err),
                 0);
        QVERIFY(!out.contains(QStringLiteral("column mapping saved")));
        QCOMPARE(runCli(freshBase + QStringList{QStringLiteral("--quarantine")}, &out, &err), 2);
        QVERIFY2(err.contains(QStringLiteral("required column(s) not mapped: time_out")), qPrintable(err));
    }

    void refusesANonUtf8FileUnlessToldItsEncoding()
    {
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("store.sqlite"));
        const QString audit = createAudit(store);
        const QString records = dir.filePath(QStringLiteral("records"));
        QVERIFY(QDir().mkpath(records));
        QFile file(QDir(records).filePath(QStringLiteral("workers.csv")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("worker_id,birth_date,hire_date,department\nW1,1990-01-01,2020-01-01,Sewing\n"
                   "W2,1991-01-01,2021-01-01,Confecci\xF3n\n");
        file.close();
        QString out;
        QString err;
        const QStringList base = {
            QStringLiteral("--db"),      store,  QStringLiteral("import"), QStringLiteral("--audit"), audit,
            QStringLiteral("--records"), records};
        QCOMPARE(runCli(base, &out, &err), 2);
        QVERIFY2(err.contains(QStringLiteral("workers.csv:3: not valid UTF-8 (byte 0xF3)")), qPrintable(err));
        QCOMPARE(runCli(base + QStringList{QStringLiteral("--encoding"), QStringLiteral("workers.csv=windows-1252")},
                        &out, &err),
                 0);
        QVERIFY2(out.contains(QStringLiteral("workers: 2")), qPrintable(out));
    }

    void usageErrorsNameTheProblem()
    {
        QTemporaryDir dir;
        const QString clock = write(dir, QStringLiteral("clock.csv"), kClock);
        QString out;
        QString err;
        QCOMPARE(runCli({QStringLiteral("import"), QStringLiteral("--file"), clock}, &out, &err), 1); // no --audit
        QCOMPARE(runCli({QStringLiteral("import"), QStringLiteral("--check"), QStringLiteral("--file"),
                         QStringLiteral("time_records=") + clock, QStringLiteral("--map"), QStringLiteral("time_out")},
                        &out, &err),
                 1);
        QVERIFY(err.contains(QStringLiteral("KIND:COLUMN=HEADER")));
        QCOMPARE(runCli({QStringLiteral("import"), QStringLiteral("--check"), QStringLiteral("--file"),
                         QStringLiteral("time_records=") + clock, QStringLiteral("--map"),
                         QStringLiteral("time_records:shift=Pause")},
                        &out, &err),
                 1);
        QVERIFY2(err.contains(QStringLiteral("time_records has no column 'shift'")), qPrintable(err));
        QCOMPARE(runCli({QStringLiteral("import"), QStringLiteral("--check"), QStringLiteral("--file"),
                         dir.filePath(QStringLiteral("missing.csv"))},
                        &out, &err),
                 1);
        QVERIFY(err.contains(QStringLiteral("no such file")));
    }
};

FIELDBOOK_TEST_GUILESS_MAIN(TestRecordImportCli)
#include "TestRecordImportCli.moc"
