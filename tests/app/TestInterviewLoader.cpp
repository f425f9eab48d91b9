// Interviews from a real store into InterviewStatements: structured answers always; the worker link
// and free texts only through an unlocked protector.
#include "app/analysis/InterviewLoader.h"
#include "app/core/PersonalDataProtector.h"
#include "database/AuditRepository.h"
#include "database/Database.h"
#include "database/Ids.h"
#include "support/TestRegistry.h"

#include <QTemporaryDir>
#include <QTest>

using namespace fieldbook;

namespace {
// Test double: "sealed" is the reversed UTF-8 with a marker; enough to prove the loader opens it.
class ReversingProtector : public PersonalDataProtector
{
public:
    bool unlocked = true;
    bool isUnlocked() const override
    {
        return unlocked;
    }
    QByteArray seal(const QString& plaintext) const override
    {
        QByteArray bytes = plaintext.toUtf8();
        std::reverse(bytes.begin(), bytes.end());
        return "S:" + bytes;
    }
    std::optional<QString> open(const QByteArray& sealed) const override
    {
        if (!sealed.startsWith("S:")) {
            return std::nullopt;
        }
        QByteArray bytes = sealed.mid(2);
        std::reverse(bytes.begin(), bytes.end());
        return QString::fromUtf8(bytes);
    }
    std::shared_ptr<const PersonalDataProtector> clone() const override
    {
        return std::make_shared<ReversingProtector>(*this);
    }
};
} // namespace

class TestInterviewLoader : public QObject
{
    Q_OBJECT

private slots:
    void loadsStructuredAnswersAndOpensSealedData()
    {
        QTemporaryDir dir;
        Result<Database> opened = Database::open(dir.filePath("s.sqlite"));
        QVERIFY(opened.ok());
        Database db = opened.take();
        Facility f;
        f.name = "Sunrise";
        f.country = "bd";
        Audit a;
        a.codes = {"sa8000"};
        const Result<Audit> audit = AuditRepository(db).createAudit(f, a);
        QVERIFY(audit.ok());
        ReversingProtector protector;
        Result<Statement> insert = db.prepare(
            "INSERT INTO interviews (uuid, audit_id, kind, pseudonym, worker_ref, department, stated_weekly_hours, "
            "stated_rest_days_per_week, notes, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, 'Sewing', ?6, 1, "
            "?7, "
            "?8, ?8)");
        QVERIFY(insert.ok());
        insert->bind(1, newUuid())
            .bind(2, audit->id)
            .bind(3, QString("worker"))
            .bind(4, QString("W-01"))
            .bind(5, protector.seal("W0002"))
            .bind(6, 60.0)
            .bind(7, protector.seal("we are told what to say"))
            .bind(8, nowUtc());
        QVERIFY(insert->exec());
        const qint64 interview = db.lastInsertRowId();
        insert->reset();
        insert->bind(1, newUuid())
            .bind(2, audit->id)
            .bind(3, QString("management"))
            .bind(4, QString("M-01"))
            .bindNull(5)
            .bind(6, 48.0)
            .bindNull(7)
            .bind(8, nowUtc());
        QVERIFY(insert->exec());
        Result<Statement> answer = db.prepare(
            "INSERT INTO interview_answers (uuid, interview_id, question_key, answer, free_text, updated_at) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        answer->bind(1, newUuid())
            .bind(2, interview)
            .bind(3, QString("overtime_voluntary"))
            .bind(4, QString("yes"))
            .bind(5, protector.seal("the supervisor decides"))
            .bind(6, nowUtc());
        QVERIFY(answer->exec());

        RecordSet records;
        records.internWorker("W0001");
        records.internWorker("W0002");
        QVERIFY(InterviewLoader::load(db, audit->uuid, records, &protector).ok());
        QCOMPARE(records.interviews.size(), size_t(1)); // management interviews are not testimony on records
        const InterviewStatement& s = records.interviews.front();
        QCOMPARE(s.pseudonym, QStringLiteral("W-01"));
        QCOMPARE(s.worker, 1);
        QCOMPARE(s.statedWeeklyHours, 60.0);
        QCOMPARE(s.statedRestDaysPerWeek, 1.0);
        QCOMPARE(s.statedMonthlyPay, -1.0);
        QCOMPARE(s.answers.value("overtime_voluntary"), QStringLiteral("yes"));
        QCOMPARE(s.freeTexts, (QStringList{"we are told what to say", "the supervisor decides"}));

        // Locked (or no) protector: structured answers only, no link, no free text.
        protector.unlocked = false;
        RecordSet locked;
        locked.internWorker("W0002");
        QVERIFY(InterviewLoader::load(db, audit->uuid, locked, &protector).ok());
        QCOMPARE(locked.interviews.front().worker, -1);
        QVERIFY(locked.interviews.front().freeTexts.isEmpty());
        QCOMPARE(locked.interviews.front().answers.value("overtime_voluntary"), QStringLiteral("yes"));
        QVERIFY(InterviewLoader::load(db, audit->uuid, locked, nullptr).ok());
        QVERIFY(locked.interviews.front().freeTexts.isEmpty());
    }
};

FIELDBOOK_TEST_GUILESS_MAIN(TestInterviewLoader)
#include "TestInterviewLoader.moc"
