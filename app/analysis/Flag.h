#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace fieldbook {

enum class Severity
{
    Info = 0,
    Low = 1,
    Medium = 2,
    High = 3,
    Critical = 4,
};

QString severityName(Severity severity);
// Parses "info" ... "critical"; false when the text is none of them.
bool severityFromName(const QString& name, Severity* severity);

// One thing a check found, in the shape of formats.md's JSON output.
struct Flag
{
    QString check;
    Severity severity = Severity::Info;
    QStringList clauses; // "code:clause", only for the codes of the audit
    QStringList workers; // factory worker ids (never names, never interview links)
    QStringList dates;   // ISO dates, sorted
    QString summary;     // one line a person understands
    QJsonObject evidence;
    // What the flag is about besides its workers (a department, interview set...), so that a
    // re-run recognises the same flag: see fingerprint().
    QString subject;

    // Stable identity across runs: check + subject (or the sorted workers when there is none).
    QString fingerprint() const;
    QJsonObject toJson() const;
};

} // namespace fieldbook
