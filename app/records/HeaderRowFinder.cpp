#include "app/records/HeaderRowFinder.h"
#include "app/records/ColumnSuggester.h"

namespace fieldbook {

namespace {

struct Score
{
    int required = 0;
    int mapped = 0;
    bool complete = false;

    bool operator>(const Score& other) const
    {
        return required != other.required ? required > other.required : mapped > other.mapped;
    }
};

Score scoreOf(const QString& kind, const QStringList& row, const ColumnSuggester& suggester)
{
    Score score;
    score.complete = true;
    for (const ColumnChoice& choice : suggester.suggest(kind, row)) {
        if (choice.isMapped()) {
            ++score.mapped;
            score.required += choice.spec.required ? 1 : 0;
        } else if (choice.spec.required) {
            score.complete = false;
        }
    }
    return score;
}

} // namespace

HeaderRowFinder::Found HeaderRowFinder::find(const QList<QStringList>& rows, const QString& kind,
                                             const ColumnSuggester& suggester)
{
    Found found;
    found.kind = kind;
    Score best;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        QString rowKind = kind;
        if (rowKind.isEmpty()) {
            rowKind = suggester.detectKind(rows.at(r));
            if (rowKind.isEmpty()) {
                continue;
            }
        }
        const Score score = scoreOf(rowKind, rows.at(r), suggester);
        if (score > best) {
            best = score;
            found.record = int(r);
            found.kind = rowKind;
        }
        if (kind.isEmpty() && score.complete) {
            break; // the first row that is a whole header of some kind: rows below it are data
        }
    }
    return found;
}

} // namespace fieldbook
