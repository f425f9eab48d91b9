#include "app/cli/ParamsCommand.h"
#include "app/cli/CommandLine.h"
#include "app/params/ParamsResolver.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <cmath>

namespace fieldbook {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Cli", text);
}

QString valueText(const QJsonValue& v)
{
    if (v.isNull()) {
        return tr("no limit");
    }
    if (v.isArray() || v.isObject()) {
        return QString::fromUtf8(v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                                             : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    }
    return v.isString() ? v.toString() : v.toVariant().toString();
}

// "checked against the primary text" or "verify before use", with the dates in force.
QString provenanceText(const ThresholdProvenance& p)
{
    QStringList parts{p.source};
    if (p.from.isValid()) {
        parts << (p.until.isValid()
                      ? tr("in force %1 to %2").arg(p.from.toString(Qt::ISODate), p.until.toString(Qt::ISODate))
                      : tr("in force from %1").arg(p.from.toString(Qt::ISODate)));
    }
    if (p.origin == ThresholdProvenance::Origin::Law) {
        parts << (p.checked ? tr("checked against the primary text")
                            : tr("NOT checked against the primary text: verify before use"));
    }
    if (!p.note.isEmpty()) {
        parts << p.note;
    }
    return parts.join(QStringLiteral(" | "));
}

} // namespace

QString ParamsCommand::summary() const
{
    return tr("print params.json (version 2) for code(s), a country and a date: stricter rule wins, "
              "each figure with its source");
}

int ParamsCommand::run(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption code(QStringLiteral("code"), tr("code (repeat for several)"), QStringLiteral("C"));
    const QCommandLineOption country(QStringLiteral("country"), tr("ISO country code"), QStringLiteral("CC"));
    const QCommandLineOption region(QStringLiteral("region"),
                                    tr("the country's wage zone, province or state (default: the file's own)"),
                                    QStringLiteral("R"));
    const QCommandLineOption industry(QStringLiteral("industry"),
                                      tr("the facility's industry, for figures the law sets per sector"),
                                      QStringLiteral("TEXT"));
    const QCommandLineOption date(QStringLiteral("date"), tr("the day the figures are in force on (default: today)"),
                                  QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption period(QStringLiteral("period"),
                                    tr("the records period the minimum-wage steps and holidays cover"),
                                    QStringLiteral("FROM..TO"));
    const QCommandLineOption sources(QStringLiteral("sources"),
                                     tr("JSON: add where each figure comes from (always shown as text)"));
    const QCommandLineOption format(QStringLiteral("format"), tr("json or text"), QStringLiteral("F"),
                                    QStringLiteral("json"));
    parser.addOptions({code, country, region, industry, date, period, sources, format});
    if (auto exit = parseCommandLine(parser, context, name(), summary())) {
        return *exit;
    }
    if (parser.values(code).isEmpty()) {
        context.err << tr("params needs at least one --code") << Qt::endl;
        return ExitUsage;
    }
    ResolveOptions options;
    options.region = parser.value(region);
    options.industry = parser.value(industry);
    if (parser.isSet(date)) {
        options.date = QDate::fromString(parser.value(date), Qt::ISODate);
        if (!options.date.isValid()) {
            context.err << tr("--date takes a date YYYY-MM-DD, not \"%1\"").arg(parser.value(date)) << Qt::endl;
            return ExitUsage;
        }
    }
    if (parser.isSet(period)) {
        const QStringList ends = parser.value(period).split(QStringLiteral(".."));
        options.periodStart = QDate::fromString(ends.value(0), Qt::ISODate);
        options.periodEnd = QDate::fromString(ends.value(1), Qt::ISODate);
        if (ends.size() != 2 || !options.periodStart.isValid() || !options.periodEnd.isValid() ||
            options.periodEnd < options.periodStart) {
            context.err << tr("--period takes FROM..TO, two dates YYYY-MM-DD, not \"%1\"").arg(parser.value(period))
                        << Qt::endl;
            return ExitUsage;
        }
        if (!options.date.isValid()) {
            options.date = options.periodEnd;
        }
    }
    Result<ResolvedParams> resolved = ParamsResolver::resolve(parser.values(code), parser.value(country), {}, options);
    if (!resolved) {
        context.err << resolved.error() << Qt::endl;
        return ExitUsage;
    }
    const QString f = parser.value(format).toLower();
    if (f == QLatin1String("text")) {
        context.out << tr("Thresholds in force on %1").arg(resolved->date.toString(Qt::ISODate));
        if (!resolved->params.region.isEmpty()) {
            context.out << tr(", region %1").arg(resolved->params.region);
        }
        context.out << Qt::endl;
        const QJsonObject json = resolved->params.toJson();
        for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
            context.out << QStringLiteral("%1 = %2").arg(it.key(), -32).arg(valueText(it.value()));
            if (resolved->provenance.contains(it.key())) {
                context.out << QStringLiteral("\n    <- ") << provenanceText(resolved->provenance.value(it.key()));
            }
            context.out << Qt::endl;
        }
        if (!resolved->regions.isEmpty()) {
            context.out << tr("Regions: %1").arg(resolved->regions.join(QStringLiteral(", "))) << Qt::endl;
        }
        return ExitOk;
    }
    if (f != QLatin1String("json")) {
        context.err << tr("--format takes json or text, not \"%1\"").arg(parser.value(format)) << Qt::endl;
        return ExitUsage;
    }
    context.out << QJsonDocument(resolved->toJson(parser.isSet(sources))).toJson(QJsonDocument::Indented);
    return ExitOk;
}

} // namespace fieldbook
