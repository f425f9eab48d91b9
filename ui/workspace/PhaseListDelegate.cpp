#include "ui/workspace/PhaseListDelegate.h"

#include <QApplication>
#include <QPainter>

namespace fieldbook {

void PhaseListDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    QStyle* style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const int done = index.data(ProgressDoneRole).toInt();
    const int total = index.data(ProgressTotalRole).toInt();
    const QRect r = opt.rect.adjusted(8, 4, -8, -4);
    const QFontMetrics fm(opt.font);
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = (opt.state & QStyle::State_Active) ? QPalette::Active : QPalette::Inactive;
    const QColor textColor = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);

    painter->save();
    painter->setPen(textColor);
    const QString percent = total > 0 ? tr("%1%").arg(qRound(100.0 * done / total)) : QStringLiteral("–");
    const int percentWidth = PhaseListDelegate::percentWidth(fm);
    QRect textRect(r.left(), r.top(), r.width() - percentWidth, fm.height());
    painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(text, Qt::ElideRight, textRect.width()));
    painter->drawText(QRect(r.right() - percentWidth, r.top(), percentWidth, fm.height()),
                      Qt::AlignRight | Qt::AlignVCenter, percent);

    // The bar: track in a muted mix of text and base, fill in the highlight (or text when selected).
    const QRect bar(r.left(), r.top() + fm.height() + 4, r.width(), 4);
    QColor track = textColor;
    track.setAlphaF(0.18f);
    painter->setPen(Qt::NoPen);
    painter->setBrush(track);
    painter->drawRoundedRect(bar, 2, 2);
    if (total > 0 && done > 0) {
        QRect fill = bar;
        fill.setWidth(std::max(4, int(bar.width() * std::min(1.0, double(done) / total))));
        painter->setBrush(selected ? textColor : opt.palette.color(QPalette::Highlight));
        painter->drawRoundedRect(fill, 2, 2);
    }
    painter->restore();
}

int PhaseListDelegate::percentWidth(const QFontMetrics& metrics)
{
    return metrics.horizontalAdvance(tr("%1%").arg(100)) + 4;
}

QSize PhaseListDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QFontMetrics fm(option.font);
    Q_UNUSED(index);
    return {fm.horizontalAdvance(QStringLiteral("Findings and corrective actions")) / 2 + 120, fm.height() + 18};
}

} // namespace fieldbook
