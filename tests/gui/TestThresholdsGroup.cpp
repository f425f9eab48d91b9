#include "database/AuditRepository.h"
#include "database/Database.h"
#include "support/TestRegistry.h"
#include "ui/pages/ThresholdsGroup.h"
#include "ui/workspace/WorkspaceContext.h"

#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace fieldbook;

// The thresholds in the Plan page: stricter rule with its source, "verify before use" on
// country figures, and the auditor's own figure stored as an undoable override.
class TestThresholdsGroup : public QObject
{
    Q_OBJECT

private slots:
    void testShowsResolvedFiguresWithSources();
};

void TestThresholdsGroup::testShowsResolvedFiguresWithSources()
{
    QTemporaryDir dir;
    Result<Database> db = Database::open(dir.filePath(QStringLiteral("s.sqlite")));
    QVERIFY(db.ok());
    Facility f;
    f.name = QStringLiteral("Pearl River Electronics");
    f.country = QStringLiteral("CN");
    Audit a;
    a.codes = {QStringLiteral("rba")};
    Result<Audit> audit = AuditRepository(db.value()).createAudit(f, a);
    QVERIFY(audit.ok());
    QUndoStack undo;
    WorkspaceContext context(db.value(), audit->id, audit->uuid, &undo);
    ThresholdsGroup group(context);
    QTableWidget* table = group.table();
    int totalRow = -1;
    int wageRow = -1;
    for (int r = 0; r < table->rowCount(); ++r) {
        const QString key = table->item(r, 1)->data(Qt::UserRole).toString();
        totalRow = key == QLatin1String("max_total_hours_per_week") ? r : totalRow;
        wageRow = key == QLatin1String("minimum_wage_hourly") ? r : wageRow;
    }
    QVERIFY(totalRow >= 0 && wageRow >= 0);
    // RBA allows 60 h; Chinese law 49 h: the law is in force, named, and marked for checking.
    QCOMPARE(table->item(totalRow, 1)->text(), QStringLiteral("49"));
    QVERIFY(table->item(totalRow, 2)->text().startsWith(QStringLiteral("CN:")));
    QCOMPARE(table->item(totalRow, 3)->text(), QStringLiteral("verify before use"));

    // The auditor confirms the local minimum wage on site and types it.
    table->item(wageRow, 1)->setText(QStringLiteral("25.5"));
    QCOMPARE(db->scalar(QStringLiteral("SELECT json_extract(params_json, '$.minimum_wage_hourly') FROM audits"))
                 ->toDouble(),
             25.5);
    QCOMPARE(table->item(wageRow, 2)->text(), QStringLiteral("audit override"));
    QCOMPARE(table->item(wageRow, 3)->text(), QStringLiteral("your figure"));
    // Nonsense is refused and never stored.
    table->item(totalRow, 1)->setText(QStringLiteral("sixty"));
    QVERIFY(db->scalar(QStringLiteral("SELECT json_extract(params_json, '$.max_total_hours_per_week') FROM audits"))
                ->isNull());
    // Undo removes the figure again.
    undo.undo();
    QVERIFY(db->scalar(QStringLiteral("SELECT json_extract(params_json, '$.minimum_wage_hourly') FROM audits"))
                ->isNull());
    // And the edit is in the audit trail.
    QVERIFY(db->scalar(QStringLiteral("SELECT count(*) FROM audit_trail WHERE field = 'params_json'"))->toInt() >= 2);
}

FIELDBOOK_TEST_MAIN(TestThresholdsGroup)
#include "TestThresholdsGroup.moc"
