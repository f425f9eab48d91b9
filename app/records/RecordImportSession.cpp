#include "app/records/RecordImportSession.h"
#include "app/records/ColumnSuggester.h"
#include "app/records/HeaderRowFinder.h"
#include "app/records/PunchFileParser.h"
#include "app/records/RecordFileHead.h"
#include "app/records/RecordKinds.h"
#include "app/records/RecordPreviewReader.h"
#include "app/records/RecordStore.h"
#include "app/records/TextEncoding.h"
#include "app/records/ValueFormQuestionScan.h"
#include "app/records/workbook/SheetKinds.h"
#include "app/records/workbook/Workbook.h"
#include "database/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <algorithm>

namespace fieldbook {

namespace {

// lupdate files Tr::tr() under the context Q_DECLARE_TR_FUNCTIONS names; a plain helper function
// named Tr::tr() would file these strings under a context that is never looked up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RecordImportSession)
};

bool sameHeader(const QString& a, const QString& b)
{
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

} // namespace

Result<RecordImportSession> RecordImportSession::forAudit(const Database& db, qint64 auditId)
{
    Result<QVariant> facility = db.scalar(QStringLiteral("SELECT facility_id FROM audits WHERE id = ?"), {auditId});
    if (!facility) {
        return Result<RecordImportSession>::failure(facility.error());
    }
    if (!facility->isValid()) {
        return Result<RecordImportSession>::failure(Tr::tr("no audit with id %1").arg(auditId));
    }
    Result<QHash<QString, ColumnMapping>> saved = RecordStore(db).columnMappings(facility->toLongLong());
    if (!saved) {
        return Result<RecordImportSession>::failure(saved.error());
    }
    RecordImportSession session;
    session.m_auditId = auditId;
    session.m_facilityId = facility->toLongLong();
    session.m_saved = saved.take();
    return session;
}

void RecordImportSession::setSavedMappings(const QHash<QString, ColumnMapping>& saved)
{
    m_saved = saved;
    ++m_revision;
}

RecordImportFile* RecordImportSession::at(int index)
{
    return index >= 0 && index < fileCount() ? &m_files[size_t(index)] : nullptr;
}

int RecordImportSession::indexOfPath(const QString& path) const
{
    const QString canonical = QFileInfo(path).absoluteFilePath();
    for (int i = 0; i < fileCount(); ++i) {
        if (m_files[size_t(i)].path == canonical) {
            return i;
        }
    }
    return -1;
}

int RecordImportSession::indexOfSheet(const QString& path, const QString& sheet) const
{
    const QString canonical = QFileInfo(path).absoluteFilePath();
    for (int i = 0; i < fileCount(); ++i) {
        if (m_files[size_t(i)].path == canonical && m_files[size_t(i)].sheet == sheet) {
            return i;
        }
    }
    return -1;
}

void RecordImportSession::inspect(RecordImportFile& file, const QString& kind)
{
    RecordFileHead head = file.sheet.isEmpty() ? RecordFileHead::read(file.path, file.encoding)
                                               : RecordFileHead::readSheet(file.path, file.sheet);
    file.size = QFileInfo(file.path).size();
    chooseKind(file, kind, head);
    ValueFormQuestionScan::update(file, head);
}

void RecordImportSession::chooseKind(RecordImportFile& file, const QString& kind, RecordFileHead& head)
{
    file.problem = head.problem;
    file.notUtf8 = head.notUtf8;
    const ColumnSuggester suggester(m_saved);
    const QString bySheetName = file.sheet.isEmpty() ? QString() : sheetkinds::kindOfSheetName(file.sheet);
    if (RecordKinds::isKnown(kind)) {
        file.kind = kind;
        file.kindSource = KindSource::User;
    } else if (!bySheetName.isEmpty()) {
        file.kind = bySheetName;
        file.kindSource = KindSource::SheetName;
    } else if (const QString byName = RecordKinds::kindSuggestedByFileName(file.fileName);
               file.sheet.isEmpty() && !byName.isEmpty()) {
        file.kind = byName;
        file.kindSource = KindSource::FileName;
    } else if (head.looksLikeAttLog && file.sheet.isEmpty()) {
        file.kind = RecordKinds::AttLog;
        file.kindSource = KindSource::Content;
    } else if (const HeaderRowFinder::Found byHeader = HeaderRowFinder::find(head.leadingRows, QString(), suggester);
               !byHeader.kind.isEmpty()) {
        file.kind = byHeader.kind;
        file.kindSource = KindSource::Header;
    } else {
        file.kind.clear();
        file.kindSource = KindSource::Unknown;
    }
    // The header row below any title, found for the file's kind with this facility's mappings.
    if (RecordKinds::isCsv(file.kind)) {
        head.useHeaderRow(HeaderRowFinder::find(head.leadingRows, file.kind, suggester).record);
    }
    file.headers = head.headers;
    file.headerRecord = head.headerRecord;
    file.headerLine = head.headerLine;
    file.firstRow = head.firstRow;
    file.columns = suggester.suggest(file.kind, file.headers);
}

int RecordImportSession::addWorkbook(const QString& path, const QString& kind)
{
    const QFileInfo info(path);
    RecordImportFile whole;
    whole.path = info.absoluteFilePath();
    whole.fileName = info.fileName();
    whole.size = info.size();
    Result<Workbook> book = Workbook::open(path);
    if (!book) {
        // One line for the workbook, with what to do about it.
        whole.problem.file = whole.fileName;
        whole.problem.reason = book.error();
        whole.kind = RecordKinds::isKnown(kind) ? kind : QString();
        whole.kindSource = whole.kind.isEmpty() ? KindSource::Unknown : KindSource::User;
        m_files.push_back(std::move(whole));
        ++m_revision;
        return fileCount() - 1;
    }
    std::vector<RecordImportFile> sheets;
    for (int i = 0; i < int(book->sheets().size()); ++i) {
        RecordImportFile file = whole;
        file.sheet = book->sheets()[size_t(i)].name;
        file.fileName = Workbook::sheetFileName(whole.fileName, file.sheet);
        RecordFileHead head = RecordFileHead::readSheet(*book, i, whole.fileName);
        if (head.bytes.isEmpty() && head.problem.line == 1) {
            continue; // an empty sheet is no file
        }
        chooseKind(file, QString(), head);
        ValueFormQuestionScan::update(file, head);
        sheets.push_back(std::move(file));
    }
    const bool anyKnown =
        std::any_of(sheets.begin(), sheets.end(), [](const RecordImportFile& f) { return !f.kind.isEmpty(); });
    if (RecordKinds::isKnown(kind) && sheets.size() == 1) {
        sheets.front().kind = kind; // `--file payroll=book.xlsx`: the one sheet is of that kind
        sheets.front().kindSource = KindSource::User;
        sheets.front().columns = ColumnSuggester(m_saved).suggest(kind, sheets.front().headers);
        ValueFormQuestionScan::update(sheets.front());
    }
    int first = -1;
    for (RecordImportFile& file : sheets) {
        if (anyKnown && file.kind.isEmpty() && !file.hasProblem()) {
            continue; // a summary or notes tab beside the records
        }
        const int existing = indexOfSheet(file.path, file.sheet);
        if (existing >= 0) {
            first = first < 0 ? existing : first;
            continue;
        }
        m_files.push_back(std::move(file));
        first = first < 0 ? fileCount() - 1 : first;
    }
    if (first < 0) {
        whole.problem.file = whole.fileName;
        whole.problem.reason = Tr::tr("the workbook has no sheet holding values");
        m_files.push_back(std::move(whole));
        first = fileCount() - 1;
    }
    ++m_revision;
    return first;
}

Result<int> RecordImportSession::addSheet(const QString& path, const QString& sheet, const QString& kind)
{
    const QFileInfo info(path);
    if (const int existing = indexOfSheet(path, sheet); existing >= 0) {
        if (RecordKinds::isKnown(kind)) {
            setKind(existing, kind);
        }
        return existing;
    }
    Result<Workbook> book = Workbook::open(path);
    if (!book) {
        return Result<int>::failure(QStringLiteral("%1: %2").arg(info.fileName(), book.error()));
    }
    const int index = book->indexOfSheet(sheet);
    if (index < 0) {
        QStringList names;
        for (const WorkbookSheet& s : book->sheets()) {
            names.append(QStringLiteral("\"%1\"").arg(s.name));
        }
        return Result<int>::failure(Tr::tr("%1 has no sheet named \"%2\"; its sheets: %3")
                                        .arg(info.fileName(), sheet, names.join(QStringLiteral(", "))));
    }
    RecordImportFile file;
    file.path = info.absoluteFilePath();
    file.sheet = book->sheets()[size_t(index)].name;
    file.fileName = Workbook::sheetFileName(info.fileName(), file.sheet);
    file.size = info.size();
    RecordFileHead head = RecordFileHead::readSheet(*book, index, info.fileName());
    chooseKind(file, kind, head);
    ValueFormQuestionScan::update(file, head);
    m_files.push_back(std::move(file));
    ++m_revision;
    return fileCount() - 1;
}

int RecordImportSession::addFile(const QString& path, const QString& kind)
{
    if (Workbook::isWorkbookFileName(path)) {
        const int first = indexOfPath(path);
        if (first < 0) {
            return addWorkbook(path, kind);
        }
        // Added before: a kind given now is for the workbook's only sheet, never one of several.
        const QString absolute = QFileInfo(path).absoluteFilePath();
        const auto sheets = std::count_if(m_files.begin(), m_files.end(),
                                          [&](const RecordImportFile& f) { return f.path == absolute; });
        if (sheets == 1 && RecordKinds::isKnown(kind)) {
            setKind(first, kind);
        }
        return first;
    }
    const int existing = indexOfPath(path);
    if (existing >= 0) {
        if (RecordKinds::isKnown(kind)) {
            setKind(existing, kind);
        }
        return existing;
    }
    RecordImportFile file;
    file.path = QFileInfo(path).absoluteFilePath();
    file.fileName = QFileInfo(path).fileName();
    inspect(file, kind);
    m_files.push_back(std::move(file));
    ++m_revision;
    return fileCount() - 1;
}

QList<int> RecordImportSession::addFolder(const QString& folder)
{
    const QDir dir(folder);
    QStringList names = dir.entryList({QStringLiteral("*.csv"), QStringLiteral("*.dat"), QStringLiteral("*.txt"),
                                       QStringLiteral("*.xlsx"), QStringLiteral("*.xlsm"), QStringLiteral("*.xls"),
                                       QStringLiteral("*.xlsb"), QStringLiteral("*.ods")},
                                      QDir::Files | QDir::Readable, QDir::Name | QDir::IgnoreCase);
    // The lock file Excel leaves beside a workbook it has open is no workbook.
    names.removeIf([](const QString& name) { return name.startsWith(QLatin1String("~$")); });
    for (const QString& name : names) {
        addFile(dir.filePath(name));
    }
    // The register first: the order worker ids are interned in (and the order people expect).
    std::stable_partition(m_files.begin(), m_files.end(),
                          [](const RecordImportFile& f) { return f.kind == RecordKinds::Workers; });
    QList<int> added;
    for (const QString& name : names) {
        const QString path = QFileInfo(dir.filePath(name)).absoluteFilePath();
        for (int i = 0; i < fileCount(); ++i) {
            if (m_files[size_t(i)].path == path) {
                added.append(i); // every sheet of a workbook
            }
        }
    }
    return added;
}

void RecordImportSession::removeFile(int index)
{
    if (at(index)) {
        m_files.erase(m_files.begin() + index);
        ++m_revision;
    }
}

void RecordImportSession::setKind(int index, const QString& kind)
{
    RecordImportFile* file = at(index);
    if (!file || (file->kind == kind && file->kindSource == KindSource::User)) {
        return;
    }
    if (RecordKinds::isKnown(kind)) {
        inspect(*file, kind); // the header row may be another one for another kind
    } else {
        file->kind.clear();
        file->kindSource = KindSource::Unknown;
        file->columns = ColumnSuggester(m_saved).suggest(file->kind, file->headers);
        file->question = ValueFormQuestion::None;
    }
    ++m_revision;
}

void RecordImportSession::setEncoding(int index, const QString& encoding)
{
    RecordImportFile* file = at(index);
    if (!file || !file->sheet.isEmpty() || Workbook::isWorkbookFileName(file->path)) {
        return; // a sheet is read as UTF-8 whatever the machine that wrote it
    }
    file->encoding = TextEncoding::isUtf8Name(encoding) ? QString() : encoding;
    inspect(*file, file->kindSource == KindSource::User ? file->kind : QString());
    ++m_revision;
}

void RecordImportSession::setDateOrder(int index, DateOrder order)
{
    if (RecordImportFile* file = at(index); file && file->forms.dateOrder != order) {
        file->forms.dateOrder = order;
        ValueFormQuestionScan::update(*file); // answered, or the file asks something else now
        ++m_revision;
    }
}

void RecordImportSession::setDecimalMark(int index, DecimalMark mark)
{
    if (RecordImportFile* file = at(index); file && file->forms.decimalMark != mark) {
        file->forms.decimalMark = mark;
        ValueFormQuestionScan::update(*file);
        ++m_revision;
    }
}

bool RecordImportSession::setColumn(int index, const QString& column, const QString& header)
{
    RecordImportFile* file = at(index);
    if (!file || (!header.isEmpty() && !file->headers.contains(header))) {
        return false;
    }
    for (ColumnChoice& choice : file->columns) {
        if (choice.spec.name == column) {
            if (choice.header != header || choice.source != ColumnSource::User) {
                const bool headerChanged = choice.header != header;
                choice.header = header;
                choice.source = header.isEmpty() ? ColumnSource::Unmapped : ColumnSource::User;
                const ValueType type = valueTypeOfColumn(column);
                if (headerChanged && type != ValueType::Text && type != ValueType::Time) {
                    // Another column of dates or amounts may ask, or stop asking.
                    ValueFormQuestionScan::update(*file);
                }
                ++m_revision;
            }
            return true;
        }
    }
    return false;
}

QStringList RecordImportSession::applyMapping(const QString& kind, const ColumnMapping& mapping)
{
    QStringList problems;
    if (!RecordKinds::isCsv(kind)) {
        QStringList csvKinds = RecordKinds::all();
        csvKinds.removeAll(QString(RecordKinds::AttLog));
        problems.append(
            Tr::tr("'%1' is not a kind of CSV record file (%2)").arg(kind, csvKinds.join(QStringLiteral(", "))));
        return problems;
    }
    const QStringList known = [&] {
        QStringList names;
        for (const ColumnSpec& spec : RecordKinds::columns(kind)) {
            names.append(spec.name);
        }
        return names;
    }();
    bool any = false;
    for (int i = 0; i < fileCount(); ++i) {
        RecordImportFile& file = m_files[size_t(i)];
        if (file.kind != kind) {
            continue;
        }
        any = true;
        const QHash<QString, QString>& map = mapping.userMapping();
        for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
            if (!known.contains(it.key())) {
                problems.append(Tr::tr("%1 has no column '%2' (its columns: %3)")
                                    .arg(kind, it.key(), known.join(QStringLiteral(", "))));
                continue;
            }
            QString header;
            if (!it.value().trimmed().isEmpty()) {
                for (const QString& h : file.headers) {
                    if (sameHeader(h, it.value())) {
                        header = h;
                        break;
                    }
                }
                if (header.isEmpty()) {
                    problems.append(Tr::tr("%1 has no column headed '%2' (its header: %3)")
                                        .arg(file.fileName, it.value(), file.headers.join(QStringLiteral(", "))));
                    continue;
                }
            }
            setColumn(i, it.key(), header);
        }
    }
    if (!any) {
        problems.append(Tr::tr("a mapping for %1 was given, but no file of that kind was chosen").arg(kind));
    }
    return problems;
}

