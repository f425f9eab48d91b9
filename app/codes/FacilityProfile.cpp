#include "app/codes/FacilityProfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

namespace fieldbook {

QStringList FacilityProfile::knownFlags()
{
    return {QStringLiteral("dormitory"),      QStringLiteral("canteen"),         QStringLiteral("chemicals"),
            QStringLiteral("young_workers"),  QStringLiteral("migrant_workers"), QStringLiteral("agency_workers"),
            QStringLiteral("subcontractors"), QStringLiteral("night_shifts"),    QStringLiteral("union")};
}

QString FacilityProfile::flagTitle(const QString& flag)
{
    static const QHash<QString, const char*> titles = {
        {QStringLiteral("dormitory"), QT_TRANSLATE_NOOP("FacilityProfile", "Dormitory for workers")},
        {QStringLiteral("canteen"), QT_TRANSLATE_NOOP("FacilityProfile", "Canteen")},
        {QStringLiteral("chemicals"), QT_TRANSLATE_NOOP("FacilityProfile", "Hazardous chemicals on site")},
        {QStringLiteral("young_workers"), QT_TRANSLATE_NOOP("FacilityProfile", "Young workers (under 18) employed")},
        {QStringLiteral("migrant_workers"), QT_TRANSLATE_NOOP("FacilityProfile", "Migrant workers")},
        {QStringLiteral("agency_workers"), QT_TRANSLATE_NOOP("FacilityProfile", "Agency or dispatched workers")},
        {QStringLiteral("subcontractors"), QT_TRANSLATE_NOOP("FacilityProfile", "Subcontracted production")},
        {QStringLiteral("night_shifts"), QT_TRANSLATE_NOOP("FacilityProfile", "Night shifts")},
        {QStringLiteral("union"), QT_TRANSLATE_NOOP("FacilityProfile", "Trade union or elected workers' committee")},
    };
    return QCoreApplication::translate("FacilityProfile", titles.value(flag, "?"));
}

QString FacilityProfile::notApplicableReason(const QString& flag)
{
    static const QHash<QString, const char*> reasons = {
        {QStringLiteral("dormitory"), QT_TRANSLATE_NOOP("FacilityProfile", "The facility has no dormitory.")},
        {QStringLiteral("canteen"), QT_TRANSLATE_NOOP("FacilityProfile", "The facility has no canteen.")},
        {QStringLiteral("chemicals"), QT_TRANSLATE_NOOP("FacilityProfile", "No hazardous chemicals are used on site.")},
        {QStringLiteral("young_workers"), QT_TRANSLATE_NOOP("FacilityProfile", "No workers under 18 are employed.")},
        {QStringLiteral("migrant_workers"), QT_TRANSLATE_NOOP("FacilityProfile", "No migrant workers are employed.")},
        {QStringLiteral("agency_workers"), QT_TRANSLATE_NOOP("FacilityProfile", "No agency or dispatched workers.")},
        {QStringLiteral("subcontractors"), QT_TRANSLATE_NOOP("FacilityProfile", "No production is subcontracted.")},
        {QStringLiteral("night_shifts"), QT_TRANSLATE_NOOP("FacilityProfile", "The facility runs no night shifts.")},
        {QStringLiteral("union"), QT_TRANSLATE_NOOP("FacilityProfile", "There is no union or workers' committee.")},
    };
    return QCoreApplication::translate("FacilityProfile", reasons.value(flag, "Not applicable to this facility."));
}

void FacilityProfile::set(const QString& flag, bool on)
{
    if (on) {
        m_flags.insert(flag);
    } else {
        m_flags.remove(flag);
    }
}

QJsonObject FacilityProfile::toJson() const
{
    QJsonObject o;
    for (const QString& flag : knownFlags()) {
        o.insert(flag, m_flags.contains(flag));
    }
    return o;
}

Result<FacilityProfile> FacilityProfile::fromJson(const QJsonObject& json, const QString& fileName)
{
    FacilityProfile p;
    const QString where = fileName.isEmpty() ? QStringLiteral("profile") : fileName;
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        if (!knownFlags().contains(it.key())) {
            return Result<FacilityProfile>::failure(
                QCoreApplication::translate("FacilityProfile", "%1: $.%2: unknown profile flag (known: %3)")
                    .arg(where, it.key(), knownFlags().join(QStringLiteral(", "))));
        }
        if (!it.value().isBool()) {
            return Result<FacilityProfile>::failure(
                QCoreApplication::translate("FacilityProfile", "%1: $.%2: must be true or false").arg(where, it.key()));
        }
        p.set(it.key(), it.value().toBool());
    }
    return p;
}

Result<FacilityProfile> FacilityProfile::fromFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Result<FacilityProfile>::failure(
            QCoreApplication::translate("FacilityProfile", "%1: cannot read: %2").arg(path, file.errorString()));
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (!doc.isObject()) {
        return Result<FacilityProfile>::failure(
            QCoreApplication::translate("FacilityProfile", "%1: not a JSON object (%2)")
                .arg(path, error.errorString()));
    }
    return fromJson(doc.object(), path);
}

FacilityProfile FacilityProfile::everything()
{
    FacilityProfile p;
    for (const QString& flag : knownFlags()) {
        p.set(flag, true);
    }
    return p;
}

} // namespace fieldbook
