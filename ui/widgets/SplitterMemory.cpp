#include "ui/widgets/SplitterMemory.h"

#include <QSplitter>
#include <QString>

namespace fieldbook {

void rememberSplitterSizes(QSplitter* splitter, Setting setting)
{
    splitter->restoreState(Settings::value(setting).toByteArray());
    QObject::connect(splitter, &QSplitter::splitterMoved, splitter,
                     [splitter, setting] { Settings::setValue(setting, splitter->saveState()); });
}

} // namespace fieldbook
