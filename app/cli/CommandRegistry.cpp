#include "app/cli/CommandRegistry.h"
#include "app/cli/AnalyzeCommand.h"
#include "app/cli/AuditsCommand.h"
#include "app/cli/CheckStoreCommand.h"
#include "app/cli/ChecklistCommand.h"
#include "app/cli/CodesCommand.h"
#include "app/cli/ConflictsCommand.h"
#include "app/cli/CreateAuditCommand.h"
#include "app/cli/DemoCommand.h"
#include "app/cli/DeriveChecklistCommand.h"
#include "app/cli/ExportCommand.h"
#include "app/cli/FlagRecordsCommand.h"
#include "app/cli/GenerateCommand.h"
#include "app/cli/ImportCodeCommand.h"
#include "app/cli/ImportCommand.h"
#include "app/cli/ImportPackageCommand.h"
#include "app/cli/InterviewsCommand.h"
#include "app/cli/KeyRevocationCommands.h"
#include "app/cli/KeygenCommand.h"
#include "app/cli/KeysCommand.h"
#include "app/cli/ParamsCommand.h"
#include "app/cli/ReportCommand.h"
#include "app/cli/ResealPersonalCommand.h"
#include "app/cli/ResolveConflictCommand.h"
#include "app/cli/SignCommand.h"
#include "app/cli/TrustCommand.h"
#include "app/cli/VerifyCommand.h"

namespace fieldbook {

std::vector<std::unique_ptr<CliCommand>> allCliCommands()
{
    std::vector<std::unique_ptr<CliCommand>> commands;
    commands.push_back(std::make_unique<AnalyzeCommand>());
    commands.push_back(std::make_unique<FlagRecordsCommand>());
    commands.push_back(std::make_unique<VerifyCommand>());
    commands.push_back(std::make_unique<KeygenCommand>());
    commands.push_back(std::make_unique<KeysCommand>());
    commands.push_back(std::make_unique<SignCommand>());
    commands.push_back(std::make_unique<TrustCommand>());
    commands.push_back(std::make_unique<UntrustCommand>());
    commands.push_back(std::make_unique<RevokeCommand>());
    commands.push_back(std::make_unique<ExportCommand>());
    commands.push_back(std::make_unique<ImportPackageCommand>());
    commands.push_back(std::make_unique<ConflictsCommand>());
    commands.push_back(std::make_unique<ResolveConflictCommand>());
    commands.push_back(std::make_unique<ResealPersonalCommand>());
    commands.push_back(std::make_unique<CodesCommand>());
    commands.push_back(std::make_unique<ChecklistCommand>());
    commands.push_back(std::make_unique<ParamsCommand>());
    commands.push_back(std::make_unique<ImportCodeCommand>());
    commands.push_back(std::make_unique<AuditsCommand>());
    commands.push_back(std::make_unique<CreateAuditCommand>());
    commands.push_back(std::make_unique<DeriveChecklistCommand>());
    commands.push_back(std::make_unique<CheckStoreCommand>());
    commands.push_back(std::make_unique<GenerateCommand>());
    commands.push_back(std::make_unique<ImportCommand>());
    commands.push_back(std::make_unique<InterviewsCommand>());
    commands.push_back(std::make_unique<DemoCommand>());
    commands.push_back(std::make_unique<ReportCommand>());
    return commands;
}

} // namespace fieldbook
