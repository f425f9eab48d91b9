#include "app/analysis/AnalysisReport.h"
#include "app/analysis/CheckDescriptions.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace fieldbook {

QJsonObject AnalysisReport::toJson(const AnalysisResult& result)
{
    QJsonArray flags;
    for (const Flag& flag : result.flags) {
        flags.append(flag.toJson());
    }
    QJsonObject json;
    json.insert(QStringLiteral("format_version"), kFormatVersion);
    json.insert(QStringLiteral("records"), result.recordCounts);
    json.insert(QStringLiteral("flags"), flags);
    return json;
}

QByteArray AnalysisReport::toJsonText(const AnalysisResult& result)
{
    return QJsonDocument(toJson(result)).toJson(QJsonDocument::Indented);
}

QString AnalysisReport::toText(const AnalysisResult& result)
{
    QString text;
    QStringList counts;
    for (auto it = result.recordCounts.constBegin(); it != result.recordCounts.constEnd(); ++it) {
        counts.append(QStringLiteral("%1 %2").arg(it.value().toInt()).arg(it.key()));
    }
    text += QCoreApplication::translate("AnalysisReport", "Analysed: %1").arg(counts.join(QStringLiteral(", "))) +
            QLatin1Char('\n');
    if (result.flags.isEmpty()) {
        text += QCoreApplication::translate("AnalysisReport", "No flags.") + QLatin1Char('\n');
        return text;
    }
    for (int s = int(Severity::Critical); s >= int(Severity::Info); --s) {
        QStringList lines;
        for (const Flag& flag : result.flags) {
            if (int(flag.severity) == s) {
                lines.append(QStringLiteral("  [%1] %2").arg(flag.check, flag.summary));
            }
        }
        if (lines.isEmpty()) {
            continue;
        }
        text += QLatin1Char('\n') + severityName(Severity(s)).toUpper() + QStringLiteral(" (%1)\n").arg(lines.size());
        text += lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
    }
    // What each check that raised a flag looks for, in the words the app and the report use.
    QStringList raised;
    for (const Flag& flag : result.flags) {
        if (!raised.contains(flag.check)) {
            raised.append(flag.check);
        }
    }
    text += QLatin1Char('\n') + QCoreApplication::translate("AnalysisReport", "What the checks look for:") +
            QLatin1Char('\n');
    for (const QString& check : std::as_const(raised)) {
        text += QStringLiteral("  [%1] %2: %3\n")
                    .arg(check, CheckDescriptions::title(check), CheckDescriptions::explanation(check));
    }
    if (result.cancelled) {
        text += QCoreApplication::translate("AnalysisReport", "The analysis was cancelled: the list is incomplete.") +
                QLatin1Char('\n');
    }
    return text;
}

} // namespace fieldbook
