#pragma once

#include <QWidget>
#include <functional>

class QLabel;
class QPushButton;
class QTableView;

namespace fieldbook {

class Database;
class PersonalDataProtector;
class SyncConflictModel;

// The open conflicts of one audit with "Keep here" / "Take from package" for the selected one;
// each choice is committed at once with its audit trail (SyncConflicts::resolve).
class SyncConflictsPanel : public QWidget
{
    Q_OBJECT

public:
    SyncConflictsPanel(const Database& db, std::function<const PersonalDataProtector*()> protector,
                       QWidget* parent = nullptr);

    void setAudit(const QString& auditUuid);
    SyncConflictModel* model() const
    {
        return m_model;
    }
    QTableView* table() const
    {
        return m_table;
    }
    QPushButton* keepLocalButton() const
    {
        return m_keepLocal;
    }
    QPushButton* takeIncomingButton() const
    {
        return m_takeIncoming;
    }
    void reload();

signals:
    void resolved();

private:
    void resolveSelected(bool takeIncoming);
    void updateButtons();

    const Database& m_db;
    QString m_auditUuid;
    SyncConflictModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_keepLocal = nullptr;
    QPushButton* m_takeIncoming = nullptr;
};

} // namespace fieldbook
