#include "app/signing/PassphraseStrength.h"
#include "app/signing/PassphraseBox.h"

#include <QCoreApplication>
#include <QSet>
#include <cmath>

namespace fieldbook {

PassphraseStrength::Assessment PassphraseStrength::assess(const QString& passphrase)
{
    Assessment a;
    bool lower = false;
    bool upper = false;
    bool digit = false;
    bool other = false;
    QSet<QChar> distinct;
    for (const QChar c : passphrase) {
        lower |= c.isLower();
        upper |= c.isUpper();
        digit |= c.isDigit();
        other |= !c.isLetterOrNumber();
        distinct.insert(c);
    }
    const int pool = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (other ? 33 : 0);
    // Repeated characters add little: count distinct ones fully, repeats at a quarter.
    const double effective = distinct.size() + (passphrase.size() - distinct.size()) / 4.0;
    a.bits = pool > 0 ? int(effective * std::log2(double(pool))) : 0;
    if (passphrase.size() < PassphraseBox::kMinimumPassphraseLength) {
        a.level = Level::TooShort;
        a.hint = QCoreApplication::translate("Signing", "Too short: at least %1 characters.")
                     .arg(PassphraseBox::kMinimumPassphraseLength);
    } else if (a.bits < 45) {
        a.level = Level::Weak;
        a.hint = QCoreApplication::translate("Signing", "Weak: use several words, or add digits and signs.");
    } else if (a.bits < 70) {
        a.level = Level::Fair;
        a.hint = QCoreApplication::translate("Signing", "Fair: a few more words make it strong.");
    } else {
        a.level = Level::Strong;
        a.hint = QCoreApplication::translate("Signing", "Strong.");
    }
    return a;
}

} // namespace fieldbook
