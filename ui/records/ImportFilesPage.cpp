#include "ui/records/ImportFilesPage.h"

#include "ui/records/ChoiceDelegate.h"
#include "ui/records/ImportFileListModel.h"
#include "ui/records/RecordImportController.h"

#include <QDragEnterEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>
#include <utility>

namespace fieldbook {

ImportFilesPage::ImportFilesPage(RecordImportController& controller, QWidget* parent)
    : QWizardPage(parent), m_controller(controller)
{
    setTitle(tr("Files"));
    setSubTitle(tr("The factory's record files: personnel register, time cards, payroll, production, gate log, or "
                   "a time clock's log. Any file name will do; drop files or a folder on the list."));
    setAcceptDrops(true);
    auto* layout = new QVBoxLayout(this);
    m_model = new ImportFileListModel(controller, this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("importFiles"));
    m_view->setAccessibleName(title());
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(ImportFileListModel::KindColumn, new ChoiceDelegate(m_view));
    m_view->setItemDelegateForColumn(ImportFileListModel::EncodingColumn, new ChoiceDelegate(m_view));
    m_view->setItemDelegateForColumn(ImportFileListModel::DateOrderColumn, new ChoiceDelegate(m_view));
    m_view->setItemDelegateForColumn(ImportFileListModel::DecimalMarkColumn, new ChoiceDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::SelectedClicked | QAbstractItemView::EditKeyPressed);
    m_view->setTabKeyNavigation(false);
    m_view->setDragDropMode(QAbstractItemView::DropOnly);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(false);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionResizeMode(ImportFileListModel::FileColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ImportFileListModel::KindColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(ImportFileListModel::EncodingColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(ImportFileListModel::DateOrderColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(ImportFileListModel::DecimalMarkColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(ImportFileListModel::SizeColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ImportFileListModel::StatusColumn, QHeaderView::Stretch);
    header->resizeSection(ImportFileListModel::KindColumn, 230);
    header->resizeSection(ImportFileListModel::EncodingColumn, 110);
    header->resizeSection(ImportFileListModel::DateOrderColumn, 130);
    header->resizeSection(ImportFileListModel::DecimalMarkColumn, 130);
    layout->addWidget(m_view, 1);

    auto* buttons = new QHBoxLayout;
    auto* addFiles = new QPushButton(tr("Add &files…"), this);
    m_addFiles = addFiles;
    addFiles->setObjectName(QStringLiteral("addFilesButton"));
    auto* addFolder = new QPushButton(tr("Add a f&older…"), this);
    addFolder->setObjectName(QStringLiteral("addFolderButton"));
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeFileButton"));
    m_remove->setToolTip(tr("Leaves the selected files out of this import (Delete)."));
    buttons->addWidget(addFiles);
    buttons->addWidget(addFolder);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    layout->addLayout(buttons);

    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("fileProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->setStyleSheet(QStringLiteral("color: #c62828;"));
    layout->addWidget(m_problems);
    if (!controller.setupError().isEmpty()) {
        m_problems->setText(controller.setupError());
    }

    connect(addFiles, &QPushButton::clicked, this, &ImportFilesPage::addFiles);
    connect(addFolder, &QPushButton::clicked, this, &ImportFilesPage::addFolder);
    connect(m_remove, &QPushButton::clicked, this, &ImportFilesPage::removeSelected);
    auto* del = new QShortcut(QKeySequence::Delete, m_view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &ImportFilesPage::removeSelected);
    connect(&controller, &RecordImportController::sessionChanged, this, &ImportFilesPage::refresh);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ImportFilesPage::openEditors);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_remove->setEnabled(m_view->selectionModel()->hasSelection()); });
    refresh();
}

void ImportFilesPage::openEditors()
{
    // Tab goes from the list through each file's combo boxes to the buttons.
    QWidget* previous = m_view;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex kind = m_model->index(row, ImportFileListModel::KindColumn);
        const QModelIndex encoding = m_model->index(row, ImportFileListModel::EncodingColumn);
        const QModelIndex dates = m_model->index(row, ImportFileListModel::DateOrderColumn);
        const QModelIndex decimals = m_model->index(row, ImportFileListModel::DecimalMarkColumn);
        m_view->openPersistentEditor(kind);
        // A choice is shown as a box only where the file asks for it (or it was made): the others
        // stay plain text, editable by a click, so the list reads as what needs an answer.
        const std::pair<QModelIndex, bool> choices[] = {{encoding, m_model->needsEncodingChoice(row)},
                                                        {dates, m_model->needsDateOrderChoice(row)},
                                                        {decimals, m_model->needsDecimalMarkChoice(row)}};
        for (const auto& [index, shown] : choices) {
            if (shown) {
                m_view->openPersistentEditor(index);
            } else {
                m_view->closePersistentEditor(index);
            }
        }
        for (const QModelIndex& index : {kind, encoding, dates, decimals}) {
            if (QWidget* editor = m_view->indexWidget(index)) {
                setTabOrder(previous, editor);
                previous = editor;
            }
        }
    }
    setTabOrder(previous, m_addFiles);
}

void ImportFilesPage::refresh()
{
    openEditors();
    const QStringList problems = m_controller.session().fileProblems() + questions();
    QString text = m_controller.setupError();
    if (m_controller.session().fileCount() > 0 && !problems.isEmpty()) {
        text = tr("Before going on: %1").arg(problems.join(QLatin1Char('\n')));
    }
    m_problems->setText(text);
    m_problems->setVisible(!text.isEmpty());
    m_remove->setEnabled(m_view->selectionModel()->hasSelection());
    emit completeChanged();
}

bool ImportFilesPage::isComplete() const
{
    return m_controller.setupError().isEmpty() && m_controller.session().fileProblems().isEmpty() &&
           questions().isEmpty();
}

QStringList ImportFilesPage::questions() const
{
    // A file whose values ask for a date order or a decimal mark cannot be read until answered:
    // asked here, beside the choice, rather than refused at the check two steps later.
    QStringList out;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (const QString question = m_model->questionText(row); !question.isEmpty()) {
            out.append(QStringLiteral("%1: %2").arg(m_controller.session().file(row).fileName, question));
        }
    }
    return out;
}

void ImportFilesPage::addFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Record files"), QString(),
        tr("Record files (*.csv *.dat *.txt *.xlsx *.xlsm *.xls);;CSV files (*.csv);;Excel workbooks (*.xlsx *.xlsm "
           "*.xls);;Time clock logs (*.dat *.txt);;All files (*)"));
    if (!files.isEmpty()) {
        m_controller.addPaths(files);
    }
}

void ImportFilesPage::addFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder with the factory's record files"));
    if (!folder.isEmpty()) {
        m_controller.addPaths({folder});
    }
}

void ImportFilesPage::removeSelected()
{
    QList<int> rows;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows()) {
        rows.append(index.row());
    }
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : rows) {
        m_controller.session().removeFile(row);
    }
    if (!rows.isEmpty()) {
        m_controller.notifyChanged();
    }
}

void ImportFilesPage::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls()) {
        event->acceptProposedAction();
    }
}

void ImportFilesPage::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile()) {
            paths.append(url.toLocalFile());
        }
    }
    if (!paths.isEmpty() && m_controller.addPaths(paths) >= 0) {
        event->acceptProposedAction();
    }
}

} // namespace fieldbook
