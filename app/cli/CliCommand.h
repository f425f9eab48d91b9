#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace fieldbook {

// Exit statuses of fieldbook-cli (formats.md section 3; 3 and up are ours).
enum ExitCode
{
    ExitOk = 0,
    ExitUsage = 1,
    ExitInvalidInput = 2,
    ExitVerificationFailed = 3,
    ExitStoreError = 4,
};

// What every subcommand gets: its arguments, the streams and the global options.
struct CliContext
{
    QStringList arguments; // after the subcommand name
    QString storePath;     // --db, or the default store
    QTextStream& out;
    QTextStream& err;
};

// One subcommand of fieldbook-cli. Subclasses live beside this file, one per file,
// and are listed in CommandRegistry.cpp.
class CliCommand
{
public:
    virtual ~CliCommand() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0; // one line for `fieldbook-cli --help`
    virtual int run(CliContext& context) = 0;
};

} // namespace fieldbook
