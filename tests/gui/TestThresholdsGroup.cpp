#include "database/AuditRepository.h"
#include "database/Database.h"
#include "support/TestRegistry.h"
#include "ui/pages/ThresholdsGroup.h"
#include "ui/workspace/WorkspaceContext.h"

#include <QComboBox>
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
    group.resize(1100, 700);
    if (qEnvironmentVariableIsSet("FIELDBOOK_SHOT_DIR")) {
        group.grab().save(qEnvironmentVariable("FIELDBOOK_SHOT_DIR") + QStringLiteral("/thresholds.png"));
    }
    QTableWidget* table = group.table();
    const auto rowOf = [table](const char* key) {
        for (int r = 0; r < table->rowCount(); ++r) {
            if (table->item(r, 1)->data(Qt::UserRole).toString() == QLatin1String(key)) {
                return r;
            }
        }
        return -1;
    };
    const int totalRow = rowOf("max_total_hours_per_week");
    const int monthRow = rowOf("max_overtime_hours_per_month");
    const int weekRow = rowOf("max_overtime_hours_per_week");
    const int wageRow = rowOf("minimum_wage_hourly");
    QVERIFY(totalRow >= 0 && monthRow >= 0 && weekRow >= 0 && wageRow >= 0);
    // Chinese law caps overtime at 36 h a month and sets no weekly cap: the monthly cap is shown as
    // the law states it, never turned into 9 h a week; RBA's 60 h total a week stands beside it.
    QCOMPARE(table->item(monthRow, 1)->text(), QStringLiteral("36"));
    QVERIFY(table->item(monthRow, 2)->text().startsWith(QStringLiteral("CN:")));
    QCOMPARE(table->item(weekRow, 1)->text(), QStringLiteral("no limit"));
    QCOMPARE(table->item(totalRow, 1)->text(), QStringLiteral("60"));
    QVERIFY(table->item(totalRow, 2)->text().contains(QStringLiteral("RBA")));
    QCOMPARE(table->item(totalRow, 3)->text(), QStringLiteral("code of conduct"));
    // The minimum wage: its source, the date it is in force from, and not checked by us.
    QVERIFY(table->item(wageRow, 2)->text().startsWith(QStringLiteral("CN:")));
    QCOMPARE(table->item(wageRow, 3)->text(), QStringLiteral("verify before use"));
    QVERIFY2(table->item(wageRow, 4)->text().contains(QStringLiteral("2025-07-01")),
             qPrintable(table->item(wageRow, 4)->text()));

    // The auditor confirms the local minimum wage on site, types it and says why.
    table->item(wageRow, 1)->setText(QStringLiteral("25.5"));
    QCOMPARE(
        db->scalar(QStringLiteral("SELECT json_extract(params_json, '$.minimum_wage_hourly') FROM audits"))->toDouble(),
        25.5);
    QCOMPARE(table->item(wageRow, 2)->text(), QStringLiteral("audit override"));
    QCOMPARE(table->item(wageRow, 3)->text(), QStringLiteral("your figure"));
    QVERIFY(table->item(wageRow, 5)->flags() & Qt::ItemIsEditable);
    table->item(wageRow, 5)->setText(QStringLiteral("District notice of 2026-02-01 seen at the gate"));
    QCOMPARE(db->scalar(QStringLiteral("SELECT json_extract(params_json, '$.override_reasons.minimum_wage_hourly') "
                                       "FROM audits"))
                 ->toString(),
             QStringLiteral("District notice of 2026-02-01 seen at the gate"));
    QVERIFY(table->item(wageRow, 2)->text().contains(QStringLiteral("District notice")));
    // A figure from the law has no reason to give.
    QVERIFY(!(table->item(monthRow, 5)->flags() & Qt::ItemIsEditable));
    // Nonsense is refused and never stored.
    table->item(totalRow, 1)->setText(QStringLiteral("sixty"));
    QVERIFY(db->scalar(QStringLiteral("SELECT json_extract(params_json, '$.max_total_hours_per_week') FROM audits"))
                ->isNull());
    // Undo takes back the reason, then the figure.
    undo.undo();
    QVERIFY(db->scalar(QStringLiteral("SELECT json_extract(params_json, '$.override_reasons') FROM audits"))->isNull());
    undo.undo();
    QVERIFY(
        db->scalar(QStringLiteral("SELECT json_extract(params_json, '$.minimum_wage_hourly') FROM audits"))->isNull());
    // And the edits are in the audit trail, the reason with them.
    QVERIFY(db->scalar(QStringLiteral("SELECT count(*) FROM audit_trail WHERE field = 'params_json' AND new_value "
                                      "LIKE '%District notice%'"))
                ->toInt() >= 1);

    // The region: Chinese minimum wages are set by city and province.
    auto* region = group.findChild<QComboBox*>(QStringLiteral("regionCombo"));
    QVERIFY(region && region->isVisibleTo(&group));
    const int zhejiang = region->findData(QStringLiteral("Zhejiang"));
    QVERIFY(zhejiang > 0);
    region->setCurrentIndex(zhejiang);
    emit region->activated(zhejiang);
    QCOMPARE(db->scalar(QStringLiteral("SELECT json_extract(params_json, '$.region') FROM audits"))->toString(),
             QStringLiteral("Zhejiang"));
    QCOMPARE(region->currentData().toString(), QStringLiteral("Zhejiang"));
}

FIELDBOOK_TEST_MAIN(TestThresholdsGroup)
#include "TestThresholdsGroup.moc"
