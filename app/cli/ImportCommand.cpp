#include "app/cli/ImportCommand.h"
#include "app/cli/CommandLine.h"
#include "app/cli/ImportPlanArguments.h"
#include "app/cli/ImportPlanPrinter.h"
#include "app/cli/PassphraseInput.h"
#include "app/records/RecordFileParser.h"
#include "app/records/RecordImportJob.h"
#include "app/records/RecordKinds.h"
#include "app/signing/SodiumDataProtector.h"
#include "database/AuditRepository.h"
#include "database/Database.h"

#include <QCoreApplication>

namespace fieldbook {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Cli", text);
}

void printOutcome(QTextStream& out, QTextStream& err, const RecordImportReport& report)
{
    const RecordImportOutcome& outcome = report.outcome;
    for (const QLatin1String kind :
         {RecordKinds::Workers, RecordKinds::TimeRecords, RecordKinds::AttLog, RecordKinds::Punches,
          RecordKinds::Payroll, RecordKinds::Production, RecordKinds::GateLog}) {
        if (outcome.rows.contains(kind)) {
            out << kind << ": " << outcome.rows.value(kind) << Qt::endl;
        }
    }
    if (!outcome.replacedKinds.isEmpty()) {
        out << tr("replaced the audit's earlier records: %1").arg(outcome.replacedKinds.join(QStringLiteral(", ")))
            << Qt::endl;
    }
    if (outcome.quarantined > 0) {
        out << tr("quarantined: %1").arg(outcome.quarantined) << Qt::endl;
        if (outcome.issuesNotKept > 0) {
            out << tr("not kept: %1 more issues (only the first %2 of a file are kept)")
                       .arg(outcome.issuesNotKept)
                       .arg(RecordFileParser::kMaxKeptIssues)
                << Qt::endl;
        }
        err << RecordStore::describeIssues(outcome.issues) << Qt::endl;
    }
    if (outcome.personalValuesWithheld > 0) {
        out << tr("%1 personal values (names, ID numbers) not stored: no unlocked data key")
                   .arg(outcome.personalValuesWithheld)
            << Qt::endl;
    }
    if (!report.rememberedKinds.isEmpty()) {
        out << tr("column mapping saved for the facility: %1").arg(report.rememberedKinds.join(QStringLiteral(", ")))
            << Qt::endl;
    }
}

} // namespace

QString ImportCommand::summary() const
{
    return tr("import a factory's record files into an audit (all or nothing), or check them first");
}

