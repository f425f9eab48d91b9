#include "app/records/RecordDirectoryReader.h"
#include "app/records/AttLogParser.h"
#include "app/records/ColumnSuggester.h"
#include "app/records/HeaderRowFinder.h"
#include "app/records/RecordFileHead.h"
#include "app/records/RecordFileParser.h"
#include "app/records/RecordKinds.h"
#include "app/records/TextEncoding.h"
#include "app/records/workbook/SheetRecordFile.h"
#include "app/records/workbook/Workbook.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentMap>
#include <algorithm>
#include <map>
#include <memory>
#include <optional>

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
                             .arg(issues.size() - size_t(limit) + size_t(m_issuesNotKept)));
            return lines.join(QLatin1Char('\n'));
        }
        lines.append(issue.toString());
    }
    if (m_issuesNotKept > 0) {
        lines.append(QCoreApplication::translate("RecordDirectoryReader",
                                                 "... and %1 more (not kept: only the first %2 of a file are)")
                         .arg(m_issuesNotKept)
                         .arg(RecordFileParser::kMaxKeptIssues));
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
    return RecordKinds::kindOfFileName(fileName);
}

QString RecordDirectoryReader::kindInFolder(const QString& directory, const QString& fileName)
{
    const QString byName = kindOfFile(fileName);
    if (!byName.isEmpty()) {
        return byName;
    }
    // A clock's log under the name the auditor's USB stick gave it ("1.dat", "GLG_001.txt"): its
    // first lines say what it is.
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("dat") || suffix == QLatin1String("txt")) {
        constexpr qsizetype kBytesLooked = 16 * 1024;
        if (RecordFileHead::read(QDir(directory).filePath(fileName), QString(), kBytesLooked).looksLikeAttLog) {
            return RecordKinds::AttLog;
        }
    }
    // A CSV export under the office's own name ("考勤记录.csv", "Bang luong T5.csv"): its header row
    // says what it holds, when one kind's required columns are all there (in any language of the table).
    if (suffix == QLatin1String("csv")) {
        constexpr qsizetype kBytesLooked = 64 * 1024;
        const RecordFileHead head = RecordFileHead::read(QDir(directory).filePath(fileName), QString(), kBytesLooked);
        return HeaderRowFinder::find(head.leadingRows, QString(), ColumnSuggester()).kind;
    }
    return {};
}

QStringList RecordDirectoryReader::recordFiles(const QString& directory)
{
    QStringList files;
    const QStringList entries = QDir(directory).entryList(QDir::Files, QDir::Name);
    // workers.csv first: the register's order is the interning order.
    for (const QString& name : entries) {
        if (name.startsWith(QLatin1String("~$"))) {
            continue; // the lock file Excel leaves beside a workbook it has open
        }
        const QString kind = kindInFolder(directory, name);
        if (kind == RecordKinds::Workers) {
            files.prepend(name);
        } else if (!kind.isEmpty() || Workbook::isWorkbookFileName(name)) {
            files.append(name);
        }
    }
    return files;
}

Result<std::vector<RecordSource>> RecordDirectoryReader::recordSources(const QString& directory)
{
    const QDir dir(directory);
    std::vector<RecordSource> sources;
    for (const QString& name : recordFiles(directory)) {
        if (Workbook::isWorkbookFileName(name)) {
            Result<std::vector<RecordSource>> sheets = sheetrecordfile::sources(dir.filePath(name));
            if (!sheets) {
                return Result<std::vector<RecordSource>>::failure(sheets.error());
            }
            for (RecordSource& sheet : *sheets) {
                sources.push_back(std::move(sheet));
            }
            continue;
        }
        RecordSource source;
        source.path = dir.filePath(name);
        source.kind = kindInFolder(directory, name);
        sources.push_back(std::move(source));
    }
    // The register first, wherever it is: the order worker ids are interned in.
    std::stable_partition(sources.begin(), sources.end(),
                          [](const RecordSource& s) { return s.kind == RecordKinds::Workers; });
    return sources;
}

