#include "ui/help/UserGuideDialog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace fieldbook {

QStringList UserGuideDialog::documentationFolders()
{
    const QString appDir = QCoreApplication::applicationDirPath();
    QStringList folders{QDir::cleanPath(appDir + QStringLiteral("/../share/fieldbook/doc")),
                        QStringLiteral("/usr/share/fieldbook/doc")};
#ifdef FIELDBOOK_SOURCE_DOCS_DIR
    folders << QStringLiteral(FIELDBOOK_SOURCE_DOCS_DIR);
#endif
    return folders;
}

UserGuideDialog::UserGuideDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Fieldbook user guide"));
    setObjectName(QStringLiteral("userGuide"));
    auto* layout = new QVBoxLayout(this);
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("userGuideBrowser"));
    m_browser->setAccessibleName(windowTitle());
    m_browser->setOpenExternalLinks(true);
    layout->addWidget(m_browser);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    layout->addWidget(buttons);
    resize(900, 700);

    for (const QString& folder : documentationFolders()) {
        if (QFileInfo::exists(folder + QStringLiteral("/user-guide.md"))) {
            m_folder = folder;
            break;
        }
    }
    if (!m_folder.isEmpty()) {
        // Relative image paths (screenshots/...) resolve against the file's folder.
        m_browser->setSource(QUrl::fromLocalFile(m_folder + QStringLiteral("/user-guide.md")),
                             QTextDocument::MarkdownResource);
        return;
    }
    QFile embedded(QStringLiteral(":/docs/user-guide.md"));
    if (embedded.open(QIODevice::ReadOnly)) {
        m_browser->setMarkdown(QString::fromUtf8(embedded.readAll()));
    } else {
        m_browser->setPlainText(tr("The user guide is missing from this installation."));
    }
}

} // namespace fieldbook
