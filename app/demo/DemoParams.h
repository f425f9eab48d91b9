#pragma once

#include "app/analysis/AuditParams.h"

namespace fieldbook {

// The thresholds synthetic factories and the demo are generated against: SA8000's defaults
// for a factory in Dongguan, Guangdong (local minimum wage, overtime premium of Chinese labour law).
inline AuditParams demoParams()
{
    AuditParams params;
    params.codes = {QStringLiteral("sa8000"), QStringLiteral("wrap")};
    params.country = QStringLiteral("CN");
    params.currency = QStringLiteral("CNY");
    params.minimumWageHourly = 22.2;
    params.overtimePremium = 1.5;
    params.minimumAge = 16;
    return params;
}

} // namespace fieldbook
