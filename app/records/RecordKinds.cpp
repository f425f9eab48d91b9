#include "app/records/RecordKinds.h"
#include "app/records/GateLogFileParser.h"
#include "app/records/PayrollFileParser.h"
#include "app/records/ProductionFileParser.h"
#include "app/records/PunchFileParser.h"
#include "app/records/TimeRecordsFileParser.h"
#include "app/records/WorkersFileParser.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace fieldbook {

QStringList RecordKinds::all()
{
    return {QString(Workers), QString(TimeRecords), QString(Payroll), QString(Production),
            QString(GateLog), QString(AttLog),      QString(Punches)};
}

bool RecordKinds::isKnown(const QString& kind)
{
    return all().contains(kind);
}

bool RecordKinds::isCsv(const QString& kind)
{
    return isKnown(kind) && kind != AttLog;
}

std::unique_ptr<RecordFileParser> RecordKinds::createParser(const QString& kind)
{
    if (kind == Workers) {
        return std::make_unique<WorkersFileParser>();
    }
    if (kind == TimeRecords) {
        return std::make_unique<TimeRecordsFileParser>();
    }
    if (kind == Payroll) {
        return std::make_unique<PayrollFileParser>();
    }
    if (kind == Production) {
        return std::make_unique<ProductionFileParser>();
    }
    if (kind == GateLog) {
        return std::make_unique<GateLogFileParser>();
    }
    if (kind == Punches) {
        return std::make_unique<PunchFileParser>();
    }
    return nullptr;
}

std::vector<ColumnSpec> RecordKinds::columns(const QString& kind)
{
    if (kind == AttLog) {
        // The fields AttLogParser reads, by position; the names are those its issues use.
        return {{QStringLiteral("pin"), true}, {QStringLiteral("timestamp"), true}, {QStringLiteral("state"), true}};
    }
    const std::unique_ptr<RecordFileParser> parser = createParser(kind);
    return parser ? parser->columns() : std::vector<ColumnSpec>();
}

QStringList RecordKinds::requiredColumns(const QString& kind)
{
    QStringList names;
    for (const ColumnSpec& spec : columns(kind)) {
        if (spec.required) {
            names.append(spec.name);
        }
    }
    return names;
}

QString RecordKinds::title(const QString& kind)
{
    const char* text = nullptr;
    if (kind == Workers) {
        text = QT_TRANSLATE_NOOP("RecordKinds", "Personnel register");
    } else if (kind == TimeRecords) {
        text = QT_TRANSLATE_NOOP("RecordKinds", "Time cards");
    } else if (kind == Payroll) {
        text = QT_TRANSLATE_NOOP("RecordKinds", "Payroll");
    } else if (kind == Production) {
        text = QT_TRANSLATE_NOOP("RecordKinds", "Production output");
    } else if (kind == GateLog) {
        text = QT_TRANSLATE_NOOP("RecordKinds", "Gate log");
    } else if (kind == AttLog) {
        text = QT_TRANSLATE_NOOP("RecordKinds", "Time clock log (ZKTeco)");
    } else if (kind == Punches) {
        text = QT_TRANSLATE_NOOP("RecordKinds", "Time clock punches (one row per punch)");
    }
    if (!text) {
        return QCoreApplication::translate("RecordKinds", "Unknown: choose a kind");
    }
    return QCoreApplication::translate("RecordKinds", "%1 (%2)")
        .arg(QCoreApplication::translate("RecordKinds", text), kind);
}

QString RecordKinds::kindOfFileName(const QString& fileName)
{
    const QString lower = fileName.toLower();
    if (lower.endsWith(QStringLiteral("_attlog.dat"))) {
        return AttLog;
    }
    for (const QString& kind : all()) {
        if (kind != AttLog && lower == kind + QStringLiteral(".csv")) {
            return kind;
        }
    }
    if (lower.endsWith(QStringLiteral(".csv"))) {
        // Time-attendance programs name their punch exports so: "Punch Report.csv",
        // "attendance_log_2026-05.csv", "transactions.csv".
        QString stem = lower.chopped(4);
        for (QChar& c : stem) {
            if (!c.isLetterOrNumber()) {
                c = QLatin1Char('_');
            }
        }
        if (stem.contains(QLatin1String("punch")) || stem.contains(QLatin1String("attendance_log")) ||
            stem.contains(QLatin1String("transactions"))) {
            return Punches;
        }
    }
    return {};
}

QString RecordKinds::kindSuggestedByFileName(const QString& fileName)
{
    const QString exact = kindOfFileName(fileName);
    if (!exact.isEmpty()) {
        return exact;
    }
    const QFileInfo info(fileName);
    const QString suffix = info.suffix().toLower();
    QString stem = info.completeBaseName().toLower();
    for (QChar& c : stem) {
        if (!c.isLetterOrNumber()) {
            c = QLatin1Char('_');
        }
    }
    if ((suffix == QLatin1String("dat") || suffix == QLatin1String("txt")) && stem.contains(QLatin1String("attlog"))) {
        return AttLog;
    }
    if (suffix != QLatin1String("csv")) {
        return {};
    }
    for (const QString& kind : all()) {
        if (isCsv(kind) && stem.startsWith(kind) &&
            (stem.size() == kind.size() || stem.at(kind.size()) == QLatin1Char('_'))) {
            return kind;
        }
    }
    return {};
}

} // namespace fieldbook
