#include "app/demo/DemoParams.h"
#include "app/params/ParamsResolver.h"

namespace fieldbook {

AuditParams demoParams()
{
    AuditParams params;
    params.codes = {QStringLiteral("sa8000"), QStringLiteral("wrap")};
    params.country = QStringLiteral("CN");
    params.currency = QStringLiteral("CNY");
    params.minimumWageHourly = 22.2;
    params.overtimePremium = 1.5;
    params.minimumAge = 16;
    // The demo period (FactoryProfile's default start and length): 2025-12-01 to 2026-03-01.
    ResolveOptions options;
    options.region = QStringLiteral("Dongguan");
    options.periodStart = QDate(2025, 12, 1);
    options.periodEnd = QDate(2026, 3, 1);
    options.date = options.periodEnd;
    const Result<ResolvedParams> law = ParamsResolver::resolve(params.codes, params.country, {}, options);
    if (law) {
        const AuditParams& l = law->params;
        params.region = l.region;
        params.maxOvertimeHoursPerDay = l.maxOvertimeHoursPerDay;
        params.maxOvertimeHoursPerMonth = l.maxOvertimeHoursPerMonth;
        params.maxOvertimeHoursPerYear = l.maxOvertimeHoursPerYear;
        params.maxTotalHoursPerDay = l.maxTotalHoursPerDay;
        params.restDayPremium = l.restDayPremium;
        params.holidayPremium = l.holidayPremium;
        params.holidays = l.holidays;
    }
    return params;
}

} // namespace fieldbook
