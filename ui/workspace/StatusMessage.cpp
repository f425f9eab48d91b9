#include "ui/workspace/StatusMessage.h"

#include <QMainWindow>
#include <QStatusBar>

namespace fieldbook {

void showStatusMessage(QWidget* widget, const QString& text, int timeoutMs)
{
    if (auto* window = qobject_cast<QMainWindow*>(widget ? widget->window() : nullptr)) {
        window->statusBar()->showMessage(text, timeoutMs);
    }
}

} // namespace fieldbook
