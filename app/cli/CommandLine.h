#pragma once

#include "app/cli/CliCommand.h"

#include <QCommandLineParser>
#include <optional>

namespace fieldbook {

// Parses a subcommand's options without QCommandLineParser::process() (which would exit()).
// Returns an exit code when the command should stop here: --help printed, or a usage error
// reported on stderr.
std::optional<int> parseCommandLine(QCommandLineParser& parser, const CliContext& context, const QString& commandName,
                                    const QString& description);

} // namespace fieldbook
