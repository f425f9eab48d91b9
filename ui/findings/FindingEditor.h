#pragma once

#include <QList>
#include <QWidget>

class QLineEdit;
class QPushButton;
class QTableWidget;

namespace fieldbook {

class FieldBinding;
class WorkspaceContext;

// One finding: what was found, where in the codes, how serious, why it happened, and the
// corrective actions with who does what by when. Every field is saved as it is edited.
class FindingEditor : public QWidget
{
    Q_OBJECT

public:
    explicit FindingEditor(WorkspaceContext& context, QWidget* parent = nullptr);

    void setFinding(const QString& uuid);
    QString findingUuid() const
    {
        return m_uuid;
    }
    // Adds a corrective action to the shown finding; returns its uuid (empty on failure).
    QString addCorrectiveAction();
    QTableWidget* actionsTable() const
    {
        return m_actions;
    }

signals:
    void changed();
    void errorOccurred(const QString& message);

private:
    void reloadActions();
    void saveClauses();

    WorkspaceContext& m_context;
    QString m_uuid;
    qint64 m_findingId = 0;
    QList<FieldBinding*> m_bindings;
    QLineEdit* m_clauses = nullptr;
    QTableWidget* m_actions = nullptr;
    QPushButton* m_addAction = nullptr;
    QPushButton* m_removeAction = nullptr;
};

} // namespace fieldbook
