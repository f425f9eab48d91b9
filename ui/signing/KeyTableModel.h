#pragma once

#include <QAbstractTableModel>
#include <QList>

namespace fieldbook {

class Database;

// Every key of the store in one table: its own signing and encryption keys (with their secret
// sealed in the store) and the keys it trusts.
class KeyTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        KindColumn,
        NameColumn,
        FingerprintColumn,
        CreatedColumn,
        ColumnCount
    };
    enum class Kind
    {
        OwnSigning,
        OwnEncryption,
        TrustedSigning,
        TrustedEncryption
    };
    struct Row
    {
        Kind kind;
        QString name;
        QString keyIdHex;
        QString fingerprint;
        QString created;
        QByteArray publicKeyFile; // own keys: what "Export public key" writes
        QString revoked;          // signing keys: when revoked (empty: not revoked)
    };

    explicit KeyTableModel(QObject* parent = nullptr);
    // Reads the keys; the error message, or empty.
    QString reload(const Database& db);
    const Row& row(int index) const
    {
        return m_rows.at(index);
    }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Row> m_rows;
};

} // namespace fieldbook
