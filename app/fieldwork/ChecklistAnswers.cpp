#include "app/fieldwork/ChecklistAnswers.h"

#include <QCoreApplication>

namespace fieldbook {

QStringList ChecklistAnswers::ids()
{
    return {QStringLiteral("compliant"), QStringLiteral("non_compliant"), QStringLiteral("observation"),
            QStringLiteral("not_applicable"), QStringLiteral("not_verified")};
}

bool ChecklistAnswers::isValid(const QString& id)
{
    return id.isEmpty() || ids().contains(id);
}

QString ChecklistAnswers::label(const QString& id)
{
    // Their own translation context: the words belong to the core, whichever view shows them.
    if (id == QLatin1String("compliant")) {
        return QCoreApplication::translate("ChecklistAnswers", "Compliant");
    }
    if (id == QLatin1String("non_compliant")) {
        return QCoreApplication::translate("ChecklistAnswers", "Non-compliant");
    }
    if (id == QLatin1String("observation")) {
        return QCoreApplication::translate("ChecklistAnswers", "Observation");
    }
    if (id == QLatin1String("not_applicable")) {
        return QCoreApplication::translate("ChecklistAnswers", "Not applicable");
    }
    if (id == QLatin1String("not_verified")) {
        return QCoreApplication::translate("ChecklistAnswers", "Not verified");
    }
    return {};
}

} // namespace fieldbook
