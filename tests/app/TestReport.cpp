// The PDF report: built from a real store, read back with pdftotext (poppler-utils), checked for
// its sections, figures and footer, and for what must never be in it (worker names, free text).
#include "support/FieldworkFixture.h"
#include "support/TestRegistry.h"
#include "support/TestSupport.h"

#include "app/report/ReportBuilder.h"
#include "app/report/ReportDataLoader.h"
#include "database/Ids.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace fieldbook;

namespace {

const QString kNameMarker = QStringLiteral("Nguyen Thi Zebulon");
const QString kFreeTextMarker = QStringLiteral("supervisor-quokka-threat");
const QString kWorkerIdMarker = QStringLiteral("EMP-997755");
const QString kFingerprint = QStringLiteral("RWQfKeyId 3F2A9C0D11E4B577");

bool run(const Database& db, const QString& sql, const QVariantList& binds = {})
{
    Result<Statement> stmt = db.prepare(sql);
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

QString pdfText(const QString& pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        return {};
    }
    // NFKC folds the typographic ligatures (fi, fl) the PDF fonts use back into letters.
    return QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}

int pdfPages(const QString& pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {pdf});
    p.waitForFinished(60000);
    const QString info = QString::fromUtf8(p.readAllStandardOutput());
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void loaderGathersFiguresWithoutPersonalData();
    void pdfHasSectionsFooterAndNoPersonalData();
    void cliWritesTheSameReport();
    void cliRefusesUnknownAudit();

private:
    void fillStore();

    QTemporaryDir m_dir;
    test::FieldworkFixture m_store;
};

void TestReport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        QFAIL("pdftotext (poppler-utils) is needed by this test");
    }
    QString error;
    QVERIFY2(m_store.create(m_dir.filePath(QStringLiteral("store.sqlite")), &error, 3,
                            QStringLiteral("Lotus River Garments")),
             qPrintable(error));
    fillStore();
}

