#pragma once

#include "app/analysis/FlagRecordTable.h"

#include <QDialog>

namespace fieldbook {

// One record behind a flag, whole: every field, and the file and line it came from, so the
// auditor can find it in the factory's own (paper) file.
class FlagRecordDialog : public QDialog
{
    Q_OBJECT

public:
    FlagRecordDialog(const FlagRecordTable& table, int row, QWidget* parent = nullptr);

    // "time_records.csv, line 1234", as shown at the top.
    QString sourceText() const
    {
        return m_source;
    }

private:
    QString m_source;
};

} // namespace fieldbook
