// Every phase page reports the progress the phase list shows (PhaseProgressCalculator), and the
// Report page says what ReportReadiness says: one answer per question, computed in app/.
#include "app/fieldwork/PhaseProgressCalculator.h"
#include "app/report/ReportReadiness.h"
#include "database/Ids.h"
#include "support/FieldworkFixture.h"
#include "support/TestRegistry.h"
#include "ui/pages/ReportPage.h"
#include "ui/workspace/PageFactory.h"
#include "ui/workspace/WorkspaceContext.h"
#include "ui/workspace/WorkspacePage.h"

#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <memory>

using namespace fieldbook;

class TestPhaseProgress : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void everyPageShowsTheCalculatorsProgress();
    void recordAnalysisCountsImportRunAndFlags();
    void reportPageShowsTheReadiness();

private:
    bool exec(const QString& sql, const QVariantList& binds = {});
    void addRecordsAndFlags();

    QTemporaryDir m_dir;
    test::FieldworkFixture m_f;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<WorkspaceContext> m_context;
};

void TestPhaseProgress::init()
{
    m_f = test::FieldworkFixture();
    QString error;
    QVERIFY2(m_f.create(m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction())), &error),
             qPrintable(error));
    m_undo = std::make_unique<QUndoStack>();
    m_context = std::make_unique<WorkspaceContext>(m_f.db, m_f.auditId, m_f.auditUuid, m_undo.get());
}

void TestPhaseProgress::cleanup()
{
    m_context.reset();
    m_undo.reset();
}

bool TestPhaseProgress::exec(const QString& sql, const QVariantList& binds)
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

// One import, one run, flags: open, dismissed, open but stale (not raised by the latest run).
void TestPhaseProgress::addRecordsAndFlags()
{
    const QString now = nowUtc();
    QVERIFY(exec(QStringLiteral("INSERT INTO record_imports (uuid, audit_id, kind, file_name, sha256, row_count, "
                                "quarantined, imported_at) VALUES (?1, ?2, 'time_records', 'time_records.csv', ?3, "
                                "10, 0, ?4)"),
                 {newUuid(), m_f.auditId, QStringLiteral("cd").repeated(32), now}));
    QVERIFY(exec(QStringLiteral("INSERT INTO analysis_runs (uuid, audit_id, started_at, finished_at, params_json, "
                                "engine_version) VALUES (?1, ?2, ?3, ?3, '{}', '1')"),
                 {newUuid(), m_f.auditId, now}));
    const QList<QPair<QString, int>> flags{
        {QStringLiteral("open"), 0}, {QStringLiteral("dismissed"), 0}, {QStringLiteral("open"), 1}};
    for (const auto& [disposition, stale] : flags) {
        QVERIFY(exec(QStringLiteral("INSERT INTO analysis_flags (uuid, audit_id, fingerprint, check_name, severity, "
                                    "summary, disposition, stale) VALUES (?1, ?2, ?1, 'weekly_hours_exceeded', "
                                    "'high', 'x', ?3, ?4)"),
                     {newUuid(), m_f.auditId, disposition, stale}));
    }
}

void TestPhaseProgress::everyPageShowsTheCalculatorsProgress()
{
    addRecordsAndFlags();
    const PhaseProgressCalculator calculator(m_f.db, m_f.auditId);
    for (AuditPhase phase : allAuditPhases()) {
        std::unique_ptr<WorkspacePage> page(PageFactory::create(phase, *m_context));
        QVERIFY(page);
        QCOMPARE(page->phase(), phase);
        page->reload();
        const PhaseProgress shown = page->progress();
        const PhaseProgress expected = calculator.progress(phase);
        QVERIFY2(shown.done == expected.done && shown.total == expected.total,
                 qPrintable(QStringLiteral("%1: page %2/%3, phase list %4/%5")
                                .arg(auditPhaseId(phase))
                                .arg(shown.done)
                                .arg(shown.total)
                                .arg(expected.done)
                                .arg(expected.total)));
    }
}

void TestPhaseProgress::recordAnalysisCountsImportRunAndFlags()
{
    // The phase's steps as the page states them: import the records, run the checks, decide on
    // each current flag. 2 + flags steps.
    const PhaseProgressCalculator calculator(m_f.db, m_f.auditId);
    QCOMPARE(calculator.progress(AuditPhase::RecordAnalysis).total, 2);
    QCOMPARE(calculator.progress(AuditPhase::RecordAnalysis).done, 0);
    addRecordsAndFlags();
    std::unique_ptr<WorkspacePage> page(PageFactory::create(AuditPhase::RecordAnalysis, *m_context));
    QVERIFY(page);
    page->reload();
    QCOMPARE(page->progress().total, 2 + 2);    // the stale flag is not a step
    QCOMPARE(page->progress().done, 1 + 1 + 1); // imported, run, one flag dismissed
}

void TestPhaseProgress::reportPageShowsTheReadiness()
{
    addRecordsAndFlags();
    ReportPage page(*m_context);
    page.reload();
    auto* summary = page.findChild<QLabel*>(QStringLiteral("reportSummary"));
    QVERIFY(summary);
    Result<ReportReadiness> readiness = ReportReadiness::read(m_f.db, m_f.auditId);
    QVERIFY2(readiness, qPrintable(readiness.error()));
    QVERIFY(!readiness->ready());
    for (const QString& line : readiness->contents()) {
        QVERIFY2(summary->text().contains(line), qPrintable(summary->text()));
    }
    QVERIFY(summary->text().contains(ReportReadiness::blockersHeading()));
    QVERIFY(summary->text().contains(
        QStringLiteral("unanswered questions: 9 — analysis flags not yet confirmed or dismissed: 1")));
    auto* complete = page.findChild<QPushButton*>(QStringLiteral("completeAuditButton"));
    QVERIFY(complete && complete->isEnabled());
    QVERIFY(exec(QStringLiteral("UPDATE audits SET status = 'completed' WHERE id = ?1"), {m_f.auditId}));
    page.reload();
    QVERIFY(!complete->isEnabled());
    QCOMPARE(page.progress().done, 1);
}

FIELDBOOK_TEST_MAIN(TestPhaseProgress)
#include "TestPhaseProgress.moc"
