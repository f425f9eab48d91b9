#include "app/records/RecordFileParser.h"
#include "app/records/FieldParsing.h"

#include <QCoreApplication>
#include <cmath>

namespace fieldbook {

namespace {
constexpr qsizetype kMaxRaw = 500;
constexpr qsizetype kMaxIdBytes = 128;

// lupdate files Tr::tr() under the context Q_DECLARE_TR_FUNCTIONS names; a plain helper function
// would put these strings under a context that is never looked up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RecordFileParser)
};
} // namespace

ParsedFile RecordFileParser::parse(QByteArrayView data, const QString& fileName, const ColumnMapping& mapping,
                                   const ValueFormChoice& forms)
{
    m_out = ParsedFile();
    m_out.fileName = fileName;
    m_out.kind = kind();
    m_workerIds.clear();
    m_columns = columns();
    m_conventions = ValueConventions();
    m_conventionsKnown = false;
    m_restart = false;
    CsvReader reader(data);
    m_reader = &reader;
    const int headerRecord = findHeader(reader, mapping);
    if (headerRecord < 0) {
        m_reader = nullptr;
        return std::move(m_out);
    }
    m_data = data;
    if (const QString missing = missingColumns(); !missing.isEmpty()) {
        m_out.setFatal(reader.line(), QString(), missing);
        m_reader = nullptr;
        m_data = QByteArrayView();
        return std::move(m_out);
    }
    // Cells an issue may show: mapped columns that are not personal. The others (personal ones,
    // and columns Fieldbook does not read: a phone number, a second name) never reach an issue.
    m_shownInIssues.assign(size_t(reader.fieldCount()), 0);
    for (size_t c = 0; c < m_indexes.size() && c < m_columns.size(); ++c) {
        const int index = m_indexes[c];
        if (index >= 0 && index < reader.fieldCount() && !m_columns[c].personal) {
            m_shownInIssues[size_t(index)] = 1;
        }
    }
    reserve(data.size());
    readRows(reader);
    if (m_restart) {
        // A value in a local form: its file's date order and decimal marks are decided from every
        // row first (never row by row), then the rows are read again knowing them. Canonical files
        // never come here.
        auto atHeader = [&](CsvReader& r) {
            for (int i = 0; i <= headerRecord; ++i) {
                r.readRecord();
            }
        };
        CsvReader scan(data);
        atHeader(scan);
        m_conventions = ValueConventionScan::decide(scan, m_columns, m_indexes, forms);
        const RecordIssue problem = m_conventions.problem;
        const QString fileKind = m_out.kind;
        m_out = ParsedFile();
        m_out.fileName = fileName;
        m_out.kind = fileKind;
        m_workerIds.clear();
        if (!problem.reason.isEmpty()) {
            m_out.setFatal(problem.line, problem.column, problem.reason);
            m_reader = nullptr;
            return std::move(m_out);
        }
        m_conventionsKnown = true;
        m_restart = false;
        CsvReader again(data);
        atHeader(again);
        m_reader = &again;
        reserve(data.size());
        readRows(again);
    }
    m_reader = nullptr;
    m_data = QByteArrayView();
    return std::move(m_out);
}

int RecordFileParser::findHeader(CsvReader& reader, const ColumnMapping& mapping)
{
    QString firstRowProblem;
    for (int record = 0; record <= kMaxRowsAboveHeader && reader.readRecord(); ++record) {
        Result<std::vector<int>> indexes = mapping.resolve(reader.fields(), m_columns);
        if (indexes) {
            m_indexes = indexes.take();
            return record;
        }
        if (record == 0) {
            firstRowProblem = indexes.error();
        }
    }
    if (reader.hasError()) {
        m_out.setFatal(reader.errorLine(), QString(), reader.errorMessage());
    } else if (firstRowProblem.isEmpty()) {
        m_out.setFatal(1, QString(), Tr::tr("the file is empty (no header row)"));
    } else {
        m_out.setFatal(1, QString(), firstRowProblem); // what the first row lacks, as formats.md wants it there
    }
    return -1;
}

