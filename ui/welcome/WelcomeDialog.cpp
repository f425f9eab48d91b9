#include "ui/welcome/WelcomeDialog.h"
#include "app/core/Settings.h"

#include "app/i18n/AppTranslator.h"
#include "app/i18n/LanguageSettings.h"
#include "app/i18n/Languages.h"
#include "app/signing/KeyStore.h"
#include "app/signing/PassphraseBox.h"
#include "database/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fieldbook {

bool WelcomeDialog::isFirstRun(const QString& defaultStorePath)
{
    return !Settings::value(Setting::FirstRunDone).toBool() && !QFileInfo::exists(defaultStorePath) &&
           Settings::value(Setting::RecentStores).toStringList().isEmpty();
}

void WelcomeDialog::markDone()
{
    Settings::setValue(Setting::FirstRunDone, true);
}

QString WelcomeDialog::rememberedStorePath(const QString& fallback)
{
    return (Settings::contains(Setting::StorePath) ? Settings::value(Setting::StorePath).toString() : fallback);
}

WelcomeDialog::WelcomeDialog(const QString& defaultStorePath, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Welcome to Fieldbook"));
    setObjectName(QStringLiteral("welcomeDialog"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("<h3>Welcome to Fieldbook</h3><p>Everything you type is saved at once in a store "
                                "on this computer; nothing leaves it unless you export a signed package. "
                                "The defaults below are fine to start with.</p>"),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("welcomeLanguage"));
    m_language->addItem(tr("System default (%1)").arg(Languages::nativeName(Languages::systemDefault())), QString());
    for (const LanguageInfo& l : Languages::supported()) {
        m_language->addItem(l.nativeName, l.code);
    }
    m_language->setCurrentIndex(std::max(0, m_language->findData(LanguageSettings::uiLanguageChoice())));
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        // Shown again at once in the language picked, so the rest can be read in it.
        LanguageSettings::setUiLanguageChoice(m_language->currentData().toString());
        AppTranslator::application().install(LanguageSettings::effectiveUiLanguage());
        done(LanguageChanged);
    });
    form->addRow(tr("&Language:"), m_language);

    auto* storeRow = new QHBoxLayout;
    m_store = new QLineEdit(QDir::toNativeSeparators(defaultStorePath), this);
    m_store->setObjectName(QStringLiteral("welcomeStorePath"));
    m_store->setToolTip(tr("A new file is created here; an existing Fieldbook store is opened."));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &WelcomeDialog::browse);
    storeRow->addWidget(m_store, 1);
    storeRow->addWidget(browse);
    // A row that is a layout gets no buddy from QFormLayout: without one the label would paint
    // its "&" and the field would have no name for a screen reader. Alt+T: Alt+S is Start's.
    auto* storeLabel = new QLabel(tr("S&tore:"), this);
    storeLabel->setBuddy(m_store);
    form->addRow(storeLabel, storeRow);
    layout->addLayout(form);

    m_key = new QGroupBox(tr("Create my auditor signing key now (optional)"), this);
    m_key->setObjectName(QStringLiteral("welcomeKeyBox"));
    m_key->setCheckable(true);
    m_key->setChecked(false);
    auto* keyForm = new QFormLayout(m_key);
    auto* keyHint = new QLabel(tr("The key signs the packages you send to head office. You can also create it "
                                  "later, before the first export."),
                               m_key);
    keyHint->setWordWrap(true);
    keyForm->addRow(keyHint);
    m_name = new QLineEdit(m_key);
    m_name->setObjectName(QStringLiteral("welcomeKeyName"));
    m_name->setPlaceholderText(tr("Your name as it appears on reports"));
    m_passphrase = new QLineEdit(m_key);
    m_passphrase->setObjectName(QStringLiteral("welcomePassphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setPlaceholderText(tr("At least %1 characters").arg(PassphraseBox::kMinimumPassphraseLength));
    m_repeat = new QLineEdit(m_key);
    m_repeat->setObjectName(QStringLiteral("welcomePassphraseRepeat"));
    m_repeat->setEchoMode(QLineEdit::Password);
    keyForm->addRow(tr("&Name:"), m_name);
    keyForm->addRow(tr("&Passphrase:"), m_passphrase);
    keyForm->addRow(tr("&Repeat:"), m_repeat);
    layout->addWidget(m_key);

    m_demo = new QCheckBox(tr("Open the &demo audit to look around (it lives in its own store)"), this);
    m_demo->setObjectName(QStringLiteral("welcomeDemo"));
    m_demo->setChecked(true);
    layout->addWidget(m_demo);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("welcomeError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c01c28;"));
    m_error->hide();
    layout->addWidget(m_error);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Start"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("welcomeStart"));
    connect(buttons, &QDialogButtonBox::accepted, this, &WelcomeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &WelcomeDialog::reject);
    layout->addWidget(buttons);
    resize(620, sizeHint().height());
}

QString WelcomeDialog::storePath() const
{
    return QDir::fromNativeSeparators(m_store->text().trimmed());
}

bool WelcomeDialog::openDemo() const
{
    return m_demo->isChecked();
}

void WelcomeDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Open or create a store"), QFileInfo(storePath()).absolutePath(),
        tr("Fieldbook stores (*.sqlite *.fieldbook);;All files (*)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty()) {
        m_store->setText(QDir::toNativeSeparators(path));
    }
}

void WelcomeDialog::showError(const QString& text)
{
    m_error->setText(text);
    m_error->show();
}

void WelcomeDialog::accept()
{
    const QString path = storePath();
    if (path.isEmpty()) {
        showError(tr("Choose where the store goes."));
        return;
    }
    if (m_key->isChecked()) {
        // Checked before the store is touched, so a typo leaves nothing behind.
        if (m_name->text().trimmed().isEmpty()) {
            showError(tr("Type your name for the key, or untick the key."));
            m_name->setFocus();
            return;
        }
        if (m_passphrase->text() != m_repeat->text()) {
            showError(tr("The two passphrases differ."));
            m_repeat->setFocus();
            return;
        }
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    Result<Database> db = Database::open(path);
    if (!db) {
        showError(tr("The store %1 could not be opened: %2").arg(QDir::toNativeSeparators(path), db.error()));
        return;
    }
    if (m_key->isChecked()) {
        Result<AuditorKeyInfo> key = KeyStore::create(*db, m_name->text().trimmed(), m_passphrase->text());
        m_passphrase->clear();
        m_repeat->clear();
        if (!key) {
            showError(tr("The key could not be created: %1").arg(key.error()));
            return;
        }
        m_keyId = key->publicKey.keyIdHex();
    }
    Settings::setValue(Setting::StorePath, path);
    markDone();
    QDialog::accept();
}

} // namespace fieldbook
