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
    // The labels keep the translation context they had in ui/checklist/ChecklistModel, so every
    // existing translation still applies.
    if (id == QLatin1String("compliant")) {
        return QCoreApplication::translate("fieldbook::ChecklistModel", "Compliant");
    }
    if (id == QLatin1String("non_compliant")) {
        return QCoreApplication::translate("fieldbook::ChecklistModel", "Non-compliant");
    }
    if (id == QLatin1String("observation")) {
        return QCoreApplication::translate("fieldbook::ChecklistModel", "Observation");
    }
    if (id == QLatin1String("not_applicable")) {
        return QCoreApplication::translate("fieldbook::ChecklistModel", "Not applicable");
    }
    if (id == QLatin1String("not_verified")) {
        return QCoreApplication::translate("fieldbook::ChecklistModel", "Not verified");
    }
    return {};
}

} // namespace fieldbook