int ImportCommand::run(CliContext& context)
{
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("audit"),
         tr("uuid of the audit (needed to import; with --check or --preview it brings the "
            "facility's saved column mappings)"),
         QStringLiteral("UUID")},
        {QStringLiteral("records"), tr("folder holding the record files, named as in formats.md"),
         QStringLiteral("DIR")},
        {QStringLiteral("file"),
         tr("one record file under any name, repeatable; KIND (%1) when it cannot be told from the name, "
            "the lines or the header; BOOK.xlsx:SHEET takes one sheet of a workbook")
             .arg(RecordKinds::all().join(QStringLiteral(", "))),
         QStringLiteral("[KIND=]PATH[:SHEET]")},
        {QStringLiteral("map"),
         tr("the header holding a canonical column, repeatable, e.g. time_records:worker_id=\"Emp No\"; an empty "
            "HEADER means the column is not in the file"),
         QStringLiteral("KIND:COLUMN=HEADER")},
        {QStringLiteral("mapping"),
         tr("column mappings from a JSON file: {\"format_version\": 1, \"mappings\": {\"KIND\": {\"COLUMN\": "
            "\"HEADER\"}}}"),
         QStringLiteral("FILE")},
        {QStringLiteral("encoding"),
         tr("convert a file (FILE_NAME=ENCODING) or every file (ENCODING) from another encoding, e.g. windows-1252 "
            "or GBK; without it a file that is not UTF-8 is refused"),
         QStringLiteral("[FILE_NAME=]ENCODING")},
        {QStringLiteral("date-order"),
         tr("the order of a file's (FILE_NAME=ORDER) or every file's (ORDER) numeric dates: dmy, mdy or ymd; needed "
            "when every date could be day-first or month-first (05/01/2026), otherwise decided from the file"),
         QStringLiteral("[FILE_NAME=]ORDER")},
        {QStringLiteral("decimal-mark"),
         tr("the decimal mark of a file's (FILE_NAME=MARK) or every file's (MARK) amounts: point or comma; needed "
            "when no amount says it (1,234), otherwise decided from the file"),
         QStringLiteral("[FILE_NAME=]MARK")},
        {QStringLiteral("quarantine"), tr("import the good rows and keep the bad ones in a quarantine list")},
        {QStringLiteral("check"),
         tr("read every file whole and print the mapping and every issue (file:line: column: reason); import nothing. "
            "Exit status 0 when the import would go through, 2 when not")},
        {QStringLiteral("preview"), tr("print the mapping and the first rows of each file as they will be read, "
                                       "with their issues; import nothing")},
        {QStringLiteral("rows"), tr("rows shown per file by --preview (default 10)"), QStringLiteral("N"),
         QStringLiteral("10")},
        {QStringLiteral("no-remember"), tr("do not save the column mappings for the audit's facility (saved by "
                                           "default, so the next audit of the facility maps by itself)")},
        {QStringLiteral("seal-personal"),
         tr("keep worker names and ID numbers, sealed with the store's personal-data key (created on first use; "
            "passphrase from --passphrase-file, FIELDBOOK_PASSPHRASE or a prompt)")},
        {QStringLiteral("passphrase-file"), tr("read the passphrase from this file"), QStringLiteral("FILE")},
    });
    if (auto exit = parseCommandLine(parser, context, name(), summary())) {
        return *exit;
    }
    ImportPlanArguments plan;
    plan.recordsDir = parser.value(QStringLiteral("records"));
    plan.files = parser.values(QStringLiteral("file"));
    plan.maps = parser.values(QStringLiteral("map"));
    plan.mappingFile = parser.value(QStringLiteral("mapping"));
    plan.encodings = parser.values(QStringLiteral("encoding"));
    plan.dateOrders = parser.values(QStringLiteral("date-order"));
    plan.decimalMarks = parser.values(QStringLiteral("decimal-mark"));
    const bool checkOnly = parser.isSet(QStringLiteral("check"));
    const bool previewOnly = parser.isSet(QStringLiteral("preview"));
    const bool importing = !checkOnly && !previewOnly;
    bool rowsOk = false;
    const int previewRows = parser.value(QStringLiteral("rows")).toInt(&rowsOk);
    if (plan.isEmpty() || (importing && !parser.isSet(QStringLiteral("audit"))) || !rowsOk || previewRows < 1) {
        context.err << tr("import needs --audit UUID and --records DIR or --file [KIND=]PATH (--check and --preview "
                          "need no audit; --rows takes a positive number)")
                    << Qt::endl;
        return ExitUsage;
    }

    Database db;
    RecordImportSession session;
    if (parser.isSet(QStringLiteral("audit"))) {
        Result<Database> opened = Database::open(context.storePath);
        if (!opened) {
            context.err << opened.error() << Qt::endl;
            return ExitStoreError;
        }
        db = opened.take();
        db.setActor(QStringLiteral("fieldbook-cli"));
        Result<Audit> audit = AuditRepository(db).auditByUuid(parser.value(QStringLiteral("audit")));
        if (!audit) {
            context.err << audit.error() << Qt::endl;
            return ExitInvalidInput;
        }
        Result<RecordImportSession> forAudit = RecordImportSession::forAudit(db, audit->id);
        if (!forAudit) {
            context.err << forAudit.error() << Qt::endl;
            return ExitStoreError;
        }
        session = forAudit.take();
    }
    if (const Status applied = plan.applyTo(session); !applied) {
        context.err << applied.error() << Qt::endl;
        return ExitUsage;
    }
    QStringList problems = session.fileProblems() + session.mappingProblems();

    if (!importing) {
        ImportPlanPrinter::printMapping(context.out, session);
        if (previewOnly) {
            for (int i = 0; i < session.fileCount(); ++i) {
                ImportPlanPrinter::printPreview(context.out, session.preview(i, previewRows));
            }
        }
        for (const QString& problem : problems) {
            context.err << problem << Qt::endl;
        }
        if (!checkOnly) {
            return problems.isEmpty() ? ExitOk : ExitInvalidInput;
        }
        const RecordImportCheck check = session.check();
        const ImportMode mode =
            parser.isSet(QStringLiteral("quarantine")) ? ImportMode::Quarantine : ImportMode::AllOrNothing;
        ImportPlanPrinter::printIssues(context.out, check.allIssues());
        context.out << tr("%1 file(s) readable, %2 unreadable; %3 good record(s), %4 bad row(s), %5 notice(s)")
                           .arg(check.outcome.files.size())
                           .arg(check.fileIssues.size())
                           .arg(check.outcome.records.workers.size() + check.outcome.records.timeRecords.size() +
                                check.outcome.records.payroll.size() + check.outcome.records.production.size() +
                                check.outcome.records.gateEvents.size())
                           .arg(check.badRows())
                           .arg(check.notices())
                    << Qt::endl;
        const QString blocked = check.blockingReason(mode);
        if (!blocked.isEmpty()) {
            context.err << blocked << Qt::endl;
        }
        return problems.isEmpty() && blocked.isEmpty() ? ExitOk : ExitInvalidInput;
    }

    if (!problems.isEmpty()) {
        ImportPlanPrinter::printMapping(context.err, session);
        context.err << problems.join(QLatin1Char('\n')) << Qt::endl;
        return ExitInvalidInput;
    }
    // Without --seal-personal there is no protector: personal columns are stored as NULL, never plaintext.
    std::unique_ptr<SodiumDataProtector> protector;
    if (parser.isSet(QStringLiteral("seal-personal"))) {
        Result<QString> passphrase =
            readPassphrase(parser.value(QStringLiteral("passphrase-file")), tr("Personal-data passphrase: "));
        if (!passphrase) {
            context.err << passphrase.error() << Qt::endl;
            return ExitUsage;
        }
        Result<std::unique_ptr<SodiumDataProtector>> unlocked =
            SodiumDataProtector::unlockOrCreate(db, passphrase.value());
        wipePassphrase(passphrase.value());
        if (!unlocked) {
            context.err << unlocked.error() << Qt::endl;
            return ExitInvalidInput;
        }
        protector = unlocked.take();
    }
    // Say what was guessed: nothing is taken silently.
    ImportPlanPrinter::printMapping(context.out, session, true);
    RecordImportRequest request;
    request.session = session;
    request.mode = parser.isSet(QStringLiteral("quarantine")) ? ImportMode::Quarantine : ImportMode::AllOrNothing;
    request.rememberMappings = !parser.isSet(QStringLiteral("no-remember"));
    request.protector = protector.get();
    const RecordImportReport report = RecordImportJob::run(db, request);
    if (!report.ok()) {
        context.err << report.error << Qt::endl;
        if (report.check) {
            ImportPlanPrinter::printIssues(context.err, report.check->allIssues(), 50);
        }
        return ExitInvalidInput;
    }
    printOutcome(context.out, context.err, report);
    return ExitOk;
}

} // namespace fieldbook
