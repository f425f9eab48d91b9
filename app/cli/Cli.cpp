#include "app/cli/Cli.h"
#include "app/cli/CommandRegistry.h"
#include "app/core/AppPaths.h"
#include "app/core/Version.h"

#include <QCoreApplication>

namespace fieldbook {

QString Cli::helpText()
{
    QString text = QCoreApplication::translate(
                       "Cli", "Usage: fieldbook-cli [--db FILE] <command> [options]\n\n"
                              "The headless twin of the Fieldbook desktop app: same core, no display needed.\n\n"
                              "Global options:\n"
                              "  --db FILE      use this store instead of the default (%1)\n"
                              "  -h, --help     show this help; `fieldbook-cli <command> --help` for a command\n"
                              "  -v, --version  print the version\n\n"
                              "Commands:\n")
                       .arg(AppPaths::defaultStorePath());
    for (const auto& command : allCliCommands()) {
        text += QStringLiteral("  %1  %2\n").arg(command->name(), -16).arg(command->summary());
    }
    text += QCoreApplication::translate("Cli", "\nExit status: 0 done, 1 usage error, 2 unreadable or invalid input, "
                                               "3 verification failed, 4 store error.\n");
    return text;
}

int Cli::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QString storePath;
    int i = 0;
    // Global options come before the subcommand.
    for (; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        if (arg == QLatin1String("-h") || arg == QLatin1String("--help") || arg == QLatin1String("help")) {
            out << helpText();
            return ExitOk;
        }
        if (arg == QLatin1String("-v") || arg == QLatin1String("--version")) {
            out << "fieldbook-cli " << kVersion << Qt::endl;
            return ExitOk;
        }
        if (arg == QLatin1String("--db")) {
            if (i + 1 >= arguments.size()) {
                err << QCoreApplication::translate("Cli", "--db needs a file name") << Qt::endl;
                return ExitUsage;
            }
            storePath = arguments.at(++i);
            continue;
        }
        if (arg.startsWith(QLatin1String("--db="))) {
            storePath = arg.mid(5);
            continue;
        }
        break;
    }
    if (i >= arguments.size()) {
        err << helpText();
        return ExitUsage;
    }
    const QString name = arguments.at(i);
    for (const auto& command : allCliCommands()) {
        if (command->name() == name) {
            CliContext context{arguments.mid(i + 1), storePath.isEmpty() ? AppPaths::defaultStorePath() : storePath,
                               out, err};
            return command->run(context);
        }
    }
    err << QCoreApplication::translate("Cli", "Unknown command \"%1\". Run fieldbook-cli --help for the list.")
               .arg(name)
        << Qt::endl;
    return ExitUsage;
}

} // namespace fieldbook
