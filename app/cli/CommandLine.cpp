#include "app/cli/CommandLine.h"

#include <QCoreApplication>

namespace fieldbook {

std::optional<int> parseCommandLine(QCommandLineParser& parser, const CliContext& context, const QString& commandName,
                                    const QString& description)
{
    parser.setApplicationDescription(description);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("Cli", "Show this help."));
    parser.addOption(help);
    QStringList args = context.arguments;
    args.prepend(QStringLiteral("fieldbook-cli ") + commandName);
    if (!parser.parse(args)) {
        context.err << commandName << ": " << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        context.out << parser.helpText();
        return ExitOk;
    }
    return std::nullopt;
}

} // namespace fieldbook
