#include "ui/checklist/EvidenceStrip.h"

#include "app/fieldwork/EvidenceStore.h"
#include "ui/workspace/WorkspaceContext.h"

#include <QApplication>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileIconProvider>
#include <QKeyEvent>
#include <QLocale>
#include <QMimeData>
#include <QPixmap>
#include <QStandardPaths>

namespace fieldbook {

EvidenceStrip::EvidenceStrip(WorkspaceContext& context, QWidget* parent) : QListWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("evidenceStrip"));
    setViewMode(QListView::IconMode);
    setFlow(QListView::LeftToRight);
    setWrapping(false);
    setIconSize(QSize(72, 72));
    setGridSize(QSize(96, 100));
    setMovement(QListView::Static);
    setResizeMode(QListView::Adjust);
    setAcceptDrops(true);
    viewport()->setAcceptDrops(true);
    setDragDropMode(QAbstractItemView::DropOnly);
    setFixedHeight(118);
    setToolTip(tr("Photos and documents for this question. Drag files here or use Add."));
    setAccessibleName(tr("Evidence"));
}

void EvidenceStrip::setItem(qint64 itemId)
{
    m_itemId = itemId;
    m_findingId = 0;
    reload();
}

void EvidenceStrip::setFinding(qint64 findingId)
{
    m_itemId = 0;
    m_findingId = findingId;
    reload();
}

void EvidenceStrip::reload()
{
    clear();
    if (m_itemId == 0 && m_findingId == 0) {
        return;
    }
    Result<QList<EvidenceInfo>> list =
        EvidenceStore(m_context.database()).list(m_context.auditId(), m_itemId, m_findingId);
    if (!list) {
        emit errorOccurred(list.error());
        return;
    }
    const QIcon documentIcon = QFileIconProvider().icon(QFileIconProvider::File);
    for (const EvidenceInfo& e : *list) {
        QPixmap thumb;
        QIcon icon = documentIcon;
        if (!e.thumbnail.isEmpty() && thumb.loadFromData(e.thumbnail)) {
            icon = QIcon(thumb);
        }
        auto* item = new QListWidgetItem(icon, e.fileName, this);
        item->setData(Qt::UserRole, e.uuid);
        item->setToolTip(tr("%1\n%2, %3\nSHA-256 %4")
                             .arg(e.fileName, e.mimeType, QLocale().formattedDataSize(e.sizeBytes), e.sha256));
    }
}

QStringList EvidenceStrip::addFiles(const QStringList& paths)
{
    QStringList errors;
    if (m_itemId == 0 && m_findingId == 0) {
        return errors;
    }
    EvidenceStore store(m_context.database());
    for (const QString& path : paths) {
        Result<EvidenceInfo> added = store.addFile(m_context.auditId(), path, m_itemId, m_findingId);
        if (!added) {
            errors << added.error();
        }
    }
    reload();
    emit evidenceChanged();
    emit m_context.auditDataChanged(DataArea::Evidence);
    for (const QString& e : std::as_const(errors)) {
        emit errorOccurred(e);
    }
    return errors;
}

void EvidenceStrip::chooseFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Add evidence"), QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
        tr("Photos and documents (*.jpg *.jpeg *.png *.heic *.pdf *.doc *.docx *.xls *.xlsx *.csv *.txt);;All files "
           "(*)"));
    if (!files.isEmpty()) {
        addFiles(files);
    }
}

void EvidenceStrip::removeSelected()
{
    const QList<QListWidgetItem*> selected = selectedItems();
    if (selected.isEmpty()) {
        return;
    }
    EvidenceStore store(m_context.database());
    for (QListWidgetItem* item : selected) {
        if (Status s = store.remove(item->data(Qt::UserRole).toString()); !s) {
            emit errorOccurred(s.error());
        }
    }
    reload();
    emit evidenceChanged();
    emit m_context.auditDataChanged(DataArea::Evidence);
}

void EvidenceStrip::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls() && (m_itemId != 0 || m_findingId != 0)) {
        event->acceptProposedAction();
    }
}

void EvidenceStrip::dragMoveEvent(QDragMoveEvent* event)
{
    if (event->mimeData()->hasUrls() && (m_itemId != 0 || m_findingId != 0)) {
        event->acceptProposedAction();
    }
}

void EvidenceStrip::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile()) {
            paths << url.toLocalFile();
        }
    }
    if (!paths.isEmpty()) {
        event->acceptProposedAction();
        addFiles(paths);
    }
}

void EvidenceStrip::keyPressEvent(QKeyEvent* event)
{
    if (event->matches(QKeySequence::Delete)) {
        removeSelected();
        return;
    }
    QListWidget::keyPressEvent(event);
}

} // namespace fieldbook
