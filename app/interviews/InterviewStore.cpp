#include "app/interviews/InterviewStore.h"
#include "app/signing/SodiumDataProtector.h"

#include "app/core/PersonalDataProtector.h"
#include "app/interviews/InterviewQuestions.h"
#include "app/interviews/InterviewVocabulary.h"
#include "database/AuditTrail.h"
#include "database/Database.h"
#include "database/FieldEditor.h"
#include "database/Ids.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

namespace fieldbook {

namespace {
// lupdate files Tr::tr() under the context Q_DECLARE_TR_FUNCTIONS names; a plain helper function
// named Tr::tr() would file these strings under a context that is never looked up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(InterviewStore)
};

const QString kSelect = QStringLiteral(
    "SELECT v.id, v.uuid, v.kind, v.format, v.location, v.pseudonym, v.participants, coalesce(v.department, ''), "
    "coalesce(v.gender, ''), coalesce(v.age_band, ''), coalesce(v.tenure_band, ''), coalesce(v.shift, ''), "
    "coalesce(v.migrant, -1), coalesce(v.agency, -1), coalesce(v.interviewee_role, ''), "
    "coalesce(v.interviewer, ''), coalesce(v.held_at, ''), coalesce(v.stated_weekly_hours, -1), "
    "coalesce(v.stated_rest_days_per_week, -1), coalesce(v.stated_monthly_pay, -1), "
    "coalesce(v.stated_deductions, -1), coalesce(v.stated_overtime_voluntary, -1), "
    "coalesce(v.coaching_suspected, -1), v.worker_ref IS NOT NULL, v.notes IS NOT NULL, "
    "(SELECT count(*) FROM interview_answers x WHERE x.interview_id = v.id AND x.answer IS NOT NULL) "
    "FROM interviews v ");

InterviewRecord fromRow(const Statement& s)
{
    InterviewRecord r;
    r.id = s.int64(0);
    r.uuid = s.text(1);
    r.kind = s.text(2);
    r.format = s.text(3);
    r.location = s.text(4);
    r.pseudonym = s.text(5);
    r.participants = s.integer(6);
    r.department = s.text(7);
    r.gender = s.text(8);
    r.ageBand = s.text(9);
    r.tenureBand = s.text(10);
    r.shift = s.text(11);
    r.migrant = s.integer(12);
    r.agency = s.integer(13);
    r.intervieweeRole = s.text(14);
    r.interviewer = s.text(15);
    r.heldAt = s.text(16);
    r.statedWeeklyHours = s.real(17);
    r.statedRestDaysPerWeek = s.real(18);
    r.statedMonthlyPay = s.real(19);
    r.statedDeductions = s.real(20);
    r.overtimeVoluntary = s.integer(21);
    r.coachingSuspected = s.integer(22);
    r.hasWorkerRef = s.integer(23) != 0;
    r.hasNotes = s.integer(24) != 0;
    r.answered = s.integer(25);
    return r;
}

Status trail(const Database& db, const QString& auditUuid, const QString& entity, const QString& uuid,
             const QString& action, const QString& field, const QVariant& newValue)
{
    AuditTrailEntry e;
    e.auditUuid = auditUuid;
    e.entity = entity;
    e.entityUuid = uuid;
    e.action = action;
    e.field = field;
    e.newValue = newValue;
    return AuditTrail::record(db, e);
}

bool isNumber(const QVariant& v, double low, double high)
{
    bool ok = false;
    const double d = v.toDouble(&ok);
    return ok && d >= low && d <= high;
}

bool isFlag(const QVariant& v)
{
    if (v.isNull()) {
        return true;
    }
    bool ok = false;
    const int i = v.toInt(&ok);
    return ok && (i == 0 || i == 1);
}

bool isChoice(const QVariant& v, const QStringList& choices)
{
    return v.isNull() || v.toString().isEmpty() || choices.contains(v.toString());
}

QString lockedMessage()
{
    return Tr::tr("Personal data is locked: unlock it (with your passphrase) to write interview notes or the link "
                  "to the register.");
}
} // namespace

