#include "app/analysis/checks/DuplicateIdentityCheck.h"
#include "app/analysis/checks/CheckSupport.h"
#include "app/records/IdentityFingerprint.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>
#include <vector>

namespace fieldbook {

using namespace checks;

namespace {
// One person employed twice, one employment after the other: the earlier record ends before the
// later one starts, and the birth dates agree. A rehire under a new number, not two people on one
// document (though rehiring can reset seniority: the auditor is told, at info level).
bool isRehireChain(const AnalysisInput& input, const std::set<int>& workers)
{
    std::vector<const WorkerRecord*> records;
    for (const int w : workers) {
        const WorkerRecord* r = input.registerRecord(w);
        if (!r || r->hireDate == kNoDate) {
            return false;
        }
        records.push_back(r);
    }
    std::sort(records.begin(), records.end(),
              [](const WorkerRecord* a, const WorkerRecord* b) { return a->hireDate < b->hireDate; });
    for (size_t i = 1; i < records.size(); ++i) {
        const WorkerRecord* before = records[i - 1];
        const WorkerRecord* after = records[i];
        if (before->terminationDate == kNoDate || before->terminationDate >= after->hireDate) {
            return false;
        }
        if (before->birthDate != kNoDate && after->birthDate != kNoDate && before->birthDate != after->birthDate) {
            return false;
        }
    }
    return true;
}
} // namespace

QStringList DuplicateIdentityCheck::clauses() const
{
    return ageClauses() + recordsClauses();
}

CheckDescription DuplicateIdentityCheck::description() const
{
    return {QT_TRANSLATE_NOOP("CheckTitles", "Duplicate ID number"),
            QT_TRANSLATE_NOOP("CheckExplanations", "One ID number appears on two or more workers."),
            QStringLiteral("workers"), QString()};
}

bool DuplicateIdentityCheck::applies(const AnalysisInput& input) const
{
    return !input.records().workers.empty();
}

QList<Flag> DuplicateIdentityCheck::run(const AnalysisInput& input) const
{
    QHash<QString, std::set<int>> holders;
    for (const WorkerRecord& person : input.records().workers) {
        const QString id = IdentityFingerprint::normalised(person.idNumber);
        if (!id.isEmpty() && person.worker >= 0) {
            holders[id].insert(person.worker);
        }
    }
    QList<Flag> flags;
    for (auto it = holders.cbegin(); it != holders.cend(); ++it) {
        if (it.value().size() < 2) {
            continue;
        }
        const bool rehire = isRehireChain(input, it.value());
        Flag flag = makeFlag(input, rehire ? Severity::Info : Severity::High);
        flag.workers = workerIdList(input, it.value());
        // The ID number itself is personal data: the flag names the workers only. The subject is
        // a KEYED hash (BLAKE2b keyed with a key derived from the store's data key) so a re-run
        // still recognises the flag, while a flag that leaves the store (a package, a report)
        // cannot be turned back into the ID number by hashing every possible number.
        flag.subject = IdentityFingerprint::of(it.key());
        flag.summary =
            rehire ? QCoreApplication::translate("Checks", "One person rehired under a new number (the employments "
                                                           "follow each other): %1")
                         .arg(flag.workers.join(QStringLiteral(", ")))
                   : QCoreApplication::translate("Checks", "%1 workers share one ID number on file: %2")
                         .arg(flag.workers.size())
                         .arg(flag.workers.join(QStringLiteral(", ")));
        flag.evidence.insert(QStringLiteral("workers_sharing"), int(flag.workers.size()));
        flag.evidence.insert(QStringLiteral("rehire"), rehire);
        flags.append(flag);
    }
    return flags;
}

} // namespace fieldbook
