#include "app/analysis/checks/DuplicateIdentityCheck.h"
#include "app/analysis/checks/CheckSupport.h"
#include "app/signing/SecureBytes.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <sodium.h>

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

QMutex g_keyMutex;
QByteArray g_key; // guarded by g_keyMutex

QByteArray currentKey()
{
    QMutexLocker lock(&g_keyMutex);
    if (g_key.size() != crypto_generichash_KEYBYTES && sodiumReady()) {
        g_key = QByteArray(crypto_generichash_KEYBYTES, '\0');
        randombytes_buf(g_key.data(), size_t(g_key.size()));
    }
    return g_key;
}
} // namespace

void DuplicateIdentityCheck::setStoreKey(const QByteArray& key)
{
    QMutexLocker lock(&g_keyMutex);
    g_key = key;
}

QString DuplicateIdentityCheck::fingerprint(const QString& idNumber)
{
    const QByteArray key = currentKey();
    const QByteArray id = normalisedId(idNumber).toUtf8();
    unsigned char hash[16];
    crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char*>(id.constData()),
                       static_cast<unsigned long long>(id.size()),
                       reinterpret_cast<const unsigned char*>(key.constData()), size_t(key.size()));
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(hash), sizeof hash).toHex());
}

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
        // a KEYED hash (BLAKE2b keyed with a key derived from the store's data key) so a re-run
        // still recognises the flag, while a flag that leaves the store (a package, a report)
        // cannot be turned back into the ID number by hashing every possible number.
        flag.subject = fingerprint(it.key());
        flag.summary = QCoreApplication::translate("Checks", "%1 workers share one ID number on file: %2")
                           .arg(flag.workers.size())
                           .arg(flag.workers.join(QStringLiteral(", ")));
        flag.evidence.insert(QStringLiteral("workers_sharing"), int(flag.workers.size()));
        flags.append(flag);
    }
    return flags;
}

} // namespace fieldbook
