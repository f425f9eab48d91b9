#include "ui/signing/CreateKeyDialog.h"

#include "app/signing/EncryptionKeyStore.h"
#include "app/signing/KeyStore.h"
#include "ui/signing/BusyCursor.h"
#include "ui/signing/NewPassphraseFields.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fieldbook {

CreateKeyDialog::CreateKeyDialog(const Database& db, Kind kind, QWidget* parent)
    : QDialog(parent), m_db(db), m_kind(kind)
{
    setObjectName(QStringLiteral("createKeyDialog"));
    const bool signing = kind == Kind::Signing;
    setWindowTitle(signing ? tr("New signing key") : tr("New encryption key"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(signing ? tr("Your signing key proves that reports and packages come from you. Its "
                                          "name appears on every report you sign.")
                                     : tr("An encryption key lets auditors send this store personal data in their "
                                          "packages. Give its public key file to the auditors."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("keyName"));
    m_name->setPlaceholderText(signing ? tr("Your name, e.g. Ana Lee") : tr("e.g. Head office Geneva"));
    form->addRow(tr("&Name:"), m_name);
    layout->addLayout(form);
    m_passphrase = new NewPassphraseFields(this);
    layout->addWidget(m_passphrase);
    m_message = new QLabel(this);
    m_message->setTextFormat(Qt::PlainText); // names come from keys and packages: never markup
    m_message->setObjectName(QStringLiteral("createKeyMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e"));
    m_message->hide();
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create = buttons->addButton(tr("&Create"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createKeyButton"));
    m_create->setDefault(true);
    connect(m_create, &QPushButton::clicked, this, &CreateKeyDialog::createKey);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

bool CreateKeyDialog::createKey()
{
    QString why;
    if (m_name->text().trimmed().isEmpty()) {
        why = tr("Give the key a name.");
    } else if (!m_passphrase->isAcceptable(&why)) {
        // why is set
    } else {
        BusyCursor busy;
        if (m_kind == Kind::Signing) {
            Result<AuditorKeyInfo> key = KeyStore::create(m_db, m_name->text(), m_passphrase->passphrase());
            if (key) {
                m_keyId = key->publicKey.keyIdHex();
            } else {
                why = key.error();
            }
        } else {
            Result<EncryptionKeyInfo> key =
                EncryptionKeyStore::create(m_db, m_name->text(), m_passphrase->passphrase());
            if (key) {
                m_keyId = key->publicKey.keyIdHex();
            } else {
                why = key.error();
            }
        }
    }
    if (m_keyId.isEmpty()) {
        m_message->setText(why);
        m_message->show();
        return false;
    }
    m_passphrase->clear();
    accept();
    return true;
}

} // namespace fieldbook
