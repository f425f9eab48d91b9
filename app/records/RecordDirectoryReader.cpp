#include "app/records/RecordDirectoryReader.h"
#include "app/records/AttLogParser.h"
#include "app/records/GateLogFileParser.h"
#include "app/records/PayrollFileParser.h"
#include "app/records/ProductionFileParser.h"
#include "app/records/TimeRecordsFileParser.h"
#include "app/records/WorkersFileParser.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentMap>
#include <algorithm>
#include <memory>

namespace fieldbook {

QString importModeName(ImportMode mode)
{
    return mode == ImportMode::Quarantine ? QStringLiteral("quarantine") : QStringLiteral("all_or_nothing");
}

QString RecordReadOutcome::issueReport(int limit) const
{
    QStringList lines;
    int shown = 0;
    for (const RecordIssue& issue : issues) {
        if (shown++ >= limit) {
            lines.append(QCoreApplication::translate("RecordDirectoryReader", "... and %1 more")
                             .arg(issues.size() - size_t(limit)));
            break;
        }
        lines.append(issue.toString());
    }
    return lines.join(QLatin1Char('\n'));
}

int RecordReadOutcome::rowCount(const QString& kind) const
{
    int rows = 0;
    for (const RecordFileSummary& f : files) {
        if (f.kind == kind) {
            rows += f.rows - f.rejected;
        }
    }
    return rows;
}

QString RecordDirectoryReader::kindOfFile(const QString& fileName)
{
    const QString lower = fileName.toLower();
    if (lower.endsWith(QStringLiteral("_attlog.dat"))) {
        return QStringLiteral("attlog");
    }
    static const QStringList kinds = {QStringLiteral("workers"), QStringLiteral("time_records"),
                                      QStringLiteral("payroll"), QStringLiteral("production"),
                                      QStringLiteral("gate_log")};
    for (const QString& kind : kinds) {
        if (lower == kind + QStringLiteral(".csv")) {
            return kind;
        }
    }
    return {};
}

QStringList RecordDirectoryReader::recordFiles(const QString& directory)
{
    QStringList files;
    const QStringList entries = QDir(directory).entryList(QDir::Files, QDir::Name);
    // workers.csv first: the register's order is the interning order.
    for (const QString& name : entries) {
        if (kindOfFile(name) == QStringLiteral("workers")) {
            files.prepend(name);
        } else if (!kindOfFile(name).isEmpty()) {
            files.append(name);
        }
    }
    return files;
}

ParsedFile RecordDirectoryReader::parseFile(const QString& path, const QString& kind, const RecordReadOptions& options)
{
    const QString fileName = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ParsedFile failed;
        failed.fileName = fileName;
        failed.kind = kind;
        failed.fatalError = QCoreApplication::translate("RecordDirectoryReader", "%1: cannot open: %2")
                                .arg(fileName, file.errorString());
        return failed;
    }
    // Map the file when possible (no copy); fall back to reading it.
    QByteArray loaded;
    QByteArrayView bytes;
    if (file.size() > 0) {
        if (uchar* mapped = file.map(0, file.size())) {
            bytes = QByteArrayView(reinterpret_cast<const char*>(mapped), file.size());
        } else {
            loaded = file.readAll();
            bytes = loaded;
        }
    }
    ParsedFile parsed;
    if (kind == QStringLiteral("attlog")) {
        parsed = AttLogParser().parse(bytes, fileName);
    } else {
        std::unique_ptr<RecordFileParser> parser;
        if (kind == QStringLiteral("workers")) {
            parser = std::make_unique<WorkersFileParser>();
        } else if (kind == QStringLiteral("time_records")) {
            parser = std::make_unique<TimeRecordsFileParser>();
        } else if (kind == QStringLiteral("payroll")) {
            parser = std::make_unique<PayrollFileParser>();
        } else if (kind == QStringLiteral("production")) {
            parser = std::make_unique<ProductionFileParser>();
        } else {
            parser = std::make_unique<GateLogFileParser>();
        }
        parsed = parser->parse(bytes, fileName, options.mappings.value(kind));
    }
    if (options.computeSha256) {
        parsed.sha256 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    }
    return parsed;
}

