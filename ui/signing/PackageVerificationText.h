#pragma once

#include "app/sync/PackageVerifier.h"

#include <QCoreApplication>
#include <QString>

namespace fieldbook {

// How a verification reads for people, shared by the Verify and Import dialogs.
class PackageVerificationText
{
    Q_DECLARE_TR_FUNCTIONS(PackageVerificationText)

public:
    // One line: "Valid: …" or "Not valid: reason".
    static QString verdict(const PackageVerification& v);
    // Signer, key, date, comment and contents as an HTML table.
    static QString details(const PackageVerification& v);
};

} // namespace fieldbook
