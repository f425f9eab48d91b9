#include "ui/workspace/WorkspacePage.h"

#include "ui/workspace/FieldBinding.h"

namespace fieldbook {

void WorkspacePage::flushEdits()
{
    for (FieldBinding* binding : findChildren<FieldBinding*>()) {
        binding->flush();
    }
}

} // namespace fieldbook
