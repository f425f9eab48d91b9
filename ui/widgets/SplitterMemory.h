#pragma once

class QSplitter;
class QString;

namespace fieldbook {

// Window layout survives a restart: gives `splitter` the sizes last kept under `settingsKey`
// (QSettings) and keeps them there each time the user drags a handle. Call it once the splitter
// has its widgets and default sizes; with nothing stored, the defaults stay.
void rememberSplitterSizes(QSplitter* splitter, const QString& settingsKey);

} // namespace fieldbook
