// Workbooks that are damaged, disguised or built to exhaust the machine: each refused with a
// message naming the file (and sheet) and saying what to do, in bounded time and memory, and
// never half-read.
#include "app/records/RecordDirectoryReader.h"
#include "app/records/workbook/Workbook.h"
#include "app/records/workbook/ZipArchive.h"
#include "support/TestRegistry.h"
#include "support/XlsxWriter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>
#include <ctime>

using namespace fieldbook;
using fieldbook::test::XlsxWriter;

namespace {

const QByteArray kHeader = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>worker_id</t></is></c>"
                           "<c r=\"B1\" t=\"inlineStr\"><is><t>birth_date</t></is></c>"
                           "<c r=\"C1\" t=\"inlineStr\"><is><t>hire_date</t></is></c></row>";

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

// Makes the zip's local and central headers of `name` declare another uncompressed size.
void declareSize(QByteArray& zip, const QByteArray& name, quint32 size)
{
    qsizetype at = 0;
    while ((at = zip.indexOf(QByteArrayView("PK\x01\x02", 4), at)) >= 0) {
        const quint16 nameLength = qFromLittleEndian<quint16>(zip.constData() + at + 28);
        if (zip.mid(at + 46, nameLength) == name) {
            qToLittleEndian<quint32>(size, zip.data() + at + 24);
            const quint32 local = qFromLittleEndian<quint32>(zip.constData() + at + 42);
            qToLittleEndian<quint32>(size, zip.data() + local + 22);
            return;
        }
        at += 4;
    }
    QFAIL("entry not found");
}

QString openError(const QString& path)
{
    Result<Workbook> book = Workbook::open(path);
    return book ? QString() : book.error();
}

} // namespace

class TestXlsxHostileFiles : public QObject
{
    Q_OBJECT

private slots:
    void truncatedArchiveIsDamaged()
    {
        QTemporaryDir dir;
        XlsxWriter writer;
        writer.addSheet(QStringLiteral("Workers"), kHeader);
        const QString path = dir.filePath(QStringLiteral("workers.xlsx"));
        QVERIFY(writer.write(path));
        const QByteArray whole = readAll(path);
        writeAll(path, whole.left(whole.size() / 2));
        QVERIFY2(openError(path).contains(QStringLiteral("damaged or incomplete")), qPrintable(openError(path)));
        // In a folder: the read fails, naming the file; nothing is read from the others.
        writeAll(dir.filePath(QStringLiteral("time_records.csv")), "worker_id,date,time_in,time_out\n");
        Result<RecordReadOutcome> read = RecordDirectoryReader::read(dir.path());
        QVERIFY(!read.ok());
        QVERIFY2(read.error().startsWith(QStringLiteral("workers.xlsx: ")), qPrintable(read.error()));
    }

