#pragma once

#include "database/AuditRepository.h"

#include <QAbstractTableModel>

namespace fieldbook {

class Database;

// The audits in the store, one per row, newest first (database/AuditRepository listAudits).
class AuditListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        FacilityColumn,
        TitleColumn,
        CountryColumn,
        CodesColumn,
        DatesColumn,
        StatusColumn,
        FindingsColumn,
        ColumnCount
    };
    static constexpr int AuditIdRole = Qt::UserRole + 1;

    explicit AuditListModel(QObject* parent = nullptr);

    // Re-reads the list; returns the error message, empty on success.
    QString reload(const Database* db);
    const AuditSummary& summary(int row) const
    {
        return m_rows.at(row);
    }
    int rowOfAudit(qint64 auditId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(const QString& status);
    static QString codeName(const QString& codeId);

private:
    QList<AuditSummary> m_rows;
};

} // namespace fieldbook
