#pragma once

#include <QString>

namespace fieldbook {

// The auditor's decision on a flag. Stored as its name (analysis_flags.disposition, packages,
// the CLI's JSON): "open", "confirmed", "dismissed" — the names are a contract (formats.md).
enum class FlagDisposition
{
    Open,      // not decided yet
    Confirmed, // the auditor judged it real: a finding was written from it
    Dismissed  // the auditor judged it explained, with a reason
};

QString flagDispositionName(FlagDisposition disposition);
// An unknown name is read as Open: a newer store's word never hides a flag from review.
FlagDisposition flagDispositionFromName(const QString& name);

} // namespace fieldbook
