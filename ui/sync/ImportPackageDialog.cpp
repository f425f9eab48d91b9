#include "ui/sync/ImportPackageDialog.h"

#include "app/signing/EncryptionKeyStore.h"
#include "app/signing/PersonalDataSession.h"
#include "app/sync/AuditPackage.h"
#include "database/Database.h"
#include "ui/signing/BusyCursor.h"
#include "ui/signing/PackageVerificationText.h"
#include "ui/sync/SyncConflictModel.h"
#include "ui/sync/SyncConflictsPanel.h"
#include "ui/widgets/AccessibleNames.h"
#include "ui/widgets/FileField.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fieldbook {

ImportPackageDialog::ImportPackageDialog(const Database& db, PersonalDataSession& session, QWidget* parent)
    : QDialog(parent), m_db(db), m_session(session)
{
    setObjectName(QStringLiteral("importPackageDialog"));
    setWindowTitle(tr("Import package"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    auto* file = new FileField(tr("Import package"), tr("Fieldbook packages (*.fieldbook)"), tr("&Browse…"), this);
    m_file = file->lineEdit();
    m_file->setObjectName(QStringLiteral("importFile"));
    auto* fileLabel = new QLabel(tr("&Package:"), this);
    nameAfterLabel(m_file, fileLabel); // the line edit sits inside the FileField
    form->addRow(fileLabel, file);
    m_key = new QLineEdit(this);
    m_key->setObjectName(QStringLiteral("importKeyFile"));
    m_key->setPlaceholderText(tr("optional: the signer's .pub file (else a key this store trusts)"));
    form->addRow(tr("Signer's &key:"), m_key);
    layout->addLayout(form);
    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("importVerdict"));
    m_verdict->setTextFormat(Qt::PlainText);
    m_verdict->setWordWrap(true);
    m_verdict->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    layout->addWidget(m_verdict);
    m_details = new QLabel(this);
    m_details->setTextFormat(Qt::PlainText); // signer-supplied text: never markup
    m_details->setWordWrap(true);
    layout->addWidget(m_details);

    m_personal = new QGroupBox(tr("Personal data in the package"), this);
    auto* personalLayout = new QFormLayout(m_personal);
    m_personalNote = new QLabel(m_personal);
    m_personalNote->setTextFormat(Qt::PlainText);
    m_personalNote->setWordWrap(true);
    personalLayout->addRow(m_personalNote);
    m_encryptionPassphrase = new QLineEdit(m_personal);
    m_encryptionPassphrase->setObjectName(QStringLiteral("encryptionPassphrase"));
    m_encryptionPassphrase->setEchoMode(QLineEdit::Password);
    m_encryptionPassphrase->setPlaceholderText(tr("leave empty to import with personal data locked"));
    personalLayout->addRow(tr("Encryption key &passphrase:"), m_encryptionPassphrase);
    m_personal->hide();
    layout->addWidget(m_personal);

    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("importResult"));
    m_result->setTextFormat(Qt::PlainText); // errors name rows and keys from the package: never markup
    m_result->setWordWrap(true);
    layout->addWidget(m_result);
    m_conflicts = new SyncConflictsPanel(
        db, [this] { return m_session.protector(); }, this);
    m_conflicts->hide();
    layout->addWidget(m_conflicts, 10);
    layout->addStretch(1); // extra height goes below the text while there is no conflict table
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::ActionRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setEnabled(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_import, &QPushButton::clicked, this, &ImportPackageDialog::importPackage);
    connect(m_file, &QLineEdit::editingFinished, this, [this] { check(m_file->text().trimmed()); });
    connect(m_key, &QLineEdit::editingFinished, this, [this] {
        if (!m_file->text().isEmpty()) {
            check(m_file->text().trimmed());
        }
    });
    connect(file, &FileField::chosen, this, [this](const QString& path) { check(path); });
    connect(&m_session, &PersonalDataSession::protectorChanged, this, &ImportPackageDialog::updatePersonalBox);
    setMinimumWidth(640);
}

PackageVerification ImportPackageDialog::check(const QString& path)
{
    m_file->setText(path);
    m_verification = PackageVerifier::verify(&m_db, path, m_key->text().trimmed());
    m_verdict->setText(PackageVerificationText::verdict(m_verification));
    m_verdict->setStyleSheet(m_verification.isValid()
                                 ? QStringLiteral("font-weight: bold; color: white; background: #1b6e2d; padding: 6px")
                                 : QStringLiteral("font-weight: bold; color: white; background: #b3261e; padding: "
                                                  "6px"));
    m_details->setText(PackageVerificationText::details(m_verification));
    m_import->setEnabled(m_verification.isValid() && m_verification.isPackage);
    m_result->clear();
    m_conflicts->hide();
    updatePersonalBox();
    adjustSize();
    return m_verification;
}

