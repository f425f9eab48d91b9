#pragma once

#include "app/params/AuditParams.h"

namespace fieldbook {

// The thresholds synthetic factories and the demo are generated against: SA8000's defaults for a
// factory in Dongguan, Guangdong (local minimum wage, overtime premium of Chinese labour law), with
// the limits Chinese law states by the day and the month, its rest-day and holiday premiums and
// the public holidays of the demo period as the country file gives them (resources/countries/cn.json),
// so that a generated "clean" worker is clean under the law the analysis applies.
AuditParams demoParams();

} // namespace fieldbook
