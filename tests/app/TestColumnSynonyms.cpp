// Local-language headers (issue 16): the synonym table as data with languages, loose comparison,
// and the wizard's first guess for the headers HR exports really carry.
#include "app/records/ColumnSuggester.h"
#include "app/records/ColumnSynonyms.h"
#include "app/records/RecordKinds.h"
#include "support/TestRegistry.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace fieldbook;

namespace {

QHash<QString, QString> guesses(const QString& kind, const QStringList& headers)
{
    QHash<QString, QString> out;
    for (const ColumnChoice& choice : ColumnSuggester().suggest(kind, headers)) {
        if (choice.isMapped()) {
            out.insert(choice.spec.name, choice.header);
        }
    }
    return out;
}

} // namespace

class TestColumnSynonyms : public QObject
{
    Q_OBJECT

private slots:
    void builtInTableHasTheLanguagesOfTheSixteenCountries()
    {
        const QStringList languages = ColumnSynonyms::builtIn().languages();
        for (const char* tag : {"en", "zh-Hans", "zh-Hant", "vi", "bn", "id", "ms", "km", "tr", "es", "hi", "ur", "th",
                                "my", "tl", "am", "si"}) {
            QVERIFY2(languages.contains(QLatin1String(tag)), tag);
        }
        const ColumnSynonyms& table = ColumnSynonyms::builtIn();
        QCOMPARE(table.languagesOf(QStringLiteral("time_records"), QStringLiteral("worker_id"), QStringLiteral("工号")),
                 QStringList{QStringLiteral("zh-Hans")});
        QCOMPARE(
            table.languagesOf(QStringLiteral("time_records"), QStringLiteral("time_in"), QStringLiteral("Giờ vào")),
            QStringList{QStringLiteral("vi")});
    }

    void versionOneTablesStillLoad()
    {
        Result<ColumnSynonyms> v1 = ColumnSynonyms::fromJson(
            R"({"format_version": 1, "about": "x", "any": {"worker_id": ["Emp No"]}, "time_records": {"time_in": ["Clock In"]}})");
        QVERIFY2(v1.ok(), qPrintable(v1.error()));
        QVERIFY(v1->matches(QStringLiteral("time_records"), QStringLiteral("worker_id"), QStringLiteral("EMP. NO.")));
        QVERIFY(v1->matches(QStringLiteral("time_records"), QStringLiteral("time_in"), QStringLiteral("clock-in")));
        QVERIFY(!v1->matches(QStringLiteral("payroll"), QStringLiteral("time_in"), QStringLiteral("Clock In")));
        QCOMPARE(v1->languages(), QStringList{QStringLiteral("en")});
        QVERIFY(!ColumnSynonyms::fromJson("[1]").ok());
        QVERIFY(!ColumnSynonyms::fromJson(R"({"languages": {"vi": 3}})").ok());
    }

    void comparesLoosely()
    {
        // Full-width forms, case, punctuation and spaces do not count.
        QCOMPARE(ColumnSynonyms::loose(QStringLiteral("ＩＤ　Ｎｏ．")), QStringLiteral("id no"));
        QCOMPARE(ColumnSynonyms::loose(QStringLiteral(" 工号 ")), QStringLiteral("工号"));
        // Thai, Hindi and Khmer vowel signs stay inside their words.
        QCOMPARE(ColumnSynonyms::loose(QStringLiteral("रहस्य कर्मचारी")), QStringLiteral("रहस्य कर्मचारी"));
        QCOMPARE(ColumnSynonyms::loose(QStringLiteral("ชื่อ-นามสกุล")), QStringLiteral("ชื่อ นามสกุล"));
        // Second chance: Vietnamese without its diacritics, a unit in brackets.
        QCOMPARE(ColumnSynonyms::folded(QStringLiteral("Giờ vào")), QStringLiteral("gio vao"));
        QCOMPARE(ColumnSynonyms::folded(QStringLiteral("Mã NV")), QStringLiteral("ma nv"));
        QCOMPARE(ColumnSynonyms::folded(QStringLiteral("Đến ngày")), QStringLiteral("den ngay"));
        QCOMPARE(ColumnSynonyms::folded(QStringLiteral("加班工时（小时）")), QStringLiteral("加班工时"));
        const ColumnSynonyms& table = ColumnSynonyms::builtIn();
        QCOMPARE(table.match(QStringLiteral("time_records"), QStringLiteral("time_in"), QStringLiteral("GIO VAO")),
                 ColumnSynonyms::Match::Folded);
        QCOMPARE(table.match(QStringLiteral("time_records"), QStringLiteral("time_in"), QStringLiteral("giờ vào")),
                 ColumnSynonyms::Match::Loose);
        QCOMPARE(
            table.match(QStringLiteral("payroll"), QStringLiteral("overtime_hours"), QStringLiteral("加班工时(H)")),
            ColumnSynonyms::Match::Folded);
    }

