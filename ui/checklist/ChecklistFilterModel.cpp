#include "ui/checklist/ChecklistFilterModel.h"

#include "ui/checklist/ChecklistModel.h"

namespace fieldbook {

ChecklistFilterModel::ChecklistFilterModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
}

void ChecklistFilterModel::setAnswerFilter(AnswerFilter filter)
{
    m_answer = filter;
    invalidateFilter();
}

void ChecklistFilterModel::setMethod(const QString& method)
{
    m_method = method;
    invalidateFilter();
}

void ChecklistFilterModel::setSearchText(const QString& text)
{
    m_text = text.trimmed().toLower();
    invalidateFilter();
}

bool ChecklistFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (index.data(ChecklistModel::IsSectionRole).toBool()) {
        // A section on its own is shown only when nothing filters; otherwise its questions decide
        // (recursive filtering keeps the section of every accepted question).
        return m_answer == AnswerFilter::All && m_method.isEmpty() && m_text.isEmpty();
    }
    const QString answer = index.data(ChecklistModel::AnswerRole).toString();
    if (m_answer == AnswerFilter::Unanswered && !answer.isEmpty()) {
        return false;
    }
    if (m_answer == AnswerFilter::NonCompliant && answer != QLatin1String("non_compliant")) {
        return false;
    }
    if (!m_method.isEmpty() && !index.data(ChecklistModel::MethodsRole).toStringList().contains(m_method)) {
        return false;
    }
    if (!m_text.isEmpty()) {
        const QString haystack = index.data(ChecklistModel::SearchTextRole).toString();
        for (const QString& word : m_text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (!haystack.contains(word)) {
                return false;
            }
        }
    }
    return true;
}

} // namespace fieldbook
