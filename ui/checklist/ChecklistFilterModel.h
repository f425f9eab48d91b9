#pragma once

#include <QSortFilterProxyModel>

namespace fieldbook {

// Narrows the checklist: by answer state, by verification method and by free text.
// Sections stay visible while any of their questions does.
class ChecklistFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class AnswerFilter
    {
        All,
        Unanswered,
        NonCompliant,
    };

    explicit ChecklistFilterModel(QObject* parent = nullptr);

    void setAnswerFilter(AnswerFilter filter);
    void setMethod(const QString& method); // empty = all
    void setSearchText(const QString& text);
    QString method() const
    {
        return m_method;
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    AnswerFilter m_answer = AnswerFilter::All;
    QString m_method;
    QString m_text;
};

} // namespace fieldbook
