#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>
#include <vector>

namespace fieldbook::test {

// Writes small .xlsx workbooks for tests with libzip, every part built from strings so each case
// shows in the test what the file holds. Styles (cell `s`): 0 general, 1 date (built-in 14),
// 2 time h:mm (built-in 20), 3 date-time (built-in 22), 4 custom "dd/mm/yyyy", 5 time h:mm:ss (21).
class XlsxWriter
{
public:
    enum Style
    {
        General = 0,
        Date = 1,
        Time = 2,
        DateTime = 3,
        DayMonthYear = 4,
        TimeSeconds = 5
    };

    // The rows of <sheetData>, e.g. R"(<row r="1"><c r="A1" t="s"><v>0</v></c></row>)".
    void addSheet(const QString& name, const QByteArray& sheetDataRows);
    // A sheet part written as given (whole XML document).
    void addRawSheet(const QString& name, const QByteArray& sheetXml);
    // The index of a shared string, added when new.
    int sharedString(const QString& text);
    void setDate1904(bool on)
    {
        m_date1904 = on;
    }
    // Sets (or replaces, after the standard parts are built) any part, e.g. a hostile .rels.
    void setPart(const QString& name, const QByteArray& bytes);
    void removePart(const QString& name);
    // Stored without compression (a zip whose CRC a test can damage in place).
    void setStored(bool stored)
    {
        m_stored = stored;
    }

    QMap<QString, QByteArray> parts() const;
    bool write(const QString& path) const;

    // A sheet's rows from CSV text, cells typed as a factory's workbook would hold them: dates
    // as serial numbers with a date style, times as fractions of a day, numbers as numbers, the
    // rest as shared strings. Row N is CSV line N.
    QByteArray rowsFromCsv(const QByteArray& csv);
    // Serial number of a date in the 1900 system (dates from 1900-03-01 on).
    static double serial(int year, int month, int day);

private:
    struct Sheet
    {
        QString name;
        QByteArray xml;
    };
    std::vector<Sheet> m_sheets;
    QStringList m_strings;
    QMap<QString, QByteArray> m_overrides;
    QStringList m_removed;
    bool m_date1904 = false;
    bool m_stored = false;
};

} // namespace fieldbook::test
