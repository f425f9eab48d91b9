#include "app/analysis/CheckDescriptions.h"
#include "app/analysis/CheckRegistry.h"

#include <QCoreApplication>

namespace fieldbook {

QString CheckDescriptions::title(const QString& check)
{
    const Check* found = CheckRegistry::find(check);
    return found ? QCoreApplication::translate("CheckTitles", found->description().title) : check;
}

QString CheckDescriptions::explanation(const QString& check)
{
    const Check* found = CheckRegistry::find(check);
    return found ? QCoreApplication::translate("CheckExplanations", found->description().explanation) : QString();
}

QString CheckDescriptions::records(const QString& check)
{
    const Check* found = CheckRegistry::find(check);
    return found ? found->description().records : QStringLiteral("none");
}

QString CheckDescriptions::chart(const QString& check)
{
    const Check* found = CheckRegistry::find(check);
    return found ? found->description().chart : QString();
}

} // namespace fieldbook
