#include "ui/signing/ExportPackageDialog.h"

#include "app/core/PersonalDataProtector.h"
#include "app/signing/EncryptionKeyStore.h"
#include "app/signing/KeyStore.h"
#include "app/sync/PackageExporter.h"
#include "database/Database.h"
#include "ui/signing/BusyCursor.h"
#include "ui/workspace/WorkspaceContext.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace fieldbook {

ExportPackageDialog::ExportPackageDialog(WorkspaceContext& context, QWidget* parent)
    : QDialog(parent), m_context(context)
{
    setObjectName(QStringLiteral("exportPackageDialog"));
    setWindowTitle(tr("Export signed package"));
    const Database& db = context.database();
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_key = new QComboBox(this);
    m_key->setObjectName(QStringLiteral("signingKeyCombo"));
    if (Result<QList<AuditorKeyInfo>> keys = KeyStore::list(db)) {
        for (const AuditorKeyInfo& k : keys.value()) {
            m_key->addItem(tr("%1 — %2").arg(k.label, k.publicKey.fingerprint()), k.publicKey.keyIdHex());
        }
    }
    form->addRow(tr("Sign with:"), m_key);
    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("signingPassphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Passphrase:"), m_passphrase);
    m_report = new QCheckBox(tr("Include the PDF &report"), this);
    m_report->setObjectName(QStringLiteral("includeReport"));
    m_report->setChecked(true);
    form->addRow(QString(), m_report);
    layout->addLayout(form);

    auto* personal = new QGroupBox(tr("Personal data (worker names, ID numbers, interview notes)"), this);
    auto* personalLayout = new QVBoxLayout(personal);
    m_omit = new QRadioButton(tr("&Leave it out"), personal);
    m_omit->setObjectName(QStringLiteral("omitPersonal"));
    m_omit->setChecked(true);
    auto* sealRow = new QHBoxLayout;
    m_seal = new QRadioButton(tr("&Seal it for:"), personal);
    m_seal->setObjectName(QStringLiteral("sealPersonal"));
    m_recipient = new QComboBox(personal);
    m_recipient->setObjectName(QStringLiteral("recipientCombo"));
    if (Result<QList<RecipientKey>> recipients = EncryptionKeyStore::recipients(db)) {
        for (const RecipientKey& r : recipients.value()) {
            m_recipient->addItem(tr("%1 — %2").arg(r.label, r.publicKey.fingerprint()), r.publicKey.keyIdHex());
        }
    }
    sealRow->addWidget(m_seal);
    sealRow->addWidget(m_recipient, 1);
    personalLayout->addWidget(m_omit);
    personalLayout->addLayout(sealRow);
    m_lockNote = new QLabel(personal);
    m_lockNote->setTextFormat(Qt::PlainText); // names come from keys and packages: never markup
    m_lockNote->setWordWrap(true);
    personalLayout->addWidget(m_lockNote);
    layout->addWidget(personal);
    auto* group = new QButtonGroup(this);
    group->addButton(m_omit);
    group->addButton(m_seal);

    auto* pathRow = new QHBoxLayout;
    m_path = new QLineEdit(QDir::home().filePath(tr("audit.fieldbook")), this);
    m_path->setObjectName(QStringLiteral("packagePath"));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto* pathForm = new QFormLayout;
    auto* pathLabel = new QLabel(tr("&Write to:"), this);
    pathLabel->setBuddy(m_path);
    pathForm->addRow(pathLabel, pathRow);
    layout->addLayout(pathForm);

    m_result = new QLabel(this);
    m_result->setTextFormat(Qt::PlainText); // names come from keys and packages: never markup
    m_result->setObjectName(QStringLiteral("exportResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_export = buttons->addButton(tr("&Export"), QDialogButtonBox::ActionRole);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setDefault(true);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, &ExportPackageDialog::exportPackage);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export signed package"), m_path->text(),
                                                          tr("Fieldbook packages (*.fieldbook)"));
        if (!path.isEmpty()) {
            const QString extension = QStringLiteral(".fieldbook"); // notr: file extension
            m_path->setText(path.endsWith(extension) ? path : path + extension);
        }
    });
    connect(m_seal, &QRadioButton::toggled, this, &ExportPackageDialog::updateState);
    connect(&m_context, &WorkspaceContext::protectorChanged, this, &ExportPackageDialog::updateState);
    setMinimumWidth(620);
    updateState();
    adjustSize();
}

void ExportPackageDialog::updateState()
{
    const bool haveKey = m_key->count() > 0;
    const bool haveRecipient = m_recipient->count() > 0;
    m_seal->setEnabled(haveRecipient);
    m_recipient->setEnabled(haveRecipient && m_seal->isChecked());
    const PersonalDataProtector* protector = m_context.protector();
    const bool unlocked = protector && protector->isUnlocked();
    if (!haveKey) {
        m_result->setText(tr("Create a signing key first: Tools > Keys."));
    }
    if (!haveRecipient) {
        m_lockNote->setText(tr("To seal personal data, trust head office's encryption key first (Tools > Keys)."));
    } else if (m_seal->isChecked() && !unlocked) {
        m_lockNote->setText(tr("Personal data is locked: Export asks for the store's passphrase first."));
    } else {
        m_lockNote->setText(m_seal->isChecked()
                                ? tr("Only the holder of that key can open the sealed values; the package shows "
                                     "nothing in clear.")
                                : tr("The package carries no personal data."));
    }
    adjustSize();
    m_export->setEnabled(haveKey);
}

bool ExportPackageDialog::exportPackage()
{
    const bool seal = m_seal->isChecked();
    if (seal && !(m_context.protector() && m_context.protector()->isUnlocked())) {
        emit m_context.personalDataNeeded(); // asks for the store's passphrase
        if (!(m_context.protector() && m_context.protector()->isUnlocked())) {
            m_result->setText(tr("Personal data is still locked: nothing was written. Leave it out, or unlock it."));
            m_result->setStyleSheet(QStringLiteral("color: #b3261e"));
            return false;
        }
    }
    PackageExportRequest request;
    request.auditUuid = m_context.auditUuid();
    request.signingKeyId = m_key->currentData().toString();
    request.passphrase = m_passphrase->text();
    request.includeReport = m_report->isChecked();
    request.personal = seal ? PersonalDataMode::Seal : PersonalDataMode::Omit;
    request.recipientKeyId = m_recipient->currentData().toString();
    request.protector = m_context.protector();
    request.path = m_path->text().trimmed();
    Result<PackageExportSummary> done = [&] {
        BusyCursor busy;
        return PackageExporter::run(m_context.database(), request);
    }();
    m_passphrase->clear();
    if (!done) {
        m_result->setText(tr("Nothing was written: %1").arg(done.error()));
        m_result->setStyleSheet(QStringLiteral("color: #b3261e"));
        return false;
    }
    QString text = tr("Written: %1 and %2\nSigned by %3, key fingerprint %4.")
                       .arg(QDir::toNativeSeparators(done->path), QDir::toNativeSeparators(done->signaturePath),
                            done->signer, done->fingerprint);
    text += QLatin1Char('\n') +
            (seal ? tr("Personal data sealed for %1.").arg(done->recipient) : tr("Personal data left out."));
    m_result->setText(text);
    m_result->setStyleSheet(QStringLiteral("color: #1b6e2d"));
    adjustSize();
    return true;
}

} // namespace fieldbook
