#include "app/records/RecordDirectoryReader.h"
#include "app/records/AttLogParser.h"
#include "app/records/RecordFileParser.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtConcurrent>
#include <algorithm>

namespace fieldbook {

namespace {

struct FileJob
{
    QString path;
    RecordKind kind;
};

ParsedFile parseJob(const FileJob& job, const RecordReadOptions& options)
{
    const QString name = QFileInfo(job.path).fileName();
    QFile file(job.path);
    if (!file.open(QIODevice::ReadOnly)) {
        ParsedFile failed;
        failed.fileName = name;
        failed.kind = job.kind;
        failed.issues.append(
            {name,
             0,
             {},
             QCoreApplication::translate("Records", "cannot read the file: %1").arg(file.errorString()),
             {},
             true});
        return failed;
    }
    const QByteArray data = file.readAll();
    if (job.kind == RecordKind::AttLog) {
        return AttLogParser::parse(name, data);
    }
    return RecordFileParser::parse(job.kind, name, data, options.mappings.value(job.kind));
}

template <typename T>
void appendRemapped(std::vector<T>& target, std::vector<T>& source, const std::vector<int>& remap)
{
    target.reserve(target.size() + source.size());
    for (T& row : source) {
        if constexpr (requires { row.worker; }) {
            row.worker = remap[size_t(row.worker)];
        }
        target.push_back(std::move(row));
    }
    source.clear();
    source.shrink_to_fit();
}

} // namespace

int RecordReadOutcome::blockingIssues() const
{
    return int(std::count_if(issues.begin(), issues.end(), [](const RecordIssue& i) { return i.blocking; }));
}

bool RecordReadOutcome::acceptable() const
{
    return mode == ImportMode::Quarantine || blockingIssues() == 0;
}

QString RecordReadOutcome::issueReport(int limit) const
{
    QStringList lines;
    for (const RecordIssue& issue : issues) {
        if (lines.size() >= limit) {
            break;
        }
        lines << (issue.blocking ? QString() : QCoreApplication::translate("Records", "warning: ")) + issue.toString();
    }
    if (issues.size() > limit) {
        lines << QCoreApplication::translate("Records", "... and %1 more").arg(issues.size() - limit);
    }
    return lines.join(QLatin1Char('\n'));
}

bool RecordDirectoryReader::kindForFileName(const QString& fileName, RecordKind* kind)
{
    const QString lower = fileName.toLower();
    if (lower.endsWith(QLatin1String("_attlog.dat")) || lower == QLatin1String("attlog.dat")) {
        *kind = RecordKind::AttLog;
        return true;
    }
    for (RecordKind k : csvRecordKinds()) {
        if (lower == recordKindFileName(k)) {
            *kind = k;
            return true;
        }
    }
    return false;
}

Result<RecordReadOutcome> RecordDirectoryReader::read(const QString& directory, const RecordReadOptions& options)
{
    const QDir dir(directory);
    if (!dir.exists()) {
        return Result<RecordReadOutcome>::failure(
            QCoreApplication::translate("Records", "%1: no such folder").arg(directory));
    }
    QStringList paths;
    for (const QFileInfo& info : dir.entryInfoList(QDir::Files, QDir::Name)) {
        RecordKind kind;
        if (kindForFileName(info.fileName(), &kind)) {
            paths << info.filePath();
        }
    }
    if (paths.isEmpty()) {
        return Result<RecordReadOutcome>::failure(
            QCoreApplication::translate("Records", "%1: no record files (expected workers.csv, time_records.csv, "
                                                   "payroll.csv, production.csv, gate_log.csv or *_attlog.dat)")
                .arg(directory));
    }
    return readFiles(paths, options);
}

Result<RecordReadOutcome> RecordDirectoryReader::readFiles(const QStringList& paths, const RecordReadOptions& options)
{
    QList<FileJob> jobs;
    for (const QString& path : paths) {
        RecordKind kind;
        if (!kindForFileName(QFileInfo(path).fileName(), &kind)) {
            return Result<RecordReadOutcome>::failure(
                QCoreApplication::translate("Records", "%1: not a record file name of formats.md").arg(path));
        }
        jobs.append({path, kind});
    }
    // The register first, so its workers get the lowest indexes and its order.
    std::stable_sort(jobs.begin(), jobs.end(), [](const FileJob& a, const FileJob& b) {
        return (a.kind == RecordKind::Workers) > (b.kind == RecordKind::Workers);
    });

    // Parse every file in parallel; merge in file order on this thread.
    QList<ParsedFile> parsed =
        QtConcurrent::blockingMapped(jobs, [&options](const FileJob& job) { return parseJob(job, options); });

    RecordReadOutcome outcome;
    outcome.mode = options.mode;
    RecordSet& records = outcome.records;
    for (qsizetype i = 0; i < parsed.size(); ++i) {
        ParsedFile& file = parsed[i];
        std::vector<int> remap(size_t(file.workerIds.size()));
        for (qsizetype w = 0; w < file.workerIds.size(); ++w) {
            remap[size_t(w)] = records.internWorker(file.workerIds.at(w));
        }
        RecordFileSummary summary;
        summary.fileName = file.fileName;
        summary.path = jobs.at(i).path;
        summary.kind = file.kind;
        summary.sha256 = file.sha256;
        summary.rowsRead = file.rowsRead;
        summary.rowsKept = file.goodRows();
        summary.issues = int(file.issues.size());
        outcome.files.append(summary);
        outcome.issues.append(file.issues);
        appendRemapped(records.workers, file.workers, remap);
        appendRemapped(records.timeRecords, file.timeRecords, remap);
        appendRemapped(records.payroll, file.payroll, remap);
        appendRemapped(records.production, file.production, remap);
        appendRemapped(records.gateEvents, file.gateEvents, remap);
    }
    return outcome;
}

} // namespace fieldbook
