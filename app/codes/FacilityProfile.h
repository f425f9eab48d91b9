#pragma once

#include "database/Result.h"

#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

namespace fieldbook {

// What the facility has and does, which decides whether a checklist question applies
// (stored in facilities.profile_json as {"dormitory": true, ...}).
class FacilityProfile
{
public:
    // The flags a catalog question may name in "applies_if".
    static QStringList knownFlags();
    // Why a question does not apply when `flag` is false, for people.
    static QString notApplicableReason(const QString& flag);
    static QString flagTitle(const QString& flag);

    bool has(const QString& flag) const
    {
        return m_flags.contains(flag);
    }
    void set(const QString& flag, bool on);
    QJsonObject toJson() const;
    // Unknown keys are an error naming them; values must be true/false.
    static Result<FacilityProfile> fromJson(const QJsonObject& json, const QString& fileName = QString());
    static Result<FacilityProfile> fromFile(const QString& path);
    // Everything present: the widest checklist (used when no profile is given).
    static FacilityProfile everything();

private:
    QSet<QString> m_flags;
};

} // namespace fieldbook
