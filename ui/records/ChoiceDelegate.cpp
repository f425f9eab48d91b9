#include "ui/records/ChoiceDelegate.h"

#include <QComboBox>
#include <QKeyEvent>

namespace fieldbook {

QWidget* ChoiceDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& /*option*/,
                                      const QModelIndex& index) const
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("choice_%1_%2").arg(index.row()).arg(index.column()));
    const QStringList labels = index.data(ChoicesRole).toStringList();
    const QStringList values = index.data(ChoiceValuesRole).toStringList();
    for (qsizetype i = 0; i < labels.size(); ++i) {
        combo->addItem(labels.at(i), i < values.size() ? values.at(i) : labels.at(i));
    }
    combo->setAccessibleName(index.model()->headerData(index.column(), Qt::Horizontal).toString());
    connect(combo, &QComboBox::activated, this,
            [this, combo] { emit const_cast<ChoiceDelegate*>(this)->commitData(combo); });
    return combo;
}

bool ChoiceDelegate::eventFilter(QObject* object, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        switch (static_cast<QKeyEvent*>(event)->key()) {
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_Escape:
            return false;
        default:
            break;
        }
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

void ChoiceDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* combo = qobject_cast<QComboBox*>(editor);
    if (!combo) {
        return;
    }
    const int at = combo->findData(index.data(Qt::EditRole).toString());
    const QSignalBlocker quiet(combo);
    combo->setCurrentIndex(at < 0 ? 0 : at);
}

void ChoiceDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        model->setData(index, combo->currentData(), Qt::EditRole);
    }
}

} // namespace fieldbook