void RecordFileParser::readRows(CsvReader& reader)
{
    while (reader.readRecord()) {
        ++m_out.rows;
        if (!parseRow()) {
            if (m_restart) {
                --m_out.rows;
                return;
            }
            ++m_out.rejected;
        }
        if ((m_out.rows & 0x1FFF) == 0 && m_cancel && m_cancel->load(std::memory_order_relaxed)) {
            m_out.cancelled = true;
            break;
        }
    }
    if (reader.hasError()) {
        m_out.setFatal(reader.errorLine(), QString(), reader.errorMessage());
    } else if (!m_out.cancelled) {
        finish();
    }
}

QString RecordFileParser::rawForIssue() const
{
    return maskedRecord(*m_reader);
}

QString RecordFileParser::rawForIssue(QByteArrayView record) const
{
    CsvReader again(record);
    return again.readRecord() ? maskedRecord(again) : QString();
}

QString RecordFileParser::maskedRecord(const CsvReader& reader) const
{
    QByteArray raw;
    for (int i = 0; i < reader.fieldCount() && raw.size() < kMaxRaw; ++i) {
        if (i > 0) {
            raw += ',';
        }
        const QByteArrayView value = reader.field(i);
        if (size_t(i) < m_shownInIssues.size() && m_shownInIssues[size_t(i)]) {
            raw += value;
        } else if (!value.isEmpty()) {
            raw += "***";
        }
    }
    return QString::fromUtf8(raw.first(qMin(kMaxRaw, raw.size())));
}

void RecordFileParser::addIssue(int line, int column, const QString& reason, const QString& raw, bool blocking)
{
    if (m_out.issues.size() >= size_t(kMaxKeptIssues)) {
        ++m_out.issuesNotKept;
        m_out.blockingNotKept += blocking ? 1 : 0;
        return;
    }
    RecordIssue issue;
    issue.file = m_out.fileName;
    issue.line = line;
    issue.column = column >= 0 ? m_columns[size_t(column)].name : QString();
    issue.reason = reason;
    issue.raw = raw;
    issue.blocking = blocking;
    m_out.issues.push_back(std::move(issue));
}

QByteArrayView RecordFileParser::cell(int column) const
{
    const int index = m_indexes[size_t(column)];
    return index < 0 ? QByteArrayView() : fieldparsing::trimmed(m_reader->field(index));
}

bool RecordFileParser::fail(int column, const QString& reason)
{
    if (m_out.issues.size() >= size_t(kMaxKeptIssues)) {
        ++m_out.issuesNotKept; // counted, not kept: a file of junk must not take the memory
        ++m_out.blockingNotKept;
        return false;
    }
    RecordIssue issue;
    issue.file = m_out.fileName;
    issue.line = m_reader->line();
    issue.column = column >= 0 ? m_columns[size_t(column)].name : QString();
    issue.reason = reason;
    issue.raw = rawForIssue();
    m_out.issues.push_back(std::move(issue));
    return false;
}

bool RecordFileParser::failBadValue(int column, const char* what)
{
    return fail(column,
                Tr::tr("%1 '%2'").arg(Tr::tr(what),
                                      QString::fromUtf8(cell(column).first(qMin<qsizetype>(40, cell(column).size())))));
}

bool RecordFileParser::checkNoControlBytes(int column)
{
    return !fieldparsing::hasControlBytes(cell(column)) ||
           fail(column, Tr::tr("control character (such as NUL) in an id"));
}

bool RecordFileParser::failEmpty(int column)
{
    return fail(column, Tr::tr("required cell is empty"));
}

int RecordFileParser::internWorker(QByteArrayView id)
{
    std::string key(id.data(), size_t(id.size()));
    const auto it = m_workerIds.find(key);
    if (it != m_workerIds.end()) {
        return it->second;
    }
    const int index = m_out.records.internWorker(QString::fromUtf8(id));
    m_workerIds.emplace(std::move(key), index);
    return index;
}

bool RecordFileParser::readWorker(int column, int* out)
{
    const QByteArrayView v = cell(column);
    if (v.isEmpty()) {
        return failEmpty(column);
    }
    if (fieldparsing::hasControlBytes(v)) {
        return fail(column, Tr::tr("control character (such as NUL) in an id"));
    }
    if (v.size() > kMaxIdBytes) {
        return fail(column, Tr::tr("id longer than %1 bytes").arg(kMaxIdBytes));
    }
    *out = internWorker(v);
    return true;
}

