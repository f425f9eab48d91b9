// Every registered check describes itself completely, in one place (Check::description()), and
// the GUI, the CLI and the PDF read that description (issue 15, "one descriptor per check").
#include "app/analysis/CheckDescriptions.h"
#include "app/analysis/CheckRegistry.h"
#include "app/analysis/FlagChartBuilder.h"
#include "app/analysis/FlagRecordLoader.h"
#include "support/TestRegistry.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QSet>
#include <QTest>

using namespace fieldbook;

class TestCheckDescriptions : public QObject
{
    Q_OBJECT

private slots:
    void everyCheckDescribesItself()
    {
        const QSet<QString> records = {"time_records", "payroll",       "workers",
                                       "production",   "gate_and_time", "interviews"};
        const QSet<QString> charts = {"", "punch_minutes", "weekly_hours", "benford", "production_hours"};
        QFile doc(test::sourceDir() + "/docs/checks.md");
        QVERIFY(doc.open(QIODevice::ReadOnly));
        const QString checksMd = QString::fromUtf8(doc.readAll());
        QSet<QString> titles;
        for (const auto& check : CheckRegistry::allChecks()) {
            const QString name = check->name();
            const CheckDescription d = check->description();
            QVERIFY2(d.title && *d.title, qPrintable(name));
            QVERIFY2(d.explanation && std::strlen(d.explanation) > 30, qPrintable(name));
            QVERIFY2(records.contains(d.records), qPrintable(name + ": " + d.records));
            QVERIFY2(charts.contains(d.chart), qPrintable(name + ": " + d.chart));
            QVERIFY2(!check->clauses().isEmpty(), qPrintable(name));
            QVERIFY2(checksMd.contains("### " + name) || checksMd.contains(", " + name),
                     qPrintable(name + " has no section in docs/checks.md"));
            QVERIFY2(!titles.contains(d.title), qPrintable(name + ": a title must tell the check apart"));
            titles.insert(d.title);
            // The readers all answer from the description.
            QCOMPARE(CheckDescriptions::title(name), QString::fromUtf8(d.title));
            QCOMPARE(CheckDescriptions::explanation(name), QString::fromUtf8(d.explanation));
            QCOMPARE(FlagRecordLoader::kindFor(name), d.records);
            QCOMPARE(FlagChartBuilder::chartKindFor(name), d.chart);
        }
        QCOMPARE(CheckDescriptions::title("no_such_check"), QString("no_such_check"));
        QVERIFY(CheckDescriptions::explanation("no_such_check").isEmpty());
        QCOMPARE(FlagRecordLoader::kindFor("no_such_check"), QString("none"));
    }
};

FIELDBOOK_TEST_GUILESS_MAIN(TestCheckDescriptions)
#include "TestCheckDescriptions.moc"
