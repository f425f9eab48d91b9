#include "ui/widgets/AccessibleNames.h"

#include <QLabel>
#include <QTableWidget>

namespace fieldbook {

QString withoutMnemonic(const QString& text)
{
    QString plain;
    plain.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&')) {
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('&')) {
                plain += QLatin1Char('&');
                ++i;
            }
            continue;
        }
        plain += text.at(i);
    }
    return plain;
}

void nameAfterLabel(QWidget* field, QLabel* label)
{
    label->setBuddy(field);
    field->setAccessibleName(withoutMnemonic(label->text()));
}

void setNamedCellWidget(QTableWidget* table, int row, int column, QWidget* cell)
{
    if (const QTableWidgetItem* header = table->horizontalHeaderItem(column)) {
        cell->setAccessibleName(withoutMnemonic(header->text()));
    }
    table->setCellWidget(row, column, cell);
}

} // namespace fieldbook
