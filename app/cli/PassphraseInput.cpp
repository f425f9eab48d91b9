#include "app/cli/PassphraseInput.h"

#include <QCoreApplication>
#include <QFile>
#include <cstdio>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace fieldbook {

Result<QString> readPassphrase(const QString& passphraseFile, const QString& prompt)
{
    if (!passphraseFile.isEmpty()) {
        QFile file(passphraseFile);
        if (!file.open(QIODevice::ReadOnly)) {
            return Result<QString>::failure(
                QCoreApplication::translate("Cli", "%1: cannot read: %2").arg(passphraseFile, file.errorString()));
        }
        return QString::fromUtf8(file.readLine()).remove(QLatin1Char('\n')).remove(QLatin1Char('\r'));
    }
    const QByteArray env = qgetenv("FIELDBOOK_PASSPHRASE");
    if (!env.isEmpty()) {
        return QString::fromUtf8(env);
    }
    if (!isatty(STDIN_FILENO)) {
        return Result<QString>::failure(QCoreApplication::translate(
            "Cli", "A passphrase is needed: use --passphrase-file FILE or set FIELDBOOK_PASSPHRASE."));
    }
    std::fprintf(stderr, "%s", qPrintable(prompt));
    std::fflush(stderr);
    termios old{};
    tcgetattr(STDIN_FILENO, &old);
    termios silent = old;
    silent.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    std::string line;
    int c = 0;
    while ((c = std::fgetc(stdin)) != EOF && c != '\n') {
        line.push_back(char(c));
    }
    tcsetattr(STDIN_FILENO, TCSANOW, &old);
    std::fprintf(stderr, "\n");
    return QString::fromStdString(line);
}

} // namespace fieldbook
