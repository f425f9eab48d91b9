#pragma once

#include <QString>
#include <QStringList>

namespace fieldbook {

// The answers a checklist question takes: one definition for the store (ChecklistResponses refuses
// anything else), the checklist page (radio buttons, keys 1..5, the tree's answer column) and the
// report. Ids are stored in checklist_responses.answer: never rename them. Labels are for people
// and translated.
class ChecklistAnswers
{
public:
    // compliant, non_compliant, observation, not_applicable, not_verified: the keyboard order
    // (key 1 is the first).
    static QStringList ids();
    // True for one of ids(), and for the empty answer (not answered).
    static bool isValid(const QString& id);
    // "Compliant", "Non-compliant", ... in the interface language; empty for an unknown id.
    static QString label(const QString& id);
};

} // namespace fieldbook