ParsedFile RecordDirectoryReader::parseFile(const QString& path, const QString& kind, const RecordReadOptions& options)
{
    RecordSource source;
    source.path = path;
    source.kind = kind;
    return parseSource(source, options);
}

namespace {

// The column an invalid byte is in: the canonical name its header maps to, else the header as written.
QString columnOfField(QByteArrayView bytes, const RecordSource& source, const Utf8Error& error)
{
    if (source.kind == RecordKinds::AttLog) {
        const std::vector<ColumnSpec> columns = RecordKinds::columns(source.kind);
        return error.field < int(columns.size()) ? columns[size_t(error.field)].name : QString();
    }
    if (error.line <= 1) {
        return {}; // the header row itself
    }
    CsvReader reader(bytes);
    if (!reader.readRecord()) {
        return {};
    }
    // The header row, below any title (as the parser finds it); the first row when none resolves.
    const std::vector<ColumnSpec> columns = RecordKinds::columns(source.kind);
    const QString firstRowName = ColumnMapping::normalized(reader.field(error.field));
    for (int record = 0; record <= RecordFileParser::kMaxRowsAboveHeader && reader.line() < error.line; ++record) {
        Result<std::vector<int>> indexes = source.mapping.resolve(reader.fields(), columns);
        if (indexes) {
            for (size_t i = 0; i < indexes->size(); ++i) {
                if (indexes.value()[i] == error.field) {
                    return columns[i].name;
                }
            }
            return ColumnMapping::normalized(reader.field(error.field));
        }
        if (!reader.readRecord()) {
            break;
        }
    }
    return firstRowName;
}

} // namespace

