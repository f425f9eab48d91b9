#pragma once

#include "app/records/RecordFileParser.h"

namespace fieldbook {

// workers.csv, the personnel register (formats.md 1). A worker id seen twice is a bad row.
// Besides the columns of formats.md it reads the optional `migrant` and `agency` columns
// (yes/no), which interview sampling stratifies by; other unknown columns are ignored, since
// they may hold personal data (phone numbers, addresses) that must not be kept in clear.
class WorkersFileParser : public RecordFileParser
{
public:
    QString kind() const override;
    std::vector<ColumnSpec> columns() const override;

protected:
    bool parseRow() override;
    void reserve(qsizetype bytes) override;

private:
    bool readYesNo(int column, int* out); // empty cell: -1
    std::vector<char> m_seen;
};

} // namespace fieldbook