void TestReport::fillStore()
{
    const Database& db = m_store.db;
    const qint64 a = m_store.auditId;
    const QString now = nowUtc();
    QVERIFY(run(db,
                "UPDATE audits SET start_date = '2026-03-10', end_date = '2026-03-12', period_start = '2025-12-01', "
                "period_end = '2026-02-28', scope = 'Main production site, dormitory and canteen', "
                "paid_by = 'brand', announcement = 'semi_announced', audit_type = 'periodic' WHERE id = ?1",
                {a}));
    QVERIFY(run(db, "INSERT INTO audit_team (uuid, audit_id, name, role, updated_at) VALUES (?1, ?2, ?3, 'lead', ?4)",
                {newUuid(), a, QStringLiteral("Amira Haddad"), now}));
    QVERIFY(run(db,
                "INSERT INTO audit_team (uuid, audit_id, name, role, updated_at) VALUES (?1, ?2, ?3, "
                "'interviewer', ?4)",
                {newUuid(), a, QStringLiteral("Rafael Ortiz"), now}));
    // Answers: section 1 all compliant, section 2 one non-compliant, section 3 two non-compliant.
    const QStringList answers{"compliant",    "compliant",     "compliant",     "compliant",  "non_compliant",
                              "not_verified", "non_compliant", "non_compliant", "observation"};
    for (int i = 0; i < m_store.itemIds.size(); ++i) {
        QVERIFY(run(db, "INSERT INTO checklist_responses (uuid, item_id, answer, updated_at) VALUES (?1, ?2, ?3, ?4)",
                    {newUuid(), m_store.itemIds.at(i), answers.at(i), now}));
    }
    QVERIFY(run(db,
                "INSERT INTO findings (uuid, audit_id, item_id, title, description, severity, evidence_text, "
                "root_cause, created_at, updated_at) VALUES (?1, ?2, ?3, 'Excessive overtime in sewing', "
                "'Weekly hours above 60 in 12 of 13 weeks.', 'major', 'Time cards Dec-Feb', "
                "'Order peaks planned without capacity', ?4, ?4)",
                {newUuid(), a, m_store.itemIds.at(4), now}));
    const qint64 finding1 = db.lastInsertRowId();
    QVERIFY(run(db, "INSERT INTO finding_clauses (finding_id, clause) VALUES (?1, 'sa8000:7.2'), (?1, 'wrap:7')",
                {finding1}));
    QVERIFY(run(db,
                "INSERT INTO findings (uuid, audit_id, item_id, title, severity, created_at, updated_at) "
                "VALUES (?1, ?2, ?3, 'Piece-rate pay below minimum wage', 'priority', ?4, ?4)",
                {newUuid(), a, m_store.itemIds.at(6), now}));
    const qint64 finding2 = db.lastInsertRowId();
    QVERIFY(run(db,
                "INSERT INTO corrective_actions (uuid, finding_id, corrective_action, preventive_action, "
                "responsible, due_date, status, created_at, updated_at) VALUES (?1, ?2, 'Cap weekly hours at 60', "
                "'Capacity planning with buyers', 'HR manager', '2026-05-31', 'in_progress', ?3, ?3)",
                {newUuid(), finding1, now}));
    QVERIFY(run(db,
                "INSERT INTO corrective_actions (uuid, finding_id, corrective_action, responsible, due_date, "
                "created_at, updated_at) VALUES (?1, ?2, 'Top up pay to the legal minimum', 'Finance', "
                "'2026-04-15', ?3, ?3)",
                {newUuid(), finding2, now}));
    QVERIFY(run(db,
                "INSERT INTO evidence (uuid, audit_id, finding_id, file_name, mime_type, size_bytes, sha256, content, "
                "created_at) VALUES (?1, ?2, ?3, 'timecards-week07.jpg', 'image/jpeg', 4, ?4, x'00010203', ?5)",
                {newUuid(), a, finding1, QStringLiteral("ab").repeated(32), now}));
    // Interviews: the name and free text stored in plain (as a careless writer would) must not leak.
    QVERIFY(run(db,
                "INSERT INTO interviews (uuid, audit_id, kind, format, location, pseudonym, worker_ref, department, "
                "gender, stated_weekly_hours, stated_monthly_pay, stated_overtime_voluntary, coaching_suspected, "
                "notes, created_at, updated_at) VALUES (?1, ?2, 'worker', 'individual', 'off_site', 'W-01', ?3, "
                "'Sewing', 'F', 66, 5200, 0, 1, ?4, ?5, ?5)",
                {newUuid(), a, kNameMarker.toUtf8(), kFreeTextMarker.toUtf8(), now}));
    const qint64 interview = db.lastInsertRowId();
    QVERIFY(run(db,
                "INSERT INTO interview_answers (uuid, interview_id, question_key, answer, free_text, updated_at) "
                "VALUES (?1, ?2, 'hours', 'yes', ?3, ?4)",
                {newUuid(), interview, kFreeTextMarker.toUtf8(), now}));
    QVERIFY(run(db,
                "INSERT INTO interviews (uuid, audit_id, kind, format, pseudonym, participants, department, "
                "created_at, updated_at) VALUES (?1, ?2, 'worker', 'group', 'G-01', 5, 'Cutting', ?3, ?3)",
                {newUuid(), a, now}));
    QVERIFY(run(db,
                "INSERT INTO interviews (uuid, audit_id, kind, pseudonym, interviewee_role, created_at, updated_at) "
                "VALUES (?1, ?2, 'management', 'M-01', 'HR', ?3, ?3)",
                {newUuid(), a, now}));
    // Records and analysis flags (summaries name workers: only counts may reach the report).
    QVERIFY(run(db,
                "INSERT INTO record_imports (uuid, audit_id, kind, file_name, sha256, row_count, quarantined, "
                "imported_at) VALUES (?1, ?2, 'time_records', 'time_records.csv', ?3, 5400, 3, ?4)",
                {newUuid(), a, QStringLiteral("cd").repeated(32), now}));
    QVERIFY(run(db, "INSERT INTO workers (audit_id, worker_id, name) VALUES (?1, ?2, ?3)",
                {a, kWorkerIdMarker, kNameMarker.toUtf8()}));
    QVERIFY(run(db,
                "INSERT INTO analysis_runs (uuid, audit_id, started_at, finished_at, params_json, engine_version) "
                "VALUES (?1, ?2, ?3, ?3, '{}', '1')",
                {newUuid(), a, now}));
    const QList<QVariantList> flags{
        {"f1", "weekly_hours_exceeded", "high", "confirmed", QVariant()},
        {"f2", "weekly_hours_exceeded", "high", "open", QVariant()},
        {"f3", "round_clock_times", "medium", "dismissed", QStringLiteral("Terminal rounds to 5 minutes by design")},
        {"f4", "identical_punch_patterns", "critical", "open", QVariant()},
    };
    for (const QVariantList& f : flags) {
        QVERIFY(
            run(db,
                "INSERT INTO analysis_flags (uuid, audit_id, fingerprint, check_name, severity, summary, "
                "disposition, disposition_reason, workers_json, dates_json, finding_id) VALUES (?1, ?2, ?3, ?4, ?5, "
                "?6, ?7, ?8, json_array(?9, 'W-77'), '[\"2026-02-02\",\"2026-02-09\"]', "
                "CASE ?3 WHEN 'f1' THEN (SELECT min(id) FROM findings WHERE audit_id = ?2) END)",
                {newUuid(), a, f.at(0), f.at(1), f.at(2),
                 QStringLiteral("Worker %1 (%2) worked 71 h").arg(kWorkerIdMarker, kNameMarker), f.at(3), f.at(4),
                 kWorkerIdMarker}));
    }
}

