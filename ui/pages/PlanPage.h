#pragma once

#include "ui/workspace/WorkspacePage.h"

#include <QList>

class QCheckBox;
class QLabel;
class QTableWidget;

namespace fieldbook {

class FieldBinding;

// The plan of the visit: dates, scope, who pays and whether it is announced, the facility and
// its profile, the codes and the audit team. Every field is saved as it is edited (undoable).
class PlanPage : public WorkspacePage
{
    Q_OBJECT

public:
    explicit PlanPage(WorkspaceContext& context, QWidget* parent = nullptr);

    AuditPhase phase() const override
    {
        return AuditPhase::Plan;
    }
    void reload() override;

    void addTeamMember();

private:
    QWidget* createVisitGroup();
    QWidget* createFacilityGroup();
    QWidget* createProfileGroup();
    QWidget* createTeamGroup();
    void reloadTeam();
    void reloadProfile();
    void saveProfile();
    FieldBinding* bind(QWidget* editor, const QString& table, const QString& column, const QString& undoText);

    QString m_auditUuid;
    QString m_facilityUuid;
    QList<FieldBinding*> m_auditBindings;
    QList<FieldBinding*> m_facilityBindings;
    QList<QCheckBox*> m_profileBoxes;
    QLabel* m_codes = nullptr;
    QTableWidget* m_team = nullptr;
    bool m_loadingProfile = false;
};

} // namespace fieldbook
