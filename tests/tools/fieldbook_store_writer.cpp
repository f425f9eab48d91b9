// Test helper for TestCrashSafety: writes to a store as fast as it can, one committed edit after
// another, and prints "committed N" after each commit returns. The test kills it with SIGKILL at an
// arbitrary moment and checks that the store opens, is intact, and holds every reported edit.
#include "database/Database.h"
#include "database/FieldEditor.h"

#include <QCoreApplication>
#include <cstdio>

using namespace fieldbook;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 4) {
        std::fprintf(stderr, "usage: fieldbook_store_writer STORE AUDIT_UUID AUDIT_ID\n");
        return 1;
    }
    Result<Database> opened = Database::open(QString::fromLocal8Bit(argv[1]));
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
        return 2;
    }
    Database db = opened.take();
    db.setActor(QStringLiteral("crash-test"));
    const QString auditUuid = QString::fromLocal8Bit(argv[2]);
    const qint64 auditId = QString::fromLocal8Bit(argv[3]).toLongLong();
    constexpr int kBatch = 250; // rows per import-like transaction: big writes get interrupted too
    FieldEditor editor(db);
    for (int n = 1;; ++n) {
        // A user edit: one field, its own transaction.
        if (!editor.setValue(QStringLiteral("audits"), auditUuid, QStringLiteral("scope"), QStringLiteral("edit %1").arg(n))) {
            return 3;
        }
        // An import-like batch: all rows or none.
        Transaction tx(db);
        Result<Statement> insert = db.prepare(QStringLiteral(
            "INSERT INTO time_records (audit_id, worker_id, date, time_in, time_out, source_line) VALUES (?1, ?2, "
            "'2026-01-05', 28800, 61200, ?3)"));
        if (!insert) {
            return 4;
        }
        for (int i = 0; i < kBatch; ++i) {
            insert->bind(1, auditId).bind(2, QStringLiteral("W%1").arg(n)).bind(3, i);
            if (!insert->exec()) {
                return 5;
            }
            insert->reset();
        }
        if (!tx.commit()) {
            return 6;
        }
        std::printf("committed %d\n", n);
        std::fflush(stdout);
    }
}