void ImportPackageDialog::updatePersonalBox()
{
    const bool sealed = m_verification.isValid() && m_verification.personalData == QLatin1String("sealed");
    m_personal->setVisible(sealed);
    if (!sealed) {
        return;
    }
    Result<EncryptionKeyInfo> ours = EncryptionKeyStore::find(m_db, m_verification.recipientKeyId);
    m_encryptionPassphrase->setEnabled(ours.ok());
    if (!ours) {
        m_personalNote->setText(tr("Sealed for %1 (%2), a key this store does not have: the package imports "
                                   "without its personal data.")
                                    .arg(m_verification.recipientLabel, m_verification.recipientKeyId));
    } else if (!m_session.isUnlocked()) {
        m_personalNote->setText(tr("Sealed for this store's key \"%1\". Personal data of this store is locked: "
                                   "Import asks for the store's passphrase before opening them.")
                                    .arg(ours->label));
    } else {
        m_personalNote->setText(
            tr("Sealed for this store's key \"%1\". Give its passphrase to open them now.").arg(ours->label));
    }
}

bool ImportPackageDialog::importPackage()
{
    // Verify again at the moment of import: the file may have changed since it was checked.
    if (!check(m_file->text().trimmed()).isValid()) {
        m_result->setText(tr("Refused: nothing was imported."));
        return false;
    }
    PackageImportOptions options;
    std::optional<BoxKeyPair> key;
    const QString passphrase = m_encryptionPassphrase->text();
    m_encryptionPassphrase->clear();
    if (m_personal->isVisible() && !passphrase.isEmpty()) {
        if (!m_session.isUnlocked()) {
            emit personalDataNeeded();
        }
        if (!m_session.isUnlocked()) {
            m_result->setText(tr("This store's personal data is locked: import again after unlocking it, or leave "
                                 "the passphrase empty to import with personal data locked."));
            return false;
        }
        BusyCursor busy;
        Result<BoxKeyPair> unlocked = EncryptionKeyStore::unlock(m_db, m_verification.recipientKeyId, passphrase);
        if (!unlocked) {
            m_result->setText(tr("%1 Nothing was imported; try again.").arg(unlocked.error()));
            m_result->setStyleSheet(QStringLiteral("color: #b3261e"));
            return false;
        }
        key = unlocked.take();
        options.encryptionKey = &*key;
        options.protector = m_session.protector();
    }
    QFile keyFile(m_key->text().trimmed());
    std::optional<MinisignPublicKey> signer;
    if (!m_key->text().trimmed().isEmpty() && keyFile.open(QIODevice::ReadOnly)) {
        if (Result<MinisignPublicKey> parsed = MinisignPublicKey::parse(keyFile.readAll())) {
            signer = parsed.value();
            options.publicKey = &*signer;
        }
    }
    Result<PackageImportResult> done = [&] {
        BusyCursor busy;
        return AuditPackage::importSigned(m_db, m_file->text().trimmed(), options);
    }();
    if (!done) {
        m_result->setText(tr("Nothing was imported: %1").arg(done.error()));
        m_result->setStyleSheet(QStringLiteral("color: #b3261e"));
        return false;
    }
    m_result->setStyleSheet(QString());
    QString text;
    if (done->alreadyImported) {
        text = tr("Nothing new: this package was imported before.");
        if (done->resealed > 0) {
            text += QLatin1Char(' ') + tr("Personal values opened now: %1.").arg(done->resealed);
        }
    } else {
        text = tr("Merged — rows added: %1, unchanged: %2, conflicting edits to resolve: %3.")
                   .arg(done->inserted)
                   .arg(done->unchanged)
                   .arg(done->conflicts);
        if (!done->renamed.isEmpty()) {
            // Team audits: another auditor's interview had the same code; both are kept.
            text += QLatin1Char(' ') + tr("Renumbered: %1.").arg(done->renamed.join(QLatin1String("; ")));
        }
        if (done->personalData == QLatin1String("opened")) {
            text += QLatin1Char(' ') + tr("Personal values opened: %1.").arg(done->personalOpened + done->resealed);
        } else if (done->personalData == QLatin1String("kept_sealed")) {
            text += QLatin1Char(' ') +
                    tr("Personal values kept locked: %1 (import again with the passphrase to open them).")
                        .arg(done->personalKeptSealed);
        } else if (done->personalData == QLatin1String("other_recipient")) {
            text += QLatin1Char(' ') + tr("Personal data was sealed for another key and left out.");
        }
    }
    text += QLatin1Char(' ') + tr("Signed with: %1 (key %2).").arg(done->signer, done->signerFingerprint);
    if (done->oneTimeKey) {
        text += QLatin1Char(' ') + tr("Warning: the key was given for this import only and is not in this store's "
                                      "trust list; compare its fingerprint with the signer.");
    }
    if (done->deletedHere > 0) {
        text += QLatin1Char(' ') + tr("Rows deleted here since, not brought back: %1.").arg(done->deletedHere);
    }
    m_result->setText(text);
    m_conflicts->setAudit(done->auditUuid);
    m_conflicts->setVisible(m_conflicts->model()->rowCount() > 0);
    if (m_conflicts->isVisible()) {
        resize(qMax(width(), 900), qMax(height(), 700));
    } else {
        adjustSize();
    }
    emit imported(done->auditUuid);
    return true;
}

} // namespace fieldbook
