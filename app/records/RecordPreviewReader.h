#pragma once

#include "app/records/RecordImportFile.h"
#include "app/records/RecordPreview.h"

namespace fieldbook {

// The first rows of a chosen file as the import will read them: the head of the file only (a few
// hundred KiB, so it is quick on the GUI thread), each row's cells by canonical column (personal
// cells masked), and the problems the real parser finds in exactly those rows.
class RecordPreviewReader
{
public:
    static RecordPreview read(const RecordImportFile& file, int rows);
};

} // namespace fieldbook
