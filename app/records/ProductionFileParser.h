#pragma once

#include "app/records/RecordFileParser.h"
#include "app/records/TextInterner.h"

namespace fieldbook {

// production.csv, output per department and day (formats.md 1).
class ProductionFileParser : public RecordFileParser
{
public:
    QString kind() const override;
    std::vector<ColumnSpec> columns() const override;

protected:
    bool parseRow() override;
    void reserve(qsizetype bytes) override;

private:
    TextInterner m_departments; // one QString per department, not per row
};

} // namespace fieldbook
