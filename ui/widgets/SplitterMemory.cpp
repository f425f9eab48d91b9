#include "ui/widgets/SplitterMemory.h"

#include <QSettings>
#include <QSplitter>
#include <QString>

namespace fieldbook {

void rememberSplitterSizes(QSplitter* splitter, const QString& settingsKey)
{
    splitter->restoreState(QSettings().value(settingsKey).toByteArray());
    QObject::connect(splitter, &QSplitter::splitterMoved, splitter,
                     [splitter, settingsKey] { QSettings().setValue(settingsKey, splitter->saveState()); });
}

} // namespace fieldbook
