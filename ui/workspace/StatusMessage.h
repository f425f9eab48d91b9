#pragma once

#include <QString>

class QWidget;

namespace fieldbook {

// Shows a short message in the status bar of the window holding `widget` (if it has one).
void showStatusMessage(QWidget* widget, const QString& text, int timeoutMs = 6000);

} // namespace fieldbook
