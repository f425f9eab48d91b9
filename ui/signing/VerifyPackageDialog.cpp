#include "ui/signing/VerifyPackageDialog.h"

#include "ui/signing/PackageVerificationText.h"
#include "ui/widgets/AccessibleNames.h"
#include "ui/widgets/FileField.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fieldbook {

VerifyPackageDialog::VerifyPackageDialog(const Database& db, QWidget* parent) : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("verifyPackageDialog"));
    setWindowTitle(tr("Verify package"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    auto* file = new FileField(tr("Verify package"), tr("Fieldbook packages (*.fieldbook);;All files (*)"),
                               tr("&Browse…"), this);
    m_file = file->lineEdit();
    m_file->setObjectName(QStringLiteral("verifyFile"));
    auto* fileLabel = new QLabel(tr("&Package:"), this);
    nameAfterLabel(m_file, fileLabel); // the line edit sits inside the FileField
    form->addRow(fileLabel, file);
    auto* key = new FileField(tr("Signer's public key"), tr("minisign public keys (*.pub);;All files (*)"),
                              tr("B&rowse…"), this);
    m_key = key->lineEdit();
    m_key->setObjectName(QStringLiteral("verifyKeyFile"));
    m_key->setPlaceholderText(tr("optional: the signer's .pub file (else a key this store trusts)"));
    auto* keyLabel = new QLabel(tr("Signer's &key:"), this);
    nameAfterLabel(m_key, keyLabel);
    form->addRow(keyLabel, key);
    layout->addLayout(form);
    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("verifyVerdict"));
    m_verdict->setTextFormat(Qt::PlainText);
    m_verdict->setWordWrap(true);
    m_verdict->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    layout->addWidget(m_verdict);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("verifyDetails"));
    m_details->setTextFormat(Qt::PlainText); // signer-supplied text: never markup
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_details->setWordWrap(true);
    layout->addWidget(m_details, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* verify = buttons->addButton(tr("&Verify"), QDialogButtonBox::ActionRole);
    verify->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(verify, &QPushButton::clicked, this,
            [this] { verifyFile(m_file->text().trimmed(), m_key->text().trimmed()); });
    connect(file, &FileField::chosen, this, [this](const QString& path) { verifyFile(path, m_key->text().trimmed()); });
    setMinimumWidth(600);
}

PackageVerification VerifyPackageDialog::verifyFile(const QString& path, const QString& publicKeyPath)
{
    m_file->setText(path);
    m_key->setText(publicKeyPath);
    const PackageVerification v = PackageVerifier::verify(&m_db, path, publicKeyPath);
    showVerification(v);
    return v;
}

void VerifyPackageDialog::showVerification(const PackageVerification& v)
{
    m_verdict->setText(PackageVerificationText::verdict(v));
    m_verdict->setStyleSheet(v.isValid() ? QStringLiteral("font-weight: bold; color: white; background: #1b6e2d; "
                                                          "padding: 6px")
                                         : QStringLiteral("font-weight: bold; color: white; background: #b3261e; "
                                                          "padding: 6px"));
    m_details->setText(PackageVerificationText::details(v));
    adjustSize();
}

} // namespace fieldbook
