#pragma once

namespace fieldbook {

struct RecordFileHead;
struct RecordImportFile;

// Finds what a chosen file will ask about its values' forms (the date order, a decimal mark)
// before the import reads it, so the import wizard can ask at the files step instead of refusing
// the file at the check. The file is scanned as its parser scans it (ValueConventionScan, with the
// file's mapping and the auditor's choices). Evidence only adds up, so the first rows already read
// settle it unless they ask: only then is the whole file read, since later rows may still say.
class ValueFormQuestionScan
{
public:
    // Sets file.question and file.questionAt; `head` is what the session read of the file.
    static void update(RecordImportFile& file, const RecordFileHead& head);
    // The same when nothing of the file is at hand (the auditor changed a choice).
    static void update(RecordImportFile& file);
};

} // namespace fieldbook
