#pragma once

#include <QString>

class QLabel;
class QTableWidget;
class QWidget;

namespace fieldbook {

// Names for screen readers where Qt finds none by itself. Qt names a button after its text and a
// field after the label whose buddy it is, but only when label and field have the same parent; a
// table or tree it names after nothing but its accessible name. These take the name from a text
// already on the screen, so what is heard is what is seen (TestFirstSight checks every window).

// A label's or a tab's text as it is read out: the mnemonic "&" dropped, "&&" read as "&".
QString withoutMnemonic(const QString& text);

// Makes `label` the label of `field` (its buddy) and names `field` after it: for a field inside a
// composite widget (FileField's line edit), where Qt's own lookup does not find the label.
void nameAfterLabel(QWidget* field, QLabel* label);

// QTableWidget::setCellWidget, the widget named after its column's header ("Role", "Due").
void setNamedCellWidget(QTableWidget* table, int row, int column, QWidget* cell);

} // namespace fieldbook
