#include "app/cli/AnalyzeCommand.h"
#include "app/cli/CommandLine.h"

#include <QCoreApplication>

namespace fieldbook {

QString AnalyzeCommand::summary() const
{
    return QCoreApplication::translate("Cli", "flag inconsistencies and violations in a factory's records");
}

int AnalyzeCommand::run(CliContext& context)
{
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("records"), QCoreApplication::translate("Cli", "folder holding the record files"),
         QStringLiteral("DIR")},
        {QStringLiteral("params"), QCoreApplication::translate("Cli", "params.json overriding the thresholds"),
         QStringLiteral("FILE")},
        {QStringLiteral("code"), QCoreApplication::translate("Cli", "code(s) whose thresholds apply"),
         QStringLiteral("C")},
        {QStringLiteral("country"), QCoreApplication::translate("Cli", "country whose law applies"),
         QStringLiteral("CC")},
        {QStringLiteral("format"), QCoreApplication::translate("Cli", "json or text"), QStringLiteral("F"),
         QStringLiteral("text")},
    });
    if (auto exit = parseCommandLine(parser, context, name(), summary())) {
        return *exit;
    }
    if (!parser.isSet(QStringLiteral("records"))) {
        context.err << QCoreApplication::translate("Cli", "analyze needs --records DIR") << Qt::endl;
        return ExitUsage;
    }
    context.err << QCoreApplication::translate("Cli", "analyze: the analysis engine is not in this build yet")
                << Qt::endl;
    return ExitInvalidInput;
}

} // namespace fieldbook
