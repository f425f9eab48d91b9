#pragma once

#include "app/records/RecordFileParser.h"

namespace fieldbook {

// payroll.csv, one row per worker and pay period (formats.md 1).
class PayrollFileParser : public RecordFileParser
{
public:
    QString kind() const override;
    std::vector<ColumnSpec> columns() const override;

protected:
    bool parseRow() override;
    void reserve(qsizetype bytes) override;
};

} // namespace fieldbook
