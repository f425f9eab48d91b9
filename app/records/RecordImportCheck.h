#pragma once

#include "app/records/RecordDirectoryReader.h"

#include <QCoreApplication>
#include <vector>

namespace fieldbook {

// The full validation of an import session: every file read with its mapping, the good rows
// ready for the store, every issue with file, line, column and reason.
struct RecordImportCheck
{
    RecordReadOutcome outcome;           // the usable files' records and row issues
    std::vector<RecordIssue> fileIssues; // files that cannot be read at all: nothing of them is imported
    bool cancelled = false;
    int revision = -1; // of the session it checked; a later change makes it stale

    int badRows() const
    {
        return outcome.blockingIssues();
    }
    int notices() const // non-blocking issues (unpaired punches)
    {
        return int(outcome.issues.size()) - outcome.blockingIssues();
    }
    bool canImport(ImportMode mode) const
    {
        return !cancelled && fileIssues.empty() && !outcome.files.empty() &&
               (mode == ImportMode::Quarantine || badRows() == 0);
    }
    // Why canImport(mode) is false, in one sentence for people; empty when it is true.
    QString blockingReason(ImportMode mode) const
    {
        if (cancelled) {
            return QCoreApplication::translate("RecordImportCheck", "The check was cancelled.");
        }
        if (!fileIssues.empty()) {
            return QCoreApplication::translate("RecordImportCheck",
                                               "%n file(s) cannot be read as they stand (see the issues): fix or "
                                               "remove them first.",
                                               "", int(fileIssues.size()));
        }
        if (outcome.files.empty()) {
            return QCoreApplication::translate("RecordImportCheck", "There is nothing to import.");
        }
        if (mode == ImportMode::AllOrNothing && badRows() > 0) {
            return QCoreApplication::translate("RecordImportCheck",
                                               "%n bad row(s): importing all or nothing, nothing can be imported. "
                                               "Fix the files, or import the good rows and quarantine the bad ones.",
                                               "", badRows());
        }
        return {};
    }
    // File problems first, then the row issues in file order.
    std::vector<RecordIssue> allIssues() const
    {
        std::vector<RecordIssue> all = fileIssues;
        all.insert(all.end(), outcome.issues.begin(), outcome.issues.end());
        return all;
    }
};

} // namespace fieldbook
