#include "app/cli/VerifyCommand.h"
#include "app/cli/CommandLine.h"

#include <QCoreApplication>

namespace fieldbook {

QString VerifyCommand::summary() const
{
    return QCoreApplication::translate("Cli", "verify a signed package or report");
}

int VerifyCommand::run(CliContext& context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("Cli", "package or report"));
    parser.addOption({QStringLiteral("pubkey"), QCoreApplication::translate("Cli", "minisign public key file"),
                      QStringLiteral("KEY_FILE")});
    if (auto exit = parseCommandLine(parser, context, name(), summary())) {
        return *exit;
    }
    if (parser.positionalArguments().size() != 1) {
        context.err << QCoreApplication::translate("Cli", "verify needs exactly one FILE") << Qt::endl;
        return ExitUsage;
    }
    context.err << QCoreApplication::translate("Cli", "verify: signing is not in this build yet") << Qt::endl;
    return ExitVerificationFailed;
}

} // namespace fieldbook
