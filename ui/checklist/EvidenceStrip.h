#pragma once

#include <QListWidget>

namespace fieldbook {

class WorkspaceContext;

// Thumbnails of the photos and documents attached to a question. Files can be added with the
// button or dragged in from the file manager; each is stored with its SHA-256 (EvidenceStore).
class EvidenceStrip : public QListWidget
{
    Q_OBJECT

public:
    EvidenceStrip(WorkspaceContext& context, QWidget* parent = nullptr);

    void setItem(qint64 itemId);
    qint64 itemId() const
    {
        return m_itemId;
    }
    // Stores the files as evidence of the current question; returns the errors, one per file.
    QStringList addFiles(const QStringList& paths);
    void reload();

public slots:
    void chooseFiles();
    void removeSelected();

signals:
    void evidenceChanged();
    void errorOccurred(const QString& message);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    WorkspaceContext& m_context;
    qint64 m_itemId = 0;
};

} // namespace fieldbook
