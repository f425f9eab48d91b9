#include "ui/records/FlagRecordDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace fieldbook {

FlagRecordDialog::FlagRecordDialog(const FlagRecordTable& table, int row, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("flagRecordDialog"));
    setWindowTitle(tr("Record"));
    const RecordRow& record = table.rows.at(row);
    m_source = record.line > 0 ? tr("%1, line %2").arg(record.file).arg(record.line) : record.file;

    auto* layout = new QVBoxLayout(this);
    auto* source = new QLabel(
        tr("<b>%1</b><br>Find it under this line in the factory's file.").arg(m_source.toHtmlEscaped()), this);
    source->setObjectName(QStringLiteral("recordSource"));
    source->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(source);
    auto* form = new QFormLayout;
    for (int i = 0; i < table.columns.size(); ++i) {
        const RecordColumn& column = table.columns.at(i);
        const QString text = FlagRecordTable::displayText(record.values.value(i), column.type);
        auto* value = new QLabel(text.isEmpty() ? tr("(not recorded)") : text, this);
        value->setObjectName(QStringLiteral("recordField_") + column.key);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(true);
        form->addRow(column.title + QLatin1Char(':'), value);
    }
    layout->addLayout(form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace fieldbook
