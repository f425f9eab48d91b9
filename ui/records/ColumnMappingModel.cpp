#include "ui/records/ColumnMappingModel.h"

#include "app/records/RecordKinds.h"
#include "ui/records/ChoiceDelegate.h"
#include "ui/records/RecordImportController.h"

#include <QBrush>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace fieldbook {

ColumnMappingModel::ColumnMappingModel(RecordImportController& controller, QObject* parent)
    : QAbstractTableModel(parent), m_controller(controller)
{}

bool ColumnMappingModel::hasFile() const
{
    return m_file >= 0 && m_file < m_controller.session().fileCount() &&
           RecordKinds::isCsv(m_controller.session().file(m_file).kind);
}

void ColumnMappingModel::setFileIndex(int index)
{
    beginResetModel();
    m_file = index;
    endResetModel();
}

int ColumnMappingModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !hasFile() ? 0 : int(m_controller.session().file(m_file).columns.size());
}

int ColumnMappingModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ColumnMappingModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const RecordImportSession& session = m_controller.session();
    const RecordImportFile& file = session.file(m_file);
    const ColumnChoice& choice = file.columns[size_t(index.row())];
    const bool missing = choice.spec.required && !choice.isMapped();
    if (role == Qt::BackgroundRole && missing) {
        return QBrush(QColor(0xFF, 0xE0, 0xE0));
    }
    if (role == Qt::ForegroundRole && missing) {
        return QBrush(Qt::black); // readable on the light red in dark palettes too
    }
    switch (index.column()) {
    case CanonicalColumn:
        if (role == Qt::DisplayRole) {
            return choice.spec.required ? choice.spec.name + QStringLiteral(" *") : choice.spec.name;
        }
        if (role == Qt::FontRole && choice.spec.required) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        if (role == Qt::ToolTipRole) {
            return choice.spec.required ? tr("Required: the file cannot be imported without it.")
                                        : tr("Optional: leave it out if the file does not have it.");
        }
        break;
    case HeaderColumn:
        if (role == Qt::DisplayRole) {
            return choice.isMapped() ? choice.header : tr("(not in this file)");
        }
        if (role == Qt::EditRole) {
            return choice.header;
        }
        if (role == ChoiceDelegate::ChoicesRole) {
            return QStringList{tr("(not in this file)")} + file.headers;
        }
        if (role == ChoiceDelegate::ChoiceValuesRole) {
            return QStringList{QString()} + file.headers;
        }
        break;
    case SourceColumn:
        if (role == Qt::DisplayRole) {
            return RecordImportSession::columnSourceName(choice.source);
        }
        if (role == Qt::ForegroundRole &&
            (choice.source == ColumnSource::Synonym || choice.source == ColumnSource::Saved)) {
            // A guess: look at it. The link colour reads well on light and dark palettes.
            return QGuiApplication::palette().brush(QPalette::Link);
        }
        break;
    case ExampleColumn:
        if (role == Qt::DisplayRole) {
            return session.exampleValue(m_file, choice.spec.name);
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant ColumnMappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case CanonicalColumn:
        return tr("Fieldbook needs");
    case HeaderColumn:
        return tr("Column in the file");
    case SourceColumn:
        return tr("Found by");
    case ExampleColumn:
        return tr("First row");
    default:
        return {};
    }
}

Qt::ItemFlags ColumnMappingModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == HeaderColumn) {
        f |= Qt::ItemIsEditable;
    }
    return f;
}

bool ColumnMappingModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || index.column() != HeaderColumn || index.row() >= rowCount()) {
        return false;
    }
    const QString column = m_controller.session().file(m_file).columns[size_t(index.row())].spec.name;
    if (!m_controller.session().setColumn(m_file, column, value.toString())) {
        return false;
    }
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    m_controller.notifyChanged();
    return true;
}

} // namespace fieldbook
