// The sheets of a workbook imported as record files: the same records as the canonical CSVs,
// kinds from sheet names and headers, issues and store names with the sheet, the import wizard's
// session showing each sheet as a file, and formulas without saved values refused.
#include "app/demo/DemoParams.h"
#include "app/demo/FactoryGenerator.h"
#include "app/demo/RecordWriter.h"
#include "app/records/RecordDirectoryReader.h"
#include "app/records/RecordImportSession.h"
#include "support/TestRegistry.h"
#include "support/XlsxWriter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace fieldbook;
using fieldbook::test::XlsxWriter;

namespace {

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

QByteArray everything(const RecordSet& r)
{
    return RecordWriter::workersCsv(r) + RecordWriter::timeRecordsCsv(r) + RecordWriter::payrollCsv(r);
}

GeneratedFactory smallFactory()
{
    FactoryProfile profile;
    profile.workers = 40;
    profile.days = 21;
    profile.production = false;
    profile.gateLog = false;
    return FactoryGenerator::generate(profile, demoParams());
}

const QByteArray kPayrollHeader =
    "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>worker_id</t></is></c>"
    "<c r=\"B1\" t=\"inlineStr\"><is><t>period_start</t></is></c><c r=\"C1\" "
    "t=\"inlineStr\"><is><t>period_end</t></is></c>"
    "<c r=\"D1\" t=\"inlineStr\"><is><t>regular_hours</t></is></c>"
    "<c r=\"E1\" t=\"inlineStr\"><is><t>overtime_hours</t></is></c>"
    "<c r=\"F1\" t=\"inlineStr\"><is><t>regular_pay</t></is></c>"
    "<c r=\"G1\" t=\"inlineStr\"><is><t>overtime_pay</t></is></c>"
    "<c r=\"H1\" t=\"inlineStr\"><is><t>net_pay</t></is></c><c r=\"I1\" t=\"inlineStr\"><is><t>Remark</t></is></c>"
    "</row>";

QByteArray payrollRow(int row, const QByteArray& netPay, const QByteArray& remark)
{
    const QByteArray r = QByteArray::number(row);
    return "<row r=\"" + r + "\"><c r=\"A" + r + "\" t=\"inlineStr\"><is><t>W1</t></is></c><c r=\"B" + r +
           "\" s=\"1\"><v>46023</v></c><c r=\"C" + r + "\" s=\"1\"><v>46053</v></c><c r=\"D" + r +
           "\"><v>174</v></c><c r=\"E" + r + "\"><v>10</v></c><c r=\"F" + r + "\"><v>4000</v></c><c r=\"G" + r +
           "\"><v>300</v></c>" + netPay + remark + "</row>";
}

} // namespace

class TestXlsxRecordImport : public QObject
{
    Q_OBJECT

private slots:
    void workbookGivesTheSameRecordsAsTheCanonicalCsvs()
    {
        const GeneratedFactory factory = smallFactory();
        const QByteArray workers = RecordWriter::workersCsv(factory.records);
        const QByteArray times = RecordWriter::timeRecordsCsv(factory.records);
        const QByteArray payroll = RecordWriter::payrollCsv(factory.records);

        QTemporaryDir csvDir;
        writeFile(QDir(csvDir.path()).filePath(QStringLiteral("workers.csv")), workers);
        writeFile(QDir(csvDir.path()).filePath(QStringLiteral("time_records.csv")), times);
        writeFile(QDir(csvDir.path()).filePath(QStringLiteral("payroll.csv")), payroll);

        // One workbook: the register found by its tab's name, the time cards too, the payroll by
        // its header (a tab named "Sheet3"); a summary tab of no kind is left out.
        QTemporaryDir bookDir;
        XlsxWriter writer;
        writer.addSheet(QStringLiteral("Summary"),
                        "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Prepared by HR</t></is></c></row>");
        writer.addSheet(QStringLiteral("Attendance"), writer.rowsFromCsv(times));
        writer.addSheet(QStringLiteral("Sheet3"), writer.rowsFromCsv(payroll));
        writer.addSheet(QStringLiteral("Register"), writer.rowsFromCsv(workers));
        writer.addSheet(QStringLiteral("Empty"), {});
        const QString bookPath = QDir(bookDir.path()).filePath(QStringLiteral("factory.xlsx"));
        QVERIFY(writer.write(bookPath));

        RecordReadOptions options;
        options.computeSha256 = true;
        Result<RecordReadOutcome> fromCsv = RecordDirectoryReader::read(csvDir.path(), options);
        Result<RecordReadOutcome> fromBook = RecordDirectoryReader::read(bookDir.path(), options);
        QVERIFY2(fromCsv.ok(), qPrintable(fromCsv.error()));
        QVERIFY2(fromBook.ok(), qPrintable(fromBook.error()));
        QVERIFY2(fromBook->acceptable(), qPrintable(fromBook->issueReport()));
        QCOMPARE(fromBook->issues.size(), fromCsv->issues.size());
        QVERIFY(!fromBook->records.workers.empty());
        QCOMPARE(everything(fromBook->records), everything(fromCsv->records));

        QStringList names;
        for (const RecordFileSummary& f : fromBook->files) {
            names.append(f.fileName + QLatin1Char('=') + f.kind);
        }
        QCOMPARE(names, (QStringList{"factory.xlsx [Register]=workers", "factory.xlsx [Attendance]=time_records",
                                     "factory.xlsx [Sheet3]=payroll"}));
        // The store keeps the hash of the workbook as handed over.
        QFile book(bookPath);
        QVERIFY(book.open(QIODevice::ReadOnly));
        QCOMPARE(fromBook->files[0].sha256,
                 QCryptographicHash::hash(book.readAll(), QCryptographicHash::Sha256).toHex());
    }

