#include "app/analysis/FlagDisposition.h"

namespace fieldbook {

QString flagDispositionName(FlagDisposition disposition)
{
    switch (disposition) {
    case FlagDisposition::Confirmed:
        return QStringLiteral("confirmed");
    case FlagDisposition::Dismissed:
        return QStringLiteral("dismissed");
    case FlagDisposition::Open:
        break;
    }
    return QStringLiteral("open");
}

FlagDisposition flagDispositionFromName(const QString& name)
{
    if (name == QLatin1String("confirmed")) {
        return FlagDisposition::Confirmed;
    }
    if (name == QLatin1String("dismissed")) {
        return FlagDisposition::Dismissed;
    }
    return FlagDisposition::Open;
}

} // namespace fieldbook