QStringList RecordImportSession::fileProblems() const
{
    QStringList problems;
    if (m_files.empty()) {
        problems.append(Tr::tr("Add at least one record file."));
    }
    QStringList registers;
    for (const RecordImportFile& file : m_files) {
        if (file.hasProblem()) {
            problems.append(
                file.problem.line > 0
                    ? QStringLiteral("%1:%2: %3").arg(file.fileName).arg(file.problem.line).arg(file.problem.reason)
                    : QStringLiteral("%1: %2").arg(file.fileName, file.problem.reason));
        } else if (file.kind.isEmpty()) {
            problems.append(Tr::tr("%1: choose what kind of records it holds (or remove it).").arg(file.fileName));
        }
        if (file.kind == RecordKinds::Workers) {
            registers.append(file.fileName);
        }
    }
    if (registers.size() > 1) {
        problems.append(Tr::tr("Only one personnel register can be imported at a time: %1 are all registers.")
                            .arg(registers.join(QStringLiteral(", "))));
    }
    return problems;
}

QStringList RecordImportSession::missingRequired(int index) const
{
    QStringList missing;
    if (index < 0 || index >= fileCount() || !RecordKinds::isCsv(file(index).kind)) {
        return missing;
    }
    for (const ColumnChoice& choice : file(index).columns) {
        if (choice.spec.required && !choice.isMapped()) {
            missing.append(choice.spec.name);
        }
    }
    if (file(index).kind == RecordKinds::Punches) {
        const auto mapped = [&](const QString& column) {
            for (const ColumnChoice& choice : file(index).columns) {
                if (choice.spec.name == column) {
                    return choice.isMapped();
                }
            }
            return false;
        };
        if (!PunchFileParser::missingMoment(mapped).isEmpty()) {
            missing.append(Tr::tr("timestamp (or date and time)"));
        }
    }
    return missing;
}

