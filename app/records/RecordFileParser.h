#pragma once

#include "app/records/ColumnMapping.h"
#include "app/records/ParsedFile.h"

namespace fieldbook {

// Parses one CSV record file of formats.md section 1 (header-driven columns). Every bad row
// becomes a RecordIssue naming file, line, column and reason; good rows are kept.
class RecordFileParser
{
public:
    static ParsedFile parse(RecordKind kind, const QString& fileName, const QByteArray& data,
                            const ColumnMapping& mapping = ColumnMapping());
};

} // namespace fieldbook