void TestReport::loaderGathersFiguresWithoutPersonalData()
{
    Result<ReportData> data = ReportDataLoader(m_store.db).load(m_store.auditUuid);
    QVERIFY2(data.ok(), qPrintable(data.error()));
    QCOMPARE(data->facilityName, QStringLiteral("Lotus River Garments"));
    QCOMPARE(data->team.size(), 2);
    QCOMPARE(data->team.first().role, QStringLiteral("lead"));
    QCOMPARE(data->bySection.size(), 3);
    QCOMPARE(data->bySection.at(0).compliant, 3);
    QCOMPARE(data->bySection.at(2).nonCompliant, 2);
    QCOMPARE(data->byCode.size(), 2);
    QCOMPARE(data->findings.size(), 2);
    QCOMPARE(data->findings.first().severity, QStringLiteral("priority")); // sorted by severity
    QVERIFY(data->findings.at(1).clauses.contains(QStringLiteral("sa8000:7.2")));
    QCOMPARE(data->findings.at(1).evidenceFiles, QStringList{QStringLiteral("timecards-week07.jpg")});
    QCOMPARE(data->actions.size(), 2);
    QCOMPARE(data->interviews.interviews, 3);
    QCOMPARE(data->interviews.participants, 7);
    QCOMPARE(data->interviews.coachingSuspected, 1);
    QCOMPARE(data->flags.size(), 3);
    QCOMPARE(data->flags.first().severity, QStringLiteral("critical"));
    const ReportFlagGroup& hours = data->flags.at(1);
    QCOMPARE(hours.total, 2);
    QCOMPARE(hours.confirmed, 1);
    QCOMPARE(data->flags.at(2).dismissalReasons, QStringList{QStringLiteral("Terminal rounds to 5 minutes by design")});
    QCOMPARE(data->evidence.first().attachedTo, QStringLiteral("Finding F-02"));
    // The annex: every flag with its decision, workers counted, not named.
    QCOMPARE(data->flagList.size(), 4);
    QCOMPARE(data->flagList.first().severity, QStringLiteral("critical"));
    int confirmedAsFinding = 0;
    for (const ReportFlag& f : data->flagList) {
        QCOMPARE(f.workers, 2);
        QCOMPARE(f.firstDate, QStringLiteral("2026-02-02"));
        QCOMPARE(f.lastDate, QStringLiteral("2026-02-09"));
        confirmedAsFinding += f.findingNumber > 0 ? 1 : 0;
    }
    QCOMPARE(confirmedAsFinding, 1);
}

