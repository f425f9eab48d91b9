#include "ui/workspace/WorkspacePage.h"

#include "ui/workspace/FieldBinding.h"

namespace fieldbook {

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
