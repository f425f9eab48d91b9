#include "ui/signing/KeyTableModel.h"

#include "app/signing/EncryptionKeyStore.h"
#include "app/signing/KeyStore.h"
#include "database/Database.h"

#include <QDateTime>
#include <QFont>
#include <QLocale>

namespace fieldbook {

namespace {

QString shortDate(const QString& iso)
{
    const QDateTime when = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return when.isValid() ? QLocale().toString(when.toLocalTime().date(), QLocale::ShortFormat) : iso;
}

} // namespace

KeyTableModel::KeyTableModel(QObject* parent) : QAbstractTableModel(parent)
{}

QString KeyTableModel::reload(const Database& db)
{
    beginResetModel();
    m_rows.clear();
    QString error;
    if (Result<QList<AuditorKeyInfo>> keys = KeyStore::list(db)) {
        for (const AuditorKeyInfo& k : keys.value()) {
            // KeyStore::list() gives the keys that still sign: never a revoked one.
            m_rows.append({Kind::OwnSigning,
                           k.label,
                           k.publicKey.keyIdHex(),
                           k.publicKey.fingerprint(),
                           shortDate(k.createdAt),
                           k.publicKey.toFile(),
                           {}});
        }
    } else {
        error = keys.error();
    }
    if (Result<QList<EncryptionKeyInfo>> keys = EncryptionKeyStore::list(db)) {
        for (const EncryptionKeyInfo& k : keys.value()) {
            m_rows.append({Kind::OwnEncryption,
                           k.label,
                           k.publicKey.keyIdHex(),
                           k.publicKey.fingerprint(),
                           shortDate(k.createdAt),
                           k.publicKey.toFile(k.label),
                           {}});
        }
    } else {
        error = keys.error();
    }
    if (Result<QList<TrustedKeyInfo>> keys = KeyStore::trustedKeys(db)) {
        for (const TrustedKeyInfo& k : keys.value()) {
            m_rows.append({k.purpose == QLatin1String("signing") ? Kind::TrustedSigning : Kind::TrustedEncryption,
                           k.label,
                           k.keyIdHex,
                           k.fingerprint,
                           shortDate(k.addedAt),
                           {},
                           k.revokedAt});
        }
    } else {
        error = keys.error();
    }
    endResetModel();
    return error;
}

int KeyTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int KeyTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KeyTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const Row& r = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case KindColumn:
            if (!r.revoked.isEmpty()) {
                return tr("Signing key, revoked %1").arg(shortDate(r.revoked));
            }
            switch (r.kind) {
            case Kind::OwnSigning:
                return tr("My signing key");
            case Kind::OwnEncryption:
                return tr("My encryption key");
            case Kind::TrustedSigning:
                return tr("Trusted signing key");
            case Kind::TrustedEncryption:
                return tr("Trusted encryption key");
            }
            return {};
        case NameColumn:
            return r.name;
        case FingerprintColumn:
            return r.fingerprint;
        case CreatedColumn:
            return r.created;
        }
    }
    if (role == Qt::FontRole && index.column() == FingerprintColumn) {
        QFont mono(QStringLiteral("monospace"));
        mono.setStyleHint(QFont::TypeWriter);
        return mono;
    }
    if (role == Qt::ToolTipRole) {
        return tr("Key id %1").arg(r.keyIdHex);
    }
    return {};
}

QVariant KeyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case KindColumn:
        return tr("Key");
    case NameColumn:
        return tr("Name");
    case FingerprintColumn:
        return tr("Fingerprint");
    case CreatedColumn:
        return tr("Added");
    }
    return {};
}

} // namespace fieldbook
