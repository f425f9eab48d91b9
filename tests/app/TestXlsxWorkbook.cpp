// Excel workbooks read as record files: cell types, dates under both date systems, the CSV each
// sheet becomes (line N is row N), and the sheets of a workbook read in place of CSV files.
#include "app/records/CsvReader.h"
#include "app/records/RecordDirectoryReader.h"
#include "app/records/workbook/CellStyles.h"
#include "app/records/workbook/CellValueText.h"
#include "app/records/workbook/Workbook.h"
#include "support/TestRegistry.h"
#include "support/XlsxWriter.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace fieldbook;
using fieldbook::test::XlsxWriter;

namespace {

QByteArray sheetCsv(const XlsxWriter& writer, const QString& path, int sheet = 0)
{
    if (!writer.write(path)) {
        return "write failed";
    }
    Result<Workbook> book = Workbook::open(path);
    if (!book) {
        return "open failed: " + book.error().toUtf8();
    }
    Result<SheetCsv> csv = book->readSheet(sheet);
    return csv ? csv->csv : "read failed: " + csv.error().toUtf8();
}

} // namespace

class TestXlsxWorkbook : public QObject
{
    Q_OBJECT

private slots:
    void readsEveryKindOfCellAsTheContractWritesIt()
    {
        QTemporaryDir dir;
        XlsxWriter writer;
        const QByteArray strings = "<?xml version=\"1.0\"?><sst "
                                   "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                                   "<si><t>Payroll December 2025 — Line 3</t></si><si><t>worker_id</t></si>"
                                   "<si><r><rPr><b/></rPr><t>W00</t></r><r><t>01</t></r>"
                                   "<rPh sb=\"0\" eb=\"1\"><t>ふりがな</t></rPh></si></sst>";
        // Shared strings: plain, and rich text in runs with a phonetic guide that is not the text.
        writer.setPart(QStringLiteral("xl/sharedStrings.xml"), strings);
        writer.addSheet(
            QStringLiteral("Payroll"),
            // Row 1: a title; row 2: blank; row 3: the header; then values of every type.
            "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
            "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>1</v></c><c r=\"B3\" t=\"inlineStr\"><is><t>date</t></is></c>"
            "<c r=\"C3\" t=\"inlineStr\"><is><r><t>time</t></r><r><t>_in</t></r></is></c>"
            "<c r=\"D3\" t=\"str\"><f>\"stamp\"</f><v>stamp</v></c><c r=\"E3\" "
            "t=\"inlineStr\"><is><t>d/m/y</t></is></c>"
            "<c r=\"F3\" t=\"inlineStr\"><is><t>pay</t></is></c><c r=\"G3\" t=\"inlineStr\"><is><t>ok</t></is></c>"
            "<c r=\"H3\" t=\"inlineStr\"><is><t>check</t></is></c><c r=\"I3\" t=\"inlineStr\"><is><t>note</t></is></c>"
            "</row>"
            "<row r=\"4\"><c r=\"A4\" t=\"s\"><v>2</v></c><c r=\"B4\" s=\"1\"><v>46027</v></c>"
            "<c r=\"C4\" s=\"2\"><v>0.33333333333333331</v></c><c r=\"D4\" s=\"3\"><v>46027.7500115740</v></c>"
            "<c r=\"E4\" s=\"4\"><v>46027</v></c><c r=\"F4\"><v>1234.5</v></c><c r=\"G4\" t=\"b\"><v>1</v></c>"
            "<c r=\"H4\" t=\"e\"><v>#N/A</v></c>"
            "<c r=\"I4\" t=\"inlineStr\"><is><t>two\nlines, a \"quote\"</t></is></c></row>"
            // Sparse: only A and D; a time with seconds; a style on an empty trailing cell.
            "<row r=\"5\"><c r=\"A5\"><v>42</v></c><c r=\"D5\" s=\"5\"><v>0.5000115740740741</v></c>"
            "<c r=\"K5\" s=\"1\"/></row>"
            "<row r=\"6\"><c r=\"B6\"><v>0.1</v></c><c r=\"C6\"><v>-3</v></c><c r=\"D6\"><v>123456789012</v></c>"
            "<c r=\"E6\"><v>1E-3</v></c></row>");
        QCOMPARE(sheetCsv(writer, dir.filePath(QStringLiteral("book.xlsx"))),
                 QByteArray("Payroll December 2025 — Line 3\n"
                            "\n"
                            "worker_id,date,time_in,stamp,d/m/y,pay,ok,check,note\n"
                            "W0001,2026-01-05,08:00,2026-01-05 18:00:01,2026-01-05,1234.5,TRUE,,"
                            "\"two lines, a \"\"quote\"\"\"\n"
                            "42,,,12:00:01\n"
                            ",0.1,-3,123456789012,0.001\n"));
        Result<Workbook> book = Workbook::open(dir.filePath(QStringLiteral("book.xlsx")));
        QVERIFY(book.ok());
        QCOMPARE(book->readSheet(0)->errorCells, 1);
        QCOMPARE(book->readSheet(0)->rows, 6);
    }