ParsedFile RecordDirectoryReader::parseSource(const RecordSource& source, const RecordReadOptions& options)
{
    if (!source.sheet.isEmpty() || Workbook::isWorkbookFileName(source.path)) {
        return sheetrecordfile::parse(source, options); // a sheet's rows, as CSV
    }
    const QString fileName = QFileInfo(source.path).fileName();
    ParsedFile parsed;
    parsed.fileName = fileName;
    parsed.kind = source.kind;
    if (!RecordKinds::isKnown(source.kind)) {
        parsed.setFatal(
            0, QString(),
            QCoreApplication::translate("RecordDirectoryReader", "unknown kind of record file '%1'").arg(source.kind));
        return parsed;
    }
    QFile file(source.path);
    if (!file.open(QIODevice::ReadOnly)) {
        parsed.setFatal(
            0, QString(),
            QCoreApplication::translate("RecordDirectoryReader", "cannot open: %1").arg(file.errorString()));
        return parsed;
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
    const QByteArrayView original = bytes;
    QByteArray converted;
    const char separator = source.kind == RecordKinds::AttLog ? '\t' : ',';
    if (!TextEncoding::isUtf8Name(source.encoding)) {
        Result<QByteArray> utf8 = TextEncoding::toUtf8(bytes, source.encoding, fileName);
        if (!utf8) {
            parsed.setFatal(0, QString(), utf8.error());
            return parsed;
        }
        converted = utf8.take();
        bytes = converted;
    } else if (const std::optional<Utf8Error> bad = TextEncoding::firstInvalidUtf8(bytes, separator)) {
        // Refused, not decoded with replacement characters: names and departments would be mangled.
        parsed.setFatal(bad->line, columnOfField(bytes, source, *bad), TextEncoding::reason(*bad, bytes));
        return parsed;
    }
    const ColumnMapping& mapping = source.mapping.isEmpty() ? options.mappings.value(source.kind) : source.mapping;
    if (source.kind == RecordKinds::AttLog) {
        parsed = AttLogParser().parse(bytes, fileName);
    } else {
        std::unique_ptr<RecordFileParser> parser = RecordKinds::createParser(source.kind);
        parser->setCancelFlag(options.cancel);
        ValueFormChoice forms = source.forms;
        if (forms.dateOrder == DateOrder::Unknown) {
            forms.dateOrder = options.forms.dateOrder;
        }
        if (forms.decimalMark == DecimalMark::Unknown) {
            forms.decimalMark = options.forms.decimalMark;
        }
        parsed = parser->parse(bytes, fileName, mapping, forms);
    }
    if (options.computeSha256) {
        // The hash of the file as the factory handed it over, before any conversion.
        parsed.sha256 = QCryptographicHash::hash(original, QCryptographicHash::Sha256).toHex();
    }
    return parsed;
}

namespace {

// The columns ColumnSuggester finds in the file's header (exact names, then common other names).
// The headers a folder's file is read with when nobody chose them: none (the canonical names) when
// the header row holds every required column under its canonical name, else the import wizard's first
// guess (saved mappings aside): the header row found below any titles, each column by its name in the
// office's language ("工号", "Mã NV", "Emp No."). A guess that still lacks a required column is not
// used: the file is then refused for the canonical columns it lacks, as formats.md says.
ColumnMapping suggestedMapping(RecordFileHead head, const RecordSource& source)
{
    if (head.leadingRows.isEmpty()) {
        return {};
    }
    const ColumnSuggester suggester;
    head.useHeaderRow(HeaderRowFinder::find(head.leadingRows, source.kind, suggester).record);
    QHash<QString, QString> mapping;
    bool canonical = true;
    for (const ColumnChoice& choice : suggester.suggest(source.kind, head.headers)) {
        if (choice.spec.required && !choice.isMapped()) {
            return {};
        }
        if (choice.isMapped()) {
            mapping.insert(choice.spec.name, choice.header);
            canonical = canonical && (!choice.spec.required || choice.source == ColumnSource::Exact);
        }
    }
    return canonical && source.kind != RecordKinds::Punches ? ColumnMapping() : ColumnMapping(mapping);
}

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
    if (file.kind == RecordKinds::Workers) {
        append(target.workers, source.workers);
    } else if (file.kind == RecordKinds::TimeRecords || file.kind == RecordKinds::AttLog ||
               file.kind == RecordKinds::Punches) {
        append(target.timeRecords, source.timeRecords);
    } else if (file.kind == RecordKinds::Payroll) {
        append(target.payroll, source.payroll);
    } else if (file.kind == RecordKinds::Production) {
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
    Result<std::vector<RecordSource>> sources = recordSources(directory);
    if (!sources) {
        return Result<RecordReadOutcome>::failure(sources.error());
    }
    if (sources->empty()) {
        return Result<RecordReadOutcome>::failure(
            QCoreApplication::translate("RecordDirectoryReader",
                                        "%1 holds no record file (workers.csv, time_records.csv, payroll.csv, "
                                        "production.csv, gate_log.csv, punches.csv or *_attlog.dat)")
                .arg(directory));
    }
    // Exports keep their program's headers ("Emp No.", "Check Type", "上班时间"): the usual other
    // names map them, as the import wizard's first guess would, unless the caller chose. A workbook
    // is opened once for all its sheets (opening it parses its shared strings).
    constexpr qsizetype kHeaderBytes = 64 * 1024;
    std::map<QString, std::optional<Workbook>> books;
    for (RecordSource& source : *sources) {
        if (!RecordKinds::isCsv(source.kind) || !source.mapping.isEmpty() || options.mappings.contains(source.kind)) {
            continue;
        }
        if (source.sheet.isEmpty()) {
            source.mapping = suggestedMapping(RecordFileHead::read(source.path, source.encoding, kHeaderBytes), source);
            continue;
        }
        auto book = books.find(source.path);
        if (book == books.end()) {
            Result<Workbook> opened = Workbook::open(source.path);
            book = books.emplace(source.path, opened ? std::optional<Workbook>(opened.take()) : std::nullopt).first;
        }
        const int index = book->second ? book->second->indexOfSheet(source.sheet) : -1;
        if (index >= 0) {
            source.mapping = suggestedMapping(
                RecordFileHead::readSheet(*book->second, index, QFileInfo(source.path).fileName(), kHeaderBytes),
                source);
        }
    }
    return readFiles(*sources, options);
}

Result<RecordReadOutcome> RecordDirectoryReader::readFiles(const std::vector<RecordSource>& sources,
                                                           const RecordReadOptions& options)
{
    if (sources.empty()) {
        return Result<RecordReadOutcome>::failure(
            QCoreApplication::translate("RecordDirectoryReader", "no record file to read"));
    }
    std::vector<ParsedFile> parsed = parseAll(sources, options);
    QStringList fatal;
    for (const ParsedFile& file : parsed) {
        if (!file.fatalError.isEmpty()) {
            fatal.append(file.fatalError);
        }
    }
    if (!fatal.isEmpty()) {
        return Result<RecordReadOutcome>::failure(fatal.join(QLatin1Char('\n')));
    }
    return merge(sources, parsed, options.mode);
}

std::vector<ParsedFile> RecordDirectoryReader::parseAll(const std::vector<RecordSource>& sources,
                                                        const RecordReadOptions& options)
{
    // Largest files first so the two cores finish together.
    std::vector<size_t> order(sources.size());
    std::vector<qint64> sizes(sources.size());
    qint64 total = 0;
    for (size_t i = 0; i < sources.size(); ++i) {
        order[i] = i;
        sizes[i] = QFileInfo(sources[i].path).size();
        total += sizes[i];
    }
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return sizes[a] > sizes[b]; });
    std::atomic<qint64> done{0};
    std::vector<ParsedFile> byOrder = QtConcurrent::blockingMapped<std::vector<ParsedFile>>(order, [&](size_t i) {
        if (options.cancel && options.cancel->load()) {
            ParsedFile skipped;
            skipped.fileName = Workbook::sheetFileName(QFileInfo(sources[i].path).fileName(), sources[i].sheet);
            skipped.kind = sources[i].kind;
            skipped.cancelled = true;
            return skipped;
        }
        ParsedFile file = parseSource(sources[i], options);
        const qint64 now = done.fetch_add(sizes[i]) + sizes[i];
        if (options.progress) {
            options.progress(now, total);
        }
        return file;
    });
    std::vector<ParsedFile> parsed(sources.size());
    for (size_t k = 0; k < order.size(); ++k) {
        parsed[order[k]] = std::move(byOrder[k]);
    }
    return parsed;
}