QStringList RecordImportSession::mappingProblems() const
{
    QStringList problems;
    for (int i = 0; i < fileCount(); ++i) {
        const RecordImportFile& f = file(i);
        const QStringList missing = missingRequired(i);
        if (!missing.isEmpty()) {
            problems.append(
                Tr::tr("%1: required column(s) not mapped: %2").arg(f.fileName, missing.join(QStringLiteral(", "))));
        }
        QHash<QString, QString> usedBy;
        for (const ColumnChoice& choice : f.columns) {
            if (!choice.isMapped()) {
                continue;
            }
            const auto other = usedBy.constFind(choice.header);
            if (other != usedBy.constEnd()) {
                problems.append(Tr::tr("%1: the column \"%2\" is chosen for both %3 and %4")
                                    .arg(f.fileName, choice.header, other.value(), choice.spec.name));
            } else {
                usedBy.insert(choice.header, choice.spec.name);
            }
        }
    }
    return problems;
}

QString RecordImportSession::personalMask()
{
    return QStringLiteral("***");
}

QString RecordImportSession::exampleValue(int index, const QString& column) const
{
    if (index < 0 || index >= fileCount()) {
        return {};
    }
    const RecordImportFile& f = file(index);
    for (const ColumnChoice& choice : f.columns) {
        if (choice.spec.name != column || !choice.isMapped()) {
            continue;
        }
        const qsizetype position = f.headers.indexOf(choice.header);
        const QString value = position >= 0 && position < f.firstRow.size() ? f.firstRow.at(position) : QString();
        return choice.spec.personal && !value.isEmpty() ? personalMask() : value;
    }
    return {};
}

