#include "database/Database.h"
#include "support/TestRegistry.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace fieldbook;
using namespace fieldbook::test;

class TestRecordCli : public QObject
{
    Q_OBJECT

private slots:
    void generateIsDeterministic()
    {
        QTemporaryDir dir;
        const QString a = dir.filePath(QStringLiteral("a"));
        const QString b = dir.filePath(QStringLiteral("b"));
        QString out;
        QString err;
        for (const QString& target : {a, b}) {
            QCOMPARE(runCli({QStringLiteral("generate"), QStringLiteral("--out"), target, QStringLiteral("--workers"),
                             QStringLiteral("50"), QStringLiteral("--days"), QStringLiteral("21"),
                             QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--attlog")},
                            &out, &err),
                     0);
        }
        for (const char* name :
             {"workers.csv", "time_records.csv", "payroll.csv", "gate_log.csv", "factory_attlog.dat", "params.json"}) {
            QFile fa(QDir(a).filePath(QString::fromLatin1(name)));
            QFile fb(QDir(b).filePath(QString::fromLatin1(name)));
            QVERIFY2(fa.open(QIODevice::ReadOnly) && fb.open(QIODevice::ReadOnly), name);
            QCOMPARE(fa.readAll(), fb.readAll());
        }
        QCOMPARE(runCli({QStringLiteral("generate"), QStringLiteral("--out"), a, QStringLiteral("--workers"),
                         QStringLiteral("many")},
                        &out, &err),
                 1);
        QVERIFY(err.contains(QStringLiteral("--workers")));
    }

    void importIntoAnAudit()
    {
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("store.fieldbook"));
        const QString records = dir.filePath(QStringLiteral("records"));
        QString out;
        QString err;
        QCOMPARE(runCli({QStringLiteral("generate"), QStringLiteral("--out"), records, QStringLiteral("--workers"),
                         QStringLiteral("30"), QStringLiteral("--days"), QStringLiteral("14")},
                        &out, &err),
                 0);
        QCOMPARE(runCli({QStringLiteral("--db"), store, QStringLiteral("create-audit"), QStringLiteral("--facility"),
                         QStringLiteral("Test Garments"), QStringLiteral("--country"), QStringLiteral("CN"),
                         QStringLiteral("--code"), QStringLiteral("sa8000")},
                        &out, &err),
                 0);
        const QString audit = out.trimmed();
        QCOMPARE(runCli({QStringLiteral("--db"), store, QStringLiteral("import"), QStringLiteral("--audit"), audit,
                         QStringLiteral("--records"), records},
                        &out, &err),
                 0);
        QVERIFY2(out.contains(QStringLiteral("workers: 30")), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("60 personal values"))); // no key: stored as NULL, and said so

        // A bad row: all or nothing refuses with file, line and column; quarantine imports the rest.
        QFile time(QDir(records).filePath(QStringLiteral("time_records.csv")));
        QVERIFY(time.open(QIODevice::Append));
        time.write("W00001,2025-12-10,07:60,17:00,60\n");
        time.close();
        QCOMPARE(runCli({QStringLiteral("--db"), store, QStringLiteral("import"), QStringLiteral("--audit"), audit,
                         QStringLiteral("--records"), records},
                        &out, &err),
                 2);
        QVERIFY2(err.contains(QStringLiteral("time_records.csv:")) && err.contains(QStringLiteral("time_in")),
                 qPrintable(err));
        QCOMPARE(runCli({QStringLiteral("--db"), store, QStringLiteral("import"), QStringLiteral("--audit"), audit,
                         QStringLiteral("--records"), records, QStringLiteral("--quarantine")},
                        &out, &err),
                 0);
        QVERIFY2(out.contains(QStringLiteral("quarantined: 1")), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("replaced")));

        QCOMPARE(runCli({QStringLiteral("--db"), store, QStringLiteral("import"), QStringLiteral("--audit"),
                         QStringLiteral("no-such-audit"), QStringLiteral("--records"), records},
                        &out, &err),
                 2);
    }

    void demoPrintsItsUuid()
    {
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("demo.fieldbook"));
        QString first;
        QString second;
        QString err;
        QCOMPARE(runCli({QStringLiteral("--db"), store, QStringLiteral("demo")}, &first, &err), 0);
        QCOMPARE(runCli({QStringLiteral("--db"), store, QStringLiteral("demo")}, &second, &err), 0);
        QCOMPARE(first.trimmed().size(), 36);
        QCOMPARE(first, second);
        // The same demo audit the desktop app opens: fieldwork begun, a finding with its
        // corrective action, and the records analysed once (not again on the second run).
        Result<Database> db = Database::open(store);
        QVERIFY2(db, qPrintable(db.error()));
        auto count = [&](const char* sql) { return db->scalar(QString::fromLatin1(sql)).value().toInt(); };
        QCOMPARE(count("SELECT count(*) FROM findings"), 1);
        QCOMPARE(count("SELECT count(*) FROM corrective_actions"), 1);
        QVERIFY(count("SELECT count(*) FROM checklist_responses") > 0);
        QCOMPARE(count("SELECT count(*) FROM analysis_runs"), 1);
        QVERIFY(count("SELECT count(*) FROM analysis_flags") > 0);
    }
};

FIELDBOOK_TEST_GUILESS_MAIN(TestRecordCli)
#include "TestRecordCli.moc"
