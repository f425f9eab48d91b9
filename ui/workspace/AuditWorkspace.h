#pragma once

#include "app/fieldwork/AuditPhase.h"

#include <QHash>
#include <QVariant>
#include <QWidget>

class QLabel;
class QListWidget;
class QSplitter;
class QStackedWidget;
class QUndoStack;

namespace fieldbook {

struct Audit;
class Database;
class WorkspaceContext;
class WorkspacePage;

// An open audit: the phases of the visit on the left (with progress), the current phase's page
// on the right. Pages are created on first use and kept, so switching back is instant.
class AuditWorkspace : public QWidget
{
    Q_OBJECT

public:
    AuditWorkspace(Database& db, qint64 auditId, QUndoStack* undoStack, QWidget* parent = nullptr);
    // Rebuilds the workspace of an audit around the context of a previous one (releaseContext()):
    // the undo history refers to that context, so it stays valid across the rebuild.
    AuditWorkspace(Database& db, WorkspaceContext* context, QWidget* parent = nullptr);
    ~AuditWorkspace() override;

    bool isValid() const
    {
        return m_auditId != 0;
    }
    QString errorString() const
    {
        return m_error;
    }
    qint64 auditId() const
    {
        return m_auditId;
    }
    QString auditTitle() const
    {
        return m_title;
    }
    WorkspaceContext& context() const
    {
        return *m_context;
    }

    AuditPhase currentPhase() const
    {
        return m_currentPhase;
    }
    void showPhase(AuditPhase phase);
    // The page of a phase, created if needed (tests drive pages through this).
    WorkspacePage* page(AuditPhase phase);
    void refreshProgress();

    // Writes pending typing of every page (focused editor first) so nothing waits for a timer.
    void flushEdits();
    // Hands the context over (for a rebuild); this workspace must be deleted right after.
    WorkspaceContext* releaseContext();
    // Per phase, where the auditor was on each page; restored as pages are created again.
    QHash<AuditPhase, QVariant> viewState() const;
    void restoreViewState(const QHash<AuditPhase, QVariant>& state);

signals:
    void phaseChanged(fieldbook::AuditPhase phase);

private:
    void build(const Audit& audit, const QString& facilityName);
    void onPhaseRowChanged(int row);
    void rememberPhase(AuditPhase phase);

    Database& m_db;
    qint64 m_auditId = 0;
    QString m_auditUuid;
    QString m_title;
    QString m_error;
    WorkspaceContext* m_context = nullptr;
    QLabel* m_breadcrumb = nullptr;
    QListWidget* m_phaseList = nullptr;
    QStackedWidget* m_stack = nullptr;
    QSplitter* m_splitter = nullptr;
    QHash<AuditPhase, WorkspacePage*> m_pages;
    QHash<AuditPhase, QVariant> m_pendingViewState;
    AuditPhase m_currentPhase = AuditPhase::Plan;
};

} // namespace fieldbook