void TestReport::pdfHasSectionsFooterAndNoPersonalData()
{
    Result<ReportData> data = ReportDataLoader(m_store.db).load(m_store.auditUuid);
    QVERIFY2(data.ok(), qPrintable(data.error()));
    const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
    Result<int> pages = ReportBuilder(data.take(), {kFingerprint, {}}).writePdf(pdf);
    QVERIFY2(pages.ok(), qPrintable(pages.error()));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    QVERIFY(!QFile::exists(pdf + QStringLiteral(".part")));
    QVERIFY2(pages.value() >= 8, qPrintable(QString::number(pages.value()))); // cover + 7 sections
    QCOMPARE(pdfPages(pdf), pages.value());

    const QString text = pdfText(pdf);
    QVERIFY(!text.isEmpty());
    for (const QString& expected :
         {QStringLiteral("Executive summary"), QStringLiteral("Compliance by section and code"),
          QStringLiteral("Findings"), QStringLiteral("Corrective action plan"), QStringLiteral("Interviews"),
          QStringLiteral("Record checks and analysis flags"), QStringLiteral("Appendix: evidence files"),
          QStringLiteral("Lotus River Garments"), QStringLiteral("sa8000:7.2"), kFingerprint,
          QStringLiteral("Page 1 of %1").arg(pages.value()), QStringLiteral("Confidential"),
          QStringLiteral("Amira Haddad"), QStringLiteral("Cap weekly hours at 60"), QStringLiteral("Terminal rounds"),
          QStringLiteral("abababababababab"),
          // The thresholds behind the flags, in force at the end of the records period, with sources.
          QStringLiteral("Thresholds the checks applied"), QStringLiteral("in force on 2026-02-28"),
          QStringLiteral("Minimum working age"),
          // Every flag and the decision on it, so a reviewer sees what was dismissed and why.
          QStringLiteral("Appendix: every analysis flag and its decision"), QStringLiteral("A-04"),
          QStringLiteral("Dismissed: Terminal"), QStringLiteral("Confirmed as finding F-0"),
          QStringLiteral("What the checks look for")}) {
        QVERIFY2(text.contains(expected), qPrintable(QStringLiteral("missing: ") + expected));
    }
    QCOMPARE(text.count(kFingerprint), pages.value()); // on every page
    for (const QString& secret :
         {kNameMarker, kFreeTextMarker, kWorkerIdMarker, QStringLiteral("W-01"), QStringLiteral("W-77")}) {
        QVERIFY2(!text.contains(secret), qPrintable(QStringLiteral("leaked: ") + secret));
    }
}

void TestReport::cliWritesTheSameReport()
{
    const QString pdf = m_dir.filePath(QStringLiteral("cli.pdf"));
    QString out, err;
    const int status = test::runCli({QStringLiteral("--db"), m_store.path, QStringLiteral("report"),
                                     QStringLiteral("--audit"), m_store.auditUuid, QStringLiteral("--out"), pdf},
                                    &out, &err);
    QVERIFY2(status == 0, qPrintable(err));
    QVERIFY(out.contains(pdf));
    const QString text = pdfText(pdf);
    QVERIFY(text.contains(QStringLiteral("Lotus River Garments")));
    QVERIFY(text.contains(QStringLiteral("sa8000:7.2")));
    QVERIFY(text.contains(QStringLiteral("unsigned draft")));
    QVERIFY(text.contains(QStringLiteral("Page 1 of")));
    QVERIFY(!text.contains(kNameMarker));
    QVERIFY(!text.contains(kFreeTextMarker));
    QCOMPARE(pdfPages(pdf), pdfPages(m_dir.filePath(QStringLiteral("report.pdf"))));
}

void TestReport::cliRefusesUnknownAudit()
{
    const QString pdf = m_dir.filePath(QStringLiteral("none.pdf"));
    QString err;
    const int status =
        test::runCli({QStringLiteral("--db"), m_store.path, QStringLiteral("report"), QStringLiteral("--audit"),
                      QStringLiteral("00000000-0000-0000-0000-000000000000"), QStringLiteral("--out"), pdf},
                     nullptr, &err);
    QCOMPARE(status, 2);
    QVERIFY(err.contains(QStringLiteral("No audit")));
    QVERIFY(!QFile::exists(pdf));
    QCOMPARE(test::runCli({QStringLiteral("--db"), m_store.path, QStringLiteral("report")}, nullptr, &err), 1);
}

FIELDBOOK_TEST_MAIN(TestReport)
#include "TestReport.moc"