    void datesUnderBothDateSystems()
    {
        // 1900 system: serial 1 is 1900-01-01, 60 the fictitious 1900-02-29, 61 is 1900-03-01.
        using cellvaluetext::serial;
        QCOMPARE(serial(1, NumberFormatKind::Date, false), QStringLiteral("1900-01-01"));
        QCOMPARE(serial(59, NumberFormatKind::Date, false), QStringLiteral("1900-02-28"));
        QCOMPARE(serial(60, NumberFormatKind::Date, false), QStringLiteral("1900-02-29"));
        QCOMPARE(serial(61, NumberFormatKind::Date, false), QStringLiteral("1900-03-01"));
        QCOMPARE(serial(46027, NumberFormatKind::Date, false), QStringLiteral("2026-01-05"));
        // 1904 system: serial 0 is 1904-01-01, the same day 1462 serials earlier.
        QCOMPARE(serial(0, NumberFormatKind::Date, true), QStringLiteral("1904-01-01"));
        QCOMPARE(serial(46027 - 1462, NumberFormatKind::Date, true), QStringLiteral("2026-01-05"));
        // Rounded to the nearest second: Excel's 08:00 is 0.33333333333333331.
        QCOMPARE(serial(0.33333333333333331, NumberFormatKind::Time, false), QStringLiteral("08:00"));
        QCOMPARE(serial(0.999999999, NumberFormatKind::Time, false), QStringLiteral("00:00"));
        QCOMPARE(serial(46027.99999999, NumberFormatKind::DateTime, false), QStringLiteral("2026-01-06 00:00"));
        QVERIFY(serial(-1, NumberFormatKind::Date, false).isNull());

        // The workbook's flag decides: the same cell is four years and a day later under 1904.
        QTemporaryDir dir;
        XlsxWriter writer;
        writer.addSheet(QStringLiteral("Dates"), "<row r=\"1\"><c r=\"A1\" s=\"1\"><v>44565</v></c></row>");
        QCOMPARE(sheetCsv(writer, dir.filePath(QStringLiteral("1900.xlsx"))), QByteArray("2022-01-04\n"));
        writer.setDate1904(true);
        QCOMPARE(sheetCsv(writer, dir.filePath(QStringLiteral("1904.xlsx"))), QByteArray("2026-01-05\n"));
    }

    void numbersAreShortestRoundTrip()
    {
        using cellvaluetext::number;
        QCOMPARE(number(42.0), QByteArray("42"));
        QCOMPARE(number(0.1), QByteArray("0.1"));
        QCOMPARE(number(-0.0), QByteArray("0"));
        QCOMPARE(number(1.0 / 3), QByteArray("0.3333333333333333"));
        QCOMPARE(number(8.1 * 3), QByteArray("24.299999999999997")); // the double Excel saved, exactly
        QCOMPARE(number(12345678901234567.0), QByteArray("12345678901234568"));
        QCOMPARE(number(0.000015), QByteArray("0.000015"));
        QCOMPARE(number(1e300), QByteArray("1e+300"));
    }

