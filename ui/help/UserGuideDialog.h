#pragma once

#include <QDialog>

class QTextBrowser;

namespace fieldbook {

// Help ▸ User guide: docs/user-guide.md rendered inside the app, offline. The text is embedded in
// the binary; the screenshots come from the installed documentation folder
// (<prefix>/share/fieldbook/doc) or, in a build tree, from the source tree's docs/.
class UserGuideDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UserGuideDialog(QWidget* parent = nullptr);

    QTextBrowser* browser() const
    {
        return m_browser;
    }
    // The folder the guide's images are read from, empty when none was found.
    QString documentationFolder() const
    {
        return m_folder;
    }
    // Folders searched for user-guide.md and screenshots/, in order.
    static QStringList documentationFolders();

private:
    QTextBrowser* m_browser = nullptr;
    QString m_folder;
};

} // namespace fieldbook
