#include "ui/signing/PackageVerificationText.h"

#include <QLocale>

namespace fieldbook {

QString PackageVerificationText::verdict(const PackageVerification& v)
{
    using Outcome = PackageVerification::Outcome;
    switch (v.outcome) {
    case Outcome::Valid:
        if (v.oneTimeKey) {
            return tr("Valid, but checked with a one-time key that this store does not trust (fingerprint %1): "
                      "compare the fingerprint with the signer by phone or in person before relying on it. A key "
                      "file sent with the package proves nothing.")
                .arg(v.fingerprint);
        }
        return tr("Valid: every byte is as signed with the key this store calls \"%1\".")
            .arg(v.signer.isEmpty() ? tr("the signer") : v.signer);
    case Outcome::Invalid:
        return tr("Not valid — the file was changed or the signature is wrong: %1").arg(v.reason);
    case Outcome::UnknownKey:
        return tr("Not verified — unknown signer: %1").arg(v.reason);
    case Outcome::Unreadable:
        return tr("Not verified: %1").arg(v.reason);
    }
    return {};
}

QString PackageVerificationText::details(const PackageVerification& v)
{
    if (v.keyIdHex.isEmpty()) {
        return {};
    }
    // Plain text, shown in labels set to Qt::PlainText: names and comments come from the signer
    // and are never rendered as markup.
    QStringList lines;
    auto row = [&lines](const QString& label, const QString& value) {
        lines << tr("%1: %2").arg(label, value);
    };
    row(tr("Key"), v.signer.isEmpty() ? tr("(not in this store)") : v.signer);
    row(tr("Fingerprint"), tr("%1 (id %2)").arg(v.fingerprint, v.keyIdHex));
    if (!v.claimedSigner.isEmpty()) {
        row(tr("Signer named in the signature (a claim)"), v.claimedSigner);
    }
    if (!v.keySource.isEmpty()) {
        row(tr("Checked with"), v.keySource);
    }
    if (v.signedAt.isValid()) {
        row(tr("Signed"), QLocale().toString(v.signedAt.toLocalTime(), QLocale::LongFormat));
    }
    row(tr("Trusted comment"), QString(v.trustedComment).replace(QLatin1Char('\t'), QStringLiteral("  ")));
    if (v.isPackage) {
        row(tr("Contents"), tr("audit %1, format %2, evidence files: %3, PDF report: %4")
                                .arg(v.auditUuid)
                                .arg(v.formatVersion)
                                .arg(v.evidenceFiles)
                                .arg(v.hasReport ? tr("yes") : tr("no")));
        row(tr("Personal data"), v.personalData == QLatin1String("sealed")
                                     ? tr("sealed for %1 (%2)").arg(v.recipientLabel, v.recipientKeyId)
                                     : tr("left out"));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace fieldbook
