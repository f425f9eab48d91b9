#include "ui/signing/KeysDialog.h"

#include "app/signing/EncryptionKeyStore.h"
#include "app/signing/KeyStore.h"
#include "ui/signing/CreateKeyDialog.h"
#include "ui/signing/KeyTableModel.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QVBoxLayout>

namespace fieldbook {

KeysDialog::KeysDialog(const Database& db, QWidget* parent) : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("keysDialog"));
    setWindowTitle(tr("Keys"));
    auto* layout = new QVBoxLayout(this);
    m_model = new KeyTableModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("keyTable"));
    m_table->setAccessibleName(windowTitle());
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setShowGrid(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(KeyTableModel::NameColumn, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);
    m_fingerprint = new QLabel(this);
    m_fingerprint->setTextFormat(Qt::PlainText); // names come from keys and packages: never markup
    m_fingerprint->setObjectName(QStringLiteral("reportFingerprint"));
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fingerprint->setWordWrap(true);
    layout->addWidget(m_fingerprint);
    m_message = new QLabel(this);
    m_message->setTextFormat(Qt::PlainText); // names come from keys and packages: never markup
    m_message->setObjectName(QStringLiteral("keysMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    auto* row = new QHBoxLayout;
    auto* newSigning = new QPushButton(tr("New &signing key…"), this);
    newSigning->setObjectName(QStringLiteral("newSigningKeyButton"));
    auto* newEncryption = new QPushButton(tr("New &encryption key…"), this);
    newEncryption->setObjectName(QStringLiteral("newEncryptionKeyButton"));
    newEncryption->setToolTip(tr("For head office or a team lead: auditors seal personal data to this key."));
    m_export = new QPushButton(tr("E&xport public key…"), this);
    m_export->setObjectName(QStringLiteral("exportPublicKeyButton"));
    auto* trustSigning = new QPushButton(tr("&Trust signing key…"), this);
    trustSigning->setToolTip(tr("A minisign public key (.pub) of another auditor or head office, to verify their "
                                "packages."));
    auto* trustEncryption = new QPushButton(tr("Trust enc&ryption key…"), this);
    trustEncryption->setToolTip(tr("Head office's encryption public key, to seal personal data for it."));
    row->addWidget(newSigning);
    row->addWidget(newEncryption);
    row->addWidget(m_export);
    row->addStretch();
    m_revoke = new QPushButton(tr("Re&voke…"), this);
    m_revoke->setObjectName(QStringLiteral("revokeKeyButton"));
    m_revoke->setToolTip(tr("Packages this signing key signs from now on are refused; those signed before still "
                            "verify. For a key known to be stolen, remove it from the trust list instead."));
    m_untrust = new QPushButton(tr("&Untrust"), this);
    m_untrust->setObjectName(QStringLiteral("untrustKeyButton"));
    row->addWidget(trustSigning);
    row->addWidget(trustEncryption);
    row->addWidget(m_revoke);
    row->addWidget(m_untrust);
    layout->addLayout(row);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(close);

    connect(newSigning, &QPushButton::clicked, this, [this] { createKey(true); });
    connect(newEncryption, &QPushButton::clicked, this, [this] { createKey(false); });
    connect(m_export, &QPushButton::clicked, this, &KeysDialog::askExport);
    connect(trustSigning, &QPushButton::clicked, this, [this] { askTrust(true); });
    connect(trustEncryption, &QPushButton::clicked, this, [this] { askTrust(false); });
    connect(m_revoke, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid() &&
            QMessageBox::question(this, tr("Revoke key"),
                                  tr("Revoke the signing key \"%1\" (%2)? Packages it signs from now on are refused.")
                                      .arg(m_model->row(current.row()).name,
                                           m_model->row(current.row()).fingerprint)) == QMessageBox::Yes) {
            revokeKey(current.row(), QDateTime::currentDateTimeUtc());
        }
    });
    connect(m_untrust, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid() &&
            QMessageBox::question(this, tr("Untrust key"),
                                  tr("Remove \"%1\" (%2) from this store's trust list?")
                                      .arg(m_model->row(current.row()).name,
                                           m_model->row(current.row()).fingerprint)) == QMessageBox::Yes) {
            untrustKey(current.row());
        }
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &KeysDialog::updateButtons);
    resize(820, 380);
    reload();
}

void KeysDialog::reload()
{
    if (const QString error = m_model->reload(m_db); !error.isEmpty()) {
        showMessage(error, true);
    }
    QStringList signing;
    for (int i = 0; i < m_model->rowCount(); ++i) {
        if (m_model->row(i).kind == KeyTableModel::Kind::OwnSigning) {
            signing << tr("%1: %2").arg(m_model->row(i).name, m_model->row(i).fingerprint);
        }
    }
    m_fingerprint->setText(
        signing.isEmpty()
            ? tr("No signing key yet: reports are marked \"unsigned draft\".")
            : tr("Reports you sign carry the fingerprint of your key — %1").arg(signing.join(QStringLiteral("; "))));
    updateButtons();
}

