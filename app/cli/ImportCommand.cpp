#include "app/cli/ImportCommand.h"
#include "app/cli/CommandLine.h"
#include "app/cli/PassphraseInput.h"
#include "app/records/RecordStore.h"
#include "app/signing/SodiumDataProtector.h"
#include "database/AuditRepository.h"
#include "database/Database.h"

#include <QCoreApplication>

namespace fieldbook {

QString ImportCommand::summary() const
{
    return QCoreApplication::translate("Cli", "import a factory's record files into an audit (all or nothing)");
}

int ImportCommand::run(CliContext& context)
{
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("audit"), QCoreApplication::translate("Cli", "uuid of the audit"), QStringLiteral("UUID")},
        {QStringLiteral("records"), QCoreApplication::translate("Cli", "folder holding the record files"),
         QStringLiteral("DIR")},
        {QStringLiteral("quarantine"),
         QCoreApplication::translate("Cli", "import the good rows and keep the bad ones in a quarantine list")},
        {QStringLiteral("seal-personal"),
         QCoreApplication::translate("Cli", "keep worker names and ID numbers, sealed with the store's personal-data "
                                            "key (created on first use; passphrase from --passphrase-file, "
                                            "FIELDBOOK_PASSPHRASE or a prompt)")},
        {QStringLiteral("passphrase-file"), QCoreApplication::translate("Cli", "read the passphrase from this file"),
         QStringLiteral("FILE")},
    });
    if (auto exit = parseCommandLine(parser, context, name(), summary())) {
        return *exit;
    }
    if (!parser.isSet(QStringLiteral("audit")) || !parser.isSet(QStringLiteral("records"))) {
        context.err << QCoreApplication::translate("Cli", "import needs --audit UUID and --records DIR") << Qt::endl;
        return ExitUsage;
    }
    Result<Database> db = Database::open(context.storePath);
    if (!db) {
        context.err << db.error() << Qt::endl;
        return ExitStoreError;
    }
    db->setActor(QStringLiteral("fieldbook-cli"));
    Result<Audit> audit = AuditRepository(db.value()).auditByUuid(parser.value(QStringLiteral("audit")));
    if (!audit) {
        context.err << audit.error() << Qt::endl;
        return ExitInvalidInput;
    }
    RecordReadOptions options;
    options.mode = parser.isSet(QStringLiteral("quarantine")) ? ImportMode::Quarantine : ImportMode::AllOrNothing;
    // Without --seal-personal there is no protector: personal columns are stored as NULL, never plaintext.
    std::unique_ptr<SodiumDataProtector> protector;
    if (parser.isSet(QStringLiteral("seal-personal"))) {
        Result<QString> passphrase = readPassphrase(parser.value(QStringLiteral("passphrase-file")),
                                                    QCoreApplication::translate("Cli", "Personal-data passphrase: "));
        if (!passphrase) {
            context.err << passphrase.error() << Qt::endl;
            return ExitUsage;
        }
        Result<std::unique_ptr<SodiumDataProtector>> unlocked =
            SodiumDataProtector::unlockOrCreate(db.value(), passphrase.value());
        if (!unlocked) {
            context.err << unlocked.error() << Qt::endl;
            return ExitInvalidInput;
        }
        protector = unlocked.take();
    }
    Result<RecordImportOutcome> imported =
        RecordStore(db.value(), protector.get())
            .importDirectory(audit->id, parser.value(QStringLiteral("records")), options);
    if (!imported) {
        context.err << imported.error() << Qt::endl;
        return ExitInvalidInput;
    }
    const RecordImportOutcome& outcome = imported.value();
    for (const QString& kind : {QStringLiteral("workers"), QStringLiteral("time_records"), QStringLiteral("attlog"),
                                QStringLiteral("payroll"), QStringLiteral("production"), QStringLiteral("gate_log")}) {
        if (outcome.rows.contains(kind)) {
            context.out << kind << ": " << outcome.rows.value(kind) << Qt::endl;
        }
    }
    if (!outcome.replacedKinds.isEmpty()) {
        context.out << QCoreApplication::translate("Cli", "replaced the audit's earlier records: %1")
                           .arg(outcome.replacedKinds.join(QStringLiteral(", ")))
                    << Qt::endl;
    }
    if (outcome.quarantined > 0) {
        context.out << QCoreApplication::translate("Cli", "quarantined: %1").arg(outcome.quarantined) << Qt::endl;
        context.err << RecordStore::describeIssues(outcome.issues) << Qt::endl;
    }
    if (outcome.personalValuesWithheld > 0) {
        context.out << QCoreApplication::translate(
                           "Cli", "%1 personal values (names, ID numbers) not stored: no unlocked data key")
                           .arg(outcome.personalValuesWithheld)
                    << Qt::endl;
    }
    return ExitOk;
}

} // namespace fieldbook
