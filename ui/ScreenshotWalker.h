#pragma once

#include <QPalette>
#include <QString>

namespace fieldbook {

class MainWindow;
class RecordAnalysisPage;

// `fieldbook --screenshot-dir DIR`: grabs the audit list and every phase of the open audit
// into PNG files (docs/screenshots/ is made with it under xvfb-run).
class ScreenshotWalker
{
public:
    ScreenshotWalker(MainWindow& window, const QString& dir) : m_window(window), m_dir(dir)
    {}

    bool run();
    static QPalette darkPalette();

private:
    bool save(const QString& name);
    bool saveFlagViews(RecordAnalysisPage& page, int number);

    MainWindow& m_window;
    QString m_dir;
};

} // namespace fieldbook
