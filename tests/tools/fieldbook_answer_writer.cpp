// Test helper for TestKillAtRandom: answers checklist questions of one audit the way the checklist
// page does (ChecklistResponses: each answer and each note its own committed edit with its trail
// row), as fast as it can, and prints "saved N ITEM" once both edits of step N have returned. The
// test kills it with SIGKILL at a random moment and checks that every reported edit is in the store.
#include "app/fieldwork/ChecklistResponses.h"
#include "database/Database.h"

#include <QCoreApplication>
#include <QList>
#include <cstdio>

using namespace fieldbook;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: fieldbook_answer_writer STORE AUDIT_ID\n");
        return 1;
    }
    Result<Database> opened = Database::open(QString::fromLocal8Bit(argv[1]));
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
        return 2;
    }
    Database db = opened.take();
    db.setActor(QStringLiteral("kill-test"));
    Result<Statement> items =
        db.prepare(QStringLiteral("SELECT id FROM checklist_items WHERE audit_id = ?1 ORDER BY sort_order, id"));
    if (!items) {
        std::fprintf(stderr, "%s\n", qPrintable(items.error()));
        return 3;
    }
    items->bind(1, QString::fromLocal8Bit(argv[2]).toLongLong());
    QList<qint64> ids;
    while (items->step()) {
        ids << items->int64(0);
    }
    if (ids.isEmpty()) {
        std::fprintf(stderr, "the audit has no checklist items\n");
        return 4;
    }
    static const QStringList answers = {QStringLiteral("compliant"), QStringLiteral("non_compliant"),
                                        QStringLiteral("not_applicable")};
    ChecklistResponses responses(db);
    for (int n = 1;; ++n) {
        const qint64 item = ids.at(n % ids.size());
        if (Result<QString> a = responses.setAnswer(item, answers.at(n % answers.size())); !a) {
            std::fprintf(stderr, "%s\n", qPrintable(a.error()));
            return 5;
        }
        if (Result<QString> note = responses.setNotes(item, QStringLiteral("edit %1").arg(n)); !note) {
            std::fprintf(stderr, "%s\n", qPrintable(note.error()));
            return 6;
        }
        std::printf("saved %d %lld\n", n, static_cast<long long>(item));
        std::fflush(stdout);
    }
}