QStringList InterviewStore::payAndHoursColumns()
{
    return {QStringLiteral("stated_weekly_hours"), QStringLiteral("stated_rest_days_per_week"),
            QStringLiteral("stated_monthly_pay"), QStringLiteral("stated_deductions"),
            QStringLiteral("stated_overtime_voluntary")};
}

bool InterviewStore::isPersonalColumn(const QString& table, const QString& column)
{
    return (table == QLatin1String("interviews") &&
            (column == QLatin1String("worker_ref") || column == QLatin1String("notes"))) ||
           (table == QLatin1String("interview_answers") && column == QLatin1String("free_text"));
}

bool InterviewStore::canSeal() const
{
    return m_protector && m_protector->isUnlocked();
}

Result<InterviewRecord> InterviewStore::fetch(const QString& where, const QVariant& key) const
{
    Result<Statement> s = m_db.prepare(kSelect + where);
    if (!s) {
        return Result<InterviewRecord>::failure(s.error());
    }
    s->bindVariant(1, key);
    if (!s->step()) {
        return Result<InterviewRecord>::failure(s->hasError() ? s->errorMessage()
                                                              : Tr::tr("No interview with id %1").arg(key.toString()));
    }
    return fromRow(*s);
}

Result<InterviewRecord> InterviewStore::interview(const QString& uuid) const
{
    return fetch(QStringLiteral("WHERE v.uuid = ?1"), uuid);
}

Result<QList<InterviewRecord>> InterviewStore::list(qint64 auditId, const QString& kind) const
{
    using R = Result<QList<InterviewRecord>>;
    Result<Statement> s = m_db.prepare(kSelect + QStringLiteral("WHERE v.audit_id = ?1 AND v.kind = ?2 ORDER BY "
                                                                "length(v.pseudonym), v.pseudonym"));
    if (!s) {
        return R::failure(s.error());
    }
    s->bind(1, auditId).bind(2, kind);
    QList<InterviewRecord> all;
    while (s->step()) {
        all.append(fromRow(*s));
    }
    if (s->hasError()) {
        return R::failure(s->errorMessage());
    }
    return all;
}

