// Whether an audit is ready to be reported, read from a real store: the counts the Report page
// shows, and the warning `fieldbook-cli report` prints in the same words (ReportReadiness).
#include "support/FieldworkFixture.h"
#include "support/TestRegistry.h"
#include "support/TestSupport.h"

#include "app/fieldwork/ChecklistResponses.h"
#include "app/fieldwork/CorrectiveActionStore.h"
#include "app/fieldwork/FindingStore.h"
#include "app/report/ReportReadiness.h"
#include "database/Ids.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace fieldbook;

class TestReportReadiness : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void emptyAuditIsNotReady();
    void countsFollowTheStore();
    void unknownAuditFails();
    void cliReportWarnsWithTheSameWords();
    void cliReportIsQuietWhenReady();

private:
    bool exec(const QString& sql, const QVariantList& binds = {});
    void fillStore();
    ReportReadiness readiness();
    QString runReport(int* status);

    QTemporaryDir m_dir;
    test::FieldworkFixture m_f;
};

void TestReportReadiness::init()
{
    m_f = test::FieldworkFixture();
    QString error;
    QVERIFY2(m_f.create(m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction())), &error),
             qPrintable(error));
}

bool TestReportReadiness::exec(const QString& sql, const QVariantList& binds)
{
    Result<Statement> stmt = m_f.db.prepare(sql);
    if (!stmt) {
        qWarning() << stmt.error();
        return false;
    }
    for (int i = 0; i < binds.size(); ++i) {
        stmt->bindVariant(i + 1, binds.at(i));
    }
    if (!stmt->exec()) {
        qWarning() << stmt->errorMessage() << sql;
        return false;
    }
    return true;
}

ReportReadiness TestReportReadiness::readiness()
{
    Result<ReportReadiness> r = ReportReadiness::read(m_f.db, m_f.auditId);
    if (!r) {
        qWarning() << r.error();
        return {};
    }
    return r.take();
}

// 9 questions: 1 made not applicable, 6 answered (one of them the not-applicable one), so 5 of 8
// applicable answered; 2 findings (1 withdrawn) with 1 corrective action each; 2 interviews;
// 1 evidence file; flags: 1 open, 1 dismissed, 1 confirmed, 1 open but stale.
void TestReportReadiness::fillStore()
{
    const QString now = nowUtc();
    QVERIFY(exec(QStringLiteral("UPDATE checklist_items SET applicable = 0 WHERE id = ?1"), {m_f.itemIds.at(0)}));
    for (int i = 0; i < 6; ++i) {
        QVERIFY(ChecklistResponses(m_f.db).setAnswer(m_f.itemIds.at(i), QStringLiteral("compliant")));
    }
    // A response with notes only is not an answer.
    QVERIFY(ChecklistResponses(m_f.db).setNotes(m_f.itemIds.at(7), QStringLiteral("ask the HR manager")));
    Result<FindingRecord> kept = FindingStore(m_f.db).createBlank(m_f.auditId, QStringLiteral("Overtime"));
    Result<FindingRecord> withdrawn = FindingStore(m_f.db).createBlank(m_f.auditId, QStringLiteral("Mistaken"));
    QVERIFY(kept && withdrawn);
    QVERIFY(CorrectiveActionStore(m_f.db).add(kept->id));
    QVERIFY(CorrectiveActionStore(m_f.db).add(withdrawn->id));
    QVERIFY(exec(QStringLiteral("UPDATE findings SET status = 'withdrawn' WHERE id = ?1"), {withdrawn->id}));
    for (const char* kind : {"worker", "management"}) {
        const QString k = QString::fromLatin1(kind);
        QVERIFY(exec(QStringLiteral("INSERT INTO interviews (uuid, audit_id, kind, pseudonym, created_at, updated_at) "
                                    "VALUES (?1, ?2, ?3, ?4, ?5, ?5)"),
                     {newUuid(), m_f.auditId, k, QString(k.left(1).toUpper() + QStringLiteral("-01")), now}));
    }
    QVERIFY(
        exec(QStringLiteral("INSERT INTO evidence (uuid, audit_id, file_name, mime_type, size_bytes, sha256, "
                            "content, created_at) VALUES (?1, ?2, 'exit.jpg', 'image/jpeg', 4, ?3, x'00010203', ?4)"),
             {newUuid(), m_f.auditId, QStringLiteral("ab").repeated(32), now}));
    const QList<QStringList> flags{{QStringLiteral("open"), QStringLiteral("0")},
                                   {QStringLiteral("dismissed"), QStringLiteral("0")},
                                   {QStringLiteral("confirmed"), QStringLiteral("0")},
                                   {QStringLiteral("open"), QStringLiteral("1")}};
    for (const QStringList& f : flags) {
        QVERIFY(exec(QStringLiteral("INSERT INTO analysis_flags (uuid, audit_id, fingerprint, check_name, severity, "
                                    "summary, disposition, stale) VALUES (?1, ?2, ?1, 'weekly_hours_exceeded', "
                                    "'high', 'x', ?3, ?4)"),
                     {newUuid(), m_f.auditId, f.at(0), f.at(1).toInt()}));
    }
}

