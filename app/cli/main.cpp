#include "app/cli/Cli.h"
#include "app/core/AppPaths.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

// fieldbook-cli: a QCoreApplication, so it runs with no display (CI, servers, scripts).
int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    fieldbook::AppPaths::initialiseApplication();
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int status = fieldbook::Cli::run(app.arguments().mid(1), out, err);
    out.flush();
    err.flush();
    return status;
}
