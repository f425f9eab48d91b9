#pragma once

#include "ui/wizard/NewAuditWizard.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QTest>

namespace fieldbook::test {

// What an auditor types into the new-audit wizard: SA8000 (preselected) + WRAP, a facility with
// a dormitory, a lead auditor and the rest of the team.
struct NewAuditEntry
{
    QString facility;
    int headcount = 0;
    QString title;
    QString leadAuditor;
    QString teamMembers;
};

// Fills the wizard from the keyboard, page by page, and presses Finish.
inline void fillNewAuditWizard(NewAuditWizard* wizard, const NewAuditEntry& entry)
{
    auto* name = wizard->findChild<QLineEdit*>(QStringLiteral("facilityName"));
    name->setFocus();
    QTest::keyClicks(name, entry.facility);
    wizard->findChild<QSpinBox*>(QStringLiteral("headcount"))->setValue(entry.headcount);
    wizard->next();
    QTest::keyClick(wizard->findChild<QCheckBox*>(QStringLiteral("code_wrap")), Qt::Key_Space);
    QTest::keyClick(wizard->findChild<QCheckBox*>(QStringLiteral("profile_dormitory")), Qt::Key_Space);
    wizard->next();
    QTest::keyClicks(wizard->findChild<QLineEdit*>(QStringLiteral("auditTitle")), entry.title);
    QTest::keyClicks(wizard->findChild<QLineEdit*>(QStringLiteral("leadAuditor")), entry.leadAuditor);
    QTest::keyClicks(wizard->findChild<QLineEdit*>(QStringLiteral("teamMembers")), entry.teamMembers);
    wizard->button(QWizard::FinishButton)->click();
}

} // namespace fieldbook::test
