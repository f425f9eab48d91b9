#pragma once

#include <QString>
#include <QTemporaryDir>

namespace fieldbook::test {

// Paths of the built executables and the test data folder, from CMake.
QString cliPath();
QString guiPath();
QString testDataDir();
QString sourceDir();

// Runs fieldbook-cli with arguments; returns the exit code and fills stdout/stderr.
int runCli(const QStringList& arguments, QString* out = nullptr, QString* err = nullptr, int timeoutMs = 120000);

} // namespace fieldbook::test
