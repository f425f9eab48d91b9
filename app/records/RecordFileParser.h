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
    // Columns needed together that no single `required` flag says (a date-time, or a date and a
    // time): the reason the file cannot be read, empty when it can. Checked once, after the header.
    virtual QString missingColumns() const
    {
        return {};
    }
    // Called once after the last row of a file read to its end: kinds that need every row before
    // they make records (punches paired into shifts) make them here.
    virtual void finish()
    {}
    bool isMapped(int column) const
    {
        return m_indexes[size_t(column)] >= 0;
    }
    // The file's bytes as parse() was given them (rows' rawRecord() views point into them).
    QByteArrayView data() const
    {
        return m_data;
    }
    // rawForIssue() of a record read earlier (its rawRecord()), for issues found after the rows.
    QString rawForIssue(QByteArrayView record) const;
    // An issue found after the rows, at `line` (column: index in columns(), or -1).
    void addIssue(int line, int column, const QString& reason, const QString& raw, bool blocking);
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
    QString maskedRecord(const CsvReader& reader) const;
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
    QByteArrayView m_data;
    std::vector<char> m_shownInIssues; // per field of the file: may an issue show it
    std::vector<ColumnSpec> m_columns;
    std::unordered_map<std::string, int> m_workerIds;
    const std::atomic<bool>* m_cancel = nullptr;
};

} // namespace fieldbook
