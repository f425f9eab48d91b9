#pragma once

#include <QString>

namespace fieldbook {

// A rough strength estimate shown while a passphrase is chosen: length times the size of the
// character classes used, in bits. Not a guarantee; it steers people away from short or one-class
// passphrases. Argon2id makes every guess expensive, but not a dictionary word cheap to avoid.
class PassphraseStrength
{
public:
    enum class Level
    {
        TooShort, // below PassphraseBox::kMinimumPassphraseLength: refused
        Weak,
        Fair,
        Strong
    };
    struct Assessment
    {
        Level level = Level::TooShort;
        int bits = 0;
        QString hint; // for people
    };
    static Assessment assess(const QString& passphrase);
};

} // namespace fieldbook
