#pragma once

#include <QStringList>
#include <QTextStream>

namespace fieldbook {

// The fieldbook-cli front end: global options (--db, --help, --version), then one subcommand.
// Separate from main() so tests can run it in-process.
class Cli
{
public:
    static int run(const QStringList& arguments, QTextStream& out, QTextStream& err);
    static QString helpText();
};

} // namespace fieldbook
