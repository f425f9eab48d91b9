#include "support/TestRegistry.h"
#include "support/TestSupport.h"
#include "support/XlsxWriter.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace fieldbook;
using fieldbook::test::runCli;
using fieldbook::test::XlsxWriter;

namespace {

const QByteArray kPayroll = "worker_id,period_start,period_end,regular_hours,overtime_hours,regular_pay,overtime_pay,"
                            "net_pay\nW1,2026-05-01,2026-05-31,208,12,2080,180,2260\n";

} // namespace

// `fieldbook-cli import --file [KIND=]book.xlsx:Sheet` takes one sheet of a workbook; a sheet that
// is not there is an error naming the workbook and the sheets it has.
class TestWorkbookSheetCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void oneSheetIsChosen();
    void kindGivenForTheSheet();
    void missingSheetNamesTheSheets();

private:
    QTemporaryDir m_dir;
    QString m_book;
};

void TestWorkbookSheetCli::initTestCase()
{
    // Two sheets of payroll (one found by its tab's name, one by its header) and a notes tab.
    XlsxWriter writer;
    writer.addSheet(QStringLiteral("工资"), writer.rowsFromCsv(kPayroll));
    writer.addSheet(QStringLiteral("May"), writer.rowsFromCsv(kPayroll));
    writer.addSheet(QStringLiteral("Notes"), writer.rowsFromCsv("read me\n"));
    m_book = QDir(m_dir.path()).filePath(QStringLiteral("factory book.xlsx"));
    QVERIFY(writer.write(m_book));
}

void TestWorkbookSheetCli::oneSheetIsChosen()
{
    QString out;
    QString err;
    QCOMPARE(runCli({QStringLiteral("import"), QStringLiteral("--check"), QStringLiteral("--file"),
                     m_book + QStringLiteral(":May")},
                    &out, &err),
             0);
    QVERIFY2(out.contains(QStringLiteral("factory book.xlsx [May]")), qPrintable(out));
    QVERIFY2(!out.contains(QStringLiteral("[工资]")), qPrintable(out)); // the other sheets are left out
    QVERIFY2(out.contains(QStringLiteral("payroll")), qPrintable(out));
    // Without a sheet the workbook gives both payroll sheets, as before.
    QCOMPARE(
        runCli({QStringLiteral("import"), QStringLiteral("--check"), QStringLiteral("--file"), m_book}, &out, &err), 0);
    QVERIFY2(out.contains(QStringLiteral("factory book.xlsx [May]")) && out.contains(QStringLiteral("[工资]")),
             qPrintable(out));
}

void TestWorkbookSheetCli::kindGivenForTheSheet()
{
    QString out;
    QString err;
    QCOMPARE(runCli({QStringLiteral("import"), QStringLiteral("--check"), QStringLiteral("--file"),
                     QStringLiteral("payroll=") + m_book + QStringLiteral(":工资")},
                    &out, &err),
             0);
    QVERIFY2(out.contains(QStringLiteral("factory book.xlsx [工资]")), qPrintable(out));
    QVERIFY2(!out.contains(QStringLiteral("[May]")), qPrintable(out));
    // A kind the sheet does not hold is the auditor's word: its missing columns are reported.
    QCOMPARE(runCli({QStringLiteral("import"), QStringLiteral("--check"), QStringLiteral("--file"),
                     QStringLiteral("workers=") + m_book + QStringLiteral(":May")},
                    &out, &err),
             2);
    QVERIFY2(err.contains(QStringLiteral("factory book.xlsx [May]: required column(s) not mapped")), qPrintable(err));
}

void TestWorkbookSheetCli::missingSheetNamesTheSheets()
{
    QString out;
    QString err;
    QCOMPARE(runCli({QStringLiteral("import"), QStringLiteral("--check"), QStringLiteral("--file"),
                     QStringLiteral("payroll=") + m_book + QStringLiteral(":June")},
                    &out, &err),
             1);
    QVERIFY2(err.contains(QStringLiteral("factory book.xlsx has no sheet named \"June\"; its sheets: \"工资\", "
                                         "\"May\", \"Notes\"")),
             qPrintable(err));
    // A path that is neither a file nor a workbook with a sheet is still "no such file".
    QCOMPARE(runCli({QStringLiteral("import"), QStringLiteral("--check"), QStringLiteral("--file"),
                     QDir(m_dir.path()).filePath(QStringLiteral("absent.xlsx:May"))},
                    &out, &err),
             1);
    QVERIFY2(err.contains(QStringLiteral("no such file")), qPrintable(err));
}

FIELDBOOK_TEST_GUILESS_MAIN(TestWorkbookSheetCli)
#include "TestWorkbookSheetCli.moc"
