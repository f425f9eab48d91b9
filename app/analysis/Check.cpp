#include "app/analysis/Check.h"

namespace fieldbook {

Flag Check::makeFlag(const AnalysisInput& input, Severity severity) const
{
    Flag flag;
    flag.check = name();
    flag.severity = severity;
    flag.clauses = input.clausesInForce(clauses());
    return flag;
}

} // namespace fieldbook