RecordPreview RecordImportSession::preview(int index, int rows) const
{
    if (index < 0 || index >= fileCount()) {
        return {};
    }
    return RecordPreviewReader::read(file(index), rows);
}

std::vector<RecordSource> RecordImportSession::sources() const
{
    std::vector<RecordSource> sources;
    for (const RecordImportFile& f : m_files) {
        RecordSource source;
        source.path = f.path;
        source.kind = f.kind;
        source.encoding = f.encoding;
        source.sheet = f.sheet;
        source.forms = f.forms;
        if (RecordKinds::isCsv(f.kind)) {
            source.mapping = f.mapping();
        }
        sources.push_back(std::move(source));
    }
    return sources;
}

RecordImportCheck RecordImportSession::check(const std::atomic<bool>* cancel,
                                             const std::function<void(qint64, qint64)>& progress) const
{
    RecordImportCheck check;
    check.revision = m_revision;
    const std::vector<RecordSource> all = sources();
    RecordReadOptions options;
    options.computeSha256 = true; // the store keeps each file's hash
    options.cancel = cancel;
    options.progress = progress;
    std::vector<ParsedFile> parsed = RecordDirectoryReader::parseAll(all, options);
    for (ParsedFile& file : parsed) {
        check.cancelled = check.cancelled || file.cancelled;
        if (!file.fatalError.isEmpty()) {
            check.fileIssues.push_back(file.fatal);
        }
    }
    if (cancel && cancel->load()) {
        check.cancelled = true;
    }
    if (check.cancelled) {
        return check;
    }
    check.outcome = RecordDirectoryReader::merge(all, parsed, ImportMode::AllOrNothing);
    return check;
}

