#include "app/report/ReportStrings.h"

#include <QCoreApplication>
#include <QHash>

namespace fieldbook {

namespace {

// QT_TRANSLATE_NOOP keeps the source strings visible to lupdate; translation happens at lookup.
QString lookup(const QHash<QString, const char*>& table, const QString& value)
{
    const auto it = table.constFind(value);
    return it == table.constEnd() ? value : QCoreApplication::translate("Report", it.value());
}

} // namespace

QString ReportStrings::findingSeverity(const QString& value)
{
    static const QHash<QString, const char*> t{
        {QStringLiteral("critical"), QT_TRANSLATE_NOOP("Report", "Critical")},
        {QStringLiteral("priority"), QT_TRANSLATE_NOOP("Report", "Priority")},
        {QStringLiteral("major"), QT_TRANSLATE_NOOP("Report", "Major")},
        {QStringLiteral("minor"), QT_TRANSLATE_NOOP("Report", "Minor")},
        {QStringLiteral("observation"), QT_TRANSLATE_NOOP("Report", "Observation")}};
    return lookup(t, value);
}

QString ReportStrings::flagSeverity(const QString& value)
{
    static const QHash<QString, const char*> t{{QStringLiteral("critical"), QT_TRANSLATE_NOOP("Report", "Critical")},
                                               {QStringLiteral("high"), QT_TRANSLATE_NOOP("Report", "High")},
                                               {QStringLiteral("medium"), QT_TRANSLATE_NOOP("Report", "Medium")},
                                               {QStringLiteral("low"), QT_TRANSLATE_NOOP("Report", "Low")},
                                               {QStringLiteral("info"), QT_TRANSLATE_NOOP("Report", "Info")}};
    return lookup(t, value);
}

QString ReportStrings::role(const QString& value)
{
    static const QHash<QString, const char*> t{
        {QStringLiteral("lead"), QT_TRANSLATE_NOOP("Report", "Lead auditor")},
        {QStringLiteral("auditor"), QT_TRANSLATE_NOOP("Report", "Auditor")},
        {QStringLiteral("interviewer"), QT_TRANSLATE_NOOP("Report", "Interviewer")},
        {QStringLiteral("observer"), QT_TRANSLATE_NOOP("Report", "Observer")},
        {QStringLiteral("trainee"), QT_TRANSLATE_NOOP("Report", "Trainee")}};
    return lookup(t, value);
}

QString ReportStrings::auditType(const QString& value)
{
    static const QHash<QString, const char*> t{{QStringLiteral("initial"), QT_TRANSLATE_NOOP("Report", "Initial")},
                                               {QStringLiteral("periodic"), QT_TRANSLATE_NOOP("Report", "Periodic")},
                                               {QStringLiteral("follow_up"), QT_TRANSLATE_NOOP("Report", "Follow-up")},
                                               {QStringLiteral("special"), QT_TRANSLATE_NOOP("Report", "Special")}};
    return lookup(t, value);
}

QString ReportStrings::paidBy(const QString& value)
{
    static const QHash<QString, const char*> t{{QStringLiteral("brand"), QT_TRANSLATE_NOOP("Report", "Brand")},
                                               {QStringLiteral("supplier"), QT_TRANSLATE_NOOP("Report", "Supplier")},
                                               {QStringLiteral("other"), QT_TRANSLATE_NOOP("Report", "Other")},
                                               {QString(), QT_TRANSLATE_NOOP("Report", "Not recorded")}};
    return lookup(t, value);
}

QString ReportStrings::announcement(const QString& value)
{
    static const QHash<QString, const char*> t{
        {QStringLiteral("announced"), QT_TRANSLATE_NOOP("Report", "Announced")},
        {QStringLiteral("semi_announced"), QT_TRANSLATE_NOOP("Report", "Semi-announced")},
        {QStringLiteral("unannounced"), QT_TRANSLATE_NOOP("Report", "Unannounced")},
        {QString(), QT_TRANSLATE_NOOP("Report", "Not recorded")}};
    return lookup(t, value);
}

QString ReportStrings::actionStatus(const QString& value)
{
    static const QHash<QString, const char*> t{
        {QStringLiteral("open"), QT_TRANSLATE_NOOP("Report", "Open")},
        {QStringLiteral("in_progress"), QT_TRANSLATE_NOOP("Report", "In progress")},
        {QStringLiteral("completed"), QT_TRANSLATE_NOOP("Report", "Completed")},
        {QStringLiteral("verified"), QT_TRANSLATE_NOOP("Report", "Verified")},
        {QStringLiteral("overdue"), QT_TRANSLATE_NOOP("Report", "Overdue")}};
    return lookup(t, value);
}

QString ReportStrings::interviewValue(const QString& value)
{
    static const QHash<QString, const char*> t{
        {QStringLiteral("worker"), QT_TRANSLATE_NOOP("Report", "Worker")},
        {QStringLiteral("management"), QT_TRANSLATE_NOOP("Report", "Management")},
        {QStringLiteral("individual"), QT_TRANSLATE_NOOP("Report", "Individual")},
        {QStringLiteral("group"), QT_TRANSLATE_NOOP("Report", "Group")},
        {QStringLiteral("on_site"), QT_TRANSLATE_NOOP("Report", "On site")},
        {QStringLiteral("off_site"), QT_TRANSLATE_NOOP("Report", "Off site")},
        {QStringLiteral("F"), QT_TRANSLATE_NOOP("Report", "Female")},
        {QStringLiteral("M"), QT_TRANSLATE_NOOP("Report", "Male")},
        {QStringLiteral("X"), QT_TRANSLATE_NOOP("Report", "Other")},
        {QString(), QT_TRANSLATE_NOOP("Report", "Not recorded")}};
    return lookup(t, value);
}

QString ReportStrings::recordKind(const QString& value)
{
    static const QHash<QString, const char*> t{
        {QStringLiteral("workers"), QT_TRANSLATE_NOOP("Report", "Worker register")},
        {QStringLiteral("time_records"), QT_TRANSLATE_NOOP("Report", "Time records")},
        {QStringLiteral("payroll"), QT_TRANSLATE_NOOP("Report", "Payroll")},
        {QStringLiteral("production"), QT_TRANSLATE_NOOP("Report", "Production")},
        {QStringLiteral("gate_log"), QT_TRANSLATE_NOOP("Report", "Gate log")},
        {QStringLiteral("attlog"), QT_TRANSLATE_NOOP("Report", "Attendance terminal log")},
        {QStringLiteral("punches"), QT_TRANSLATE_NOOP("Report", "Attendance punches (one row per punch)")}};
    return lookup(t, value);
}

QString ReportStrings::codeName(const QString& codeWithEdition)
{
    const QString id = codeWithEdition.section(QLatin1Char(':'), 0, 0);
    const QString edition = codeWithEdition.section(QLatin1Char(':'), 1);
    static const QHash<QString, QString> names{{QStringLiteral("sa8000"), QStringLiteral("SA8000")},
                                               {QStringLiteral("rba"), QStringLiteral("RBA")},
                                               {QStringLiteral("wrap"), QStringLiteral("WRAP")}};
    const QString name = names.value(id, id.toUpper());
    return edition.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, edition);
}

} // namespace fieldbook
