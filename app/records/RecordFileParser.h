#pragma once

#include "app/records/ColumnMapping.h"
#include "app/records/CsvReader.h"
#include "app/records/ParsedFile.h"
#include "app/records/ValueConventionScan.h"

#include <atomic>
#include <string>
#include <unordered_map>

namespace fieldbook {

// Base of the per-kind CSV parsers: runs the scanner, resolves the header, and gives each row
// to parseRow() with helpers that read cells straight from bytes and report errors with
// file, line, column and reason. A row with an error is left out and listed.
class RecordFileParser
{
public:
    // Bad rows of one file kept with their reason; more are counted (ParsedFile::issuesNotKept).
    static constexpr int kMaxKeptIssues = 1000;

    virtual ~RecordFileParser() = default;
    virtual QString kind() const = 0;
    virtual std::vector<ColumnSpec> columns() const = 0;

    // Titles, blank rows or a date range above the header are skipped: the header is the first of
    // the first kMaxRowsAboveHeader + 1 records that holds every required column (issues keep the
    // file's own line numbers). Values in local forms (05/01/2026, 8:00 AM, 1.234,56) are read
    // after one scan of the whole file decided its date order and decimal marks (`forms` says
    // them when the auditor chose).
    ParsedFile parse(QByteArrayView data, const QString& fileName, const ColumnMapping& mapping = {},
                     const ValueFormChoice& forms = {});
    static constexpr int kMaxRowsAboveHeader = 30;
    // Checked every few thousand rows: a set flag stops the parse (ParsedFile::cancelled).
    void setCancelFlag(const std::atomic<bool>* cancel)
    {
        m_cancel = cancel;
    }

protected:
    // Parses the current row into m_out.records; returns false after fail() for a bad row.
    virtual bool parseRow() = 0;
    virtual void reserve(qsizetype /*bytes*/)
    {}
    // The row as an issue shows it: issues end up in quarantine rows, packages, reports and
    // terminals, so only mapped columns that are not personal are shown; personal cells and cells
    // of columns Fieldbook does not read (a phone number, a second name) are dropped as "***".
    QString rawForIssue() const;
    const CsvReader& reader() const
    {
        return *m_reader;
    }
    int columnIndex(int column) const
    {
        return m_indexes[size_t(column)];
    }

    // Cell of the column with this index in columns(), trimmed; empty when the column is absent.
    QByteArrayView cell(int column) const;
    bool fail(int column, const QString& reason);
    bool failBadValue(int column, const char* what);
    bool failEmpty(int column);
    // True when the cell holds no control byte (NUL, line feed...); else fails the row.
    bool checkNoControlBytes(int column);
    int line() const
    {
        return m_reader->line();
    }
    int internWorker(QByteArrayView id);

    // Typed readers: false (after fail()) when the cell is not valid. Optional cells that are
    // empty leave *out untouched and return true.
    bool readDate(int column, JulianDay* out, bool required = true);
    bool readTime(int column, int* out);
    bool readNumber(int column, double* out, bool required = true, bool* present = nullptr);
    bool readNonNegative(int column, double* out, bool required = true, bool* present = nullptr);
    bool readWorker(int column, int* out);
    bool readTimestamp(int column, JulianDay* date, int* seconds);

    ParsedFile m_out;

private:
    // Leaves `reader` on the header record and sets m_indexes; its index among the records, or -1
    // after setting the file's fatal error.
    int findHeader(CsvReader& reader, const ColumnMapping& mapping);
    void readRows(CsvReader& reader);
    // A value not in the canonical form before the file's local forms are known: the parse stops
    // and starts again once the whole file has been scanned. Returns false (the row is not counted).
    bool needConventions()
    {
        m_restart = true;
        return false;
    }
    bool failNumber(int column);
    // The local forms, read when the canonical form did not match.
    Q_DECL_COLD_FUNCTION Q_NEVER_INLINE bool readLocalDate(int column, QByteArrayView v, JulianDay* out);
    Q_DECL_COLD_FUNCTION Q_NEVER_INLINE bool readLocalTime(int column, QByteArrayView v, int* out);
    Q_DECL_COLD_FUNCTION Q_NEVER_INLINE bool readLocalTimestamp(int column, QByteArrayView v, JulianDay* date,
                                                                int* seconds);
    Q_DECL_COLD_FUNCTION Q_NEVER_INLINE bool readLocalNumber(int column, QByteArrayView v, DecimalMark mark,
                                                             double* out);

    const CsvReader* m_reader = nullptr;
    ValueConventions m_conventions;
    bool m_conventionsKnown = false;
    bool m_restart = false;
    std::vector<int> m_indexes;
    std::vector<char> m_shownInIssues; // per field of the file: may an issue show it
    std::vector<ColumnSpec> m_columns;
    std::unordered_map<std::string, int> m_workerIds;
    const std::atomic<bool>* m_cancel = nullptr;
};

} // namespace fieldbook