QHash<QString, ColumnMapping> RecordImportSession::mappingsToRemember() const
{
    QHash<QString, QHash<QString, QString>> fresh;
    for (const RecordImportFile& f : m_files) {
        if (!RecordKinds::isCsv(f.kind)) {
            continue;
        }
        for (const ColumnChoice& choice : f.columns) {
            if (choice.isMapped() && !sameHeader(choice.header, choice.spec.name)) {
                fresh[f.kind].insert(choice.spec.name, choice.header);
            }
        }
    }
    QHash<QString, ColumnMapping> remember;
    for (auto it = fresh.constBegin(); it != fresh.constEnd(); ++it) {
        QHash<QString, QString> merged = m_saved.value(it.key()).userMapping();
        const QHash<QString, QString> before = merged;
        for (auto c = it.value().constBegin(); c != it.value().constEnd(); ++c) {
            merged.insert(c.key(), c.value());
        }
        if (merged != before) {
            remember.insert(it.key(), ColumnMapping(merged));
        }
    }
    return remember;
}

QString RecordImportSession::kindSourceName(KindSource source)
{
    switch (source) {
    case KindSource::FileName:
        return Tr::tr("from the file name");
    case KindSource::Content:
        return Tr::tr("from its lines");
    case KindSource::Header:
        return Tr::tr("from its header");
    case KindSource::User:
        return Tr::tr("chosen");
    case KindSource::SheetName:
        return Tr::tr("from the sheet's name");
    case KindSource::Unknown:
        break;
    }
    return Tr::tr("unknown");
}

QString RecordImportSession::columnSourceName(ColumnSource source)
{
    switch (source) {
    case ColumnSource::Exact:
        return Tr::tr("same name");
    case ColumnSource::Saved:
        return Tr::tr("saved for this facility");
    case ColumnSource::Synonym:
        return Tr::tr("similar name");
    case ColumnSource::User:
        return Tr::tr("chosen");
    case ColumnSource::Unmapped:
        break;
    }
    return Tr::tr("not in the file");
}

} // namespace fieldbook
