#pragma once

#include <QStyledItemDelegate>

namespace fieldbook {

// Draws a phase in the workspace's phase list: number, title and a thin progress bar with the
// percentage, so the auditor sees at a glance what is left to do.
class PhaseListDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    static constexpr int ProgressDoneRole = Qt::UserRole + 1;
    static constexpr int ProgressTotalRole = Qt::UserRole + 2;

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    // Room for "100%" as the interface language writes it.
    static int percentWidth(const QFontMetrics& metrics);
};

} // namespace fieldbook
