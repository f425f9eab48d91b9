#include "app/cli/ReportCommand.h"
#include "app/cli/CommandLine.h"
#include "app/i18n/Languages.h"
#include "app/report/ReportReadiness.h"
#include "app/report/ReportService.h"
#include "database/Database.h"

#include <QCoreApplication>
#include <QGuiApplication>

namespace fieldbook {

QString ReportCommand::summary() const
{
    return QCoreApplication::translate("Cli", "write the PDF report of an audit");
}

int ReportCommand::run(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption audit(QStringLiteral("audit"), QCoreApplication::translate("Cli", "the audit's uuid"),
                                   QStringLiteral("uuid"));
    const QCommandLineOption out(QStringLiteral("out"), QCoreApplication::translate("Cli", "the PDF file to write"),
                                 QStringLiteral("file"));
    const QCommandLineOption language(
        QStringLiteral("language"),
        QCoreApplication::translate("Cli", "report language: en, zh_CN or es (default: the audit's language)"),
        QStringLiteral("lang"));
    const QCommandLineOption fingerprint(
        QStringLiteral("fingerprint"),
        QCoreApplication::translate("Cli", "signing key fingerprint printed on every page (default: unsigned draft)"),
        QStringLiteral("text"));
    parser.addOptions({audit, out, language, fingerprint});
    if (auto exit = parseCommandLine(parser, context, name(), summary())) {
        return *exit;
    }
    if (!parser.isSet(audit) || !parser.isSet(out)) {
        context.err << QCoreApplication::translate("Cli", "report needs --audit UUID and --out FILE.pdf") << Qt::endl;
        return ExitUsage;
    }
    // Fonts and painting need a QGuiApplication; main() makes one for this command.
    if (qobject_cast<QGuiApplication*>(QCoreApplication::instance()) == nullptr) {
        context.err << QCoreApplication::translate("Cli", "report needs a QGuiApplication") << Qt::endl;
        return ExitStoreError;
    }
    Result<Database> db = Database::open(context.storePath, Database::OpenMode::ReadOnly);
    if (!db) {
        context.err << db.error() << Qt::endl;
        return ExitStoreError;
    }
    QString reportLanguage; // empty: the audit's own
    if (parser.isSet(language)) {
        const QString asked = parser.value(language);
        if (!Languages::isSupported(QString(asked).replace(QLatin1Char('-'), QLatin1Char('_'))) &&
            asked != QLatin1String("zh")) {
            QStringList known;
            for (const LanguageInfo& l : Languages::supported()) {
                known << l.code;
            }
            context.err << QCoreApplication::translate("Cli", "unknown report language \"%1\" (known: %2)")
                               .arg(asked, known.join(QStringLiteral(", ")))
                        << Qt::endl;
            return ExitUsage;
        }
        reportLanguage = asked;
    }
    // What the Report page says before reporting, in the same words: the report is still written.
    Result<ReportReadiness> readiness = ReportReadiness::read(db.value(), parser.value(audit));
    if (!readiness) {
        context.err << readiness.error() << Qt::endl;
        return ExitInvalidInput;
    }
    if (!readiness->ready()) {
        context.err << readiness->warning() << Qt::endl;
    }
    // The whole report, catalog texts included, in that language whatever the environment's.
    Result<ReportOutcome> written =
        ReportService(db.value())
            .writePdf({parser.value(audit), parser.value(out), reportLanguage, parser.value(fingerprint)});
    if (!written) {
        context.err << written.error() << Qt::endl;
        return ExitInvalidInput;
    }
    context.out << QCoreApplication::translate("Cli", "Wrote %1 (%2 pages)").arg(parser.value(out)).arg(written->pages)
                << Qt::endl;
    return ExitOk;
}

} // namespace fieldbook
