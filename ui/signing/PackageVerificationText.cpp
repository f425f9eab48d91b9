#include "ui/signing/PackageVerificationText.h"

#include <QLocale>

namespace fieldbook {

QString PackageVerificationText::verdict(const PackageVerification& v)
{
    using Outcome = PackageVerification::Outcome;
    switch (v.outcome) {
    case Outcome::Valid:
        return tr("Valid: every byte is as %1 signed it.").arg(v.signer.isEmpty() ? tr("the signer") : v.signer);
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
    auto row = [](const QString& label, const QString& value) {
        return QStringLiteral("<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>")
            .arg(label, value.toHtmlEscaped());
    };
    QString html = QStringLiteral("<table>");
    html += row(tr("Signer"), v.signer.isEmpty() ? tr("(not named)") : v.signer);
    html += row(tr("Key"), tr("%1 (id %2)").arg(v.fingerprint, v.keyIdHex));
    if (!v.keySource.isEmpty()) {
        html += row(tr("Checked with"), v.keySource);
    }
    if (v.signedAt.isValid()) {
        html += row(tr("Signed"), QLocale().toString(v.signedAt.toLocalTime(), QLocale::LongFormat));
    }
    html += row(tr("Trusted comment"), QString(v.trustedComment).replace(QLatin1Char('\t'), QStringLiteral("  ")));
    if (v.isPackage) {
        html += row(tr("Contents"), tr("audit %1, format %2, evidence files: %3, PDF report: %4")
                                        .arg(v.auditUuid)
                                        .arg(v.formatVersion)
                                        .arg(v.evidenceFiles)
                                        .arg(v.hasReport ? tr("yes") : tr("no")));
        html += row(tr("Personal data"), v.personalData == QLatin1String("sealed")
                                             ? tr("sealed for %1 (%2)").arg(v.recipientLabel, v.recipientKeyId)
                                             : tr("left out"));
    }
    return html + QStringLiteral("</table>");
}

} // namespace fieldbook
