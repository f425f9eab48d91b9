#include "ui/signing/VerifyPackageDialog.h"

#include "ui/signing/PackageVerificationText.h"

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
    auto* fileRow = new QHBoxLayout;
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("verifyFile"));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto* fileLabel = new QLabel(tr("&Package:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    auto* keyRow = new QHBoxLayout;
    m_key = new QLineEdit(this);
    m_key->setObjectName(QStringLiteral("verifyKeyFile"));
    m_key->setPlaceholderText(tr("optional: the signer's .pub file (else a key this store trusts)"));
    auto* browseKey = new QPushButton(tr("B&rowse…"), this);
    keyRow->addWidget(m_key, 1);
    keyRow->addWidget(browseKey);
    auto* keyLabel = new QLabel(tr("Signer's &key:"), this);
    keyLabel->setBuddy(m_key);
    form->addRow(keyLabel, keyRow);
    layout->addLayout(form);
    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("verifyVerdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    layout->addWidget(m_verdict);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("verifyDetails"));
    m_details->setTextFormat(Qt::RichText);
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
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Verify package"), QString(),
                                                          tr("Fieldbook packages (*.fieldbook);;All files (*)"));
        if (!path.isEmpty()) {
            m_file->setText(path);
            verifyFile(path, m_key->text().trimmed());
        }
    });
    connect(browseKey, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Signer's public key"), QString(),
                                                          tr("minisign public keys (*.pub);;All files (*)"));
        if (!path.isEmpty()) {
            m_key->setText(path);
        }
    });
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
