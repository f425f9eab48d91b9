#include "ui/signing/UnlockPersonalDataDialog.h"

#include "app/signing/PersonalDataSession.h"
#include "app/signing/SodiumDataProtector.h"
#include "ui/signing/BusyCursor.h"
#include "ui/signing/NewPassphraseFields.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fieldbook {

UnlockPersonalDataDialog::UnlockPersonalDataDialog(const Database& db, PersonalDataSession& session, QWidget* parent)
    : QDialog(parent), m_db(db), m_session(session), m_create(!SodiumDataProtector::hasDataKey(db))
{
    setObjectName(QStringLiteral("unlockPersonalDataDialog"));
    setWindowTitle(m_create ? tr("Protect personal data") : tr("Unlock personal data"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setText(m_create ? tr("Worker names, ID numbers and interview notes are stored encrypted with a key of this "
                                 "store. Choose the passphrase that protects it. Without it nobody can read them, you "
                                 "included: keep it safe.")
                            : tr("Worker names, ID numbers and interview notes are encrypted. Enter the store's "
                                 "passphrase to show and record them in this session. Without it the audit still "
                                 "opens; those fields stay locked."));
    layout->addWidget(intro);
    if (m_create) {
        m_newPassphrase = new NewPassphraseFields(this);
        layout->addWidget(m_newPassphrase);
    } else {
        auto* form = new QFormLayout;
        m_passphrase = new QLineEdit(this);
        m_passphrase->setObjectName(QStringLiteral("passphrase"));
        m_passphrase->setEchoMode(QLineEdit::Password);
        form->addRow(tr("&Passphrase:"), m_passphrase);
        layout->addLayout(form);
    }
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("unlockMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e"));
    m_message->hide();
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(this);
    m_unlock = buttons->addButton(m_create ? tr("&Create key") : tr("&Unlock"), QDialogButtonBox::AcceptRole);
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_unlock->setDefault(true);
    QPushButton* later = buttons->addButton(tr("Continue &locked"), QDialogButtonBox::RejectRole);
    later->setObjectName(QStringLiteral("continueLockedButton"));
    connect(m_unlock, &QPushButton::clicked, this, &UnlockPersonalDataDialog::tryUnlock);
    connect(later, &QPushButton::clicked, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

bool UnlockPersonalDataDialog::tryUnlock()
{
    Status status;
    if (m_create) {
        QString why;
        if (!m_newPassphrase->isAcceptable(&why)) {
            m_message->setText(why);
            m_message->show();
            return false;
        }
        BusyCursor busy;
        status = m_session.create(m_db, m_newPassphrase->passphrase());
        m_newPassphrase->clear();
    } else {
        BusyCursor busy;
        status = m_session.unlock(m_db, m_passphrase->text());
        m_passphrase->clear(); // never kept in the widget, right or wrong
    }
    if (!status) {
        m_message->setText(status.error() + QLatin1Char(' ') + tr("Try again, or continue locked."));
        m_message->show();
        if (m_passphrase) {
            m_passphrase->setFocus();
        }
        return false;
    }
    accept();
    return true;
}

} // namespace fieldbook
