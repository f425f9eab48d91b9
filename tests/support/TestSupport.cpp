#include "support/TestSupport.h"

#include <QProcess>
#include <QProcessEnvironment>

namespace fieldbook::test {

QString cliPath()
{
    return QString::fromUtf8(FIELDBOOK_CLI_PATH);
}

QString guiPath()
{
    return QString::fromUtf8(FIELDBOOK_GUI_PATH);
}

QString testDataDir()
{
    return QString::fromUtf8(FIELDBOOK_TEST_DATA_DIR);
}

QString sourceDir()
{
    return QString::fromUtf8(FIELDBOOK_SOURCE_DIR_PATH);
}

int runCli(const QStringList& arguments, QString* out, QString* err, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY")); // the CLI must never need a display
    process.setProcessEnvironment(env);
    process.start(cliPath(), arguments);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        if (err) {
            *err = QStringLiteral("fieldbook-cli timed out or did not start: ") + process.errorString();
        }
        return -1;
    }
    if (out) {
        *out = QString::fromUtf8(process.readAllStandardOutput());
    }
    if (err) {
        *err = QString::fromUtf8(process.readAllStandardError());
    }
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
}

} // namespace fieldbook::test
