#pragma once

#include <QByteArray>
#include <QString>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace fieldbook {

// RFC 4180 reader over bytes already in memory: comma separated, double-quoted fields that may
// hold commas, quotes ("") and line breaks; \n or \r\n line ends; a leading UTF-8 BOM is skipped.
// Fields are views into the data (or into the reader's own storage for fields with escaped
// quotes) and stay valid until the next call to next().
class CsvReader
{
public:
    explicit CsvReader(const QByteArray& data);

    // Reads the next record. Returns false at the end of the data or on a malformed record
    // (then hasError() is true). Blank lines are skipped.
    bool next(std::vector<std::string_view>& fields);
    // 1-based line number where the record last returned by next() starts.
    int recordLine() const
    {
        return m_recordLine;
    }
    // The raw text of the last record (for error reports), cut to a readable length.
    QString rawRecord() const;
    bool hasError() const
    {
        return !m_error.isEmpty();
    }
    QString error() const
    {
        return m_error;
    }

private:
    const char* m_begin;
    const char* m_pos;
    const char* m_end;
    const char* m_recordStart = nullptr;
    int m_line = 1;
    int m_recordLine = 0;
    QString m_error;
    std::deque<std::string> m_unescaped; // fields that contained "" escapes
};

} // namespace fieldbook
