#pragma once

#include "app/signing/SodiumDataProtector.h"
#include "database/Result.h"

#include <QObject>
#include <memory>

namespace fieldbook {

class Database;

// The desktop app's one unlocked personal-data key: unlocked once per session with the store's
// passphrase and handed to every open audit (WorkspaceContext::setProtector). The key lives in
// guarded memory (SecureBytes) and is wiped on lock(), on switching stores and on quit.
class PersonalDataSession : public QObject
{
    Q_OBJECT

public:
    explicit PersonalDataSession(QObject* parent = nullptr);
    ~PersonalDataSession() override;

    bool isUnlocked() const
    {
        return m_protector && m_protector->isUnlocked();
    }
    // Null while locked.
    PersonalDataProtector* protector() const
    {
        return m_protector.get();
    }
    // Unlocks the store's data key; a wrong passphrase fails cleanly and leaves the session locked.
    Status unlock(const Database& db, const QString& passphrase);
    // Creates the store's data key (it has none yet) and keeps it unlocked.
    Status create(const Database& db, const QString& passphrase);
    void lock();

    // Whether the app already asked for the passphrase in this session (it asks once).
    bool hasAsked() const
    {
        return m_asked;
    }
    void setAsked(bool asked)
    {
        m_asked = asked;
    }

signals:
    // Emitted before the old key is wiped, so holders can drop their pointer, and after a new one.
    void protectorChanged(fieldbook::PersonalDataProtector* protector);

private:
    void replace(std::unique_ptr<SodiumDataProtector> protector);

    std::unique_ptr<SodiumDataProtector> m_protector;
    bool m_asked = false;
};

} // namespace fieldbook
