#pragma once

#include <QByteArray>
#include <QString>

namespace fieldbook {

// The subject of a flag about an identity document: a KEYED hash (BLAKE2b, 16 bytes, hex) of the
// normalised document number, never a plain hash, which could be reversed by hashing every possible
// number. It lives with the records because the key comes from where records are loaded: derived
// from the store's data key when an unlocked store's records are loaded (RecordStore), so re-runs on
// one store give the same subject; until then a random key for this process (records read straight
// from files).
class IdentityFingerprint
{
public:
    static QString of(const QString& idNumber);
    // "A 123-456" and "a123456" are the same document: letters and digits, upper case.
    static QString normalised(const QString& idNumber);
    static void setStoreKey(const QByteArray& key);
};

} // namespace fieldbook
