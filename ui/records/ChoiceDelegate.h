#pragma once

#include <QStyledItemDelegate>

namespace fieldbook {

// A combo box editor for a cell that takes one of a few values. The model gives the choices
// through two roles: ChoicesRole (what people read) and ChoiceValuesRole (what is stored, the
// same length), and takes the chosen value through Qt::EditRole. The choice is committed as soon
// as it is made, so a persistent editor behaves like a plain combo box.
class ChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    static constexpr int ChoicesRole = Qt::UserRole + 100;
    static constexpr int ChoiceValuesRole = Qt::UserRole + 101;

    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

protected:
    // Tab, Return and Escape keep their dialog meaning (next field, default button, close) instead of
    // the item delegate's "commit and edit the next cell": the editors stay open.
    bool eventFilter(QObject* object, QEvent* event) override;
};

} // namespace fieldbook
