#pragma once

#include "app/cli/CliCommand.h"

#include <memory>
#include <vector>

namespace fieldbook {

// Every subcommand of fieldbook-cli, in the order `--help` lists them.
std::vector<std::unique_ptr<CliCommand>> allCliCommands();

} // namespace fieldbook
