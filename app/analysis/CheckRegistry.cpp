#include "app/analysis/CheckRegistry.h"
#include "app/analysis/checks/BenfordDeviationCheck.h"
#include "app/analysis/checks/BirthdateHeapingCheck.h"
#include "app/analysis/checks/BonusOutlierCheck.h"
#include "app/analysis/checks/CoachedInterviewsCheck.h"
#include "app/analysis/checks/DuplicateIdentityCheck.h"
#include "app/analysis/checks/ExcessiveHoursCheck.h"
#include "app/analysis/checks/GateTimeMismatchCheck.h"
#include "app/analysis/checks/HoursCapPatternCheck.h"
#include "app/analysis/checks/IdenticalPunchesCheck.h"
#include "app/analysis/checks/InterviewRecordConflictCheck.h"
#include "app/analysis/checks/MinimumWageShortfallCheck.h"
#include "app/analysis/checks/MissingPunchesCheck.h"
#include "app/analysis/checks/NetPayInconsistentCheck.h"
#include "app/analysis/checks/NoRestDayCheck.h"
#include "app/analysis/checks/OvertimePremiumShortfallCheck.h"
#include "app/analysis/checks/PayrollHoursMismatchCheck.h"
#include "app/analysis/checks/ProductionHoursMismatchCheck.h"
#include "app/analysis/checks/RoundTimesCheck.h"
#include "app/analysis/checks/UnderageWorkerCheck.h"
#include "app/analysis/checks/UniformTimesCheck.h"
#include "app/analysis/checks/UnknownWorkerCheck.h"
#include "app/analysis/checks/WorkOutsideEmploymentCheck.h"
#include "app/analysis/checks/YoungWorkerViolationCheck.h"

namespace fieldbook {

std::vector<std::shared_ptr<const Check>> CheckRegistry::allChecks()
{
    return {
        std::make_shared<IdenticalPunchesCheck>(),
        std::make_shared<UniformTimesCheck>(),
        std::make_shared<RoundTimesCheck>(),
        std::make_shared<HoursCapPatternCheck>(),
        std::make_shared<ExcessiveHoursCheck>(),
        std::make_shared<NoRestDayCheck>(),
        std::make_shared<MissingPunchesCheck>(),
        std::make_shared<PayrollHoursMismatchCheck>(),
        std::make_shared<MinimumWageShortfallCheck>(),
        std::make_shared<OvertimePremiumShortfallCheck>(OvertimePremiumShortfallCheck::Kind::Overtime),
        std::make_shared<OvertimePremiumShortfallCheck>(OvertimePremiumShortfallCheck::Kind::RestDay),
        std::make_shared<OvertimePremiumShortfallCheck>(OvertimePremiumShortfallCheck::Kind::Holiday),
        std::make_shared<NetPayInconsistentCheck>(),
        std::make_shared<BenfordDeviationCheck>(),
        std::make_shared<BonusOutlierCheck>(),
        std::make_shared<UnderageWorkerCheck>(),
        std::make_shared<YoungWorkerViolationCheck>(),
        std::make_shared<BirthdateHeapingCheck>(),
        std::make_shared<DuplicateIdentityCheck>(),
        std::make_shared<WorkOutsideEmploymentCheck>(),
        std::make_shared<UnknownWorkerCheck>(),
        std::make_shared<ProductionHoursMismatchCheck>(),
        std::make_shared<GateTimeMismatchCheck>(),
        std::make_shared<InterviewRecordConflictCheck>(),
        std::make_shared<CoachedInterviewsCheck>(),
    };
}

const Check* CheckRegistry::find(const QString& name)
{
    // Built once (thread-safe static): the checks are stateless and only read.
    static const std::vector<std::shared_ptr<const Check>> checks = allChecks();
    for (const auto& check : checks) {
        if (check->name() == name) {
            return check.get();
        }
    }
    return nullptr;
}

QStringList CheckRegistry::checkNames()
{
    QStringList names;
    for (const auto& check : allChecks()) {
        names.append(check->name());
    }
    return names;
}

} // namespace fieldbook
