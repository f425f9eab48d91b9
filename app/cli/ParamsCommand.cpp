#include "app/cli/ParamsCommand.h"
#include "app/cli/CommandLine.h"
#include "app/codes/ParamsResolver.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace fieldbook {

QString ParamsCommand::summary() const
{
    return QCoreApplication::translate("Cli", "print params.json for code(s) and a country (stricter rule wins)");
}

int ParamsCommand::run(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption code(QStringLiteral("code"),
                                  QCoreApplication::translate("Cli", "code (repeat for several)"), QStringLiteral("C"));
    const QCommandLineOption country(QStringLiteral("country"), QCoreApplication::translate("Cli", "ISO country code"),
                                     QStringLiteral("CC"));
    const QCommandLineOption sources(QStringLiteral("sources"),
                                     QCoreApplication::translate("Cli", "add where each figure comes from"));
    const QCommandLineOption format(QStringLiteral("format"), QCoreApplication::translate("Cli", "json or text"),
                                    QStringLiteral("F"), QStringLiteral("json"));
    parser.addOptions({code, country, sources, format});
    if (auto exit = parseCommandLine(parser, context, name(), summary())) {
        return *exit;
    }
    if (parser.values(code).isEmpty()) {
        context.err << QCoreApplication::translate("Cli", "params needs at least one --code") << Qt::endl;
        return ExitUsage;
    }
    Result<ResolvedParams> resolved = ParamsResolver::resolve(parser.values(code), parser.value(country));
    if (!resolved) {
        context.err << resolved.error() << Qt::endl;
        return ExitUsage;
    }
    if (parser.value(format) == QLatin1String("text")) {
        const QJsonObject json = resolved->params.toJson();
        for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
            const QString value = it.value().isString() ? it.value().toString() : it.value().toVariant().toString();
            const QString source = resolved->sources.value(it.key());
            context.out << QStringLiteral("%1 = %2").arg(it.key(), -28).arg(value)
                        << (source.isEmpty() ? QString() : QStringLiteral("   <- ") + source)
                        << (resolved->verifyBeforeUse.contains(it.key())
                                ? QCoreApplication::translate("Cli", "  [verify before use]")
                                : QString())
                        << Qt::endl;
        }
        return ExitOk;
    }
    context.out << QJsonDocument(resolved->toJson(parser.isSet(sources))).toJson(QJsonDocument::Indented);
    return ExitOk;
}

} // namespace fieldbook