void KeysDialog::updateButtons()
{
    const QModelIndex current = m_table->currentIndex();
    m_export->setEnabled(current.isValid() && !m_model->row(current.row()).publicKeyFile.isEmpty());
    const auto kind = current.isValid() ? m_model->row(current.row()).kind : KeyTableModel::Kind::OwnEncryption;
    m_revoke->setEnabled(current.isValid() && m_model->row(current.row()).revoked.isEmpty() &&
                         (kind == KeyTableModel::Kind::OwnSigning || kind == KeyTableModel::Kind::TrustedSigning));
    m_untrust->setEnabled(current.isValid() && (kind == KeyTableModel::Kind::TrustedSigning ||
                                                kind == KeyTableModel::Kind::TrustedEncryption));
}

bool KeysDialog::revokeKey(int row, const QDateTime& when)
{
    const KeyTableModel::Row key = m_model->row(row);
    if (Status s = KeyStore::revoke(m_db, key.keyIdHex, when); !s) {
        showMessage(s.error(), true);
        return false;
    }
    reload();
    showMessage(
        tr("Key \"%1\" (%2) revoked: packages it signs from now on are refused.").arg(key.name, key.fingerprint),
        false);
    return true;
}

bool KeysDialog::untrustKey(int row)
{
    const KeyTableModel::Row key = m_model->row(row);
    if (Status s = KeyStore::untrust(m_db, key.keyIdHex); !s) {
        showMessage(s.error(), true);
        return false;
    }
    reload();
    showMessage(tr("Key \"%1\" (%2) is no longer trusted.").arg(key.name, key.fingerprint), false);
    return true;
}

void KeysDialog::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b3261e") : QStringLiteral("color: #1b6e2d"));
    m_message->show();
}

void KeysDialog::createKey(bool signing)
{
    CreateKeyDialog dialog(m_db, signing ? CreateKeyDialog::Kind::Signing : CreateKeyDialog::Kind::Encryption, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        showMessage(tr("Key %1 created.").arg(dialog.createdKeyId()), false);
    }
}

bool KeysDialog::exportPublicKey(int row, const QString& path)
{
    if (row < 0 || row >= m_model->rowCount() || m_model->row(row).publicKeyFile.isEmpty()) {
        return false;
    }
    const QByteArray bytes = m_model->row(row).publicKeyFile;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        showMessage(tr("%1: cannot write: %2").arg(path, file.errorString()), true);
        return false;
    }
    showMessage(tr("Public key written to %1 (fingerprint %2).").arg(path, m_model->row(row).fingerprint), false);
    return true;
}

void KeysDialog::askExport()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        return;
    }
    const KeyTableModel::Row& r = m_model->row(current.row());
    const bool signing = r.kind == KeyTableModel::Kind::OwnSigning;
    const QString suggested = QString(r.name).replace(QLatin1Char(' '), QLatin1Char('-')).toLower() +
                              (signing ? QStringLiteral(".pub") : QStringLiteral("-encryption.pub"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export public key"), suggested,
                                                      tr("Public keys (*.pub);;All files (*)"));
    if (!path.isEmpty()) {
        exportPublicKey(current.row(), path);
    }
}

bool KeysDialog::trustSigningKeyFile(const QString& path, const QString& label)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showMessage(tr("%1: cannot read: %2").arg(path, file.errorString()), true);
        return false;
    }
    Result<MinisignPublicKey> key = MinisignPublicKey::parse(file.readAll(), QFileInfo(path).fileName());
    if (!key) {
        showMessage(key.error(), true);
        return false;
    }
    if (Status s = KeyStore::trust(m_db, key.value(), label); !s) {
        showMessage(s.error(), true);
        return false;
    }
    reload();
    showMessage(tr("Trusted %1 (%2) for verifying packages.").arg(label, key->fingerprint()), false);
    return true;
}

bool KeysDialog::trustEncryptionKeyFile(const QString& path, const QString& label)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showMessage(tr("%1: cannot read: %2").arg(path, file.errorString()), true);
        return false;
    }
    const QByteArray text = file.readAll();
    Result<BoxPublicKey> key = BoxPublicKey::parse(text, QFileInfo(path).fileName());
    if (!key) {
        showMessage(key.error(), true);
        return false;
    }
    const QString who = label.trimmed().isEmpty() ? BoxPublicKey::labelInFile(text) : label;
    if (Status s = EncryptionKeyStore::trust(m_db, key.value(), who); !s) {
        showMessage(s.error(), true);
        return false;
    }
    reload();
    showMessage(tr("Trusted %1 (%2): personal data can be sealed for it.").arg(who, key->fingerprint()), false);
    return true;
}

void KeysDialog::askTrust(bool signing)
{
    const QString path =
        QFileDialog::getOpenFileName(this, signing ? tr("Trust a signing key") : tr("Trust an encryption key"),
                                     QString(), tr("Public keys (*.pub);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    QString suggestion;
    QFile file(path);
    if (!signing && file.open(QIODevice::ReadOnly)) {
        suggestion = BoxPublicKey::labelInFile(file.readAll());
    }
    bool ok = false;
    const QString label =
        QInputDialog::getText(this, tr("Whose key is it?"), tr("Name (as you check it with the key's owner):"),
                              QLineEdit::Normal, suggestion, &ok);
    if (!ok || label.trimmed().isEmpty()) {
        return;
    }
    signing ? trustSigningKeyFile(path, label) : trustEncryptionKeyFile(path, label);
}

} // namespace fieldbook
