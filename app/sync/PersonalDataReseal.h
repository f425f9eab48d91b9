#pragma once

#include "database/Result.h"

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
    // Returns how many values were re-sealed.
    static Result<int> reseal(const Database& db, const BoxKeyPair& encryptionKey,
                              const PersonalDataProtector& protector);
    // How many values still wait for an encryption key's passphrase.
    static int pendingCount(const Database& db);
};

} // namespace fieldbook
