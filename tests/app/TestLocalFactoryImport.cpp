// The same factory twice (issue 16, item 5): once as the canonical CSVs of formats.md, once as a
// Chinese or Vietnamese HR office exports it (local headers under a title, day-first dates,
// 12-hour times with 上午/下午 or SA/CH, decimal commas with currency symbols, GB18030 bytes).
// Imported as the wizard imports them, both give the same records and the same flags.
#include "app/analysis/Analyzer.h"
#include "app/demo/DemoParams.h"
#include "app/demo/FactoryGenerator.h"
#include "app/demo/PatternPlanter.h"
#include "app/demo/RecordWriter.h"
#include "app/records/CsvReader.h"
#include "app/records/RecordDirectoryReader.h"
#include "app/records/RecordImportSession.h"
#include "app/records/ValueForms.h"
#include "support/TestRegistry.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <functional>

using namespace fieldbook;

namespace {

// How one HR office writes its exports.
struct LocalStyle
{
    QHash<QString, QString> fileNames;                // kind -> file name
    QHash<QString, QString> headers;                  // canonical column -> header (others keep their name)
    QString title;                                    // the line above the header
    std::function<QString(const QDate&)> date;        // a date
    std::function<QString(int h, int m, int s)> time; // a time of day
    QString currency;                                 // before (ending in a space or not) or after the amount
    bool currencyAfter = false;
    const char* encoding = "UTF-8";
};

QString twelveHourChinese(int h, int m, int s)
{
    const int h12 = h % 12 == 0 ? 12 : h % 12;
    QString text = (h < 12 ? QStringLiteral("上午") : QStringLiteral("下午")) + QString::number(h12) +
                   QStringLiteral(":%1").arg(m, 2, 10, QLatin1Char('0'));
    return s ? text + QStringLiteral(":%1").arg(s, 2, 10, QLatin1Char('0')) : text;
}

QString twelveHourVietnamese(int h, int m, int s)
{
    const int h12 = h % 12 == 0 ? 12 : h % 12;
    QString text = QString::number(h12) + QStringLiteral(":%1").arg(m, 2, 10, QLatin1Char('0'));
    if (s) {
        text += QStringLiteral(":%1").arg(s, 2, 10, QLatin1Char('0'));
    }
    return text + (h < 12 ? QStringLiteral(" SA") : QStringLiteral(" CH"));
}

LocalStyle chineseStyle()
{
    LocalStyle style;
    style.fileNames = {{"workers", "员工花名册.csv"},
                       {"time_records", "考勤记录.csv"},
                       {"payroll", "工资表.csv"},
                       {"production", "产量日报.csv"},
                       {"gate_log", "门禁记录.csv"}};
    style.headers = {{"worker_id", "工号"},
                     {"birth_date", "出生日期"},
                     {"hire_date", "入职日期"},
                     {"id_number", "身份证号码"},
                     {"gender", "性别"},
                     {"department", "部门"},
                     {"position", "岗位"},
                     {"termination_date", "离职日期"},
                     {"name", "姓名"},
                     {"date", "日期"},
                     {"time_in", "上班时间"},
                     {"time_out", "下班时间"},
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
                     {"standard_minutes", "SAM"},
                     {"timestamp", "刷卡时间"},
                     {"direction", "进出"}};
    style.title = QStringLiteral("东莞ABC制衣有限公司 — 2026年报表");
    style.date = [](const QDate& d) {
        return d.toString(QStringLiteral("dd/MM/yyyy"));
    };
    style.time = twelveHourChinese;
    style.currency = QStringLiteral("¥");
    style.encoding = "GB18030";
    return style;
}

LocalStyle vietnameseStyle()
{
    LocalStyle style;
    style.fileNames = {{"workers", "Danh sách nhân viên.csv"},
                       {"time_records", "Chấm công.csv"},
                       {"payroll", "Bảng lương.csv"},
                       {"production", "Sản lượng.csv"},
                       {"gate_log", "Cổng bảo vệ.csv"}};
    style.headers = {{"worker_id", "Mã NV"},
                     {"birth_date", "Ngày sinh"},
                     {"hire_date", "Ngày vào làm"},
                     {"id_number", "Số CCCD"},
                     {"gender", "Giới tính"},
                     {"department", "Bộ phận"},
                     {"position", "Chức vụ"},
                     {"termination_date", "Ngày nghỉ việc"},
                     {"name", "Họ và tên"},
                     {"date", "Ngày"},
                     {"time_in", "Giờ vào"},
                     {"time_out", "Giờ ra"},
                     {"period_start", "Từ ngày"},
                     {"period_end", "Đến ngày"},
                     {"regular_hours", "Giờ công"},
                     {"overtime_hours", "Giờ tăng ca"},
                     {"regular_pay", "Lương cơ bản"},
                     {"overtime_pay", "Tiền tăng ca"},
                     {"bonus", "Phụ cấp"},
                     {"deductions", "Khấu trừ"},
                     {"net_pay", "Thực lĩnh"},
                     {"units", "Sản lượng"},
                     {"standard_minutes", "SAM"},
                     {"timestamp", "Thời gian"},
                     {"direction", "Vào/Ra"}};
    style.title = QStringLiteral("CÔNG TY TNHH MAY MẶC ABC — Báo cáo tháng");
    style.date = [](const QDate& d) {
        return d.toString(QStringLiteral("dd-MM-yyyy"));
    };
    style.time = twelveHourVietnamese;
    style.currency = QStringLiteral(" ₫");
    style.currencyAfter = true;
    return style;
}

QString quotedCsv(const QString& cell)
{
    if (!cell.contains(QLatin1Char(',')) && !cell.contains(QLatin1Char('"'))) {
        return cell;
    }
    return QLatin1Char('"') + QString(cell).replace(QLatin1String("\""), QLatin1String("\"\"")) + QLatin1Char('"');
}

// "1234.5" -> "1.234,5": decimal comma, points between thousands.
QString decimalComma(const QString& number, bool groupThousands)
{
    QString sign;
    QString digits = number;
    if (digits.startsWith(QLatin1Char('-'))) {
        sign = QStringLiteral("-");
        digits.remove(0, 1);
    }
    const qsizetype dot = digits.indexOf(QLatin1Char('.'));
    QString integer = dot < 0 ? digits : digits.left(dot);
    const QString decimals = dot < 0 ? QString() : digits.mid(dot + 1);
    if (groupThousands) {
        for (qsizetype at = integer.size() - 3; at > 0; at -= 3) {
            integer.insert(at, QLatin1Char('.'));
        }
    }
    return sign + integer + (decimals.isEmpty() ? QString() : QLatin1Char(',') + decimals);
}

QString localValue(const LocalStyle& style, const QString& column, const QString& value)
{
    if (value.isEmpty()) {
        return value;
    }
    const auto time = [&](const QString& hhmm) {
        const QStringList parts = hhmm.split(QLatin1Char(':'));
        return style.time(parts.value(0).toInt(), parts.value(1).toInt(), parts.value(2).toInt());
    };
    switch (valueTypeOfColumn(column)) {
    case ValueType::Date:
        return style.date(QDate::fromString(value, Qt::ISODate));
    case ValueType::Time:
        return time(value);
    case ValueType::Timestamp:
        return style.date(QDate::fromString(value.left(10), Qt::ISODate)) + QLatin1Char(' ') + time(value.mid(11));
    case ValueType::Number:
        return decimalComma(value, false);
    case ValueType::Money:
        return style.currencyAfter ? decimalComma(value, true) + style.currency
                                   : style.currency + decimalComma(value, true);
    case ValueType::Text:
        break;
    }
    return value;
}

// One canonical CSV as the office writes it: a title, a blank line, the local header, local values.
QByteArray localFile(const LocalStyle& style, const QByteArray& canonical)
{
    CsvReader reader(canonical);
    QString text = style.title + QStringLiteral("\n\n");
    QStringList columns;
    if (reader.readRecord()) {
        QStringList header;
        for (const QByteArrayView field : reader.fields()) {
            columns.append(QString::fromUtf8(field));
            header.append(style.headers.value(columns.back(), columns.back()));
        }
        text += header.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    while (reader.readRecord()) {
        QStringList cells;
        for (int i = 0; i < reader.fieldCount(); ++i) {
            cells.append(quotedCsv(localValue(style, columns.value(i), QString::fromUtf8(reader.field(i)))));
        }
        text += cells.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    QStringEncoder encoder(style.encoding);
    return encoder.encode(text);
}

GeneratedFactory smallFactory()
{
    FactoryProfile profile;
    profile.workers = 40;
    profile.days = 28;
    profile.seed = 16;
    GeneratedFactory factory = FactoryGenerator::generate(profile, demoParams());
    PatternPlanter planter(factory.params, 16);
    for (const char* check : {"underage_worker", "net_pay_inconsistent", "excessive_hours"}) {
        planter.plant(QString::fromLatin1(check), factory.records);
    }
    return factory;
}

struct Imported
{
    RecordReadOutcome outcome;
    QString error;
};

Imported importLocal(const QString& dir, const char* encoding)
{
    RecordImportSession session;
    session.addFolder(dir);
    if (QByteArray(encoding) != "UTF-8") {
        for (int i = 0; i < session.fileCount(); ++i) {
            session.setEncoding(i, QString::fromLatin1(encoding));
        }
    }
    Imported imported;
    const QStringList problems = session.fileProblems() + session.mappingProblems();
    if (!problems.isEmpty()) {
        imported.error = problems.join(QLatin1Char('\n'));
        return imported;
    }
    Result<RecordReadOutcome> read = RecordDirectoryReader::readFiles(session.sources());
    if (!read) {
        imported.error = read.error();
        return imported;
    }
    imported.outcome = read.take();
    return imported;
}

// A flag's evidence names the records' lines in their files ("register_line", "line", "lines"):
// the local files have two more lines above their rows (the title and a blank line).
QJsonValue linesMoved(const QJsonValue& value, const QString& key, int shift)
{
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            it.value() = linesMoved(it.value(), it.key(), shift);
        }
        return object;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            array[i] = linesMoved(array.at(i), key, shift);
        }
        return array;
    }
    if (value.isDouble() &&
        (key == QLatin1String("line") || key == QLatin1String("lines") || key == QLatin1String("register_line"))) {
        return value.toInt() - shift;
    }
    return value;
}

