#pragma once

#include "app/records/RecordFileParser.h"

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

    QHash<QByteArray, QString> m_departments;
};

} // namespace fieldbook
