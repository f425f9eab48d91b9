#include "ui/records/ImportColumnsPage.h"

#include "app/records/RecordKinds.h"
#include "ui/records/ChoiceDelegate.h"
#include "ui/records/ColumnMappingModel.h"
#include "ui/records/RecordImportController.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace fieldbook {

ImportColumnsPage::ImportColumnsPage(RecordImportController& controller, QWidget* parent)
    : QWizardPage(parent), m_controller(controller)
{
    setTitle(tr("Columns"));
    setSubTitle(tr("Which column of each file holds what Fieldbook needs? Required columns are marked *. Check the "
                   "guesses in blue."));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_file = new QComboBox(this);
    m_file->setObjectName(QStringLiteral("mappingFile"));
    form->addRow(tr("&File:"), m_file);
    layout->addLayout(form);

    m_fixed = new QLabel(tr("A time clock log has a fixed layout (PIN, time, state): there is nothing to map."), this);
    m_fixed->setWordWrap(true);
    layout->addWidget(m_fixed);

    m_model = new ColumnMappingModel(controller, this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("columnMapping"));
    m_view->setAccessibleName(title());
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(ColumnMappingModel::HeaderColumn, new ChoiceDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionResizeMode(ColumnMappingModel::CanonicalColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ColumnMappingModel::HeaderColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(ColumnMappingModel::SourceColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ColumnMappingModel::ExampleColumn, QHeaderView::Stretch);
    header->resizeSection(ColumnMappingModel::HeaderColumn, 220);
    layout->addWidget(m_view, 1);

    m_remember =
        new QCheckBox(tr("&Remember these columns for this facility (the next audit maps them by itself)"), this);
    m_remember->setObjectName(QStringLiteral("rememberMappings"));
    m_remember->setChecked(true);
    layout->addWidget(m_remember);

    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("mappingProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->setStyleSheet(QStringLiteral("color: #c62828;"));
    layout->addWidget(m_problems);

    connect(m_file, &QComboBox::currentIndexChanged, this, [this] { showFile(m_file->currentData().toInt()); });
    connect(&controller, &RecordImportController::sessionChanged, this, &ImportColumnsPage::refresh);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ImportColumnsPage::openEditors);
}

QString ImportColumnsPage::fileLabel(int index) const
{
    const RecordImportFile& file = m_controller.session().file(index);
    QString label = tr("%1 — %2").arg(file.fileName, RecordKinds::title(file.kind));
    const QStringList missing = m_controller.session().missingRequired(index);
    if (!missing.isEmpty()) {
        label += tr(" — %n required column(s) to map", "", int(missing.size()));
    }
    return label;
}

void ImportColumnsPage::initializePage()
{
    const RecordImportSession& session = m_controller.session();
    const QSignalBlocker quiet(m_file);
    m_file->clear();
    int first = -1;
    for (int i = 0; i < session.fileCount(); ++i) {
        m_file->addItem(fileLabel(i), i);
        // Open on the first file that needs the auditor, else the first one.
        if (first < 0 && !session.missingRequired(i).isEmpty()) {
            first = m_file->count() - 1;
        }
    }
    m_file->setCurrentIndex(first < 0 ? 0 : first);
    showFile(m_file->currentData().toInt());
}

void ImportColumnsPage::showFile(int sessionIndex)
{
    const int at = m_file->findData(sessionIndex);
    if (at >= 0 && m_file->currentIndex() != at) {
        m_file->setCurrentIndex(at); // comes back here through the signal
        return;
    }
    m_model->setFileIndex(sessionIndex);
    const bool fixed = sessionIndex >= 0 && sessionIndex < m_controller.session().fileCount() &&
                       m_controller.session().file(sessionIndex).kind == RecordKinds::AttLog;
    m_fixed->setVisible(fixed);
    m_view->setVisible(!fixed);
    refresh();
}

void ImportColumnsPage::openEditors()
{
    // Tab goes from the file chooser through each column's combo box to the checkbox, so a mapping can
    // be made from the keyboard alone.
    QWidget* previous = m_file;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, ColumnMappingModel::HeaderColumn);
        m_view->openPersistentEditor(index);
        if (QWidget* editor = m_view->indexWidget(index)) {
            setTabOrder(previous, editor);
            previous = editor;
        }
    }
    setTabOrder(previous, m_remember);
}

void ImportColumnsPage::refresh()
{
    const QStringList problems = m_controller.session().mappingProblems();
    m_problems->setText(problems.isEmpty() ? QString()
                                           : tr("Before going on: %1").arg(problems.join(QLatin1Char('\n'))));
    m_problems->setVisible(!problems.isEmpty());
    // Keep each file's label in step with what is still missing.
    for (int i = 0; i < m_file->count(); ++i) {
        const int index = m_file->itemData(i).toInt();
        if (index < m_controller.session().fileCount()) {
            m_file->setItemText(i, fileLabel(index));
        }
    }
    emit completeChanged();
}

bool ImportColumnsPage::isComplete() const
{
    return m_controller.session().mappingProblems().isEmpty();
}

bool ImportColumnsPage::rememberMappings() const
{
    return m_remember->isChecked();
}

} // namespace fieldbook
