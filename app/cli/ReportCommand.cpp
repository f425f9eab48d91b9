#include "app/cli/ReportCommand.h"
#include "app/cli/CommandLine.h"
#include "app/i18n/Languages.h"
#include "app/report/ReportBuilder.h"
#include "app/report/ReportDataLoader.h"
#include "app/report/ReportLanguage.h"
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
    Result<ReportData> data = ReportDataLoader(db.value()).load(parser.value(audit));
    if (!data) {
        context.err << data.error() << Qt::endl;
        return ExitInvalidInput;
    }
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
        data->language = asked;
    }
    // The whole report, catalog texts included, in that language whatever the environment's.
    const ReportLanguage translation(data->language);
    data->language = translation.language();
    Result<int> pages = ReportBuilder(data.take(), {parser.value(fingerprint), {}}).writePdf(parser.value(out));
    if (!pages) {
        context.err << pages.error() << Qt::endl;
        return ExitInvalidInput;
    }
    context.out << QCoreApplication::translate("Cli", "Wrote %1 (%2 pages)").arg(parser.value(out)).arg(pages.value())
                << Qt::endl;
    return ExitOk;
}

} // namespace fieldbook
