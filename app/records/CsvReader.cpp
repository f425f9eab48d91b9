#include "app/records/CsvReader.h"

#include <QCoreApplication>

namespace fieldbook {

CsvReader::CsvReader(const QByteArray& data)
    : m_begin(data.constData()), m_pos(data.constData()), m_end(data.constData() + data.size())
{
    if (data.startsWith("\xEF\xBB\xBF")) {
        m_pos += 3;
    }
}

QString CsvReader::rawRecord() const
{
    if (!m_recordStart) {
        return {};
    }
    const qsizetype length = std::min<qsizetype>(m_pos - m_recordStart, 200);
    return QString::fromUtf8(m_recordStart, length).trimmed();
}

bool CsvReader::next(std::vector<std::string_view>& fields)
{
    fields.clear();
    m_unescaped.clear();
    // Skip blank lines.
    while (m_pos < m_end && (*m_pos == '\n' || *m_pos == '\r')) {
        if (*m_pos == '\n') {
            ++m_line;
        }
        ++m_pos;
    }
    if (m_pos >= m_end) {
        return false;
    }
    m_recordStart = m_pos;
    m_recordLine = m_line;
    for (;;) {
        if (m_pos < m_end && *m_pos == '"') {
            // Quoted field.
            const char* start = ++m_pos;
            bool escaped = false;
            for (;;) {
                if (m_pos >= m_end) {
                    m_error = QCoreApplication::translate("CsvReader", "line %1: a quoted field is never closed")
                                  .arg(m_recordLine);
                    return false;
                }
                if (*m_pos == '"') {
                    if (m_pos + 1 < m_end && m_pos[1] == '"') {
                        escaped = true;
                        m_pos += 2;
                        continue;
                    }
                    break;
                }
                if (*m_pos == '\n') {
                    ++m_line;
                }
                ++m_pos;
            }
            std::string_view value(start, size_t(m_pos - start));
            ++m_pos; // closing quote
            if (escaped) {
                std::string copy;
                copy.reserve(value.size());
                for (size_t i = 0; i < value.size(); ++i) {
                    copy.push_back(value[i]);
                    if (value[i] == '"') {
                        ++i; // skip the second quote of ""
                    }
                }
                m_unescaped.push_back(std::move(copy));
                value = m_unescaped.back();
            }
            fields.push_back(value);
            // After a closing quote only a separator or a line end may follow (spaces tolerated).
            while (m_pos < m_end && (*m_pos == ' ' || *m_pos == '\t')) {
                ++m_pos;
            }
            if (m_pos < m_end && *m_pos != ',' && *m_pos != '\n' && *m_pos != '\r') {
                m_error = QCoreApplication::translate("CsvReader", "line %1: unexpected text after a closing quote")
                              .arg(m_line);
                return false;
            }
        } else {
            const char* start = m_pos;
            while (m_pos < m_end && *m_pos != ',' && *m_pos != '\n' && *m_pos != '\r') {
                ++m_pos;
            }
            fields.emplace_back(start, size_t(m_pos - start));
        }
        if (m_pos >= m_end) {
            return true;
        }
        if (*m_pos == ',') {
            ++m_pos;
            if (m_pos >= m_end) {
                fields.emplace_back(); // trailing empty field
                return true;
            }
            continue;
        }
        // Line end: \r\n or \n (a lone \r is taken as a line end too).
        if (*m_pos == '\r') {
            ++m_pos;
        }
        if (m_pos < m_end && *m_pos == '\n') {
            ++m_pos;
        }
        ++m_line;
        return true;
    }
}

} // namespace fieldbook