    void firstGuessIsRightForCommonHeaders_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QStringList>("headers");
        QTest::addColumn<QStringList>("columns"); // canonical column for each header, in order ("" none)
        QTest::newRow("Chinese time cards")
            << "time_records" << QStringList{"工号", "姓名", "日期", "上班时间", "下班时间"}
            << QStringList{"worker_id", "", "date", "time_in", "time_out"};
        QTest::newRow("Chinese register")
            << "workers"
            << QStringList{"员工编号", "姓名", "性别", "出生日期", "入职日期", "部门", "岗位", "身份证号码"}
            << QStringList{"worker_id", "name",       "gender",   "birth_date",
                           "hire_date", "department", "position", "id_number"};
        QTest::newRow("Chinese payroll")
            << "payroll" << QStringList{"工号",   "开始日期", "结束日期", "正常工时", "加班工时", "基本工资",
                                        "加班费", "奖金",     "扣款",     "应发工资", "实发工资"}
            << QStringList{"worker_id",   "period_start", "period_end", "regular_hours", "overtime_hours",
                           "regular_pay", "overtime_pay", "bonus",      "deductions",    "",
                           "net_pay"};
        QTest::newRow("Traditional Chinese")
            << "payroll"
            << QStringList{"工號", "開始日期", "結束日期", "正常工時", "加班時數", "底薪", "加班費", "實發金額"}
            << QStringList{"worker_id",      "period_start", "period_end",   "regular_hours",
                           "overtime_hours", "regular_pay",  "overtime_pay", "net_pay"};
        QTest::newRow("Vietnamese time cards")
            << "time_records" << QStringList{"Mã NV", "Họ tên", "Ngày", "Giờ vào", "Giờ ra"}
            << QStringList{"worker_id", "", "date", "time_in", "time_out"};
        QTest::newRow("Vietnamese without diacritics")
            << "time_records" << QStringList{"Ma NV", "Ngay", "Gio vao", "Gio ra"}
            << QStringList{"worker_id", "date", "time_in", "time_out"};
        QTest::newRow("Vietnamese payroll")
            << "payroll" << QStringList{"Mã NV",       "Từ ngày",      "Đến ngày",     "Giờ công",
                                        "Giờ tăng ca", "Lương cơ bản", "Tiền tăng ca", "Thực lĩnh"}
            << QStringList{"worker_id",      "period_start", "period_end",   "regular_hours",
                           "overtime_hours", "regular_pay",  "overtime_pay", "net_pay"};
        QTest::newRow("Indonesian time cards")
            << "time_records" << QStringList{"NIK", "Nama", "Tanggal", "Jam Masuk", "Jam Pulang"}
            << QStringList{"worker_id", "", "date", "time_in", "time_out"};
        QTest::newRow("Indonesian payroll")
            << "payroll" << QStringList{"NIK", "Jam Lembur", "Gaji Pokok", "Upah Lembur", "Potongan", "Gaji Bersih"}
            << QStringList{"worker_id", "overtime_hours", "regular_pay", "overtime_pay", "deductions", "net_pay"};
        QTest::newRow("Turkish register")
            << "workers" << QStringList{"Sicil No", "Adı Soyadı", "Doğum Tarihi", "İşe Giriş Tarihi", "TC Kimlik No"}
            << QStringList{"worker_id", "name", "birth_date", "hire_date", "id_number"};
        QTest::newRow("Spanish time cards")
            << "time_records" << QStringList{"No. Empleado", "Fecha", "Hora de entrada", "Hora de salida"}
            << QStringList{"worker_id", "date", "time_in", "time_out"};
        QTest::newRow("Thai time cards") << "time_records" << QStringList{"รหัสพนักงาน", "วันที่", "เวลาเข้า", "เวลาออก"}
                                         << QStringList{"worker_id", "date", "time_in", "time_out"};
        QTest::newRow("Khmer time cards") << "time_records" << QStringList{"អត្តលេខ", "កាលបរិច្ឆេទ", "ម៉ោងចូល", "ម៉ោងចេញ"}
                                          << QStringList{"worker_id", "date", "time_in", "time_out"};
        QTest::newRow("Bengali register")
            << "workers" << QStringList{"কার্ড নং", "নাম", "জন্ম তারিখ", "যোগদানের তারিখ", "বিভাগ"}
            << QStringList{"worker_id", "name", "birth_date", "hire_date", "department"};
        QTest::newRow("Malay time cards")
            << "time_records" << QStringList{"No. Pekerja", "Tarikh", "Masa Masuk", "Masa Keluar"}
            << QStringList{"worker_id", "date", "time_in", "time_out"};
    }
    void firstGuessIsRightForCommonHeaders()
    {
        QFETCH(QString, kind);
        QFETCH(QStringList, headers);
        QFETCH(QStringList, columns);
        const QHash<QString, QString> got = guesses(kind, headers);
        for (qsizetype i = 0; i < headers.size(); ++i) {
            if (columns.at(i).isEmpty()) {
                QVERIFY2(!got.values().contains(headers.at(i)), qPrintable(headers.at(i)));
            } else {
                QCOMPARE(got.value(columns.at(i)), headers.at(i));
            }
        }
    }

    void aHeaderNamingTwoColumnsIsGuessedForNeither()
    {
        // NIK is an Indonesian employee number and the national ID number: in a register it could be
        // either, so the auditor chooses; in time cards only worker_id is possible.
        const QHash<QString, QString> register_ =
            guesses(QStringLiteral("workers"), {"NIK", "Nama", "Tanggal Lahir", "Tanggal Masuk"});
        QVERIFY(!register_.contains(QStringLiteral("worker_id")));
        QVERIFY(!register_.contains(QStringLiteral("id_number")));
        QCOMPARE(register_.value(QStringLiteral("birth_date")), QStringLiteral("Tanggal Lahir"));
        // Jabatan is the department in Malay and the position in Indonesian.
        const QHash<QString, QString> mixed = guesses(QStringLiteral("workers"), {"Jabatan"});
        QVERIFY(mixed.isEmpty());
        // A header is never taken for two columns.
        const QHash<QString, QString> once =
            guesses(QStringLiteral("time_records"), {"工号", "日期", "上班时间", "下班时间", "上班"});
        QCOMPARE(once.value(QStringLiteral("time_in")), QStringLiteral("上班时间"));
        QCOMPARE(once.values().count(QStringLiteral("上班时间")), 1);
    }

    void noNameIsListedForTwoColumnsOfOneKindByAccident()
    {
        // Deliberate double names (NIK, Jabatan) aside, every name of the table points at one column
        // of each kind it applies to.
        const QSet<QString> deliberate = {QStringLiteral("nik"), QStringLiteral("jabatan")};
        QFile file(QStringLiteral(":/records/column-synonyms.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        QList<QJsonObject> blocks = {root};
        const QJsonObject languages = root.value(QStringLiteral("languages")).toObject();
        for (auto it = languages.constBegin(); it != languages.constEnd(); ++it) {
            blocks.append(it.value().toObject());
        }
        const ColumnSynonyms& table = ColumnSynonyms::builtIn();
        int names = 0;
        for (const QJsonObject& block : blocks) {
            for (auto k = block.constBegin(); k != block.constEnd(); ++k) {
                if (!k.value().isObject() || k.key() == QLatin1String("languages")) {
                    continue;
                }
                const QStringList kinds = k.key() == QLatin1String("any") ? RecordKinds::all() : QStringList{k.key()};
                const QJsonObject columns = k.value().toObject();
                for (auto c = columns.constBegin(); c != columns.constEnd(); ++c) {
                    for (const QJsonValue& name : c.value().toArray()) {
                        ++names;
                        if (deliberate.contains(ColumnSynonyms::loose(name.toString()))) {
                            continue;
                        }
                        for (const QString& kind : kinds) {
                            if (!RecordKinds::isCsv(kind)) {
                                continue;
                            }
                            QStringList matched;
                            for (const ColumnSpec& spec : RecordKinds::columns(kind)) {
                                if (table.match(kind, spec.name, name.toString()) == ColumnSynonyms::Match::Loose) {
                                    matched.append(spec.name);
                                }
                            }
                            QVERIFY2(matched.size() <= 1, qPrintable(kind + QStringLiteral(": ") + name.toString() +
                                                                     QStringLiteral(" -> ") + matched.join(',')));
                        }
                    }
                }
            }
        }
        QVERIFY(names > 400);
    }
};

FIELDBOOK_TEST_GUILESS_MAIN(TestColumnSynonyms)
#include "TestColumnSynonyms.moc"
