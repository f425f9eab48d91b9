#pragma once

#include "app/core/Settings.h"

class QSplitter;

namespace fieldbook {

// Window layout survives a restart: gives `splitter` the sizes last kept under `setting` and keeps them there each time
// the user drags a handle. Call it once the splitter has its widgets and default sizes; with nothing stored, the
// defaults stay.
void rememberSplitterSizes(QSplitter* splitter, Setting setting);

} // namespace fieldbook
