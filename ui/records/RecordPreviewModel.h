#pragma once

#include "app/records/RecordPreview.h"

#include <QAbstractTableModel>

namespace fieldbook {

// The first rows of a file as the import will read them: the line, then one column per canonical
// column; refused cells are tinted and say why in their tooltip.
class RecordPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    void setPreview(RecordPreview preview);
    const RecordPreview& preview() const
    {
        return m_preview;
    }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    RecordPreview m_preview;
};

} // namespace fieldbook
