#include "app/analysis/checks/DuplicateIdentityCheck.h"
#include "app/analysis/checks/CheckSupport.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>

namespace fieldbook {

using namespace checks;

namespace {
// "A 123-456" and "a123456" are the same document.
QString normalisedId(const QString& id)
{
    QString out;
    for (const QChar c : id) {
        if (c.isLetterOrNumber()) {
            out.append(c.toUpper());
        }
    }
    return out;
}
} // namespace

QStringList DuplicateIdentityCheck::clauses() const
{
    return ageClauses() + recordsClauses();
}

bool DuplicateIdentityCheck::applies(const AnalysisInput& input) const
{
    return !input.records().workers.empty();
}

QList<Flag> DuplicateIdentityCheck::run(const AnalysisInput& input) const
{
    QHash<QString, std::set<int>> holders;
    for (const WorkerRecord& person : input.records().workers) {
        const QString id = normalisedId(person.idNumber);
        if (!id.isEmpty() && person.worker >= 0) {
            holders[id].insert(person.worker);
        }
    }
    QList<Flag> flags;
    for (auto it = holders.cbegin(); it != holders.cend(); ++it) {
        if (it.value().size() < 2) {
            continue;
        }
        Flag flag = makeFlag(input, Severity::High);
        flag.workers = workerIdList(input, it.value());
        // The ID number itself is personal data: the flag names the workers only. The subject is
        // a hash so a re-run still recognises the flag.
        flag.subject = QString::fromLatin1(
            QCryptographicHash::hash(it.key().toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
        flag.summary = QCoreApplication::translate("Checks", "%1 workers share one ID number on file: %2")
                           .arg(flag.workers.size())
                           .arg(flag.workers.join(QStringLiteral(", ")));
        flag.evidence.insert(QStringLiteral("workers_sharing"), int(flag.workers.size()));
        flags.append(flag);
    }
    return flags;
}

} // namespace fieldbook
