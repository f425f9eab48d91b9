#pragma once

#include <QAbstractTableModel>

namespace fieldbook {

class RecordImportController;

// The canonical columns of one file of the import session, each with the file's header that
// holds it (editable), how it was found, and the value in the file's first row.
class ColumnMappingModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        CanonicalColumn,
        HeaderColumn,
        SourceColumn,
        ExampleColumn,
        ColumnCount
    };
    explicit ColumnMappingModel(RecordImportController& controller, QObject* parent = nullptr);

    void setFileIndex(int index);
    int fileIndex() const
    {
        return m_file;
    }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;

private:
    bool hasFile() const;

    RecordImportController& m_controller;
    int m_file = -1;
};

} // namespace fieldbook