QString TestReportReadiness::runReport(int* status)
{
    const QString pdf = m_dir.filePath(QStringLiteral("%1.pdf").arg(QTest::currentTestFunction()));
    QString out, err;
    *status = test::runCli({QStringLiteral("--db"), m_f.path, QStringLiteral("report"), QStringLiteral("--audit"),
                            m_f.auditUuid, QStringLiteral("--out"), pdf},
                           &out, &err);
    if (*status == 0 && !QFile::exists(pdf)) {
        *status = -1;
    }
    return err;
}

void TestReportReadiness::emptyAuditIsNotReady()
{
    const ReportReadiness r = readiness();
    QCOMPARE(r.applicableQuestions, 9);
    QCOMPARE(r.answeredQuestions, 0);
    QCOMPARE(r.unansweredQuestions(), 9);
    QCOMPARE(r.findings + r.correctiveActions + r.interviews + r.evidenceFiles + r.openFlags, 0);
    QVERIFY(!r.auditCompleted);
    QVERIFY(!r.ready());
    QCOMPARE(r.blockers(),
             QStringLiteral("unanswered questions: 9 — analysis flags not yet confirmed or dismissed: 0"));
    QCOMPARE(r.warning(), QStringLiteral("Before reporting: unanswered questions: 9 — analysis flags not yet "
                                         "confirmed or dismissed: 0"));
}

void TestReportReadiness::countsFollowTheStore()
{
    fillStore();
    ReportReadiness r = readiness();
    QCOMPARE(r.applicableQuestions, 8);
    QCOMPARE(r.answeredQuestions, 5);
    QCOMPARE(r.findings, 1);
    QCOMPARE(r.correctiveActions, 2); // actions are counted whatever their finding's status
    QCOMPARE(r.interviews, 2);
    QCOMPARE(r.evidenceFiles, 1);
    QCOMPARE(r.openFlags, 1);
    QVERIFY(!r.ready());
    QCOMPARE(r.contents(), (QStringList{QStringLiteral("Checklist questions answered: 5 of 8 applicable"),
                                        QStringLiteral("Findings: 1 — corrective actions: 2"),
                                        QStringLiteral("Interviews: 2 — evidence files: 1")}));
    QCOMPARE(r.blockers(),
             QStringLiteral("unanswered questions: 3 — analysis flags not yet confirmed or dismissed: 1"));

    // By uuid, the same answer.
    Result<ReportReadiness> byUuid = ReportReadiness::read(m_f.db, m_f.auditUuid);
    QVERIFY2(byUuid, qPrintable(byUuid.error()));
    QCOMPARE(byUuid->warning(), r.warning());

    // Everything answered and decided: ready, nothing to warn about.
    for (int i = 6; i < m_f.itemIds.size(); ++i) {
        QVERIFY(ChecklistResponses(m_f.db).setAnswer(m_f.itemIds.at(i), QStringLiteral("not_verified")));
    }
    QVERIFY(exec(QStringLiteral("UPDATE analysis_flags SET disposition = 'dismissed' WHERE stale = 0")));
    r = readiness();
    QCOMPARE(r.answeredQuestions, 8);
    QCOMPARE(r.openFlags, 0);
    QVERIFY(r.ready());
    QVERIFY(r.blockers().isEmpty());
    QVERIFY(r.warning().isEmpty());
    QVERIFY(!r.auditCompleted);
    QVERIFY(exec(QStringLiteral("UPDATE audits SET status = 'submitted' WHERE id = ?1"), {m_f.auditId}));
    QVERIFY(readiness().auditCompleted);
}

void TestReportReadiness::unknownAuditFails()
{
    Result<ReportReadiness> r = ReportReadiness::read(m_f.db, QStringLiteral("00000000-0000-0000-0000-000000000000"));
    QVERIFY(!r);
    QVERIFY2(r.error().contains(QStringLiteral("No audit")), qPrintable(r.error()));
}

void TestReportReadiness::cliReportWarnsWithTheSameWords()
{
    fillStore();
    int status = 0;
    const QString err = runReport(&status);
    QVERIFY2(status == 0, qPrintable(err)); // a warning, not a refusal: the draft is still written
    QVERIFY2(err.contains(QStringLiteral("Before reporting: unanswered questions: 3 — analysis flags not yet "
                                         "confirmed or dismissed: 1")),
             qPrintable(err));
    QVERIFY(err.contains(readiness().warning()));
}

void TestReportReadiness::cliReportIsQuietWhenReady()
{
    for (qint64 item : std::as_const(m_f.itemIds)) {
        QVERIFY(ChecklistResponses(m_f.db).setAnswer(item, QStringLiteral("compliant")));
    }
    QVERIFY(readiness().ready());
    int status = 0;
    const QString err = runReport(&status);
    QVERIFY2(status == 0, qPrintable(err));
    QVERIFY2(!err.contains(QStringLiteral("Before reporting")), qPrintable(err));
}

FIELDBOOK_TEST_MAIN(TestReportReadiness)
#include "TestReportReadiness.moc"
