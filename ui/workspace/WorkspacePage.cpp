#include "ui/workspace/WorkspacePage.h"

#include "app/fieldwork/PhaseProgressCalculator.h"
#include "ui/workspace/FieldBinding.h"
#include "ui/workspace/WorkspaceContext.h"

namespace fieldbook {

PhaseProgress WorkspacePage::progress() const
{
    return PhaseProgressCalculator(m_context.database(), m_context.auditId()).progress(phase());
}

void WorkspacePage::flushEdits()
{
    // Only bindings with typing in flight: flushing an untouched editor could store '' over NULL.
    for (FieldBinding* binding : findChildren<FieldBinding*>()) {
        if (binding->hasPendingEdit()) {
            binding->flush();
        }
    }
}

} // namespace fieldbook
