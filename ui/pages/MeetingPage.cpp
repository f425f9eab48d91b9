#include "ui/pages/MeetingPage.h"

#include "app/fieldwork/MeetingAgenda.h"
#include "app/fieldwork/PhaseNotes.h"
#include "database/FieldEditor.h"
#include "ui/undo/SetFieldCommand.h"
#include "ui/workspace/FieldBinding.h"
#include "ui/workspace/StatusMessage.h"
#include "ui/workspace/WorkspaceContext.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace fieldbook {

MeetingPage::MeetingPage(AuditPhase phase, WorkspaceContext& context, QWidget* parent)
    : WorkspacePage(context, parent), m_phase(phase)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* agendaBox = new QGroupBox(tr("Agenda"), this);
    auto* agendaLayout = new QVBoxLayout(agendaBox);
    for (const AgendaItem& item : meetingAgenda(phase)) {
        auto* check = new QCheckBox(item.text, agendaBox);
        check->setProperty("agendaId", item.id);
        check->setObjectName(QStringLiteral("agenda_") + item.id);
        // Long points wrap instead of widening the page (QCheckBox has no word wrap of its own).
        check->setToolTip(item.text);
        connect(check, &QCheckBox::toggled, this, [this] {
            if (!m_loading) {
                saveAgenda();
            }
        });
        agendaLayout->addWidget(check);
        m_agenda << check;
    }
    agendaLayout->addStretch();
    layout->addWidget(agendaBox, 2);

    auto* notesBox = new QGroupBox(tr("Notes"), this);
    auto* notesLayout = new QVBoxLayout(notesBox);
    auto* hint = new QLabel(phase == AuditPhase::OpeningMeeting
                                ? tr("Who attended (names and roles), what was agreed, documents requested.")
                                : tr("Who attended, findings presented, management's response, agreed dates."),
                            notesBox);
    hint->setWordWrap(true);
    notesLayout->addWidget(hint);
    m_notes = new QPlainTextEdit(notesBox);
    m_notes->setObjectName(QStringLiteral("meetingNotes"));
    m_notes->setTabChangesFocus(true);
    notesLayout->addWidget(m_notes, 1);
    layout->addWidget(notesBox, 3);
    m_notesBinding = new FieldBinding(context, m_notes, QStringLiteral("phase_notes"), QStringLiteral("body"),
                                      DataArea::Meetings, tr("Edit meeting notes"));
    connect(m_notesBinding, &FieldBinding::errorOccurred, this,
            [this](const QString& e) { showStatusMessage(this, e); });
    connect(&context, &WorkspaceContext::auditDataChanged, this, [this](DataArea area) {
        if (area == DataArea::Meetings) {
            loadAgenda();
            emit progressChanged();
        }
    });
}

void MeetingPage::reload()
{
    Result<QString> uuid = PhaseNotes(context().database()).ensure(context().auditId(), m_phase);
    if (!uuid) {
        showStatusMessage(this, uuid.error());
        return;
    }
    m_uuid = *uuid;
    m_notesBinding->setUuid(m_uuid);
    loadAgenda();
}

void MeetingPage::loadAgenda()
{
    if (m_uuid.isEmpty()) {
        return;
    }
    Result<QVariant> json =
        FieldEditor(context().database()).value(QStringLiteral("phase_notes"), m_uuid, QStringLiteral("agenda_json"));
    const QJsonObject done = json ? QJsonDocument::fromJson(json->toString().toUtf8()).object() : QJsonObject();
    m_loading = true;
    for (QCheckBox* box : std::as_const(m_agenda)) {
        box->setChecked(done.value(box->property("agendaId").toString()).toBool());
    }
    m_loading = false;
}

void MeetingPage::saveAgenda()
{
    QJsonObject done;
    for (QCheckBox* box : std::as_const(m_agenda)) {
        if (box->isChecked()) {
            done.insert(box->property("agendaId").toString(), true);
        }
    }
    const QString json = QString::fromUtf8(QJsonDocument(done).toJson(QJsonDocument::Compact));
    if (Status s =
            SetFieldCommand::apply(context(), QStringLiteral("phase_notes"), m_uuid, QStringLiteral("agenda_json"),
                                   json, DataArea::Meetings, tr("Tick agenda point"));
        !s) {
        showStatusMessage(this, s.error());
    }
}

} // namespace fieldbook