namespace {

// Appends a file's records to the merged set, re-interning its worker ids.
void mergeInto(RecordSet& target, ParsedFile& file, RecordFileSummary& summary)
{
    RecordSet& source = file.records;
    std::vector<int> remap(size_t(source.workerIds.size()));
    for (qsizetype i = 0; i < source.workerIds.size(); ++i) {
        remap[size_t(i)] = target.internWorker(source.workerIds.at(i));
    }
    auto append = [&](auto& into, auto& from) {
        summary.firstRecord = into.size();
        into.reserve(into.size() + from.size());
        for (auto& record : from) {
            if constexpr (requires { record.worker; }) {
                record.worker = remap[size_t(record.worker)];
            }
            into.push_back(std::move(record));
        }
        summary.endRecord = into.size();
    };
    if (file.kind == QStringLiteral("workers")) {
        append(target.workers, source.workers);
    } else if (file.kind == QStringLiteral("time_records") || file.kind == QStringLiteral("attlog")) {
        append(target.timeRecords, source.timeRecords);
    } else if (file.kind == QStringLiteral("payroll")) {
        append(target.payroll, source.payroll);
    } else if (file.kind == QStringLiteral("production")) {
        append(target.production, source.production);
    } else {
        append(target.gateEvents, source.gateEvents);
    }
}

} // namespace

Result<RecordReadOutcome> RecordDirectoryReader::read(const QString& directory, const RecordReadOptions& options)
{
    if (!QFileInfo(directory).isDir()) {
        return Result<RecordReadOutcome>::failure(
            QCoreApplication::translate("RecordDirectoryReader", "%1: not a folder").arg(directory));
    }
    const QStringList names = recordFiles(directory);
    if (names.isEmpty()) {
        return Result<RecordReadOutcome>::failure(
            QCoreApplication::translate("RecordDirectoryReader",
                                        "%1 holds no record file (workers.csv, time_records.csv, payroll.csv, "
                                        "production.csv, gate_log.csv or *_attlog.dat)")
                .arg(directory));
    }
    const QDir dir(directory);
    // Largest files first so the two cores finish together.
    QStringList order = names;
    std::stable_sort(order.begin(), order.end(), [&](const QString& a, const QString& b) {
        return QFileInfo(dir.filePath(a)).size() > QFileInfo(dir.filePath(b)).size();
    });
    std::vector<ParsedFile> parsed = QtConcurrent::blockingMapped<std::vector<ParsedFile>>(
        order, [&](const QString& name) { return parseFile(dir.filePath(name), kindOfFile(name), options); });

    QStringList fatal;
    for (const ParsedFile& file : parsed) {
        if (!file.fatalError.isEmpty()) {
            fatal.append(file.fatalError);
        }
    }
    if (!fatal.isEmpty()) {
        return Result<RecordReadOutcome>::failure(fatal.join(QLatin1Char('\n')));
    }

    RecordReadOutcome outcome;
    outcome.mode = options.mode;
    // Merge in directory order (workers first), whatever order the tasks ran in.
    for (const QString& name : names) {
        ParsedFile& file = parsed[size_t(order.indexOf(name))];
        RecordFileSummary summary;
        summary.fileName = file.fileName;
        summary.kind = file.kind;
        summary.rows = file.rows;
        summary.rejected = file.rejected;
        summary.sha256 = file.sha256;
        mergeInto(outcome.records, file, summary);
        for (RecordIssue& issue : file.issues) {
            if (issue.blocking) {
                ++outcome.m_blockingIssues;
            } else {
                ++summary.unpaired;
            }
            outcome.issues.push_back(std::move(issue));
        }
        outcome.files.push_back(std::move(summary));
    }
    return outcome;
}

} // namespace fieldbook
