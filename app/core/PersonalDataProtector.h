#pragma once

#include <QByteArray>
#include <QString>
#include <memory>
#include <optional>

namespace fieldbook {

// Seals personal data (worker names, ID numbers, interview free text) before it reaches the
// store, and opens it for display. Implemented with libsodium in app/signing/.
// Code that writes a personal-data column takes a protector; with none, or a locked one, it
// stores NULL rather than plaintext: exposure is as bad as loss.
class PersonalDataProtector
{
public:
    virtual ~PersonalDataProtector() = default;
    virtual bool isUnlocked() const = 0;
    virtual QByteArray seal(const QString& plaintext) const = 0;
    virtual std::optional<QString> open(const QByteArray& sealed) const = 0;
    // Sealed for one place (table/column/row, SodiumDataProtector::placeContext), so that a value
    // copied to another row does not open there. A protector that cannot bind seals it plainly.
    virtual QByteArray sealFor(const QString& plaintext, const QByteArray& /*context*/) const
    {
        return seal(plaintext);
    }
    // An independent copy for background work: the auditor may lock the session (wiping its key)
    // while an import or an analysis is still running on another thread with the copy.
    virtual std::shared_ptr<const PersonalDataProtector> clone() const = 0;
};

} // namespace fieldbook