    void numberFormatsTellDatesAndTimes()
    {
        QCOMPARE(CellStyles::kindOfFormat(14, {}), NumberFormatKind::Date);
        QCOMPARE(CellStyles::kindOfFormat(20, {}), NumberFormatKind::Time);
        QCOMPARE(CellStyles::kindOfFormat(22, {}), NumberFormatKind::DateTime);
        QCOMPARE(CellStyles::kindOfFormat(46, {}), NumberFormatKind::Time);
        QCOMPARE(CellStyles::kindOfFormat(31, {}), NumberFormatKind::Date); // yyyy"年"m"月"d"日" (zh-CN)
        QCOMPARE(CellStyles::kindOfFormat(2, {}), NumberFormatKind::Number);
        QCOMPARE(CellStyles::kindOfCode(QStringLiteral("dd/mm/yyyy")), NumberFormatKind::Date);
        QCOMPARE(CellStyles::kindOfCode(QStringLiteral("mmm-yy")), NumberFormatKind::Date);
        QCOMPARE(CellStyles::kindOfCode(QStringLiteral("h:mm AM/PM")), NumberFormatKind::Time);
        QCOMPARE(CellStyles::kindOfCode(QStringLiteral("[h]:mm:ss")), NumberFormatKind::Time);
        QCOMPARE(CellStyles::kindOfCode(QStringLiteral("yyyy-mm-dd hh:mm")), NumberFormatKind::DateTime);
        QCOMPARE(CellStyles::kindOfCode(QStringLiteral("yyyy\"年\"m\"月\"d\"日\"")), NumberFormatKind::Date);
        QCOMPARE(CellStyles::kindOfCode(QStringLiteral("#,##0 \"days\"")), NumberFormatKind::Number);
        QCOMPARE(CellStyles::kindOfCode(QStringLiteral("[Red][$-409]0.00;-0.00")), NumberFormatKind::Number);
        QCOMPARE(CellStyles::kindOfCode(QStringLiteral("0.00E+00")), NumberFormatKind::Number);
        QCOMPARE(CellStyles::kindOfCode(QStringLiteral("0\\h")), NumberFormatKind::Number);
        QCOMPARE(CellStyles::kindOfCode(QStringLiteral("General")), NumberFormatKind::Number);
    }

    void rowsAndCellsWithoutReferencesFollowEachOther()
    {
        QTemporaryDir dir;
        XlsxWriter writer;
        writer.addSheet(QStringLiteral("S"), "<row><c t=\"inlineStr\"><is><t>a</t></is></c><c><v>1</v></c></row>"
                                             "<row r=\"3\"><c><v>2</v></c><c r=\"D3\"><v>3</v></c><c><v>4</v></c></row>"
                                             "<row><c r=\"B4\"><v>5</v></c></row>");
        QCOMPARE(sheetCsv(writer, dir.filePath(QStringLiteral("s.xlsx"))), QByteArray("a,1\n\n2,,,3,4\n,5\n"));
    }

    void csvLineNumbersAreSheetRows()
    {
        // CsvReader skips the blank line of an empty row but counts it: line N stays row N.
        CsvReader reader("title\n\nworker_id,date\nW1,2026-01-05\n\nW2,2026-01-06\n");
        QVERIFY(reader.readRecord());
        QCOMPARE(reader.line(), 1);
        QVERIFY(reader.readRecord());
        QCOMPARE(reader.line(), 3);
        QVERIFY(reader.readRecord());
        QVERIFY(reader.readRecord());
        QCOMPARE(reader.line(), 6);

        // An issue names the workbook, the sheet and the sheet's row.
        QTemporaryDir dir;
        XlsxWriter writer;
        writer.addSheet(
            QStringLiteral("Attendance"),
            "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>worker_id</t></is></c>"
            "<c r=\"B1\" t=\"inlineStr\"><is><t>date</t></is></c>"
            "<c r=\"C1\" t=\"inlineStr\"><is><t>time_in</t></is></c>"
            "<c r=\"D1\" t=\"inlineStr\"><is><t>time_out</t></is></c></row>"
            "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>W1</t></is></c><c r=\"B2\" s=\"1\"><v>46027</v></c>"
            "<c r=\"C2\" s=\"2\"><v>0.3333333333333333</v></c><c r=\"D2\" s=\"2\"><v>0.75</v></c></row>"
            "<row r=\"5\"><c r=\"A5\" t=\"inlineStr\"><is><t>W1</t></is></c>"
            "<c r=\"B5\" t=\"inlineStr\"><is><t>2026-02-30</t></is></c>"
            "<c r=\"C5\" s=\"2\"><v>0.3333333333333333</v></c><c r=\"D5\" s=\"2\"><v>0.75</v></c></row>");
        QVERIFY(writer.write(dir.filePath(QStringLiteral("book.xlsx"))));
        Result<RecordReadOutcome> read = RecordDirectoryReader::read(dir.path());
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QCOMPARE(read->files.size(), size_t(1));
        QCOMPARE(read->files[0].fileName, QStringLiteral("book.xlsx [Attendance]"));
        QCOMPARE(read->files[0].kind, QStringLiteral("time_records"));
        QCOMPARE(read->issues.size(), size_t(1));
        QVERIFY2(read->issues[0].toString().startsWith(QStringLiteral("book.xlsx [Attendance]:5: date: ")),
                 qPrintable(read->issues[0].toString()));
    }
};

FIELDBOOK_TEST_GUILESS_MAIN(TestXlsxWorkbook)
#include "TestXlsxWorkbook.moc"
