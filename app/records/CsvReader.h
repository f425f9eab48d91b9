#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <string>
#include <vector>

namespace fieldbook {

// RFC 4180 scanner over bytes already in memory (a mapped or loaded file).
//
// Accepts a leading UTF-8 BOM, `\n` and `\r\n` line ends, quoted fields holding commas,
// doubled quotes and line breaks. Fields are views into the input (or into a scratch buffer
// for quoted fields that needed unescaping), valid until the next readRecord(): no allocation
// per cell. Blank lines are skipped. A quote left open is an error naming the line it opened on.
//
// Limits (hostile files): a record longer than kMaxRecordBytes or with more than kMaxFields
// fields is an error naming its line, so one crafted line cannot take the memory of the machine.
class CsvReader
{
public:
    static constexpr qsizetype kMaxRecordBytes = 1024 * 1024; // 1 MiB
    static constexpr int kMaxFields = 512;

    explicit CsvReader(QByteArrayView data, char separator = ',');

    // Reads the next record. False at the end of the input or on an error (see hasError()).
    bool readRecord();

    const std::vector<QByteArrayView>& fields() const
    {
        return m_fields;
    }
    int fieldCount() const
    {
        return int(m_fields.size());
    }
    QByteArrayView field(int index) const
    {
        return index >= 0 && index < int(m_fields.size()) ? m_fields[size_t(index)] : QByteArrayView();
    }
    // Line (1-based) on which the current record starts.
    int line() const
    {
        return m_recordLine;
    }
    // The current record's bytes as they are in the file, without the line end.
    QByteArrayView rawRecord() const
    {
        return m_raw;
    }
    bool hasError() const
    {
        return !m_error.isEmpty();
    }
    QString errorMessage() const
    {
        return m_error;
    }
    int errorLine() const
    {
        return m_errorLine;
    }

private:
    bool failLimits(const char* recordStart, const char* p);

    struct Span
    {
        qsizetype offset;
        qsizetype size;
        bool scratch;
    };

    const char* m_begin = nullptr;
    const char* m_pos = nullptr;
    const char* m_end = nullptr;
    char m_separator = ',';
    int m_line = 1;
    int m_recordLine = 0;
    std::vector<QByteArrayView> m_fields;
    std::vector<Span> m_spans;
    std::string m_scratch;
    QByteArrayView m_raw;
    QString m_error;
    int m_errorLine = 0;
};

} // namespace fieldbook
