#include "ui/records/RecordImportWizard.h"

#include "ui/records/ImportCheckPage.h"
#include "ui/records/ImportColumnsPage.h"
#include "ui/records/ImportFilesPage.h"
#include "ui/records/ImportRunPage.h"
#include "ui/records/RecordImportController.h"

#include <QGuiApplication>
#include <QScreen>

namespace fieldbook {

RecordImportWizard::RecordImportWizard(WorkspaceContext& context, QWidget* parent)
    : QWizard(parent), m_controller(new RecordImportController(context, this))
{
    setObjectName(QStringLiteral("recordImportWizard"));
    setWindowTitle(tr("Import records"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage); // the import page has its own Cancel
    m_files = new ImportFilesPage(*m_controller, this);
    m_columns = new ImportColumnsPage(*m_controller, this);
    m_check = new ImportCheckPage(*m_controller, this);
    m_run = new ImportRunPage(
        *m_controller, [this] { return m_check->mode(); }, [this] { return m_columns->rememberMappings(); }, this);
    setPage(FilesPageId, m_files);
    setPage(ColumnsPageId, m_columns);
    setPage(CheckPageId, m_check);
    setPage(RunPageId, m_run);
    setStartId(FilesPageId);
    // Fits a 1366x768 laptop screen with the taskbar and the window frame.
    resize(960, 640);
    if (const QScreen* screen = parent ? parent->screen() : QGuiApplication::primaryScreen()) {
        const QSize room = screen->availableSize() - QSize(40, 60);
        resize(std::min(width(), room.width()), std::min(height(), room.height()));
    }
    connect(m_controller, &RecordImportController::importFinished, this, [this] {
        if (m_controller->report().ok()) {
            emit recordsImported();
        }
        if (m_closing) {
            QWizard::reject();
        }
    });
}

RecordImportWizard::~RecordImportWizard() = default;

void RecordImportWizard::reject()
{
    if (m_controller->isImporting()) {
        m_closing = true;
        m_controller->cancelImport(); // closes when the rollback is done
        setEnabled(false);
        return;
    }
    m_controller->cancelCheck();
    QWizard::reject();
}

} // namespace fieldbook