    void formulasWithoutSavedValuesAreRefusedWhereTheyAreRead()
    {
        QTemporaryDir dir;
        XlsxWriter writer;
        // Net pay a formula never calculated (written by a script, not by Excel): refused.
        writer.addSheet(QStringLiteral("Payroll"), kPayrollHeader + payrollRow(2, "<c r=\"H2\"><f>F2+G2</f></c>", {}) +
                                                       payrollRow(3, "<c r=\"H3\"><f>F3+G3</f></c>", {}));
        QVERIFY(writer.write(QDir(dir.path()).filePath(QStringLiteral("pay.xlsx"))));
        Result<RecordReadOutcome> read = RecordDirectoryReader::read(dir.path());
        QVERIFY(!read.ok());
        QVERIFY2(read.error().startsWith(QStringLiteral("pay.xlsx [Payroll]:2: net_pay: 2 formula")),
                 qPrintable(read.error()));
        QVERIFY(read.error().contains(QStringLiteral("open the workbook in Excel or LibreOffice and save it again")));

        // The same in a column the import does not read: the records are whole, it is imported.
        QTemporaryDir other;
        XlsxWriter remark;
        remark.addSheet(QStringLiteral("Payroll"),
                        kPayrollHeader + payrollRow(2, "<c r=\"H2\"><v>4300</v></c>", "<c r=\"I2\"><f>H2*0</f></c>"));
        QVERIFY(remark.write(QDir(other.path()).filePath(QStringLiteral("pay.xlsx"))));
        Result<RecordReadOutcome> fine = RecordDirectoryReader::read(other.path());
        QVERIFY2(fine.ok(), qPrintable(fine.error()));
        QCOMPARE(fine->records.payroll.size(), size_t(1));
        QCOMPARE(fine->records.payroll[0].netPay, 4300.0);
    }

    void sessionShowsEachSheetAsAFile()
    {
        QTemporaryDir dir;
        XlsxWriter writer;
        writer.addSheet(QStringLiteral("Notes"),
                        "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>read me</t></is></c></row>");
        writer.addSheet(QStringLiteral("工资"), kPayrollHeader + payrollRow(2, "<c r=\"H2\"><v>4300</v></c>", {}));
        const QString path = QDir(dir.path()).filePath(QStringLiteral("book.xlsx"));
        QVERIFY(writer.write(path));

        RecordImportSession session;
        const int first = session.addFile(path);
        QCOMPARE(session.fileCount(), 1); // the notes tab is left out beside a sheet of records
        QCOMPARE(first, 0);
        const RecordImportFile& file = session.file(0);
        QCOMPARE(file.fileName, QStringLiteral("book.xlsx [工资]"));
        QCOMPARE(file.sheet, QStringLiteral("工资"));
        QCOMPARE(file.kind, QStringLiteral("payroll"));
        QCOMPARE(file.kindSource, KindSource::SheetName);
        QVERIFY(session.fileProblems().isEmpty());
        QVERIFY(session.mappingProblems().isEmpty());
        QCOMPARE(session.addFile(path), 0); // added once

        // The preview shows the values as read: serial numbers as dates.
        const RecordPreview preview = session.preview(0);
        QVERIFY2(preview.problem.isEmpty(), qPrintable(preview.problem));
        QCOMPARE(preview.rows.size(), size_t(1));
        QCOMPARE(preview.rows[0].line, 2);
        QCOMPARE(preview.rows[0].cells[preview.columns.indexOf(QStringLiteral("period_start"))],
                 QStringLiteral("2026-01-01"));

        const RecordImportCheck check = session.check();
        QVERIFY(check.fileIssues.empty());
        QCOMPARE(check.outcome.files.size(), size_t(1));
        QCOMPARE(check.outcome.files[0].fileName, QStringLiteral("book.xlsx [工资]"));
        QCOMPARE(check.outcome.records.payroll.size(), size_t(1));

        // A workbook whose sheets say nothing of their kind: every non-empty sheet, for the auditor.
        XlsxWriter unnamed;
        unnamed.addSheet(QStringLiteral("Sheet1"),
                         "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>x</t></is></c></row>");
        unnamed.addSheet(QStringLiteral("Sheet2"),
                         "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>y</t></is></c></row>");
        unnamed.addSheet(QStringLiteral("Sheet3"), {});
        const QString other = QDir(dir.path()).filePath(QStringLiteral("other.xlsx"));
        QVERIFY(unnamed.write(other));
        session.addFile(other);
        QCOMPARE(session.fileCount(), 3);
        QCOMPARE(session.file(2).fileName, QStringLiteral("other.xlsx [Sheet2]"));
        QVERIFY(session.file(2).kind.isEmpty());

        // A workbook that cannot be read is one file with its problem and what to do.
        QFile legacy(QDir(dir.path()).filePath(QStringLiteral("old.xls")));
        QVERIFY(legacy.open(QIODevice::WriteOnly));
        legacy.write(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(504, '\0'));
        legacy.close();
        const int bad = session.addFile(legacy.fileName());
        QVERIFY(session.file(bad).hasProblem());
        QVERIFY(session.fileProblems().join(QLatin1Char('\n')).contains(QStringLiteral("old.xls: this is a legacy")));
    }
};

FIELDBOOK_TEST_GUILESS_MAIN(TestXlsxRecordImport)
#include "TestXlsxRecordImport.moc"
