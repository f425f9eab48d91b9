#pragma once

#include <QString>
#include <QTemporaryDir>

namespace fieldbook::test {

// Paths of the built executables and the test data folder, from CMake.
QString cliPath();
QString guiPath();
QString testDataDir();
QString sourceDir();

// A wall-clock budget of a performance test, in milliseconds: budgetMs times the factor in the
// environment variable FIELDBOOK_SANITIZER_SLOWDOWN (a whole number from 1 to 20), which only the
// "asan" preset sets (sanitized code runs several times slower); 1 when unset, so normal builds keep
// their budgets. Any other value stops the test: a typo must not silently drop the budgets.
qint64 timeBudgetMs(qint64 budgetMs);

// Runs fieldbook-cli with arguments; returns the exit code and fills stdout/stderr.
int runCli(const QStringList& arguments, QString* out = nullptr, QString* err = nullptr, int timeoutMs = 120000);

} // namespace fieldbook::test
