#include "app/analysis/Flag.h"

#include <QCryptographicHash>
#include <QJsonArray>

namespace fieldbook {

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Low:
        return QStringLiteral("low");
    case Severity::Medium:
        return QStringLiteral("medium");
    case Severity::High:
        return QStringLiteral("high");
    case Severity::Critical:
        return QStringLiteral("critical");
    }
    return QStringLiteral("info");
}

bool severityFromName(const QString& name, Severity* severity)
{
    for (int i = 0; i <= int(Severity::Critical); ++i) {
        if (severityName(Severity(i)) == name) {
            *severity = Severity(i);
            return true;
        }
    }
    return false;
}

QString Flag::fingerprint() const
{
    QString key = check + QLatin1Char('|');
    if (!subject.isEmpty()) {
        key += subject;
    } else {
        QStringList sorted = workers;
        sorted.sort();
        key += sorted.join(QLatin1Char(','));
    }
    return QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QJsonObject Flag::toJson() const
{
    QJsonObject json;
    json.insert(QStringLiteral("check"), check);
    json.insert(QStringLiteral("severity"), severityName(severity));
    json.insert(QStringLiteral("clauses"), QJsonArray::fromStringList(clauses));
    json.insert(QStringLiteral("workers"), QJsonArray::fromStringList(workers));
    json.insert(QStringLiteral("dates"), QJsonArray::fromStringList(dates));
    json.insert(QStringLiteral("summary"), summary);
    json.insert(QStringLiteral("evidence"), evidence);
    return json;
}

} // namespace fieldbook
