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

ParsedFile RecordFileParser::parse(QByteArrayView data, const QString& fileName, const ColumnMapping& mapping)
{
    m_out = ParsedFile();
    m_out.fileName = fileName;
    m_out.kind = kind();
    m_workerIds.clear();
    m_columns = columns();
    CsvReader reader(data);
    m_reader = &reader;
    if (!reader.readRecord()) {
        if (reader.hasError()) {
            m_out.setFatal(reader.errorLine(), QString(), reader.errorMessage());
        } else {
            m_out.setFatal(1, QString(), Tr::tr("the file is empty (no header row)"));
        }
        return std::move(m_out);
    }
    Result<std::vector<int>> indexes = mapping.resolve(reader.fields(), m_columns);
    if (!indexes) {
        m_out.setFatal(1, QString(), indexes.error());
        return std::move(m_out);
    }
    m_indexes = indexes.take();
    m_data = data;
    if (const QString missing = missingColumns(); !missing.isEmpty()) {
        m_out.setFatal(1, QString(), missing);
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
    while (reader.readRecord()) {
        ++m_out.rows;
        if (!parseRow()) {
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
    m_reader = nullptr;
    m_data = QByteArrayView();
    return std::move(m_out);
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
    return fieldparsing::parseDate(v, out) || failBadValue(column, "unparseable date (expected YYYY-MM-DD)");
}

bool RecordFileParser::readTime(int column, int* out)
{
    const QByteArrayView v = cell(column);
    if (v.isEmpty()) {
        return failEmpty(column);
    }
    return fieldparsing::parseTime(v, out) || failBadValue(column, "unparseable time (expected HH:MM or HH:MM:SS)");
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
    if (!fieldparsing::parseDouble(v, out)) {
        return failBadValue(column, "not a number");
    }
    return std::isfinite(*out) || failBadValue(column, "not a finite number");
}

bool RecordFileParser::readNonNegative(int column, double* out, bool required, bool* present)
{
    if (!readNumber(column, out, required, present)) {
        return false;
    }
    return *out >= 0 || failBadValue(column, "negative value");
}

} // namespace fieldbook
