#pragma once

#include "app/records/workbook/ZipArchive.h"

#include <QStringList>

namespace fieldbook {

// The workbook's table of shared strings (xl/sharedStrings.xml): cells of type "s" hold an index
// into it. Rich text runs are joined; phonetic guides (<rPh>, furigana) are left out.
class SharedStrings
{
public:
    static constexpr qint64 kMaxPartBytes = 64 * 1024 * 1024;

    // An absent part is an empty table (a workbook without text cells).
    static Result<SharedStrings> read(const ZipArchive& archive, const QString& part);

    // Null (not merely empty) when the index is out of range.
    QString at(qint64 index) const
    {
        return index >= 0 && index < m_strings.size() ? m_strings.at(index) : QString();
    }
    bool contains(qint64 index) const
    {
        return index >= 0 && index < m_strings.size();
    }
    qsizetype size() const
    {
        return m_strings.size();
    }

private:
    QStringList m_strings;
};

} // namespace fieldbook
