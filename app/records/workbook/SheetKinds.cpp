#include "app/records/workbook/SheetKinds.h"
#include "app/records/RecordKinds.h"

#include <QStringList>
#include <array>

namespace fieldbook::sheetkinds {

namespace {

struct KindWords
{
    QLatin1String kind;
    QStringList words; // lower case; a sheet name holding one of them is of the kind
};

// Order matters: "Employee attendance" is attendance, so the register's generic words come last.
// Local-language header synonyms are another table (resources/records); these are tab names only.
const std::array<KindWords, 5>& table()
{
    static const std::array<KindWords, 5> kinds{{
        {RecordKinds::GateLog, {QStringLiteral("gate"), QStringLiteral("门禁"), QStringLiteral("出入")}},
        {RecordKinds::TimeRecords,
         {QStringLiteral("time_record"), QStringLiteral("time record"), QStringLiteral("attendance"),
          QStringLiteral("timesheet"), QStringLiteral("time sheet"), QStringLiteral("time card"),
          QStringLiteral("timecard"), QStringLiteral("clock"), QStringLiteral("考勤"), QStringLiteral("打卡"),
          QStringLiteral("chấm công"), QStringLiteral("kehadiran"), QStringLiteral("absensi"),
          QStringLiteral("asistencia")}},
        {RecordKinds::Payroll,
         {QStringLiteral("payroll"), QStringLiteral("wage"), QStringLiteral("salary"), QStringLiteral("salaries"),
          QStringLiteral("pay slip"), QStringLiteral("payslip"), QStringLiteral("工资"), QStringLiteral("薪资"),
          QStringLiteral("薪酬"), QStringLiteral("lương"), QStringLiteral("gaji"), QStringLiteral("nómina"),
          QStringLiteral("nomina"), QStringLiteral("planilla")}},
        {RecordKinds::Production,
         {QStringLiteral("production"), QStringLiteral("output"), QStringLiteral("产量"), QStringLiteral("生产"),
          QStringLiteral("sản lượng"), QStringLiteral("produksi"), QStringLiteral("producción")}},
        {RecordKinds::Workers,
         {QStringLiteral("worker"), QStringLiteral("register"), QStringLiteral("employee"), QStringLiteral("staff"),
          QStringLiteral("personnel"), QStringLiteral("roster"), QStringLiteral("花名册"), QStringLiteral("员工"),
          QStringLiteral("人员"), QStringLiteral("nhân viên"), QStringLiteral("karyawan"), QStringLiteral("pegawai"),
          QStringLiteral("empleados")}},
    }};
    return kinds;
}

} // namespace

QString kindOfSheetName(const QString& sheetName)
{
    const QString name = sheetName.trimmed();
    const QString byFileName = RecordKinds::kindSuggestedByFileName(name + QStringLiteral(".csv"));
    if (!byFileName.isEmpty()) {
        return byFileName;
    }
    const QString lower = name.toLower();
    for (const KindWords& entry : table()) {
        for (const QString& word : entry.words) {
            if (lower.contains(word)) {
                return QString(entry.kind);
            }
        }
    }
    return {};
}

} // namespace fieldbook::sheetkinds
