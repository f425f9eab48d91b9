#pragma once

#include "app/interviews/InterviewSampler.h"
#include "database/Result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace fieldbook {

class Database;
class PersonalDataProtector;

struct InterviewRecord
{
    qint64 id = 0;
    QString uuid;
    QString kind;   // worker | management
    QString format; // individual | group
    QString location;
    QString pseudonym; // W-01, M-01...: how the interview is named everywhere
    int participants = 1;
    QString department;
    QString gender;
    QString ageBand;
    QString tenureBand;
    QString shift;
    int migrant = -1; // 1 yes, 0 no, -1 not recorded
    int agency = -1;
    QString intervieweeRole;
    QString interviewer;
    QString heldAt;
    // -1: not asked or not answered.
    double statedWeeklyHours = -1;
    double statedRestDaysPerWeek = -1;
    double statedMonthlyPay = -1;
    double statedDeductions = -1;
    int overtimeVoluntary = -1;
    int coachingSuspected = -1;
    bool hasWorkerRef = false; // sealed: only whether it is there
    bool hasNotes = false;
    int answered = 0; // structured answers to the form's questions
};

struct InterviewAnswer
{
    QString uuid;
    qint64 itemId = 0;
    QString questionKey;
    QString answer; // yes | no | unclear, or empty
    bool hasNote = false;
};

// A personal-data field as the form can show it.
struct SealedText
{
    enum State
    {
        Empty,      // nothing stored
        Locked,     // stored sealed; no unlocked protector to open it
        Unreadable, // stored sealed with another key
        Open
    };
    State state = Empty;
    QString text; // only when Open
};

// Worker and management interviews of an audit. Interviews are named by a pseudonym made here
// (W-01, M-01...). The worker link (worker_ref) and every free text (notes, answer notes) are
// personal data: written only sealed by an unlocked protector, refused otherwise (never stored
// in clear, never blanked). Every change is one transaction with its audit-trail row, which
// holds no personal plaintext (FieldEditor records sealed values as "<N bytes>").
class InterviewStore
{
public:
    explicit InterviewStore(const Database& db, const PersonalDataProtector* protector = nullptr)
        : m_db(db), m_protector(protector)
    {}

    static QStringList payAndHoursColumns(); // stated_*: individual worker interviews only
    static bool isPersonalColumn(const QString& table, const QString& column);

    // A new interview with the next free pseudonym. `worker` (from the sample) fills in the
    // interviewee's groups and, when the protector is unlocked, the sealed link to the register;
    // for a group interview only the department and shift.
    Result<InterviewRecord> create(qint64 auditId, const QString& kind,
                                   const QString& format = QStringLiteral("individual"),
                                   const RegisterWorker* worker = nullptr);
    Result<QList<InterviewRecord>> list(qint64 auditId, const QString& kind) const;
    Result<InterviewRecord> interview(const QString& uuid) const;
    Status remove(const QString& uuid);

    // Whether a plain (non-personal) field may take this value; the message says why not.
    Status checkEdit(const QString& uuid, const QString& column, const QVariant& value) const;
    // checkEdit, then FieldEditor. Returns the previous value.
    Result<QVariant> setField(const QString& uuid, const QString& column, const QVariant& value);

    bool canSeal() const;
    // What to store for a personal text of one row's column: sealed bytes bound to that place (a
    // value copied to another row does not open there), or NULL for an empty text. Refused when locked.
    Result<QVariant> sealedFor(const QString& table, const QString& uuid, const QString& column,
                               const QString& plaintext) const;
    Result<SealedText> personalText(const QString& table, const QString& uuid, const QString& column) const;
    // Seals and writes worker_ref / notes (interviews) or free_text (interview_answers).
    Result<QVariant> setPersonalText(const QString& table, const QString& uuid, const QString& column,
                                     const QString& plaintext);

    Result<QList<InterviewAnswer>> answers(const QString& interviewUuid) const;
    // The uuid of the interview's answer row for a question, created (with its trail row) when missing.
    Result<QString> ensureAnswer(const QString& interviewUuid, qint64 itemId, const QString& questionKey);
    Status checkAnswer(const QString& interviewUuid, const QString& questionKey, const QString& answer) const;
    Result<QVariant> setAnswer(const QString& interviewUuid, qint64 itemId, const QString& questionKey,
                               const QString& answer);

private:
    Result<InterviewRecord> fetch(const QString& where, const QVariant& key) const;

    const Database& m_db;
    const PersonalDataProtector* m_protector;
};

} // namespace fieldbook
