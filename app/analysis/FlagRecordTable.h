#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariant>

namespace fieldbook {

// How a column's values are kept and shown. Values stay typed (QDate, seconds, numbers) so a view
// sorts them as what they are, not as text.
enum class RecordValueType
{
    Text,    // QString
    Integer, // qint64
    Number,  // double, shown with up to two decimals
    Hours,   // double hours, shown with two decimals
    Money,   // double, two decimals
    Date,    // QDate
    Day,     // QDate of a worked or produced day, shown with its weekday (weeks run Monday to Sunday)
    Clock,   // int seconds after midnight, shown HH:MM (HH:MM:SS when the seconds were recorded)
};

struct RecordColumn
{
    QString key;   // stable name for the CLI's JSON and CSV (snake_case, never translated)
    QString title; // for people, translated
    RecordValueType type = RecordValueType::Text;
};

// One factory record (or interview) behind a flag, with where it came from: the auditor finds
// it in the factory's paper file by file name and line.
struct RecordRow
{
    QVariantList values; // one per column; an invalid QVariant is "not recorded"
    QString file;        // the imported file's name, or what the row is when it has none
    int line = 0;        // source line in that file; 0 when there is none (interviews)
};

// The records behind one flag as a generic table: what the GUI shows and the CLI prints.
// Bounded: `rows` holds at most the requested limit, `total` how many matched.
struct FlagRecordTable
{
    QString kind; // time_records | payroll | workers | production | gate_and_time | interviews | none
    QList<RecordColumn> columns;
    QList<RecordRow> rows;
    qint64 total = 0;
    QString note; // what the table is, in one line (e.g. which amounts, which days)

    qint64 notShown() const
    {
        return total - rows.size();
    }
    int columnIndex(const QString& key) const;
    // Counts a matching row in `total`, and keeps it while fewer than `limit` rows are kept.
    void append(RecordRow row, int limit);

    // Display text of a value of the given type ("" for not recorded).
    static QString displayText(const QVariant& value, RecordValueType type);
    // The value as JSON: dates ISO, clock times HH:MM[:SS], numbers as numbers, null when not recorded.
    static QJsonValue jsonValue(const QVariant& value, RecordValueType type);

    // {"kind", "columns": [{"key","title","type"}], "rows": [{"file","line","values":{key: value}}],
    //  "total", "shown", "not_shown", "note"}
    QJsonObject toJson() const;
    // RFC 4180: a header of the column keys then file and line, values as in JSON. With `flagUuid`,
    // a first column "flag" holds it, so the tables of several flags of one check can follow each other.
    QByteArray toCsv(bool header = true, const QString& flagUuid = QString()) const;
};

QString recordValueTypeName(RecordValueType type);

} // namespace fieldbook
