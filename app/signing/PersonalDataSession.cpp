#include "app/signing/PersonalDataSession.h"

namespace fieldbook {

PersonalDataSession::PersonalDataSession(QObject* parent) : QObject(parent)
{}

PersonalDataSession::~PersonalDataSession() = default; // SecureBytes wipes the key

Status PersonalDataSession::unlock(const Database& db, const QString& passphrase)
{
    Result<std::unique_ptr<SodiumDataProtector>> unlocked = SodiumDataProtector::unlock(db, passphrase);
    if (!unlocked) {
        return Status::failure(unlocked.error());
    }
    replace(unlocked.take());
    return Status::success();
}

Status PersonalDataSession::create(const Database& db, const QString& passphrase)
{
    Result<std::unique_ptr<SodiumDataProtector>> created = SodiumDataProtector::create(db, passphrase);
    if (!created) {
        return Status::failure(created.error());
    }
    replace(created.take());
    return Status::success();
}

void PersonalDataSession::lock()
{
    if (m_protector) {
        replace(nullptr);
    }
}

void PersonalDataSession::replace(std::unique_ptr<SodiumDataProtector> protector)
{
    // Holders drop the old pointer first; only then is the old key freed (and wiped).
    std::unique_ptr<SodiumDataProtector> old = std::move(m_protector);
    emit protectorChanged(nullptr);
    old.reset();
    m_protector = std::move(protector);
    if (m_protector) {
        emit protectorChanged(m_protector.get());
    }
}

} // namespace fieldbook
