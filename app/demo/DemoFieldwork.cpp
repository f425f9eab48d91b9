#include "app/demo/DemoFieldwork.h"

#include "app/fieldwork/ChecklistResponses.h"
#include "app/fieldwork/CorrectiveActionStore.h"
#include "app/fieldwork/FindingStore.h"
#include "app/fieldwork/PhaseNotes.h"
#include "database/Database.h"
#include "database/FieldEditor.h"

#include <QDate>

namespace fieldbook {

Status DemoFieldwork::addProgress(const Database& db, qint64 auditId)
{
    Result<QVariant> answered =
        db.scalar(QStringLiteral("SELECT count(*) FROM checklist_responses r JOIN checklist_items i "
                                 "ON i.id = r.item_id WHERE i.audit_id = ?1"),
                  {auditId});
    if (!answered) {
        return Status::failure(answered.error());
    }
    if (answered->toInt() > 0) {
        return Status::success();
    }
    Result<Statement> items = db.prepare(QStringLiteral(
        "SELECT id, lower(question) FROM checklist_items WHERE audit_id = ?1 AND applicable = 1 ORDER BY sort_order"));
    // Prefer the emergency-exit question; any question about exits otherwise.
    if (!items) {
        return Status::failure(items.error());
    }
    items->bind(1, auditId);
    QList<qint64> ids;
    qint64 exitItem = 0; // the demo finding: an emergency exit locked during the shift
    while (items->step()) {
        ids << items->int64(0);
        const QString question = items->text(1);
        if (question.contains(QLatin1String("emergency exit")) ||
            (exitItem == 0 && question.contains(QLatin1String("exit")))) {
            exitItem = items->int64(0);
        }
    }
    Transaction tx(db);
    ChecklistResponses responses(db);
    for (int i = 0; i < ids.size(); i += 3) {
        const QString answer = i % 21 == 9 ? QStringLiteral("observation") : QStringLiteral("compliant");
        if (ids.at(i) == exitItem) {
            continue;
        }
        if (Result<QString> r = responses.setAnswer(ids.at(i), answer); !r) {
            return Status::failure(r.error());
        }
    }
    if (exitItem != 0) {
        responses.setAnswer(exitItem, QStringLiteral("non_compliant"));
        responses.setNotes(exitItem, QStringLiteral("North stairwell exit on floor 3 chained shut during the shift; "
                                                    "photo taken 10:40, supervisor informed."));
        Result<FindingRecord> finding = FindingStore(db).createFromQuestion(exitItem);
        if (!finding) {
            return Status::failure(finding.error());
        }
        FieldEditor(db).setValue(
            QStringLiteral("findings"), finding->uuid, QStringLiteral("root_cause"),
            QStringLiteral("Exit locked to stop theft; no rule for keeping exits open during shifts."));
        if (Result<CorrectiveAction> ca = CorrectiveActionStore(db).add(
                finding->id, QStringLiteral("Unlock all exits during working hours; daily check by the EHS officer"),
                QStringLiteral("EHS officer"), QDate(2026, 4, 15).toString(Qt::ISODate));
            !ca) {
            return Status::failure(ca.error());
        }
    }
    if (Result<QString> notes = PhaseNotes(db).ensure(auditId, AuditPhase::OpeningMeeting)) {
        FieldEditor editor(db);
        editor.setValue(QStringLiteral("phase_notes"), *notes, QStringLiteral("agenda_json"),
                        QStringLiteral("{\"introductions\":true,\"scope\":true,\"confidentiality\":true}"));
        editor.setValue(QStringLiteral("phase_notes"), *notes, QStringLiteral("body"),
                        QStringLiteral("Attended: general manager, HR manager, worker representative."));
    }
    return tx.commit();
}

} // namespace fieldbook
