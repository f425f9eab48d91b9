#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace fieldbook {

class ColumnSuggester;

// Finds the header row of a factory's export among its first rows: real exports have a title
// ("ABC Garment Co. — Attendance May 2026"), a blank row or a date range above it. The header is
// the row that maps the most columns of the file's kind, required columns first (exact names,
// saved mappings and synonyms all count, as the wizard's guesses do); the first such row wins.
class HeaderRowFinder
{
public:
    struct Found
    {
        int record = 0; // index in the rows given; 0 when no row maps anything
        QString kind;   // the kind asked for, or the one found when none was asked (may stay empty)
    };

    // `rows`: the file's first records (blank lines already skipped). With an empty `kind`, the
    // row and kind whose required columns are all found, most columns first.
    static Found find(const QList<QStringList>& rows, const QString& kind, const ColumnSuggester& suggester);
};

} // namespace fieldbook