    void badCrcIsDamaged()
    {
        QTemporaryDir dir;
        XlsxWriter writer;
        writer.setStored(true); // the sheet's bytes lie in the file as they are: one can be changed
        writer.addSheet(QStringLiteral("Workers"),
                        kHeader + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>MARKER</t></is></c></row>");
        const QString path = dir.filePath(QStringLiteral("book.xlsx"));
        QVERIFY(writer.write(path));
        QByteArray bytes = readAll(path);
        const qsizetype marker = bytes.indexOf("MARKER");
        QVERIFY(marker > 0);
        bytes[marker] = 'N';
        writeAll(path, bytes);
        Result<Workbook> book = Workbook::open(path);
        QVERIFY2(book.ok(), qPrintable(book.error())); // the damage is found when the sheet is read
        Result<SheetCsv> sheet = book->readSheet(0);
        QVERIFY(!sheet.ok());
        QVERIFY2(sheet.error().contains(QStringLiteral("xl/worksheets/sheet1.xml cannot be unpacked")),
                 qPrintable(sheet.error()));
        RecordSource source;
        source.path = path;
        source.kind = QStringLiteral("workers");
        source.sheet = QStringLiteral("Workers");
        ParsedFile parsed = RecordDirectoryReader::parseSource(source, {});
        QVERIFY2(parsed.fatalError.startsWith(QStringLiteral("book.xlsx [Workers]: ")), qPrintable(parsed.fatalError));
        QCOMPARE(parsed.records.workers.size(), size_t(0));
    }

    void zipBombIsRefusedBeforeInflating()
    {
        QTemporaryDir dir;
        XlsxWriter writer;
        // 64 MiB of spaces deflate to about 64 KiB: a ratio of 1000:1.
        writer.addSheet(QStringLiteral("Workers"), kHeader + QByteArray(64 * 1024 * 1024, ' '));
        const QString path = dir.filePath(QStringLiteral("bomb.xlsx"));
        QVERIFY(writer.write(path));
        QVERIFY(QFileInfo(path).size() < 1024 * 1024);
        QElapsedTimer timer;
        timer.start();
        Result<Workbook> book = Workbook::open(path);
        QVERIFY(book.ok());
        Result<SheetCsv> sheet = book->readSheet(0);
        QVERIFY(!sheet.ok());
        QVERIFY2(sheet.error().contains(QStringLiteral("refused as a zip bomb")), qPrintable(sheet.error()));
        QVERIFY(timer.elapsed() < 1000); // refused on the declared sizes, nothing inflated
    }

    void lyingDeclaredSizeGainsNothing()
    {
        QTemporaryDir dir;
        XlsxWriter writer;
        writer.addSheet(QStringLiteral("Workers"), kHeader + QByteArray(64 * 1024 * 1024, ' '));
        const QString path = dir.filePath(QStringLiteral("liar.xlsx"));
        QVERIFY(writer.write(path));
        QByteArray bytes = readAll(path);
        declareSize(bytes, "xl/worksheets/sheet1.xml", 4096); // "4 KiB": less than it is packed
        writeAll(path, bytes);
        QElapsedTimer timer;
        timer.start();
        Result<Workbook> book = Workbook::open(path);
        QVERIFY(book.ok());
        Result<SheetCsv> sheet = book->readSheet(0);
        // Either the inflated bytes are counted past the ratio, or libzip stops at the declared
        // size: never 64 MiB inflated into memory.
        QVERIFY(!sheet.ok());
        QVERIFY2(sheet.error().contains(QStringLiteral("sheet1.xml")), qPrintable(sheet.error()));
        qInfo("%s", qPrintable(sheet.error()));
        QVERIFY(timer.elapsed() < 2000);
    }

    void entryLimitsHoldWhileInflating()
    {
        QTemporaryDir dir;
        XlsxWriter writer;
        QByteArray varied; // compresses poorly: only the size limit can refuse it
        for (int i = 0; varied.size() < 3 * 1024 * 1024; ++i) {
            varied += QByteArray::number(quint64(i) * 2654435761u % 1000003u) + ' ';
        }
        writer.setPart(QStringLiteral("xl/media/big.bin"), varied);
        writer.addSheet(QStringLiteral("Workers"), kHeader);
        const QString path = dir.filePath(QStringLiteral("book.xlsx"));
        QVERIFY(writer.write(path));
        Result<ZipArchive> zip = ZipArchive::open(path);
        QVERIFY(zip.ok());
        QVERIFY(zip->read(QStringLiteral("xl/media/big.bin"), 4 * 1024 * 1024).ok());
        Result<QByteArray> capped = zip->read(QStringLiteral("xl/media/big.bin"), 1024 * 1024);
        QVERIFY(!capped.ok());
        QVERIFY2(capped.error().contains(QStringLiteral("larger than 1 MiB")), qPrintable(capped.error()));
    }

    void tooManyEntriesAreRefused()
    {
        QTemporaryDir dir;
        XlsxWriter writer;
        writer.addSheet(QStringLiteral("Workers"), kHeader);
        for (int i = 0; i < ZipArchive::kMaxEntries; ++i) {
            writer.setPart(QStringLiteral("xl/media/x%1").arg(i), {});
        }
        const QString path = dir.filePath(QStringLiteral("many.xlsx"));
        QVERIFY(writer.write(path));
        QVERIFY2(openError(path).contains(QStringLiteral("more than the 10000")), qPrintable(openError(path)));
    }

    void millionEmptyRowsAreQuickAndCostNothing()
    {
        QTemporaryDir dir;
        XlsxWriter writer;
        QByteArray rows = kHeader;
        for (int r = 2; r < 1000000; ++r) {
            rows += "<row r=\"" + QByteArray::number(r) + "\"/>";
        }
        QByteArray trailing = rows; // the same empty rows, after the last value
        rows += "<row r=\"1000000\"><c r=\"A1000000\"><v>7</v></c></row>";
        const QByteArray head = "<?xml version=\"1.0\"?><worksheet "
                                "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                                "<dimension ref=\"A1:XFD1048576\"/><sheetData>";
        writer.addRawSheet(QStringLiteral("Valued"), head + rows + "</sheetData></worksheet>");
        writer.addRawSheet(QStringLiteral("Trailing"), head + trailing + "</sheetData></worksheet>");
        const QString path = dir.filePath(QStringLiteral("rows.xlsx"));
        QVERIFY(writer.write(path));
        // CPU time, not wall time: the machine may be busy with other builds and tests.
        const std::clock_t cpuStart = std::clock();
        QElapsedTimer timer;
        timer.start();
        Result<Workbook> book = Workbook::open(path);
        QVERIFY(book.ok());
        Result<SheetCsv> valued = book->readSheet(0);
        QVERIFY2(valued.ok(), qPrintable(valued.error()));
        QCOMPARE(valued->rows, 1000000);
        QCOMPARE(valued->csv.size(), qsizetype(31 + 999998 + 2)); // header line, empty lines, "7\n"
        Result<SheetCsv> trailingSheet = book->readSheet(1);
        QVERIFY(trailingSheet.ok());
        QCOMPARE(trailingSheet->csv, QByteArray("worker_id,birth_date,hire_date\n")); // never emitted
        const qint64 cpuMs = qint64(std::clock() - cpuStart) * 1000 / CLOCKS_PER_SEC;
        qInfo("two sheets of a million rows read in %lld ms of CPU (%lld ms wall)", cpuMs, qint64(timer.elapsed()));
        QVERIFY(cpuMs < 3000);
    }

    void cellsAtTheLastColumn()
    {
        QTemporaryDir dir;
        XlsxWriter writer;
        // A formatted but empty cell at XFD is trimmed; a value there is refused with its place.
        writer.addSheet(QStringLiteral("Styled"), kHeader + "<row r=\"2\"><c r=\"XFD2\" s=\"1\"/></row>");
        writer.addSheet(QStringLiteral("Valued"), kHeader + "<row r=\"2\"><c r=\"XFD2\"><v>1</v></c></row>");
        writer.addSheet(QStringLiteral("Beyond"), kHeader + "<row r=\"2\"><c r=\"XFE2\"><v>1</v></c></row>");
        writer.addSheet(QStringLiteral("Row"), "<row r=\"1048577\"><c><v>1</v></c></row>");
        const QString path = dir.filePath(QStringLiteral("wide.xlsx"));
        QVERIFY(writer.write(path));
        Result<Workbook> book = Workbook::open(path);
        QVERIFY(book.ok());
        QCOMPARE(book->readSheet(0)->csv, QByteArray("worker_id,birth_date,hire_date\n"));
        QVERIFY(book->readSheet(1).error().contains(QStringLiteral("cell XFD2 holds a value beyond column")));
        QVERIFY(book->readSheet(2).error().contains(QStringLiteral("'XFE2' is not a cell reference")));
        QVERIFY(book->readSheet(3).error().contains(QStringLiteral("'1048577' is not one a sheet can have")));
    }

    void entityExpansionIsRefused()
    {
        QTemporaryDir dir;
        XlsxWriter writer;
        writer.addSheet(QStringLiteral("Workers"), kHeader);
        writer.setPart(QStringLiteral("xl/sharedStrings.xml"),
                       "<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY a \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\">"
                       "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
                       "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">]>"
                       "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>&e;&e;&e;</t>"
                       "</si></sst>");
        const QString path = dir.filePath(QStringLiteral("entities.xlsx"));
        QVERIFY(writer.write(path));
        QVERIFY2(openError(path).contains(QStringLiteral("document type declaration")), qPrintable(openError(path)));
    }

