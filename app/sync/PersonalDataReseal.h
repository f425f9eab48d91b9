#pragma once

#include "database/Result.h"

#include <QString>
#include <QStringList>

namespace fieldbook {

class Database;
class PersonalDataProtector;
struct BoxKeyPair;

// Personal data imported while head office's encryption key was locked stays in the store as it
// came ("FBX1", sealed for that key: PersonalValueCodec). Given the unlocked key and the store's
// data key, this opens every such value of every registered personal-data column
// (personal_data_columns) and seals it under the data key, in one transaction.
class PersonalDataReseal
{
public:
    // Returns how many values were re-sealed. A value that does not open with the key (damaged)
    // is left as it is and listed in `skipped` (one line each); the others are still re-sealed.
    // With `bindOlder`, values sealed with the data key before values were bound to their place
    // ("FBP1") are rewritten bound ("FBP2") on the way (reseal-personal does; a package import
    // does not, so it touches only what it brought).
    static Result<int> reseal(const Database& db, const BoxKeyPair& encryptionKey,
                              const PersonalDataProtector& protector, QStringList* skipped = nullptr,
                              bool bindOlder = false);
    // How many values still wait for an encryption key's passphrase.
    static int pendingCount(const Database& db);

private:
    // Personal conflicts recorded while locked could not compare the values: now they can. Equal
    // ones are closed (audit-trailed); real ones get both sides sealed under the data key.
    static Status settlePersonalConflicts(const Database& db, const BoxKeyPair& encryptionKey,
                                          const PersonalDataProtector& protector);
};

} // namespace fieldbook
