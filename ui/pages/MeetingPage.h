#pragma once

#include "ui/workspace/WorkspacePage.h"

#include <QList>

class QCheckBox;
class QPlainTextEdit;

namespace fieldbook {

class FieldBinding;

// Opening and closing meetings: the agenda points to cover (ticked off as they are done) and
// the meeting notes (attendance, what was agreed, disagreements), saved as they are typed.
class MeetingPage : public WorkspacePage
{
    Q_OBJECT

public:
    MeetingPage(AuditPhase phase, WorkspaceContext& context, QWidget* parent = nullptr);

    AuditPhase phase() const override
    {
        return m_phase;
    }
    void reload() override;

    QList<QCheckBox*> agendaBoxes() const
    {
        return m_agenda;
    }
    QPlainTextEdit* notesEdit() const
    {
        return m_notes;
    }

private:
    void loadAgenda();
    void saveAgenda();

    AuditPhase m_phase;
    QString m_uuid;
    QList<QCheckBox*> m_agenda;
    QPlainTextEdit* m_notes = nullptr;
    FieldBinding* m_notesBinding = nullptr;
    bool m_loading = false;
};

} // namespace fieldbook
