// Issue 16, item 5, the way a Dongguan HR office hands its files over: one synthetic factory written
// twice — once as the canonical CSVs of formats.md, once as one Chinese workbook (sheets 花名册, 工资,
// 产量, 门禁 with a company title and a blank row above Chinese headers; dates and times typed as Excel
// serial numbers) beside the time clock's log with runs of spaces between its fields instead of the
// time records. Read as `analyze --records DIR` reads a folder (RecordDirectoryReader::read, no
// wizard, no mapping given), both give the same records and the same flags.
#include "app/analysis/Analyzer.h"
#include "app/demo/DemoParams.h"
#include "app/demo/FactoryGenerator.h"
#include "app/demo/PatternPlanter.h"
#include "app/demo/RecordWriter.h"
#include "app/records/CsvReader.h"
#include "app/records/RecordDirectoryReader.h"
#include "support/TestRegistry.h"
#include "support/TestSupport.h"
#include "support/XlsxWriter.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace fieldbook;

namespace {

const QHash<QString, QString>& chineseHeaders()
{
    static const QHash<QString, QString> headers{{"worker_id", "工号"},
                                                 {"name", "姓名"},
                                                 {"birth_date", "出生日期"},
                                                 {"hire_date", "入职日期"},
                                                 {"id_number", "身份证号码"},
                                                 {"gender", "性别"},
                                                 {"department", "部门"},
                                                 {"position", "岗位"},
                                                 {"termination_date", "离职日期"},
                                                 {"date", "日期"},
                                                 {"period_start", "开始日期"},
                                                 {"period_end", "结束日期"},
                                                 {"regular_hours", "正常工时"},
                                                 {"overtime_hours", "加班工时"},
                                                 {"regular_pay", "基本工资"},
                                                 {"overtime_pay", "加班费"},
                                                 {"bonus", "奖金"},
                                                 {"deductions", "扣款"},
                                                 {"net_pay", "实发工资"},
                                                 {"units", "产量"},
                                                 {"timestamp", "刷卡时间"},
                                                 {"direction", "进出"}};
    return headers;
}

// A canonical CSV as the office's sheet holds it: a title, a blank row, the Chinese header, the rows.
QByteArray officeSheetCsv(const QByteArray& canonical)
{
    CsvReader reader(canonical);
    QByteArray out = "东莞ABC制衣有限公司 2026年5月\n\n";
    if (reader.readRecord()) {
        QStringList header;
        for (const QByteArrayView field : reader.fields()) {
            const QString column = QString::fromUtf8(field);
            header.append(chineseHeaders().value(column, column));
        }
        out += header.join(QLatin1Char(',')).toUtf8() + '\n';
    }
    const qsizetype headerEnd = canonical.indexOf('\n');
    out += canonical.mid(headerEnd + 1);
    return out;
}

// The clock's log as several devices write it: runs of spaces between the fields, CRLF.
QByteArray spacedAttLog(const QByteArray& tabbed)
{
    QByteArray out;
    for (const QByteArray& line : tabbed.split('\n')) {
        if (line.trimmed().isEmpty()) {
            continue;
        }
        const QList<QByteArray> fields = line.trimmed().split('\t');
        QByteArray spaced;
        for (const QByteArray& field : fields) {
            spaced += (spaced.isEmpty() ? QByteArray() : QByteArray("   ")) + field.trimmed();
        }
        out += spaced + "\r\n";
    }
    return out;
}

// Flags as JSON without the lines they name: the log's lines are not the CSV's.
QStringList flagsWithoutLines(const AuditParams& params, const RecordSet& records)
{
    static const QRegularExpression lines(QStringLiteral("\"(line|lines|register_line)\":(\\[[^\\]]*\\]|[0-9]+),?"));
    QStringList flags;
    for (const Flag& flag : Analyzer(params).run(records).flags) {
        QString json = QString::fromUtf8(QJsonDocument(flag.toJson()).toJson(QJsonDocument::Compact));
        flags.append(json.remove(lines));
    }
    flags.sort();
    return flags;
}

QStringList sortedLines(const QByteArray& csv)
{
    QStringList lines = QString::fromUtf8(csv).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    lines.sort();
    return lines;
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestFactoryWorkbookImport : public QObject
{
    Q_OBJECT

private slots:
    void workbookAndSpacedLogGiveTheSameRecordsAndFlags();
};

void TestFactoryWorkbookImport::workbookAndSpacedLogGiveTheSameRecordsAndFlags()
{
    FactoryProfile profile;
    profile.workers = 60;
    profile.days = 35;
    profile.seed = 1616;
    GeneratedFactory factory = FactoryGenerator::generate(profile, demoParams());
    PatternPlanter planter(factory.params, 1616);
    for (const char* check : {"underage_worker", "net_pay_inconsistent", "excessive_hours", "gate_time_mismatch"}) {
        planter.plant(QString::fromLatin1(check), factory.records);
    }
    // A clock's log holds punches, not breaks: the factory's cards carry none, so both sides agree.
    for (TimeRecord& r : factory.records.timeRecords) {
        r.breakMinutes = 0;
    }

    QTemporaryDir canonicalDir;
    QTemporaryDir officeDir;
    QVERIFY(RecordWriter::write(factory.records, canonicalDir.path()).ok());

    test::XlsxWriter book;
    book.addSheet(QStringLiteral("花名册"),
                  book.rowsFromCsv(officeSheetCsv(RecordWriter::workersCsv(factory.records))));
    book.addSheet(QStringLiteral("工资"), book.rowsFromCsv(officeSheetCsv(RecordWriter::payrollCsv(factory.records))));
    book.addSheet(QStringLiteral("产量"),
                  book.rowsFromCsv(officeSheetCsv(RecordWriter::productionCsv(factory.records))));
    book.addSheet(QStringLiteral("门禁"), book.rowsFromCsv(officeSheetCsv(RecordWriter::gateLogCsv(factory.records))));
    QVERIFY(book.write(QDir(officeDir.path()).filePath(QStringLiteral("人事资料2026年5月.xlsx"))));
    const std::vector<bool> everyone(factory.records.workerIds.size(), true);
    QVERIFY(writeFile(QDir(officeDir.path()).filePath(QStringLiteral("1_attlog.dat")),
                      spacedAttLog(RecordWriter::attLog(factory.records, everyone))));

    Result<RecordReadOutcome> canonical = RecordDirectoryReader::read(canonicalDir.path());
    QVERIFY2(canonical.ok(), qPrintable(canonical.error()));
    Result<RecordReadOutcome> office = RecordDirectoryReader::read(officeDir.path());
    QVERIFY2(office.ok(), qPrintable(office.error()));
    QVERIFY2(office->acceptable(), qPrintable(office->issueReport()));
    QCOMPARE(office->files.size(), size_t(5)); // four sheets and the log
    QStringList names;
    for (const RecordFileSummary& f : office->files) {
        names << f.fileName + QLatin1Char('=') + f.kind;
    }
    names.sort();
    QCOMPARE(names, QStringList({QStringLiteral("1_attlog.dat=attlog"),
                                 QStringLiteral("人事资料2026年5月.xlsx [产量]=production"),
                                 QStringLiteral("人事资料2026年5月.xlsx [工资]=payroll"),
                                 QStringLiteral("人事资料2026年5月.xlsx [花名册]=workers"),
                                 QStringLiteral("人事资料2026年5月.xlsx [门禁]=gate_log")}));

    const RecordSet& a = canonical->records;
    const RecordSet& b = office->records;
    QVERIFY(a.timeRecords.size() > 1000 && !a.payroll.empty() && !a.gateEvents.empty() && !a.production.empty());
    QCOMPARE(RecordWriter::workersCsv(b), RecordWriter::workersCsv(a));
    QCOMPARE(sortedLines(RecordWriter::timeRecordsCsv(b)), sortedLines(RecordWriter::timeRecordsCsv(a)));
    QCOMPARE(RecordWriter::payrollCsv(b), RecordWriter::payrollCsv(a));
    QCOMPARE(RecordWriter::productionCsv(b), RecordWriter::productionCsv(a));
    QCOMPARE(RecordWriter::gateLogCsv(b), RecordWriter::gateLogCsv(a));
    // The rows' lines are the sheet's own rows: a title and a blank row above the header.
    QCOMPARE(b.workers.front().line, a.workers.front().line + 2);

    const QStringList flagsA = flagsWithoutLines(factory.params, a);
    QVERIFY(flagsA.size() >= 4);
    QCOMPARE(flagsWithoutLines(factory.params, b), flagsA);
}

FIELDBOOK_TEST_GUILESS_MAIN(TestFactoryWorkbookImport)
#include "TestFactoryWorkbookImport.moc"
