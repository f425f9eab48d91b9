#pragma once

#include <QDialog>
#include <functional>

namespace fieldbook {

class Database;
class PersonalDataProtector;
class SyncConflictsPanel;

// File > Sync conflicts: the open conflicts of the audit being worked on.
class SyncConflictsDialog : public QDialog
{
    Q_OBJECT

public:
    SyncConflictsDialog(const Database& db, const QString& auditUuid,
                        std::function<const PersonalDataProtector*()> protector, QWidget* parent = nullptr);
    SyncConflictsPanel* panel() const
    {
        return m_panel;
    }

private:
    SyncConflictsPanel* m_panel = nullptr;
};

} // namespace fieldbook
