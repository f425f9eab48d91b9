// Benchmark of the record import (tests/bench, built but never run by CI).
//
//   bench_records read DIR         read every record file of DIR (RecordDirectoryReader)
//   bench_records import DIR DB    the same, imported into a new audit of the store DB
//   bench_records load DB          read the last audit of DB back (RecordStore::loadRecordSet)
//   bench_records session DIR DB   the import wizard's path: RecordImportSession (files added, kinds
//                                  and columns found), its full check, then RecordImportJob writing
//                                  that check into a new audit of DB; prints each step and the total
//
// Prints one line: "<phase> <milliseconds> ms, peak RSS <MiB> MiB, <records> records".
// tests/bench/run-benchmarks.sh runs it beside the sqlite3 shell's .import; see docs/benchmarks.md.
#include "app/records/RecordDirectoryReader.h"
#include "app/records/RecordImportJob.h"
#include "app/records/RecordImportSession.h"
#include "app/records/RecordStore.h"
#include "database/AuditRepository.h"
#include "database/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <cstdio>
#include <sys/resource.h>

using namespace fieldbook;

namespace {

double peakMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0; // kilobytes on Linux
}

size_t recordCount(const RecordSet& r)
{
    return r.workers.size() + r.timeRecords.size() + r.payroll.size() + r.production.size() + r.gateEvents.size();
}

int report(const char* phase, qint64 ms, size_t records)
{
    std::printf("%s %lld ms, peak RSS %.1f MiB, %zu records\n", phase, static_cast<long long>(ms), peakMiB(), records);
    return 0;
}

} // namespace

Result<qint64> createBenchAudit(const Database& db)
{
    Facility facility;
    facility.name = QStringLiteral("Benchmark factory");
    facility.country = QStringLiteral("CN");
    Audit audit;
    audit.codes = {QStringLiteral("sa8000")};
    Result<Audit> created = AuditRepository(db).createAudit(facility, audit);
    if (!created) {
        return Result<qint64>::failure(created.error());
    }
    return created->id;
}

int session(const QString& dir, const QString& store)
{
    Result<Database> db = Database::open(store);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error()));
        return 4;
    }
    Result<qint64> auditId = createBenchAudit(db.value());
    if (!auditId) {
        std::fprintf(stderr, "%s\n", qPrintable(auditId.error()));
        return 4;
    }
    QElapsedTimer total;
    total.start();
    QElapsedTimer step;
    step.start();
    Result<RecordImportSession> plan = RecordImportSession::forAudit(db.value(), *auditId);
    if (!plan) {
        return 4;
    }
    plan->addFolder(dir);
    if (!plan->fileProblems().isEmpty() || !plan->mappingProblems().isEmpty()) {
        std::fprintf(stderr, "%s\n",
                     qPrintable((plan->fileProblems() + plan->mappingProblems()).join(QLatin1Char('\n'))));
        return 2;
    }
    const qint64 planMs = step.restart();
    auto check = std::make_shared<const RecordImportCheck>(plan->check());
    const qint64 checkMs = step.restart();
    RecordImportRequest request;
    request.session = plan.value();
    request.check = check;
    const RecordImportReport imported = RecordImportJob::run(db.value(), request);
    if (!imported.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(imported.error));
        return 2;
    }
    const qint64 writeMs = step.elapsed();
    size_t rows = 0;
    for (int n : imported.outcome.rows) {
        rows += size_t(n);
    }
    std::printf("session: plan %lld ms, check %lld ms, write %lld ms\n", static_cast<long long>(planMs),
                static_cast<long long>(checkMs), static_cast<long long>(writeMs));
    return report("session", total.elapsed(), rows);
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: bench_records read DIR | import DIR DB | session DIR DB | load DB\n");
        return 1;
    }
    QElapsedTimer timer;
    if (args[1] == QLatin1String("read")) {
        timer.start();
        Result<RecordReadOutcome> read = RecordDirectoryReader::read(args[2]);
        if (!read || !read->acceptable()) {
            std::fprintf(stderr, "%s\n", qPrintable(read ? RecordStore::describeIssues(read->issues) : read.error()));
            return 2;
        }
        return report("read", timer.elapsed(), recordCount(read->records));
    }
    if (args[1] == QLatin1String("import") && args.size() >= 4) {
        Result<Database> db = Database::open(args[3]);
        if (!db) {
            std::fprintf(stderr, "%s\n", qPrintable(db.error()));
            return 4;
        }
        Result<qint64> created = createBenchAudit(db.value());
        if (!created) {
            std::fprintf(stderr, "%s\n", qPrintable(created.error()));
            return 4;
        }
        timer.start();
        Result<RecordImportOutcome> imported = RecordStore(db.value()).importDirectory(*created, args[2]);
        if (!imported) {
            std::fprintf(stderr, "%s\n", qPrintable(imported.error()));
            return 2;
        }
        size_t rows = 0;
        for (int n : imported->rows) {
            rows += size_t(n);
        }
        return report("import", timer.elapsed(), rows);
    }
    if (args[1] == QLatin1String("session") && args.size() >= 4) {
        return session(args[2], args[3]);
    }
    if (args[1] == QLatin1String("load")) {
        Result<Database> db = Database::open(args[2]);
        if (!db) {
            return 4;
        }
        const qint64 auditId = db->scalar(QStringLiteral("SELECT max(id) FROM audits"))->toLongLong();
        timer.start();
        Result<RecordSet> set = RecordStore::loadRecordSet(db.value(), auditId);
        if (!set) {
            std::fprintf(stderr, "%s\n", qPrintable(set.error()));
            return 4;
        }
        return report("load", timer.elapsed(), recordCount(set.value()));
    }
    std::fprintf(stderr, "unknown phase\n");
    return 1;
}