bool RecordFileParser::readDate(int column, JulianDay* out, bool required)
{
    const QByteArrayView v = cell(column);
    if (v.isEmpty()) {
        return required ? failEmpty(column) : true;
    }
    return fieldparsing::parseDate(v, out) || readLocalDate(column, v, out);
}

// Out of the hot path (cold, never inlined), so the canonical readers stay small enough for the
// compiler to inline the byte parsers into them: a canonical file runs as fast as before.
bool RecordFileParser::readLocalDate(int column, QByteArrayView v, JulianDay* out)
{
    if (!m_conventionsKnown) {
        return needConventions();
    }
    if (valueforms::parseDate(v, m_conventions.dateOrder, out)) {
        return true;
    }
    // Say the form the file's own dates have, not only the canonical one.
    switch (m_conventions.dateOrder) {
    case DateOrder::DayFirst:
        return failBadValue(
            column, QT_TRANSLATE_NOOP("RecordFileParser", "unparseable date (expected YYYY-MM-DD or day/month/year)"));
    case DateOrder::MonthFirst:
        return failBadValue(
            column, QT_TRANSLATE_NOOP("RecordFileParser", "unparseable date (expected YYYY-MM-DD or month/day/year)"));
    case DateOrder::YearFirst:
    case DateOrder::Unknown:
        break;
    }
    return failBadValue(column, "unparseable date (expected YYYY-MM-DD)");
}

bool RecordFileParser::readTime(int column, int* out)
{
    const QByteArrayView v = cell(column);
    if (v.isEmpty()) {
        return failEmpty(column);
    }
    // Local forms of times need nothing decided for the file: read at once. Four digits (0800) only
    // here, in a column that can hold nothing but times.
    return fieldparsing::parseTime(v, out) || readLocalTime(column, v, out);
}

bool RecordFileParser::readLocalTime(int column, QByteArrayView v, int* out)
{
    return valueforms::parseTime(v, true, out) || failBadValue(column, "unparseable time (expected HH:MM or HH:MM:SS)");
}

bool RecordFileParser::readTimestamp(int column, JulianDay* date, int* seconds)
{
    const QByteArrayView v = cell(column);
    if (v.isEmpty()) {
        return failEmpty(column);
    }
    return fieldparsing::parseTimestamp(v, date, seconds) || readLocalTimestamp(column, v, date, seconds);
}

bool RecordFileParser::readLocalTimestamp(int column, QByteArrayView v, JulianDay* date, int* seconds)
{
    if (!m_conventionsKnown) {
        return needConventions();
    }
    return valueforms::parseTimestamp(v, m_conventions.dateOrder, date, seconds) ||
           failBadValue(column, "unparseable timestamp (expected YYYY-MM-DD HH:MM[:SS])");
}

bool RecordFileParser::readNumber(int column, double* out, bool required, bool* present)
{
    const QByteArrayView v = cell(column);
    if (present) {
        *present = !v.isEmpty();
    }
    if (v.isEmpty()) {
        return required ? failEmpty(column) : true;
    }
    const DecimalMark mark = m_conventions.decimalMark(column);
    // The fast path reads "1.234" as one point two three four: right only where the column's mark
    // is not a comma (a column of "1.234,56" has its "1.234" read as a thousand and more).
    if (mark != DecimalMark::Comma && fieldparsing::parseDouble(v, out)) {
        return std::isfinite(*out) || failBadValue(column, "not a finite number");
    }
    return readLocalNumber(column, v, mark, out);
}

bool RecordFileParser::readLocalNumber(int column, QByteArrayView v, DecimalMark mark, double* out)
{
    if (!m_conventionsKnown) {
        return needConventions();
    }
    return valueforms::parseNumber(v, mark, out) || failNumber(column);
}

bool RecordFileParser::failNumber(int column)
{
    const QString value = QString::fromUtf8(cell(column).first(qMin<qsizetype>(40, cell(column).size())));
    if (valueTypeOfColumn(m_columns[size_t(column)].name) == ValueType::Money) {
        return fail(column, Tr::tr("\"%1\" is not an amount").arg(value));
    }
    return failBadValue(column, "not a number");
}

bool RecordFileParser::readNonNegative(int column, double* out, bool required, bool* present)
{
    if (!readNumber(column, out, required, present)) {
        return false;
    }
    return *out >= 0 || failBadValue(column, "negative value");
}

} // namespace fieldbook
