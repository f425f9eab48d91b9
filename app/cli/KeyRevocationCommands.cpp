#include "app/cli/KeyRevocationCommands.h"
#include "app/cli/CommandLine.h"
#include "app/signing/KeyStore.h"
#include "database/Database.h"

#include <QCoreApplication>
#include <QDateTime>

namespace fieldbook {

QString UntrustCommand::summary() const
{
    return QCoreApplication::translate("Cli", "remove a key from the store's trust list");
}

int UntrustCommand::run(CliContext& context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("KEY_ID"),
                                 QCoreApplication::translate("Cli", "key id or fingerprint (fieldbook-cli keys)"));
    if (auto exit = parseCommandLine(parser, context, name(), summary())) {
        return *exit;
    }
    if (parser.positionalArguments().size() != 1) {
        context.err << QCoreApplication::translate("Cli", "untrust needs exactly one KEY_ID") << Qt::endl;
        return ExitUsage;
    }
    Result<Database> db = Database::open(context.storePath);
    if (!db) {
        context.err << db.error() << Qt::endl;
        return ExitStoreError;
    }
    const QString keyId = parser.positionalArguments().first();
    if (Status s = KeyStore::untrust(db.value(), keyId); !s) {
        context.err << s.error() << Qt::endl;
        return ExitInvalidInput;
    }
    context.out << QCoreApplication::translate("Cli", "no longer trusted: %1").arg(keyId) << Qt::endl;
    return ExitOk;
}

QString RevokeCommand::summary() const
{
    return QCoreApplication::translate("Cli", "revoke a signing key: packages signed with it from then on are refused");
}

int RevokeCommand::run(CliContext& context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("KEY_ID"),
                                 QCoreApplication::translate("Cli", "key id or fingerprint (fieldbook-cli keys)"));
    const QCommandLineOption at(
        QStringLiteral("at"),
        QCoreApplication::translate("Cli", "revoked as of this UTC date and time (ISO 8601; default: now), e.g. "
                                           "when the key was lost"),
        QStringLiteral("WHEN"));
    parser.addOption(at);
    if (auto exit = parseCommandLine(parser, context, name(), summary())) {
        return *exit;
    }
    if (parser.positionalArguments().size() != 1) {
        context.err << QCoreApplication::translate("Cli", "revoke needs exactly one KEY_ID") << Qt::endl;
        return ExitUsage;
    }
    QDateTime when = QDateTime::currentDateTimeUtc();
    if (parser.isSet(at)) {
        when = QDateTime::fromString(parser.value(at), Qt::ISODateWithMs);
        if (!when.isValid()) {
            context.err << QCoreApplication::translate("Cli", "--at %1: not a date and time (2026-03-18T16:00:00Z)")
                               .arg(parser.value(at))
                        << Qt::endl;
            return ExitUsage;
        }
    }
    Result<Database> db = Database::open(context.storePath);
    if (!db) {
        context.err << db.error() << Qt::endl;
        return ExitStoreError;
    }
    const QString keyId = parser.positionalArguments().first();
    if (Status s = KeyStore::revoke(db.value(), keyId, when); !s) {
        context.err << s.error() << Qt::endl;
        return ExitInvalidInput;
    }
    context.out << QCoreApplication::translate("Cli", "revoked: %1 as of %2; packages it signed from then on are "
                                                      "refused")
                       .arg(keyId, when.toUTC().toString(Qt::ISODate))
                << Qt::endl;
    return ExitOk;
}

} // namespace fieldbook
