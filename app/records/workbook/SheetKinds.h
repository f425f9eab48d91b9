#pragma once

#include <QString>

namespace fieldbook::sheetkinds {

// The kind of records a sheet's name announces ("Payroll", "Attendance Jan", "Register", "工资表",
// "考勤"), or empty. Names the record-file contract gives files ("time_records") count too.
QString kindOfSheetName(const QString& sheetName);

} // namespace fieldbook::sheetkinds