QStringList flagsOf(const AuditParams& params, const RecordSet& records, int linesAbove = 0)
{
    QStringList flags;
    for (const Flag& flag : Analyzer(params).run(records).flags) {
        const QJsonObject json = linesMoved(flag.toJson(), QString(), linesAbove).toObject();
        flags.append(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
    }
    return flags;
}

void compareWithCanonical(const LocalStyle& style)
{
    const GeneratedFactory factory = smallFactory();
    QTemporaryDir canonicalDir;
    QTemporaryDir localDir;
    QVERIFY(RecordWriter::write(factory.records, canonicalDir.path()).ok());
    for (auto it = style.fileNames.constBegin(); it != style.fileNames.constEnd(); ++it) {
        QFile in(QDir(canonicalDir.path()).filePath(it.key() + QStringLiteral(".csv")));
        QVERIFY2(in.open(QIODevice::ReadOnly), qPrintable(in.fileName()));
        QFile out(QDir(localDir.path()).filePath(it.value()));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(localFile(style, in.readAll()));
    }
    Result<RecordReadOutcome> canonical = RecordDirectoryReader::read(canonicalDir.path());
    QVERIFY2(canonical.ok(), qPrintable(canonical.error()));
    const Imported local = importLocal(localDir.path(), style.encoding);
    QVERIFY2(local.error.isEmpty(), qPrintable(local.error));
    QVERIFY2(local.outcome.acceptable(), qPrintable(local.outcome.issueReport()));
    const RecordSet& a = canonical->records;
    const RecordSet& b = local.outcome.records;
    QVERIFY(!a.timeRecords.empty() && !a.payroll.empty() && !a.gateEvents.empty() && !a.production.empty());
    QCOMPARE(b.workerIds, a.workerIds);
    QCOMPARE(RecordWriter::workersCsv(b), RecordWriter::workersCsv(a));
    QCOMPARE(RecordWriter::timeRecordsCsv(b), RecordWriter::timeRecordsCsv(a));
    QCOMPARE(RecordWriter::payrollCsv(b), RecordWriter::payrollCsv(a));
    QCOMPARE(RecordWriter::productionCsv(b), RecordWriter::productionCsv(a));
    QCOMPARE(RecordWriter::gateLogCsv(b), RecordWriter::gateLogCsv(a));
    // Lines are the files' own: three lines (title, blank, header) before the first row.
    QCOMPARE(b.timeRecords.front().line, a.timeRecords.front().line + 2);
    const QStringList flagsA = flagsOf(factory.params, a);
    QVERIFY(!flagsA.isEmpty());
    // The same flags, the lines they name being the local files' own.
    QCOMPARE(flagsOf(factory.params, b, 2), flagsA);
    if (QByteArray(style.encoding) == "UTF-8") {
        // `analyze --records DIR`: the folder read as it is, kinds and headers found without a wizard.
        Result<RecordReadOutcome> folder = RecordDirectoryReader::read(localDir.path());
        QVERIFY2(folder.ok(), qPrintable(folder.error()));
        QVERIFY2(folder->acceptable(), qPrintable(folder->issueReport()));
        QCOMPARE(RecordWriter::workersCsv(folder->records), RecordWriter::workersCsv(a));
        QCOMPARE(RecordWriter::timeRecordsCsv(folder->records), RecordWriter::timeRecordsCsv(a));
        QCOMPARE(RecordWriter::payrollCsv(folder->records), RecordWriter::payrollCsv(a));
        QCOMPARE(RecordWriter::gateLogCsv(folder->records), RecordWriter::gateLogCsv(a));
        QCOMPARE(flagsOf(factory.params, folder->records, 2), flagsA);
    }
}

} // namespace

class TestLocalFactoryImport : public QObject
{
    Q_OBJECT

private slots:
    void chineseExportGivesTheSameRecordsAndFlags()
    {
        if (!QStringEncoder("GB18030").isValid()) {
            QSKIP("this system's Qt has no GB18030 encoder");
        }
        compareWithCanonical(chineseStyle());
    }

    void vietnameseExportGivesTheSameRecordsAndFlags()
    {
        compareWithCanonical(vietnameseStyle());
    }
};

FIELDBOOK_TEST_GUILESS_MAIN(TestLocalFactoryImport)
#include "TestLocalFactoryImport.moc"