RecordReadOutcome RecordDirectoryReader::merge(const std::vector<RecordSource>& sources,
                                               std::vector<ParsedFile>& parsed, ImportMode mode)
{
    RecordReadOutcome outcome;
    outcome.mode = mode;
    // The register first, then the others in the order given, whatever order the tasks ran in.
    std::vector<size_t> order;
    for (int pass = 0; pass < 2; ++pass) {
        for (size_t i = 0; i < sources.size(); ++i) {
            if ((sources[i].kind == RecordKinds::Workers) == (pass == 0)) {
                order.push_back(i);
            }
        }
    }
    for (size_t i : order) {
        ParsedFile& file = parsed[i];
        if (!file.fatalError.isEmpty() || file.cancelled) {
            continue;
        }
        RecordFileSummary summary;
        summary.fileName = file.fileName;
        summary.kind = file.kind;
        summary.rows = file.rows;
        summary.rejected = file.rejected;
        summary.sha256 = file.sha256;
        summary.mapping = sources[i].mapping;
        mergeInto(outcome.records, file, summary);
        summary.firstIssue = outcome.issues.size();
        for (RecordIssue& issue : file.issues) {
            if (issue.blocking) {
                ++outcome.m_blockingIssues;
            } else {
                ++summary.unpaired;
            }
            outcome.issues.push_back(std::move(issue));
        }
        summary.endIssue = outcome.issues.size();
        summary.issuesNotKept = file.issuesNotKept;
        outcome.m_blockingIssues += file.blockingNotKept;
        outcome.m_issuesNotKept += file.issuesNotKept;
        summary.unpaired += file.issuesNotKept - file.blockingNotKept;
        outcome.files.push_back(std::move(summary));
    }
    return outcome;
}

} // namespace fieldbook
