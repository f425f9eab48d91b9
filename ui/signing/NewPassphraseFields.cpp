#include "ui/signing/NewPassphraseFields.h"

#include "app/signing/PassphraseStrength.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace fieldbook {

NewPassphraseFields::NewPassphraseFields(QWidget* parent) : QWidget(parent)
{
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    m_first = new QLineEdit(this);
    m_first->setObjectName(QStringLiteral("newPassphrase"));
    m_first->setEchoMode(QLineEdit::Password);
    m_second = new QLineEdit(this);
    m_second->setObjectName(QStringLiteral("repeatPassphrase"));
    m_second->setEchoMode(QLineEdit::Password);
    m_strength = new QLabel(this);
    m_strength->setObjectName(QStringLiteral("passphraseStrength"));
    form->addRow(tr("&Passphrase:"), m_first);
    form->addRow(tr("&Repeat:"), m_second);
    form->addRow(QString(), m_strength);
    connect(m_first, &QLineEdit::textChanged, this, &NewPassphraseFields::updateHint);
    connect(m_second, &QLineEdit::textChanged, this, &NewPassphraseFields::updateHint);
    updateHint();
}

QString NewPassphraseFields::passphrase() const
{
    return m_first->text();
}

bool NewPassphraseFields::isAcceptable(QString* why) const
{
    const PassphraseStrength::Assessment a = PassphraseStrength::assess(m_first->text());
    if (a.level == PassphraseStrength::Level::TooShort) {
        *why = a.hint;
        return false;
    }
    if (m_first->text() != m_second->text()) {
        *why = tr("The two passphrases differ.");
        return false;
    }
    return true;
}

void NewPassphraseFields::clear()
{
    m_first->clear();
    m_second->clear();
}

void NewPassphraseFields::updateHint()
{
    const PassphraseStrength::Assessment a = PassphraseStrength::assess(m_first->text());
    QString colour;
    switch (a.level) {
    case PassphraseStrength::Level::TooShort:
    case PassphraseStrength::Level::Weak:
        colour = QStringLiteral("#b3261e");
        break;
    case PassphraseStrength::Level::Fair:
        colour = QStringLiteral("#8a5a00");
        break;
    case PassphraseStrength::Level::Strong:
        colour = QStringLiteral("#1b6e2d");
        break;
    }
    QString text = m_first->text().isEmpty() ? tr("Choose a passphrase of several words.") : a.hint;
    if (!m_second->text().isEmpty() && m_second->text() != m_first->text()) {
        text += QLatin1Char(' ') + tr("The two passphrases differ.");
        colour = QStringLiteral("#b3261e");
    }
    m_strength->setText(text);
    m_strength->setStyleSheet(m_first->text().isEmpty() ? QString() : QStringLiteral("color: %1").arg(colour));
    emit changed();
}

} // namespace fieldbook