    void sheetOutsideTheArchiveIsRefused()
    {
        QTemporaryDir dir;
        XlsxWriter writer;
        writer.addSheet(QStringLiteral("Workers"), kHeader);
        writer.setPart(QStringLiteral("xl/_rels/workbook.xml.rels"),
                       "<?xml version=\"1.0\"?><Relationships "
                       "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship "
                       "Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                       "worksheet\" Target=\"../../etc/passwd\"/></Relationships>");
        const QString path = dir.filePath(QStringLiteral("escape.xlsx"));
        QVERIFY(writer.write(path));
        QVERIFY2(openError(path).contains(QStringLiteral("the sheet \"Workers\" points outside the workbook")),
                 qPrintable(openError(path)));
    }

    void otherFormatsSayWhatToDo()
    {
        QTemporaryDir dir;
        // A legacy .xls and an encrypted .xlsx are both OLE compound files.
        QByteArray ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
        ole += QByteArray(504, '\0') + QByteArray("W\0o\0r\0k\0b\0o\0o\0k\0", 16);
        writeAll(dir.filePath(QStringLiteral("old.xls")), ole);
        QVERIFY(
            openError(dir.filePath(QStringLiteral("old.xls")))
                .contains(QStringLiteral("save it as .xlsx (File ▸ Save As ▸ Excel Workbook) and choose it again")));
        ole += QByteArray("E\0n\0c\0r\0y\0p\0t\0i\0o\0n\0I\0n\0f\0o\0", 28);
        writeAll(dir.filePath(QStringLiteral("locked.xlsx")), ole);
        QVERIFY(openError(dir.filePath(QStringLiteral("locked.xlsx")))
                    .contains(QStringLiteral("the workbook is protected by a password")));

        XlsxWriter strict;
        strict.addSheet(QStringLiteral("Workers"), kHeader);
        strict.setPart(QStringLiteral("xl/workbook.xml"),
                       "<?xml version=\"1.0\"?><workbook xmlns=\"http://purl.oclc.org/ooxml/spreadsheetml/main\">"
                       "<sheets/></workbook>");
        QVERIFY(strict.write(dir.filePath(QStringLiteral("strict.xlsx"))));
        QVERIFY(openError(dir.filePath(QStringLiteral("strict.xlsx"))).contains(QStringLiteral("Strict Open XML")));

        XlsxWriter binary;
        binary.setPart(QStringLiteral("_rels/.rels"),
                       "<?xml version=\"1.0\"?><Relationships "
                       "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship "
                       "Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                       "officeDocument\" Target=\"xl/workbook.bin\"/></Relationships>");
        QVERIFY(binary.write(dir.filePath(QStringLiteral("book.xlsb"))));
        QVERIFY(openError(dir.filePath(QStringLiteral("book.xlsb"))).contains(QStringLiteral("(.xlsb)")));

        XlsxWriter ods;
        for (const QString& part : ods.parts().keys()) {
            ods.removePart(part);
        }
        ods.setPart(QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.spreadsheet");
        ods.setPart(QStringLiteral("content.xml"), "<office:document-content/>");
        QVERIFY(ods.write(dir.filePath(QStringLiteral("book.ods"))));
        QVERIFY(openError(dir.filePath(QStringLiteral("book.ods"))).contains(QStringLiteral("(.ods)")));

        writeAll(dir.filePath(QStringLiteral("text.xlsx")), "worker_id,birth_date\n");
        QVERIFY(openError(dir.filePath(QStringLiteral("text.xlsx"))).contains(QStringLiteral("not an Excel workbook")));
    }
};

FIELDBOOK_TEST_GUILESS_MAIN(TestXlsxHostileFiles)
#include "TestXlsxHostileFiles.moc"
