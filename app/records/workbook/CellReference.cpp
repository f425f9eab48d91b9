#include "app/records/workbook/CellReference.h"

#include <QString>

namespace fieldbook::cellreference {

int column(QStringView reference)
{
    int value = 0;
    qsizetype letters = 0;
    while (letters < reference.size() && letters < 4) {
        const char16_t c = QChar(reference[letters]).toUpper().unicode();
        if (c < u'A' || c > u'Z') {
            break;
        }
        value = value * 26 + (c - u'A' + 1);
        ++letters;
    }
    if (letters == 0 || value > kMaxColumns) {
        return -1;
    }
    // The row part: digits only (a "$" of an absolute reference never appears in a cell's own r).
    for (qsizetype i = letters; i < reference.size(); ++i) {
        if (!reference[i].isDigit()) {
            return -1;
        }
    }
    return value - 1;
}

QString columnName(int column)
{
    QString name;
    for (int n = column + 1; n > 0; n = (n - 1) / 26) {
        name.prepend(QChar(u'A' + (n - 1) % 26));
    }
    return name;
}

} // namespace fieldbook::cellreference
