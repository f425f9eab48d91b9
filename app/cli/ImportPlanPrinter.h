#pragma once

#include "app/records/RecordIssue.h"

#include <QTextStream>
#include <vector>

namespace fieldbook {

class RecordImportSession;
struct RecordPreview;

// How `fieldbook-cli import` shows an import plan: each file's kind and mapping, the first rows as
// they will be read, and the issues as "file:line: column: reason". Personal cells are masked.
class ImportPlanPrinter
{
public:
    // Every file with its kind and every column's header. `guessesOnly`: one line per column that
    // was not found under its own name (what a plain import tells, so nothing is taken silently).
    static void printMapping(QTextStream& out, const RecordImportSession& session, bool guessesOnly = false);
    static void printPreview(QTextStream& out, const RecordPreview& preview);
    static void printIssues(QTextStream& out, const std::vector<RecordIssue>& issues, int limit = -1);
};

} // namespace fieldbook
