#include "app/cli/PassphraseInput.h"
#include "app/signing/SecureBytes.h"

#include <QCoreApplication>
#include <QFile>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <sodium.h>
#include <string>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

namespace fieldbook {

namespace {

struct EnvironmentPassphrase
{
    bool taken = false;
    SecureBytes bytes; // UTF-8, in guarded memory
};

EnvironmentPassphrase& environmentPassphrase()
{
    static EnvironmentPassphrase kept;
    return kept;
}

QString fromUtf8Wiped(char* data, size_t size)
{
    QString text = QString::fromUtf8(data, qsizetype(size));
    sodium_memzero(data, size);
    return text;
}

} // namespace

void takePassphraseFromEnvironment()
{
    EnvironmentPassphrase& kept = environmentPassphrase();
    if (kept.taken) {
        return;
    }
    kept.taken = true;
    char* value = std::getenv("FIELDBOOK_PASSPHRASE");
    if (value && *value && sodiumReady()) {
        const size_t size = std::strlen(value);
        kept.bytes = SecureBytes(size);
        std::memcpy(kept.bytes.data(), value, size);
        sodium_memzero(value, size); // the copy in this process's environment block
    }
    unsetenv("FIELDBOOK_PASSPHRASE");
}

void wipePassphrase(QString& passphrase)
{
    if (!passphrase.isEmpty()) {
        sodium_memzero(passphrase.data(), size_t(passphrase.size()) * sizeof(QChar));
    }
    passphrase.clear();
}

Result<QString> readPassphrase(const QString& passphraseFile, const QString& prompt)
{
    if (!passphraseFile.isEmpty()) {
        struct stat info
        {
        };
        if (::stat(QFile::encodeName(passphraseFile).constData(), &info) == 0 && (info.st_mode & 077) != 0) {
            return Result<QString>::failure(
                QCoreApplication::translate("Cli", "%1: the passphrase file can be read by others; make it "
                                                   "readable by you alone (chmod 600)")
                    .arg(passphraseFile));
        }
        QFile file(passphraseFile);
        if (!file.open(QIODevice::ReadOnly)) {
            return Result<QString>::failure(
                QCoreApplication::translate("Cli", "%1: cannot read: %2").arg(passphraseFile, file.errorString()));
        }
        QByteArray line = file.readLine(4096);
        while (line.endsWith('\n') || line.endsWith('\r')) {
            line.chop(1);
        }
        return fromUtf8Wiped(line.data(), size_t(line.size()));
    }
    takePassphraseFromEnvironment();
    EnvironmentPassphrase& kept = environmentPassphrase();
    if (!kept.bytes.isEmpty()) {
        return QString::fromUtf8(reinterpret_cast<const char*>(kept.bytes.data()), qsizetype(kept.bytes.size()));
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
    line.reserve(1024); // no reallocation (and stray copy) for any sane passphrase
    int c = 0;
    while ((c = std::fgetc(stdin)) != EOF && c != '\n') {
        line.push_back(char(c));
    }
    tcsetattr(STDIN_FILENO, TCSANOW, &old);
    std::fprintf(stderr, "\n");
    return fromUtf8Wiped(line.data(), line.size());
}

} // namespace fieldbook
