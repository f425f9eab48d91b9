#include "ui/sync/SyncConflictModel.h"

#include <QDateTime>
#include <QLocale>

namespace fieldbook {

namespace {

QString readable(QString name)
{
    name.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!name.isEmpty()) {
        name[0] = name.at(0).toUpper();
    }
    return name;
}

QString byAt(const QString& who, const QString& at)
{
    const QDateTime when = QDateTime::fromString(at, Qt::ISODateWithMs).isValid()
                               ? QDateTime::fromString(at, Qt::ISODateWithMs)
                               : QDateTime::fromString(at, Qt::ISODate);
    const QString date = when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat) : at;
    if (who.isEmpty()) {
        return date;
    }
    return date.isEmpty() ? who : SyncConflictModel::tr("%1, %2").arg(who, date);
}

} // namespace

SyncConflictModel::SyncConflictModel(std::function<const PersonalDataProtector*()> protector, QObject* parent)
    : QAbstractTableModel(parent), m_protector(std::move(protector))
{}

QString SyncConflictModel::reload(const Database& db, const QString& auditUuid)
{
    beginResetModel();
    Result<QList<SyncConflict>> conflicts = SyncConflicts::list(db, auditUuid);
    m_conflicts = conflicts ? conflicts.value() : QList<SyncConflict>();
    endResetModel();
    return conflicts ? QString() : conflicts.error();
}

int SyncConflictModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_conflicts.size());
}

int SyncConflictModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SyncConflictModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_conflicts.size()) {
        return {};
    }
    const SyncConflict& c = m_conflicts.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case FieldColumn:
            return tr("%1: %2").arg(readable(c.entity), readable(c.field));
        case LocalColumn:
            return SyncConflicts::displayValue(c, false, m_protector ? m_protector() : nullptr);
        case IncomingColumn:
            return SyncConflicts::displayValue(c, true, m_protector ? m_protector() : nullptr);
        case LocalByColumn:
            return byAt(c.localBy, c.localAt);
        case IncomingByColumn:
            return byAt(c.incomingBy, c.incomingAt);
        }
    }
    if (role == Qt::ToolTipRole && (index.column() == LocalColumn || index.column() == IncomingColumn)) {
        return data(index, Qt::DisplayRole);
    }
    return {};
}

QVariant SyncConflictModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case FieldColumn:
        return tr("Field");
    case LocalColumn:
        return tr("Here");
    case IncomingColumn:
        return tr("In the package");
    case LocalByColumn:
        return tr("Changed here by");
    case IncomingByColumn:
        return tr("Package signed by");
    }
    return {};
}

} // namespace fieldbook
