#pragma once

#include "app/analysis/Check.h"

namespace fieldbook {

// `duplicate_identity`: one ID number on file for two or more workers.
// Documented in docs/checks.md.
class DuplicateIdentityCheck : public Check
{
public:
    QString name() const override
    {
        return QStringLiteral("duplicate_identity");
    }
    QStringList clauses() const override;
    CheckDescription description() const override;
    bool applies(const AnalysisInput& input) const override;
    QList<Flag> run(const AnalysisInput& input) const override;

    // The flag's subject: a KEYED hash (BLAKE2b, 16 bytes, hex) of the normalised ID number,
    // never a plain hash, which could be reversed by hashing every possible number.
    static QString fingerprint(const QString& idNumber);
    // The key: derived from the store's data key when its records are loaded unlocked
    // (RecordStore::load), so re-runs on one store give the same subject; until then a random
    // key for this process (records read straight from files).
    static void setStoreKey(const QByteArray& key);
};

} // namespace fieldbook
