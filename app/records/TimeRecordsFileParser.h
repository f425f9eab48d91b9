#pragma once

#include "app/records/RecordFileParser.h"
#include "app/records/TextInterner.h"

#include <QHash>

namespace fieldbook {

// time_records.csv, one row per worked segment (formats.md 1).
class TimeRecordsFileParser : public RecordFileParser
{
public:
    QString kind() const override;
    std::vector<ColumnSpec> columns() const override;

protected:
    bool parseRow() override;
    void reserve(qsizetype bytes) override;

private:
    bool readSource(bool* manual);
    bool readDepartment(QString* department);

    TextInterner m_departments; // one QString per department, not per row
};

} // namespace fieldbook
