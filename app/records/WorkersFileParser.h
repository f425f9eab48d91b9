#pragma once

#include "app/records/RecordFileParser.h"

namespace fieldbook {

// workers.csv, the personnel register (formats.md 1). A worker id seen twice is a bad row.
class WorkersFileParser : public RecordFileParser
{
public:
    QString kind() const override;
    std::vector<ColumnSpec> columns() const override;

protected:
    bool parseRow() override;
    void reserve(qsizetype bytes) override;
    QString rawForIssue() const override; // name and id_number masked

private:
    std::vector<char> m_seen;
};

} // namespace fieldbook
