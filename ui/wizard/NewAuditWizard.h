#pragma once

#include "database/AuditRepository.h"

#include <QWizard>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QSpinBox;

namespace fieldbook {

class Database;

// Sets up a new audit: facility, code(s) and profile, then the visit itself. On accept the audit
// is created (with its checklist) through app/fieldwork/AuditSetup; createdAudit() returns it.
class NewAuditWizard : public QWizard
{
    Q_OBJECT

public:
    explicit NewAuditWizard(Database& db, QWidget* parent = nullptr);

    Audit createdAudit() const
    {
        return m_created;
    }
    void accept() override;
    bool validateCurrentPage() override;

    // The facility and audit as filled in so far (used by accept(), visible for tests).
    Facility facility() const;
    Audit audit() const;

private:
    QWizardPage* createFacilityPage();
    QWizardPage* createCodesPage();
    QWizardPage* createVisitPage();

    Database& m_db;
    Audit m_created;

    QLineEdit* m_name = nullptr;
    QLineEdit* m_city = nullptr;
    QLineEdit* m_address = nullptr;
    QComboBox* m_country = nullptr;
    QSpinBox* m_headcount = nullptr;
    QList<QCheckBox*> m_codeBoxes;
    QList<QCheckBox*> m_profileBoxes;
    QLineEdit* m_title = nullptr;
    QDateEdit* m_start = nullptr;
    QDateEdit* m_end = nullptr;
    QComboBox* m_paidBy = nullptr;
    QComboBox* m_announcement = nullptr;
    QComboBox* m_followUpOf = nullptr;
    QLineEdit* m_lead = nullptr;
    QLineEdit* m_members = nullptr;
};

} // namespace fieldbook
