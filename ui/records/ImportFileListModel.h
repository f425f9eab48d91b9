#pragma once

#include <QAbstractTableModel>

namespace fieldbook {

class RecordImportController;

// The files of an import session: name, kind (editable), encoding (editable), date order and
// decimal mark (editable), size and what is wrong with each, for the wizard's first step. Accepts
// files and folders dropped on it.
class ImportFileListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        FileColumn,
        KindColumn,
        EncodingColumn,
        DateOrderColumn,   // day-first or month-first, when the file's dates cannot say
        DecimalMarkColumn, // point or comma, when the file's amounts cannot say
        SizeColumn,
        StatusColumn,
        ColumnCount
    };
    explicit ImportFileListModel(RecordImportController& controller, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;

    QStringList mimeTypes() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

    // True when the row's encoding is worth a visible choice (the file is not UTF-8, or converted).
    bool needsEncodingChoice(int row) const;
    // True when the row's date order or decimal mark is asked by the file, or was chosen.
    bool needsDateOrderChoice(int row) const;
    bool needsDecimalMarkChoice(int row) const;
    // What the file's values ask, in a sentence naming the value and where to answer; empty: nothing.
    QString questionText(int row) const;

private:
    RecordImportController& m_controller;
    int m_lastRows = 0;
};

} // namespace fieldbook
