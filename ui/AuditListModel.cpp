#include "ui/AuditListModel.h"

#include "database/Database.h"

namespace fieldbook {

AuditListModel::AuditListModel(QObject* parent) : QAbstractTableModel(parent)
{}

QString AuditListModel::reload(const Database* db)
{
    beginResetModel();
    m_rows.clear();
    QString error;
    if (db && db->isOpen()) {
        Result<QList<AuditSummary>> list = AuditRepository(*db).listAudits();
        if (list) {
            m_rows = list.take();
        } else {
            error = list.error();
        }
    }
    endResetModel();
    return error;
}

int AuditListModel::rowOfAudit(qint64 auditId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).audit.id == auditId) {
            return i;
        }
    }
    return -1;
}

int AuditListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditListModel::statusText(const QString& status)
{
    if (status == QLatin1String("planned"))
        return tr("Planned");
    if (status == QLatin1String("in_progress"))
        return tr("In progress");
    if (status == QLatin1String("completed"))
        return tr("Completed");
    if (status == QLatin1String("submitted"))
        return tr("Submitted");
    if (status == QLatin1String("archived"))
        return tr("Archived");
    return status;
}

QString AuditListModel::codeName(const QString& codeId)
{
    if (codeId == QLatin1String("sa8000"))
        return QStringLiteral("SA8000");
    if (codeId == QLatin1String("rba"))
        return QStringLiteral("RBA");
    if (codeId == QLatin1String("wrap"))
        return QStringLiteral("WRAP");
    return codeId;
}

QVariant AuditListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const AuditSummary& s = m_rows.at(index.row());
    if (role == AuditIdRole) {
        return s.audit.id;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (index.column()) {
    case FacilityColumn:
        return s.facilityName;
    case TitleColumn:
        return s.audit.title;
    case CountryColumn:
        return s.audit.country;
    case CodesColumn: {
        QStringList names;
        for (const QString& c : s.audit.codes) {
            names << codeName(c);
        }
        return names.join(QStringLiteral(", "));
    }
    case DatesColumn:
        if (s.audit.startDate.isEmpty()) {
            return QString();
        }
        return s.audit.endDate.isEmpty() || s.audit.endDate == s.audit.startDate
                   ? s.audit.startDate
                   : tr("%1 to %2").arg(s.audit.startDate, s.audit.endDate);
    case StatusColumn:
        return statusText(s.audit.status);
    case FindingsColumn:
        return s.findingCount;
    }
    return {};
}

QVariant AuditListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case FacilityColumn:
        return tr("Facility");
    case TitleColumn:
        return tr("Audit");
    case CountryColumn:
        return tr("Country");
    case CodesColumn:
        return tr("Codes");
    case DatesColumn:
        return tr("Dates");
    case StatusColumn:
        return tr("Status");
    case FindingsColumn:
        return tr("Findings");
    }
    return {};
}

} // namespace fieldbook