Result<InterviewRecord> InterviewStore::create(qint64 auditId, const QString& kind, const QString& format,
                                               const RegisterWorker* worker)
{
    using R = Result<InterviewRecord>;
    if (kind != QLatin1String("worker") && kind != QLatin1String("management")) {
        return R::failure(Tr::tr("Unknown interview kind \"%1\" (expected worker or management)").arg(kind));
    }
    if (format != QLatin1String("individual") && format != QLatin1String("group")) {
        return R::failure(Tr::tr("Unknown interview format \"%1\" (expected individual or group)").arg(format));
    }
    Result<QVariant> auditUuid = m_db.scalar(QStringLiteral("SELECT uuid FROM audits WHERE id = ?1"), {auditId});
    if (!auditUuid || !auditUuid->isValid()) {
        return R::failure(auditUuid ? Tr::tr("No audit with id %1").arg(auditId) : auditUuid.error());
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return R::failure(tx.error());
    }
    // The next number after the highest ever used: the audit trail remembers deleted interviews,
    // so a pseudonym named in notes or a flag never comes to mean another person.
    const QString prefix = kind == QLatin1String("worker") ? QStringLiteral("W-") : QStringLiteral("M-");
    Result<Statement> used = m_db.prepare(QStringLiteral(
        "SELECT pseudonym FROM interviews WHERE audit_id = ?1 UNION SELECT coalesce(new_value, old_value) FROM "
        "audit_trail WHERE audit_uuid = ?2 AND entity = 'interviews' AND field = 'pseudonym'"));
    if (!used) {
        return R::failure(used.error());
    }
    used->bind(1, auditId).bind(2, auditUuid->toString());
    int highest = 0;
    while (used->step()) {
        const QString p = used->text(0);
        if (p.startsWith(prefix)) {
            highest = std::max(highest, p.mid(prefix.size()).toInt());
        }
    }
    const QString pseudonym = prefix + QStringLiteral("%1").arg(highest + 1, 2, 10, QLatin1Char('0'));
    const QString uuid = newUuid();
    const QString now = nowUtc();
    // A group speaks with several voices: it shares the worker's department and shift, never one
    // worker's link or personal groups.
    const bool group = format == QLatin1String("group");
    QVariant workerRef;
    if (worker && !group && canSeal()) {
        workerRef = m_protector->sealFor(
            worker->workerId,
            SodiumDataProtector::placeContext(QStringLiteral("interviews"), QStringLiteral("worker_ref"), uuid));
    }
    const RegisterWorker* person = group ? nullptr : worker;
    Result<Statement> ins = m_db.prepare(QStringLiteral(
        "INSERT INTO interviews (uuid, audit_id, kind, format, pseudonym, participants, worker_ref, department, "
        "gender, age_band, tenure_band, shift, migrant, agency, held_at, created_at, updated_at) VALUES "
        "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?16)"));
    if (!ins) {
        return R::failure(ins.error());
    }
    const auto flag = [](int v) {
        return v < 0 ? QVariant() : QVariant(v);
    };
    ins->bind(1, uuid)
        .bind(2, auditId)
        .bind(3, kind)
        .bind(4, format)
        .bind(5, pseudonym)
        .bind(6, group ? 2 : 1)
        .bindVariant(7, workerRef)
        .bindTextOrNull(8, worker ? worker->department : QString())
        .bindTextOrNull(9, person ? person->gender : QString())
        .bindTextOrNull(10, person ? person->ageBand : QString())
        .bindTextOrNull(11, person ? person->tenureBand : QString())
        .bindTextOrNull(12, worker ? worker->shift : QString())
        .bindVariant(13, person ? flag(person->migrant) : QVariant())
        .bindVariant(14, person ? flag(person->agency) : QVariant())
        .bind(15, QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
        .bind(16, now);
    if (!ins->exec()) {
        return R::failure(Tr::tr("Could not create the interview: %1").arg(ins->errorMessage()));
    }
    if (Status s = trail(m_db, auditUuid->toString(), QStringLiteral("interviews"), uuid, QStringLiteral("insert"),
                         QStringLiteral("pseudonym"), pseudonym);
        !s) {
        return R::failure(s.error());
    }
    if (workerRef.isValid()) {
        // Recorded as "<N bytes>": the trail says the link exists, never to whom.
        if (Status s = trail(m_db, auditUuid->toString(), QStringLiteral("interviews"), uuid, QStringLiteral("update"),
                             QStringLiteral("worker_ref"), workerRef);
            !s) {
            return R::failure(s.error());
        }
    }
    if (Status s = tx.commit(); !s) {
        return R::failure(s.error());
    }
    return interview(uuid);
}

Status InterviewStore::remove(const QString& uuid)
{
    Result<QString> auditUuid = FieldEditor(m_db).auditUuidOf(QStringLiteral("interviews"), uuid);
    if (!auditUuid) {
        return Status::failure(auditUuid.error());
    }
    Result<InterviewRecord> existing = interview(uuid);
    if (!existing) {
        return Status::failure(existing.error());
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return Status::failure(tx.error());
    }
    Result<Statement> del = m_db.prepare(QStringLiteral("DELETE FROM interviews WHERE uuid = ?1"));
    if (!del) {
        return Status::failure(del.error());
    }
    del->bind(1, uuid);
    if (!del->exec()) {
        return Status::failure(del->errorMessage());
    }
    AuditTrailEntry e;
    e.auditUuid = *auditUuid;
    e.entity = QStringLiteral("interviews");
    e.entityUuid = uuid;
    e.action = QStringLiteral("delete");
    e.field = QStringLiteral("pseudonym");
    e.oldValue = existing->pseudonym;
    if (Status s = AuditTrail::record(m_db, e); !s) {
        return s;
    }
    return tx.commit();
}

Status InterviewStore::checkEdit(const QString& uuid, const QString& column, const QVariant& value) const
{
    if (isPersonalColumn(QStringLiteral("interviews"), column)) {
        return Status::failure(
            Tr::tr("interviews.%1 is personal data: it is written sealed, never as a plain field").arg(column));
    }
    if (!FieldEditor::isEditable(QStringLiteral("interviews"), column)) {
        return Status::failure(Tr::tr("interviews.%1 is not an editable field").arg(column));
    }
    Result<InterviewRecord> r = interview(uuid);
    if (!r) {
        return Status::failure(r.error());
    }
    const QString text = value.toString();
    const auto bad = [&](const QString& expected) {
        return Status::failure(
            Tr::tr("Interview %1, %2: \"%3\" is not valid (%4)").arg(r->pseudonym, column, text, expected));
    };
    if (payAndHoursColumns().contains(column) && !value.isNull()) {
        if (r->kind != QLatin1String("worker")) {
            return Status::failure(
                Tr::tr("Interview %1: pay and hours statements belong to worker interviews").arg(r->pseudonym));
        }
        if (r->format == QLatin1String("group")) {
            return Status::failure(
                Tr::tr("Interview %1 is a group interview: pay and hours are never discussed in group interviews")
                    .arg(r->pseudonym));
        }
    }
    if (column == QLatin1String("format")) {
        if (text != QLatin1String("individual") && text != QLatin1String("group")) {
            return bad(Tr::tr("individual or group"));
        }
        if (text == QLatin1String("group")) {
            const bool payOrHours = r->statedWeeklyHours >= 0 || r->statedRestDaysPerWeek >= 0 ||
                                    r->statedMonthlyPay >= 0 || r->statedDeductions >= 0 || r->overtimeVoluntary >= 0;
            bool payOrHoursAnswers = false;
            if (Result<QList<InterviewAnswer>> given = answers(uuid)) {
                Result<QVariant> auditId =
                    m_db.scalar(QStringLiteral("SELECT audit_id FROM interviews WHERE uuid = ?1"), {uuid});
                for (const InterviewAnswer& a : *given) {
                    payOrHoursAnswers = payOrHoursAnswers ||
                                        (!a.answer.isEmpty() && auditId &&
                                         InterviewQuestions::isPayOrHours(m_db, a.questionKey, auditId->toLongLong()));
                }
            }
            if (payOrHours || payOrHoursAnswers) {
                return Status::failure(
                    Tr::tr("Interview %1 has answers about pay or hours: clear them before making it a "
                           "group interview (pay and hours are never discussed in groups)")
                        .arg(r->pseudonym));
            }
        }
    } else if (column == QLatin1String("participants")) {
        const bool group = r->format == QLatin1String("group");
        if (!isNumber(value, group ? 2 : 1, group ? 50 : 1)) {
            return bad(group ? Tr::tr("a group interview has 2 to 50 participants")
                             : Tr::tr("an individual interview has 1"));
        }
    } else if (column == QLatin1String("location")) {
        if (text != QLatin1String("on_site") && text != QLatin1String("off_site")) {
            return bad(Tr::tr("on_site or off_site"));
        }
    } else if (column == QLatin1String("gender")) {
        if (!isChoice(value, {QStringLiteral("F"), QStringLiteral("M"), QStringLiteral("X")})) {
            return bad(Tr::tr("F, M or X"));
        }
    } else if (column == QLatin1String("age_band")) {
        if (!isChoice(value, InterviewVocabulary::ageBands())) {
            return bad(InterviewVocabulary::ageBands().join(QStringLiteral(", ")));
        }
    } else if (column == QLatin1String("tenure_band")) {
        if (!isChoice(value, InterviewVocabulary::tenureBands())) {
            return bad(InterviewVocabulary::tenureBands().join(QStringLiteral(", ")));
        }
    } else if (column == QLatin1String("shift")) {
        if (!isChoice(value, InterviewVocabulary::shifts())) {
            return bad(InterviewVocabulary::shifts().join(QStringLiteral(", ")));
        }
    } else if (column == QLatin1String("interviewee_role")) {
        if (!isChoice(value, InterviewVocabulary::managementRoles())) {
            return bad(InterviewVocabulary::managementRoles().join(QStringLiteral(", ")));
        }
    } else if (column == QLatin1String("migrant") || column == QLatin1String("agency") ||
               column == QLatin1String("stated_overtime_voluntary") || column == QLatin1String("coaching_suspected")) {
        if (!isFlag(value)) {
            return bad(Tr::tr("yes (1), no (0) or not recorded"));
        }
    } else if (column == QLatin1String("stated_weekly_hours")) {
        if (!value.isNull() && !isNumber(value, 0, 168)) {
            return bad(Tr::tr("hours in a week, 0 to 168"));
        }
    } else if (column == QLatin1String("stated_rest_days_per_week")) {
        if (!value.isNull() && !isNumber(value, 0, 7)) {
            return bad(Tr::tr("days in a week, 0 to 7"));
        }
    } else if (column == QLatin1String("stated_monthly_pay") || column == QLatin1String("stated_deductions")) {
        if (!value.isNull() && !isNumber(value, 0, 1e9)) {
            return bad(Tr::tr("an amount of money, 0 or more"));
        }
    } else if (column == QLatin1String("held_at")) {
        static const QRegularExpression when(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}( \\d{2}:\\d{2})?$"));
        if (!value.isNull() && !text.isEmpty() && !when.match(text).hasMatch()) {
            return bad(Tr::tr("YYYY-MM-DD or YYYY-MM-DD HH:MM"));
        }
    }
    return Status::success();
}

Result<QVariant> InterviewStore::setField(const QString& uuid, const QString& column, const QVariant& value)
{
    if (Status s = checkEdit(uuid, column, value); !s) {
        return Result<QVariant>::failure(s.error());
    }
    return FieldEditor(m_db).setValue(QStringLiteral("interviews"), uuid, column, value);
}

Result<QVariant> InterviewStore::sealedFor(const QString& table, const QString& uuid, const QString& column,
                                           const QString& plaintext) const
{
    if (!canSeal()) {
        return Result<QVariant>::failure(lockedMessage());
    }
    if (plaintext.trimmed().isEmpty()) {
        return QVariant();
    }
    return QVariant(m_protector->sealFor(plaintext, SodiumDataProtector::placeContext(table, column, uuid)));
}

Result<SealedText> InterviewStore::personalText(const QString& table, const QString& uuid, const QString& column) const
{
    if (!isPersonalColumn(table, column)) {
        return Result<SealedText>::failure(Tr::tr("%1.%2 is not a personal-data field").arg(table, column));
    }
    Result<QVariant> stored = FieldEditor(m_db).value(table, uuid, column);
    if (!stored) {
        return Result<SealedText>::failure(stored.error());
    }
    SealedText t;
    if (stored->isNull()) {
        return t;
    }
    if (!canSeal()) {
        t.state = SealedText::Locked;
        return t;
    }
    const std::optional<QString> opened = m_protector->open(stored->toByteArray());
    if (!opened) {
        t.state = SealedText::Unreadable;
        return t;
    }
    t.state = SealedText::Open;
    t.text = *opened;
    return t;
}

Result<QVariant> InterviewStore::setPersonalText(const QString& table, const QString& uuid, const QString& column,
                                                 const QString& plaintext)
{
    if (!isPersonalColumn(table, column)) {
        return Result<QVariant>::failure(Tr::tr("%1.%2 is not a personal-data field").arg(table, column));
    }
    Result<QVariant> value = sealedFor(table, uuid, column, plaintext);
    if (!value) {
        return value;
    }
    return FieldEditor(m_db).setValue(table, uuid, column, *value);
}

Result<QList<InterviewAnswer>> InterviewStore::answers(const QString& interviewUuid) const
{
    using R = Result<QList<InterviewAnswer>>;
    Result<Statement> s = m_db.prepare(
        QStringLiteral("SELECT x.uuid, coalesce(x.item_id, 0), x.question_key, coalesce(x.answer, ''), "
                       "x.free_text IS NOT NULL FROM interview_answers x JOIN interviews v ON v.id = x.interview_id "
                       "WHERE v.uuid = ?1 ORDER BY x.id"));
    if (!s) {
        return R::failure(s.error());
    }
    s->bind(1, interviewUuid);
    QList<InterviewAnswer> all;
    while (s->step()) {
        all.append({s->text(0), s->int64(1), s->text(2), s->text(3), s->integer(4) != 0});
    }
    if (s->hasError()) {
        return R::failure(s->errorMessage());
    }
    return all;
}

Result<QString> InterviewStore::ensureAnswer(const QString& interviewUuid, qint64 itemId, const QString& questionKey)
{
    using R = Result<QString>;
    Result<Statement> find = m_db.prepare(QStringLiteral(
        "SELECT x.uuid FROM interview_answers x JOIN interviews v ON v.id = x.interview_id WHERE v.uuid = ?1 AND "
        "x.question_key = ?2"));
    if (!find) {
        return R::failure(find.error());
    }
    find->bind(1, interviewUuid).bind(2, questionKey);
    if (find->step()) {
        return find->text(0);
    }
    if (find->hasError()) {
        return R::failure(find->errorMessage());
    }
    Result<InterviewRecord> r = interview(interviewUuid);
    if (!r) {
        return R::failure(r.error());
    }
    Result<QString> auditUuid = FieldEditor(m_db).auditUuidOf(QStringLiteral("interviews"), interviewUuid);
    if (!auditUuid) {
        return R::failure(auditUuid.error());
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return R::failure(tx.error());
    }
    const QString uuid = newUuid();
    Result<Statement> ins = m_db.prepare(QStringLiteral(
        "INSERT INTO interview_answers (uuid, interview_id, item_id, question_key, updated_at) VALUES (?1, ?2, ?3, "
        "?4, ?5)"));
    if (!ins) {
        return R::failure(ins.error());
    }
    ins->bind(1, uuid)
        .bind(2, r->id)
        .bindVariant(3, itemId > 0 ? QVariant(itemId) : QVariant())
        .bind(4, questionKey)
        .bind(5, nowUtc());
    if (!ins->exec()) {
        return R::failure(Tr::tr("Interview %1, question %2: %3").arg(r->pseudonym, questionKey, ins->errorMessage()));
    }
    if (Status s = trail(m_db, *auditUuid, QStringLiteral("interview_answers"), uuid, QStringLiteral("insert"),
                         QStringLiteral("question_key"), questionKey);
        !s) {
        return R::failure(s.error());
    }
    if (Status s = tx.commit(); !s) {
        return R::failure(s.error());
    }
    return uuid;
}

Status InterviewStore::checkAnswer(const QString& interviewUuid, const QString& questionKey,
                                   const QString& answer) const
{
    if (!answer.isEmpty() && !InterviewVocabulary::structuredAnswers().contains(answer)) {
        return Status::failure(
            Tr::tr("Question %1: \"%2\" is not an answer (expected yes, no or unclear)").arg(questionKey, answer));
    }
    Result<InterviewRecord> r = interview(interviewUuid);
    if (!r) {
        return Status::failure(r.error());
    }
    if (!answer.isEmpty() && r->format == QLatin1String("group")) {
        Result<QVariant> auditId =
            m_db.scalar(QStringLiteral("SELECT audit_id FROM interviews WHERE uuid = ?1"), {interviewUuid});
        if (auditId && InterviewQuestions::isPayOrHours(m_db, questionKey, auditId->toLongLong())) {
            return Status::failure(Tr::tr("Interview %1 is a group interview: question %2 is about pay or hours, which "
                                          "are never discussed in group interviews")
                                       .arg(r->pseudonym, questionKey));
        }
    }
    return Status::success();
}

Result<QVariant> InterviewStore::setAnswer(const QString& interviewUuid, qint64 itemId, const QString& questionKey,
                                           const QString& answer)
{
    if (Status s = checkAnswer(interviewUuid, questionKey, answer); !s) {
        return Result<QVariant>::failure(s.error());
    }
    Result<QString> row = ensureAnswer(interviewUuid, itemId, questionKey);
    if (!row) {
        return Result<QVariant>::failure(row.error());
    }
    return FieldEditor(m_db).setValue(QStringLiteral("interview_answers"), *row, QStringLiteral("answer"),
                                      answer.isEmpty() ? QVariant() : QVariant(answer));
}

} // namespace fieldbook
