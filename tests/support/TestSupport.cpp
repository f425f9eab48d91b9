#include "support/TestSupport.h"

#include <QByteArray>
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

qint64 timeBudgetMs(qint64 budgetMs)
{
    static const qint64 factor = [] {
        const QByteArray value = qgetenv("FIELDBOOK_SANITIZER_SLOWDOWN");
        if (value.isEmpty()) {
            return qint64(1);
        }
        bool ok = false;
        const int parsed = value.toInt(&ok);
        if (!ok || parsed < 1 || parsed > 20) {
            qFatal("FIELDBOOK_SANITIZER_SLOWDOWN must be a whole number from 1 to 20, not \"%s\"", value.constData());
        }
        return qint64(parsed);
    }();
    return budgetMs * factor;
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
