#pragma once

#include "app/records/PunchPairing.h"
#include "app/records/RecordFileParser.h"

#include <QStringList>
#include <functional>

namespace fieldbook {

// punches.csv: the CSV export of time-attendance software with one row per punch ("Emp No., Name,
// Date, Time, Check Type"; "AC No., Date Time, State" ...). See docs/record-files.md "Time clocks".
// The punch's moment is a date-time column, or a date and a time column; the check type, when
// present, says in or out (PunchValues); the rows are paired into time records per worker by
// PunchPairing, the attlog's pairing. Columns Fieldbook does not read (the name among them) never
// reach an issue or a preview.
class PunchFileParser : public RecordFileParser
{
public:
    QString kind() const override;
    std::vector<ColumnSpec> columns() const override;

    // The reason a set of mapped columns cannot give a punch's moment, empty when it can.
    static QString missingMoment(const std::function<bool(const QString& column)>& mapped);

protected:
    bool parseRow() override;
    void reserve(qsizetype bytes) override;
    QString missingColumns() const override;
    void finish() override;

private:
    bool readMoment(Punch* punch);

    std::vector<Punch> m_punches;
};

} // namespace fieldbook
