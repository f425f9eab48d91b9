#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;

namespace fieldbook {

// The first start: the interface language, where the store goes (the default place preselected),
// an optional auditor signing key, and the demo audit to look around. Nothing else needs
// configuring before the first audit. Accepting creates (or opens) the store and the key; an error
// keeps the dialog open with the reason. Never shown for --demo, --db, --smoke-test or
// --screenshot-dir (tests and packaging rely on that).
class WelcomeDialog : public QDialog
{
    Q_OBJECT

public:
    // exec() returns this when the auditor picked another language: show the dialog again.
    static constexpr int LanguageChanged = 2;

    explicit WelcomeDialog(const QString& defaultStorePath, QWidget* parent = nullptr);

    // No welcome shown before, no store at the default place and none opened before.
    static bool isFirstRun(const QString& defaultStorePath);
    static void markDone();
    // The store chosen at the first start (QSettings "store/path"), or `fallback`.
    static QString rememberedStorePath(const QString& fallback);

    QString storePath() const;
    bool openDemo() const;
    // The key created on accept (minisign key id), empty when none was asked for.
    QString createdKeyId() const
    {
        return m_keyId;
    }

    void accept() override;

private:
    void browse();
    void showError(const QString& text);

    QComboBox* m_language = nullptr;
    QLineEdit* m_store = nullptr;
    QGroupBox* m_key = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_passphrase = nullptr;
    QLineEdit* m_repeat = nullptr;
    QCheckBox* m_demo = nullptr;
    QLabel* m_error = nullptr;
    QString m_keyId;
};

} // namespace fieldbook
