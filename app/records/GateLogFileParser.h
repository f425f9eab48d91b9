#pragma once

#include "app/records/RecordFileParser.h"

namespace fieldbook {

// gate_log.csv, the security gate's access log (formats.md 1).
class GateLogFileParser : public RecordFileParser
{
public:
    QString kind() const override;
    std::vector<ColumnSpec> columns() const override;

protected:
    bool parseRow() override;
    void reserve(qsizetype bytes) override;
};

} // namespace fieldbook
