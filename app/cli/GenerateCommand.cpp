#include "app/cli/GenerateCommand.h"
#include "app/cli/CommandLine.h"
#include "app/demo/DemoParams.h"
#include "app/demo/FactoryGenerator.h"
#include "app/demo/MessyRecords.h"
#include "app/demo/PatternPlanter.h"
#include "app/demo/RecordWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace fieldbook {

QString GenerateCommand::summary() const
{
    return QCoreApplication::translate("Cli", "write a synthetic factory's record files (deterministic by seed)");
}

int GenerateCommand::run(CliContext& context)
{
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("out"), QCoreApplication::translate("Cli", "folder to write the files into"),
         QStringLiteral("DIR")},
        {QStringLiteral("workers"), QCoreApplication::translate("Cli", "number of workers (default 600)"),
         QStringLiteral("N")},
        {QStringLiteral("days"), QCoreApplication::translate("Cli", "number of days (default 91)"),
         QStringLiteral("D")},
        {QStringLiteral("seed"), QCoreApplication::translate("Cli", "random seed (default 1)"), QStringLiteral("S")},
        {QStringLiteral("start"), QCoreApplication::translate("Cli", "first day, YYYY-MM-DD (default 2025-12-01)"),
         QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("params"),
         QCoreApplication::translate("Cli", "params.json to generate a compliant factory for"), QStringLiteral("FILE")},
        {QStringLiteral("attlog"),
         QCoreApplication::translate("Cli", "log a quarter of the workers' punches in a ZKTeco factory_attlog.dat")},
        {QStringLiteral("no-night-shift"), QCoreApplication::translate("Cli", "no night team")},
        {QStringLiteral("strength"),
         QCoreApplication::translate("Cli", "strength of the planted patterns, 0.05 to 1 (default 1: the full "
                                            "pattern; 0.5 half the cards, days or amount)"),
         QStringLiteral("S"), QStringLiteral("1")},
        {QStringLiteral("realism"),
         QCoreApplication::translate("Cli", "tidy (default) or messy: paid leave and holidays, forgotten punches, "
                                            "supervisors' hand entries, departments on time rows, rehires"),
         QStringLiteral("LEVEL"), QStringLiteral("tidy")},
        {QStringLiteral("plant"),
         QCoreApplication::translate("Cli",
                                     "plant the pattern a check looks for (repeatable, or \"all\"); the "
                                     "interview checks' patterns are not written: interviews are no record file"),
         QStringLiteral("CHECK")},
    });
    if (auto exit = parseCommandLine(parser, context, name(), summary())) {
        return *exit;
    }
    if (!parser.isSet(QStringLiteral("out"))) {
        context.err << QCoreApplication::translate("Cli", "generate needs --out DIR") << Qt::endl;
        return ExitUsage;
    }
    FactoryProfile profile;
    auto intOption = [&](const char* option, int* target, int low, int high) {
        if (!parser.isSet(QLatin1String(option))) {
            return true;
        }
        bool ok = false;
        const int v = parser.value(QLatin1String(option)).toInt(&ok);
        if (!ok || v < low || v > high) {
            context.err << QCoreApplication::translate("Cli", "--%1 must be a whole number from %2 to %3")
                               .arg(QLatin1String(option))
                               .arg(low)
                               .arg(high)
                        << Qt::endl;
            return false;
        }
        *target = v;
        return true;
    };
    if (!intOption("workers", &profile.workers, 10, 1000000) || !intOption("days", &profile.days, 7, 3660)) {
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        profile.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok) {
            context.err << QCoreApplication::translate("Cli", "--seed must be a whole number") << Qt::endl;
            return ExitUsage;
        }
    }
    if (parser.isSet(QStringLiteral("start"))) {
        profile.start = QDate::fromString(parser.value(QStringLiteral("start")), Qt::ISODate);
        if (!profile.start.isValid()) {
            context.err << QCoreApplication::translate("Cli", "--start must be a date YYYY-MM-DD") << Qt::endl;
            return ExitUsage;
        }
    }
    profile.nightShift = !parser.isSet(QStringLiteral("no-night-shift"));
    profile.attlogShare = parser.isSet(QStringLiteral("attlog")) ? 0.25 : 0;
    AuditParams params = demoParams();
    if (parser.isSet(QStringLiteral("params"))) {
        Result<AuditParams> read = AuditParams::fromFile(parser.value(QStringLiteral("params")), params);
        if (!read) {
            context.err << read.error() << Qt::endl;
            return ExitInvalidInput;
        }
        params = read.take();
        profile.start = profile.start.isValid() ? profile.start : params.periodStart;
    }
    const QString realism = parser.value(QStringLiteral("realism"));
    if (realism != QLatin1String("tidy") && realism != QLatin1String("messy")) {
        context.err << QCoreApplication::translate("Cli", "--realism must be tidy or messy") << Qt::endl;
        return ExitUsage;
    }
    QStringList planted;
    for (const QString& value : parser.values(QStringLiteral("plant"))) {
        for (const QString& check : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (check == QLatin1String("all")) {
                planted = PatternPlanter::plantableChecks();
            } else if (!PatternPlanter::plantableChecks().contains(check)) {
                context.err << QCoreApplication::translate("Cli", "--plant: no check named \"%1\" (checks: %2)")
                                   .arg(check, PatternPlanter::plantableChecks().join(QStringLiteral(", ")))
                            << Qt::endl;
                return ExitUsage;
            } else if (!planted.contains(check)) {
                planted.append(check);
            }
        }
    }
    GeneratedFactory factory = FactoryGenerator::generate(profile, params);
    QJsonArray truth; // what was planted, for measuring recall (planted.json)
    if (realism == QLatin1String("messy")) {
        MessyRecords::apply(factory, profile.seed);
    }
    if (!planted.isEmpty()) {
        // identical_punches last, as plantAll() does: later patterns would rewrite some of its punches.
        if (planted.removeOne(QStringLiteral("identical_punches"))) {
            planted.append(QStringLiteral("identical_punches"));
        }
        PatternPlanter planter(factory.params, quint32(profile.seed));
        bool strengthOk = false;
        const double strength = parser.value(QStringLiteral("strength")).toDouble(&strengthOk);
        if (!strengthOk || strength < 0.05 || strength > 1) {
            context.err << QCoreApplication::translate("Cli", "--strength must be a number from 0.05 to 1") << Qt::endl;
            return ExitUsage;
        }
        planter.setStrength(strength);
        for (const QString& check : planted) {
            if (strength < 1 && !PatternPlanter::isGraded(check)) {
                context.err << QCoreApplication::translate("Cli", "note: %1 is there or not: --strength does not "
                                                                  "change it")
                                   .arg(check)
                            << Qt::endl;
            }
            const QList<PlantedPattern> patterns = planter.plant(check, factory.records);
            if (patterns.isEmpty()) {
                // Asked for, not there: say so rather than leave a test set without its pattern.
                context.err << QCoreApplication::translate("Cli", "warning: %1 could not be planted: no worker "
                                                                  "fits it in this factory and "
                                                                  "period (more --workers or --days)")
                                   .arg(check)
                            << Qt::endl;
            }
            for (const PlantedPattern& pattern : patterns) {
                truth.append(QJsonObject{{QStringLiteral("check"), pattern.check},
                                         {QStringLiteral("workers"), QJsonArray::fromStringList(pattern.workers)},
                                         {QStringLiteral("dates"), QJsonArray::fromStringList(pattern.dates)},
                                         {QStringLiteral("strength"), strength}});
            }
        }
    }
    RecordWriterOptions options;
    options.params = &factory.params;
    options.attlogWorkers.resize(factory.workers.size());
    for (const GeneratedWorker& g : factory.workers) {
        options.attlogWorkers[size_t(g.worker)] = g.attlog;
    }
    const Status written = RecordWriter::write(factory.records, parser.value(QStringLiteral("out")), options);
    if (!written) {
        context.err << written.error() << Qt::endl;
        return ExitInvalidInput;
    }
    if (!truth.isEmpty()) {
        // The ground truth beside the records: scripts/subtlety-curve.sh measures recall with it.
        QSaveFile file(QDir(parser.value(QStringLiteral("out"))).filePath(QStringLiteral("planted.json")));
        if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(truth).toJson()) < 0 || !file.commit()) {
            context.err << QCoreApplication::translate("Cli", "cannot write planted.json: %1").arg(file.errorString())
                        << Qt::endl;
            return ExitInvalidInput;
        }
    }
    context.out << QCoreApplication::translate("Cli", "%1 workers, %2 time records, %3 payroll rows, %4 gate events")
                       .arg(factory.records.workers.size())
                       .arg(factory.records.timeRecords.size())
                       .arg(factory.records.payroll.size())
                       .arg(factory.records.gateEvents.size())
                << Qt::endl;
    if (!planted.isEmpty()) {
        context.out << QCoreApplication::translate("Cli", "planted: %1").arg(planted.join(QStringLiteral(", ")))
                    << Qt::endl;
    }
    return ExitOk;
}

} // namespace fieldbook
