#pragma once

#include <QString>
#include <QStringView>

namespace fieldbook::cellreference {

constexpr int kMaxRows = 1048576;  // Excel's last row
constexpr int kMaxColumns = 16384; // Excel's last column, XFD

// The 0-based column of a reference like "AB12" (27), or -1 when it is not one Excel can hold.
int column(QStringView reference);
// "AB" for 27: how people see a column.
QString columnName(int column);

} // namespace fieldbook::cellreference
