#include "app/cli/Cli.h"
#include "app/cli/PassphraseInput.h"
#include "app/core/AppPaths.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>
#include <cstdio>
#include <memory>
#include <sys/stat.h>

namespace {

// The subcommand: the first argument that is not a global option (--db FILE, --db=FILE).
QString subcommand(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg == QLatin1String("--db")) {
            ++i;
            continue;
        }
        if (!arg.startsWith(QLatin1Char('-'))) {
            return arg;
        }
    }
    return {};
}

} // namespace

// fieldbook-cli runs with no display (CI, servers, scripts), so it is a QCoreApplication.
// The one exception is `report`: QTextDocument and QPdfWriter need the font database, which only
// a QGuiApplication provides. For it we create a QGuiApplication on the "offscreen" platform
// (unless the caller chose a platform), which needs no display either. Every other command keeps
// the plain QCoreApplication and never loads a platform plugin.
int main(int argc, char* argv[])
{
    // Stores, key files, packages and reports hold audit data: owner-only, whatever the shell's umask.
    umask(077);
    // The passphrase variable is for automation only: read once, then unset, so that no child
    // process inherits it.
    fieldbook::takePassphraseFromEnvironment();
    std::unique_ptr<QCoreApplication> app;
    if (subcommand(argc, argv) == QLatin1String("report")) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    fieldbook::AppPaths::initialiseApplication();
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int status = fieldbook::Cli::run(app->arguments().mid(1), out, err);
    out.flush();
    err.flush();
    return status;
}
