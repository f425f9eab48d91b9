#include "app/records/CsvReader.h"

#include <QCoreApplication>

namespace fieldbook {

CsvReader::CsvReader(QByteArrayView data, char separator)
    : m_begin(data.data()), m_pos(data.data()), m_end(data.data() + data.size()), m_separator(separator)
{
    if (data.size() >= 3 && data.startsWith("\xEF\xBB\xBF")) {
        m_pos += 3;
    }
    m_fields.reserve(16);
    m_spans.reserve(16);
}

bool CsvReader::readRecord()
{
    if (hasError()) {
        return false;
    }
    // Skip blank lines between records.
    while (m_pos < m_end && (*m_pos == '\n' || *m_pos == '\r')) {
        if (*m_pos == '\n') {
            ++m_line;
        }
        ++m_pos;
    }
    m_fields.clear();
    m_spans.clear();
    m_scratch.clear();
    if (m_pos >= m_end) {
        return false;
    }
    m_recordLine = m_line;
    const char* recordStart = m_pos;
    const char* p = m_pos;
    const char sep = m_separator;
    for (;;) {
        if (p < m_end && *p == '"') {
            // Quoted field: copy into scratch only if it holds a doubled quote.
            const char* contentStart = ++p;
            const qsizetype scratchStart = qsizetype(m_scratch.size());
            bool usedScratch = false;
            for (;;) {
                if (p >= m_end) {
                    m_error =
                        QCoreApplication::translate("CsvReader", "a quoted field opened on line %1 is never closed")
                            .arg(m_recordLine);
                    m_errorLine = m_recordLine;
                    return false;
                }
                const char c = *p;
                if (c == '"') {
                    if (p + 1 < m_end && p[1] == '"') {
                        if (!usedScratch) {
                            m_scratch.append(contentStart, size_t(p - contentStart));
                            usedScratch = true;
                        }
                        m_scratch.push_back('"');
                        p += 2;
                        continue;
                    }
                    break;
                }
                if (c == '\n') {
                    ++m_line;
                    if (failLimits(recordStart, p)) {
                        return false;
                    }
                }
                if (usedScratch) {
                    m_scratch.push_back(c);
                }
                ++p;
            }
            if (usedScratch) {
                m_spans.push_back({scratchStart, qsizetype(m_scratch.size()) - scratchStart, true});
            } else {
                m_spans.push_back({contentStart - m_begin, p - contentStart, false});
            }
            ++p; // closing quote
            if (failLimits(recordStart, p)) {
                return false;
            }
            if (p < m_end && *p != sep && *p != '\n' && *p != '\r') {
                m_error = QCoreApplication::translate("CsvReader", "line %1: unexpected text after a closing quote")
                              .arg(m_line);
                m_errorLine = m_line;
                return false;
            }
        } else {
            const char* start = p;
            while (p < m_end && *p != sep && *p != '\n' && *p != '\r') {
                ++p;
            }
            m_spans.push_back({start - m_begin, p - start, false});
            if (failLimits(recordStart, p)) {
                return false;
            }
        }
        if (p < m_end && *p == sep) {
            ++p;
            continue;
        }
        break;
    }
    m_raw = QByteArrayView(recordStart, p - recordStart);
    if (p < m_end && *p == '\r') {
        ++p;
    }
    if (p < m_end && *p == '\n') {
        ++p;
        ++m_line;
    }
    m_pos = p;
    for (const Span& span : m_spans) {
        m_fields.emplace_back(span.scratch ? m_scratch.data() + span.offset : m_begin + span.offset, span.size);
    }
    return true;
}

bool CsvReader::failLimits(const char* recordStart, const char* p)
{
    if (p - recordStart > kMaxRecordBytes) {
        m_error = QCoreApplication::translate("CsvReader", "line %1: the record is longer than %2 bytes")
                      .arg(m_recordLine)
                      .arg(kMaxRecordBytes);
    } else if (m_spans.size() > size_t(kMaxFields)) {
        m_error = QCoreApplication::translate("CsvReader", "line %1: more than %2 fields in one record")
                      .arg(m_recordLine)
                      .arg(kMaxFields);
    } else {
        return false;
    }
    m_errorLine = m_recordLine;
    return true;
}

} // namespace fieldbook
