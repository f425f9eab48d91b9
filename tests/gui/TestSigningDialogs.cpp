#include "support/PersonalDataFixture.h"
#include "support/TestRegistry.h"

#include "app/signing/EncryptionKeyStore.h"
#include "app/signing/KeyStore.h"
#include "app/signing/PersonalDataSession.h"
#include "app/sync/AuditPackage.h"
#include "app/sync/PackageContainer.h"
#include "app/sync/PackageVerifier.h"
#include "database/AuditTrail.h"
#include "database/FieldEditor.h"
#include "ui/MainWindow.h"
#include "ui/signing/CreateKeyDialog.h"
#include "ui/signing/ExportPackageDialog.h"
#include "ui/signing/KeyTableModel.h"
#include "ui/signing/KeysDialog.h"
#include "ui/signing/NewPassphraseFields.h"
#include "ui/signing/SecurityActions.h"
#include "ui/signing/UnlockPersonalDataDialog.h"
#include "ui/signing/VerifyPackageDialog.h"
#include "ui/sync/ImportPackageDialog.h"
#include "ui/sync/SyncConflictModel.h"
#include "ui/sync/SyncConflictsPanel.h"
#include "ui/workspace/AuditWorkspace.h"
#include "ui/workspace/WorkspaceContext.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <functional>

using namespace fieldbook;
using namespace fieldbook::test;

// The signing and sync dialogs driven as a person would: create a key, unlock personal data with a
// wrong then the right passphrase (locked fields, then readable), export a sealed package, verify
// it (valid, then a tampered copy invalid), import it at head office and resolve a conflict.
// Real libsodium and Argon2id limits as in production. With FIELDBOOK_SCREENSHOT_DIR set, each
// dialog is saved there as a PNG.
class TestSigningDialogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createKeyThroughDialog();
    void unlockWrongThenRightPassphrase();
    void exportSealedPackage();
    void verifyValidThenTampered();
    void importAtHeadOfficeAndResolveConflict();
    void revokeAndUntrustInKeysDialog();

private:
    void snap(QWidget* widget, const QString& name);
    static void click(QAbstractButton* button)
    {
        QTest::mouseClick(button, Qt::LeftButton);
    }
    // Runs `drive` on the next modal dialog of type T as soon as it is shown (it may open later
    // than the next turn of the event loop).
    template <typename T>
    void whenModal(std::function<void(T*)> drive)
    {
        auto* timer = new QTimer(this);
        timer->setInterval(20);
        connect(timer, &QTimer::timeout, this, [timer, drive] {
            if (auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget())) {
                timer->stop();
                timer->deleteLater();
                drive(dialog);
            }
        });
        timer->start();
    }

    QTemporaryDir m_dir;
    PersonalDataFixture m_auditor;
    QString m_signingKeyId;
    QString m_hoStore;
    QString m_hoKeyId;
    QString m_package;
    QString m_signerPub;
    static constexpr const char* kSigningPassphrase = "my signing passphrase";
    static constexpr const char* kHeadOfficePassphrase = "head office box key";
};

void TestSigningDialogs::snap(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("FIELDBOOK_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QDir().mkpath(dir);
        widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
    }
}

void TestSigningDialogs::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("FieldbookTest"));
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_auditor.create(m_dir.filePath(QStringLiteral("auditor.sqlite")), m_dir.filePath(QStringLiteral("files")),
                              &error, 6, 7),
             qPrintable(error));
    // Head office's store and encryption key; the auditor trusts its public key file.
    m_hoStore = m_dir.filePath(QStringLiteral("headoffice.sqlite"));
    Result<Database> ho = Database::open(m_hoStore);
    Result<EncryptionKeyInfo> key = EncryptionKeyStore::create(ho.value(), QStringLiteral("Head office Geneva"),
                                                               QString::fromLatin1(kHeadOfficePassphrase));
    QVERIFY2(key.ok(), qPrintable(key.error()));
    m_hoKeyId = key->publicKey.keyIdHex();
    QFile pub(m_dir.filePath(QStringLiteral("headoffice-encryption.pub")));
    QVERIFY(pub.open(QIODevice::WriteOnly));
    pub.write(key->publicKey.toFile(key->label));
    pub.close();
    m_auditor.db.close(); // the window opens the store itself
}

void TestSigningDialogs::createKeyThroughDialog()
{
    Result<Database> db = Database::open(m_auditor.path);
    KeysDialog keys(db.value());
    QCOMPARE(keys.model()->rowCount(), 0);
    CreateKeyDialog dialog(db.value(), CreateKeyDialog::Kind::Signing, &keys);
    dialog.show();
    QTest::keyClicks(dialog.nameField(), QStringLiteral("Ana Lee"));
    QTest::keyClicks(dialog.passphraseFields()->firstField(), QString::fromLatin1(kSigningPassphrase));
    QTest::keyClicks(dialog.passphraseFields()->secondField(), QStringLiteral("my signing passphrasE"));
    QVERIFY(dialog.passphraseFields()->strengthLabel()->text().contains(QStringLiteral("differ")));
    snap(&dialog, QStringLiteral("create-key"));
    click(dialog.createButton());
    QVERIFY(dialog.messageLabel()->isVisible()); // two different passphrases: refused, nothing created
    QVERIFY(dialog.result() != QDialog::Accepted);
    QCOMPARE(KeyStore::list(db.value())->size(), 0);
    dialog.passphraseFields()->secondField()->clear();
    QTest::keyClicks(dialog.passphraseFields()->secondField(), QString::fromLatin1(kSigningPassphrase));
    click(dialog.createButton());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    m_signingKeyId = dialog.createdKeyId();
    QVERIFY(!m_signingKeyId.isEmpty());

    keys.reload();
    QCOMPARE(keys.model()->rowCount(), 1);
    const KeyTableModel::Row row = keys.model()->row(0);
    QCOMPARE(row.name, QStringLiteral("Ana Lee"));
    QCOMPARE(row.keyIdHex, m_signingKeyId);
    // The public key is exported in minisign's format; head office's encryption key is trusted.
    m_signerPub = m_dir.filePath(QStringLiteral("ana.pub"));
    QVERIFY(keys.exportPublicKey(0, m_signerPub));
    QFile exported(m_signerPub);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    Result<MinisignPublicKey> parsed = MinisignPublicKey::parse(exported.readAll());
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->keyIdHex(), m_signingKeyId);
    QVERIFY(!keys.trustEncryptionKeyFile(m_signerPub, QString())); // a signing key is not an encryption key
    QVERIFY(keys.messageLabel()->text().contains(QStringLiteral("signing key")));
    QVERIFY(keys.trustEncryptionKeyFile(m_dir.filePath(QStringLiteral("headoffice-encryption.pub")), QString()));
    QCOMPARE(keys.model()->rowCount(), 2);
    QCOMPARE(keys.model()->row(1).name, QStringLiteral("Head office Geneva"));
    QCOMPARE(keys.model()->row(1).kind, KeyTableModel::Kind::TrustedEncryption);
    keys.show();
    QVERIFY(keys.findChild<QLabel*>(QStringLiteral("reportFingerprint"))->text().contains(row.fingerprint));
    snap(&keys, QStringLiteral("keys"));
}

void TestSigningDialogs::unlockWrongThenRightPassphrase()
{
    MainWindow window;
    QVERIFY(window.openStore(m_auditor.path));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QToolButton* state = window.security()->lockStateButton();
    QVERIFY(state->text().contains(QStringLiteral("locked")));

    bool sawWrong = false;
    bool driven = false;
    whenModal<UnlockPersonalDataDialog>([&](UnlockPersonalDataDialog* dialog) {
        driven = true;
        QVERIFY(!dialog->createsKey());
        QTest::keyClicks(dialog->passphraseField(), QStringLiteral("not the passphrase"));
        click(dialog->unlockButton());
        // Wrong: a clear message, the dialog stays for another try, the session stays locked.
        sawWrong = dialog->isVisible() && dialog->messageLabel()->isVisible() &&
                   dialog->messageLabel()->text().contains(QStringLiteral("Wrong passphrase")) &&
                   !window.security()->session()->isUnlocked() && dialog->passphraseField()->text().isEmpty();
        snap(dialog, QStringLiteral("unlock-wrong"));
        QTest::keyClicks(dialog->passphraseField(), QString::fromLatin1(PersonalDataFixture::kPassphrase));
        click(dialog->unlockButton());
    });
    // Opening an audit asks once for the passphrase (the store has a personal-data key).
    QVERIFY(window.openAudit(m_auditor.auditId));
    QTRY_VERIFY_WITH_TIMEOUT(driven && !QApplication::activeModalWidget(), 20000);
    QVERIFY(sawWrong);
    WorkspaceContext& context = window.workspace()->context();
    QVERIFY(window.security()->session()->isUnlocked());
    QVERIFY(context.protector() && context.protector()->isUnlocked());
    QVERIFY(state->text().contains(QStringLiteral("unlocked")));
    // The sealed names open with the session's key: the fields are readable now.
    Result<QVariant> sealed = window.database().scalar(QStringLiteral("SELECT name FROM workers ORDER BY source_line"));
    QCOMPARE(context.protector()->open(sealed->toByteArray()).value_or(QString()), m_auditor.workerNames.first());
    snap(&window, QStringLiteral("main-window-unlocked"));

    // Lock: the key is dropped from the audit and wiped; asked once, so reopening does not ask again.
    window.security()->lockAction()->trigger();
    QVERIFY(!context.protector());
    QVERIFY(state->text().contains(QStringLiteral("locked")));
    window.showAuditList();
    QVERIFY(window.openAudit(m_auditor.auditId));
    QTest::qWait(50);
    QVERIFY(!QApplication::activeModalWidget());
    QVERIFY(!window.workspace()->context().protector());
    // Unlocked again from the status bar: the open audit gets the protector at once.
    whenModal<UnlockPersonalDataDialog>([](UnlockPersonalDataDialog* dialog) {
        QTest::keyClicks(dialog->passphraseField(), QString::fromLatin1(PersonalDataFixture::kPassphrase));
        click(dialog->unlockButton());
    });
    click(state);
    QVERIFY(window.workspace()->context().protector());
}

void TestSigningDialogs::exportSealedPackage()
{
    MainWindow window;
    QVERIFY(window.openStore(m_auditor.path));
    window.security()->session()->setAsked(true); // unlocked below, from the export dialog itself
    QVERIFY(window.openAudit(m_auditor.auditId));
    ExportPackageDialog dialog(window.workspace()->context(), &window);
    dialog.show();
    QCOMPARE(dialog.keyCombo()->count(), 1);
    QCOMPARE(dialog.recipientCombo()->count(), 1);
    QTest::keyClicks(dialog.passphraseField(), QString::fromLatin1(kSigningPassphrase));
    dialog.sealButton()->setChecked(true);
    m_package = m_dir.filePath(QStringLiteral("mekong.fieldbook"));
    dialog.pathField()->setText(m_package);
    snap(&dialog, QStringLiteral("export"));
    // Personal data is locked: Export asks for the store's passphrase first.
    whenModal<UnlockPersonalDataDialog>([](UnlockPersonalDataDialog* unlock) {
        QTest::keyClicks(unlock->passphraseField(), QString::fromLatin1(PersonalDataFixture::kPassphrase));
        click(unlock->unlockButton());
    });
    click(dialog.exportButton());
    QVERIFY2(QFile::exists(m_package) && QFile::exists(m_package + QStringLiteral(".minisig")),
             qPrintable(dialog.resultLabel()->text()));
    const QString fingerprint = KeyStore::find(window.database(), m_signingKeyId)->publicKey.fingerprint();
    QVERIFY2(dialog.resultLabel()->text().contains(fingerprint), qPrintable(dialog.resultLabel()->text()));
    QVERIFY(dialog.resultLabel()->text().contains(QStringLiteral("sealed for Head office Geneva")));
    snap(&dialog, QStringLiteral("export-done"));
    QFile file(m_package);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const QStringList leaked = plaintextFound(bytes, m_auditor.planted);
    QVERIFY2(leaked.isEmpty(), qPrintable(leaked.join(QStringLiteral(", "))));
    Result<PackageContainer> container = PackageContainer::parse(bytes);
    QVERIFY(container.ok());
    QVERIFY(container->entry(QStringLiteral("report.pdf")));
    QCOMPARE(container->formatVersion, 2);
}

void TestSigningDialogs::verifyValidThenTampered()
{
    Result<Database> db = Database::open(m_hoStore);
    VerifyPackageDialog dialog(db.value());
    dialog.show();
    PackageVerification v = dialog.verifyFile(m_package, m_signerPub);
    QVERIFY2(v.isValid(), qPrintable(v.reason));
    QVERIFY(dialog.verdictLabel()->text().startsWith(QStringLiteral("Valid")));
    QVERIFY(dialog.verdictLabel()->styleSheet().contains(QStringLiteral("#1b6e2d")));
    QVERIFY(dialog.detailsLabel()->text().contains(QStringLiteral("Ana Lee")));
    // The key file is not in the store's trust list: the verdict says so, with the fingerprint;
    // names from the signer are never rendered as markup.
    QVERIFY(dialog.verdictLabel()->text().contains(QStringLiteral("one-time key")));
    QVERIFY(dialog.verdictLabel()->text().contains(v.fingerprint));
    QCOMPARE(dialog.verdictLabel()->textFormat(), Qt::PlainText);
    QCOMPARE(dialog.detailsLabel()->textFormat(), Qt::PlainText);
    QVERIFY(dialog.detailsLabel()->text().contains(v.fingerprint));
    QVERIFY(dialog.detailsLabel()->text().contains(QStringLiteral("sealed for Head office Geneva")));
    snap(&dialog, QStringLiteral("verify-valid"));
    // A copy with one byte changed, beside the same signature.
    QFile original(m_package);
    QVERIFY(original.open(QIODevice::ReadOnly));
    QByteArray bytes = original.readAll();
    bytes[bytes.size() / 2] = char(bytes.at(bytes.size() / 2) ^ 0x01);
    const QString tampered = m_dir.filePath(QStringLiteral("tampered.fieldbook"));
    QFile copy(tampered);
    QVERIFY(copy.open(QIODevice::WriteOnly));
    copy.write(bytes);
    copy.close();
    QVERIFY(QFile::copy(m_package + QStringLiteral(".minisig"), tampered + QStringLiteral(".minisig")));
    v = dialog.verifyFile(tampered, m_signerPub);
    QVERIFY(!v.isValid());
    QVERIFY(dialog.verdictLabel()->text().startsWith(QStringLiteral("Not valid")));
    QVERIFY(dialog.verdictLabel()->styleSheet().contains(QStringLiteral("#b3261e")));
    snap(&dialog, QStringLiteral("verify-tampered"));
    // Without a key file, an unknown signer is refused with the reason.
    v = dialog.verifyFile(m_package);
    QCOMPARE(v.outcome, PackageVerification::Outcome::UnknownKey);
    QVERIFY(dialog.verdictLabel()->text().contains(QStringLiteral("not trusted")));
}

void TestSigningDialogs::importAtHeadOfficeAndResolveConflict()
{
    Result<Database> db = Database::open(m_hoStore);
    db->setActor(QStringLiteral("Head office reviewer"));
    PersonalDataSession session;
    QVERIFY(session.create(db.value(), QStringLiteral("head office data key")).ok());
    {
        ImportPackageDialog dialog(db.value(), session);
        dialog.show();
        dialog.keyField()->setText(m_signerPub);
        // A tampered package is refused before anything is written.
        PackageVerification v = dialog.check(m_dir.filePath(QStringLiteral("tampered.fieldbook")));
        QVERIFY(!v.isValid());
        QVERIFY(!dialog.importButton()->isEnabled());
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM audits"))->toInt(), 0);
        v = dialog.check(m_package);
        QVERIFY(v.isValid());
        QVERIFY(dialog.encryptionPassphraseField()->isVisible());
        // A wrong encryption passphrase imports nothing and says so.
        QTest::keyClicks(dialog.encryptionPassphraseField(), QStringLiteral("wrong head office key"));
        click(dialog.importButton());
        QVERIFY(dialog.resultLabel()->text().contains(QStringLiteral("Wrong passphrase")));
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM audits"))->toInt(), 0);
        QTest::keyClicks(dialog.encryptionPassphraseField(), QString::fromLatin1(kHeadOfficePassphrase));
        snap(&dialog, QStringLiteral("import-check"));
        click(dialog.importButton());
        QVERIFY2(dialog.resultLabel()->text().startsWith(QStringLiteral("Merged")),
                 qPrintable(dialog.resultLabel()->text()));
        QVERIFY(dialog.resultLabel()->text().contains(QStringLiteral("Personal values opened")));
        QVERIFY(!dialog.conflictsPanel()->isVisible());
    }
    Result<QVariant> name = db->scalar(QStringLiteral("SELECT name FROM workers ORDER BY source_line"));
    QCOMPARE(session.protector()->open(name->toByteArray()).value_or(QString()), m_auditor.workerNames.first());

    // Head office and the auditor then change the same note and the same finding title differently.
    QVERIFY(db->exec(QStringLiteral("INSERT INTO findings (uuid, audit_id, title, severity, created_at, updated_at) "
                                    "SELECT 'find-9', id, 'Blank time cards', 'major', 'now', 'now' FROM audits"))
                .ok());
    {
        Result<Database> auditor = Database::open(m_auditor.path);
        QVERIFY(auditor
                    ->exec(QStringLiteral("INSERT INTO findings (uuid, audit_id, title, severity, created_at, "
                                          "updated_at) SELECT 'find-9', id, 'Blank time cards', 'major', 'now', "
                                          "'now' FROM audits"))
                    .ok());
        Result<std::unique_ptr<SodiumDataProtector>> key =
            SodiumDataProtector::unlock(auditor.value(), QString::fromLatin1(PersonalDataFixture::kPassphrase));
        QVERIFY(key.ok());
        Result<Statement> note =
            auditor->prepare(QStringLiteral("UPDATE interviews SET notes = ?1 WHERE pseudonym = 'W-01'"));
        note->bind(1, key.value()->seal(QStringLiteral("Revised note: supervisor threatens dismissals")));
        QVERIFY(note->exec());
        PackageExportOptions first;
        first.auditUuid = m_auditor.auditUuid;
        first.personal = PersonalDataMode::Seal;
        first.protector = key.value().get();
        first.recipient = EncryptionKeyStore::recipient(auditor.value(), m_hoKeyId).value();
        Result<SigningKeyPair> signing =
            KeyStore::unlock(auditor.value(), m_signingKeyId, QString::fromLatin1(kSigningPassphrase));
        QVERIFY(signing.ok());
        // The finding reaches head office first; then both change its title.
        const QString withFinding = m_dir.filePath(QStringLiteral("finding.fieldbook"));
        QVERIFY(
            AuditPackage::exportSigned(auditor.value(), first, signing.value(), QStringLiteral("Ana Lee"), withFinding)
                .ok());
        QVERIFY(FieldEditor(auditor.value())
                    .setValue(QStringLiteral("findings"), QStringLiteral("find-9"), QStringLiteral("title"),
                              QStringLiteral("Time cards signed blank"))
                    .ok());
        m_package = m_dir.filePath(QStringLiteral("second.fieldbook"));
        QVERIFY(
            AuditPackage::exportSigned(auditor.value(), first, signing.value(), QStringLiteral("Ana Lee"), m_package)
                .ok());
    }
    QVERIFY(FieldEditor(db.value())
                .setValue(QStringLiteral("findings"), QStringLiteral("find-9"), QStringLiteral("title"),
                          QStringLiteral("Falsified time cards"))
                .ok());
    session.lock(); // the personal conflict shows locked until head office unlocks
    ImportPackageDialog dialog(db.value(), session);
    dialog.show();
    dialog.keyField()->setText(m_signerPub);
    QVERIFY(dialog.check(m_package).isValid());
    click(dialog.importButton());
    QVERIFY2(dialog.resultLabel()->text().contains(QStringLiteral("conflicting edits")),
             qPrintable(dialog.resultLabel()->text()));
    SyncConflictsPanel* panel = dialog.conflictsPanel();
    QVERIFY(panel->isVisible());
    SyncConflictModel* model = panel->model();
    // Locked: the personal values (sealed twice, so never equal as bytes) cannot be compared yet,
    // so each is kept for review, shown locked; nothing is dropped.
    QCOMPARE(model->rowCount(), 1 + 2 * 2 + 2);
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->conflict(r).personal) {
            QCOMPARE(model->data(model->index(r, SyncConflictModel::IncomingColumn)).toString(),
                     QStringLiteral("(personal data, locked)"));
        }
    }
    snap(&dialog, QStringLiteral("import-conflicts-locked"));
    // With the passphrases: nothing new is imported, the values open, the equal ones settle.
    QVERIFY(session.unlock(db.value(), QStringLiteral("head office data key")).ok());
    QVERIFY(dialog.check(m_package).isValid());
    QTest::keyClicks(dialog.encryptionPassphraseField(), QString::fromLatin1(kHeadOfficePassphrase));
    click(dialog.importButton());
    QVERIFY2(dialog.resultLabel()->text().startsWith(QStringLiteral("Nothing new")),
             qPrintable(dialog.resultLabel()->text()));
    QVERIFY(panel->isVisible());
    QCOMPARE(model->rowCount(), 2);
    int titleRow = -1;
    int noteRow = -1;
    for (int r = 0; r < model->rowCount(); ++r) {
        (model->conflict(r).field == QLatin1String("title") ? titleRow : noteRow) = r;
    }
    QVERIFY(titleRow >= 0 && noteRow >= 0);
    QCOMPARE(model->conflict(noteRow).field, QStringLiteral("notes"));
    QCOMPARE(model->data(model->index(noteRow, SyncConflictModel::IncomingColumn)).toString(),
             QStringLiteral("Revised note: supervisor threatens dismissals"));
    QCOMPARE(model->data(model->index(noteRow, SyncConflictModel::LocalColumn)).toString(),
             m_auditor.interviewNotes.first());
    QCOMPARE(model->data(model->index(titleRow, SyncConflictModel::LocalColumn)).toString(),
             QStringLiteral("Falsified time cards"));
    QCOMPARE(model->data(model->index(titleRow, SyncConflictModel::IncomingColumn)).toString(),
             QStringLiteral("Time cards signed blank"));
    QVERIFY(model->data(model->index(titleRow, SyncConflictModel::LocalByColumn))
                .toString()
                .contains(QStringLiteral("Head office reviewer")));
    // Head office does not trust the key; it was given for this import: the conflict names it so,
    // never by the name the signature's comment claims.
    QVERIFY(model->data(model->index(titleRow, SyncConflictModel::IncomingByColumn))
                .toString()
                .contains(QStringLiteral("one-time key")));
    snap(&dialog, QStringLiteral("import-conflicts"));
    // The head-office store and its WAL, as on disk now, hold none of it in clear.
    const QStringList leaked = plaintextFound(storeFileBytes(m_hoStore),
                                              m_auditor.planted + QStringList{QStringLiteral("supervisor threatens")});
    QVERIFY2(leaked.isEmpty(), qPrintable(leaked.join(QStringLiteral(", "))));

    // Take the auditor's title: committed at once with its audit trail.
    panel->table()->selectRow(titleRow);
    click(panel->takeIncomingButton());
    QCOMPARE(db->scalar(QStringLiteral("SELECT title FROM findings WHERE uuid = 'find-9'"))->toString(),
             QStringLiteral("Time cards signed blank"));
    Result<QList<AuditTrailEntry>> trail = AuditTrail::forEntity(db.value(), QStringLiteral("find-9"));
    QCOMPARE(trail->last().newValue.toString(), QStringLiteral("Time cards signed blank"));
    QCOMPARE(trail->last().actor, QStringLiteral("Head office reviewer"));
    QCOMPARE(model->rowCount(), 1);
    // Keep head office's note.
    panel->table()->selectRow(0);
    click(panel->keepLocalButton());
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM sync_conflicts WHERE resolution IS NULL"))->toInt(), 0);
}

// Tools > Keys: a trusted signing key is revoked (shown so, its packages from then on refused)
// and then taken off the trust list.
void TestSigningDialogs::revokeAndUntrustInKeysDialog()
{
    Result<Database> db = Database::open(m_dir.filePath(QStringLiteral("keys-revoke.sqlite")));
    QVERIFY(db.ok());
    KeysDialog keys(db.value());
    keys.show();
    QVERIFY(keys.trustSigningKeyFile(m_signerPub, QStringLiteral("Ana <i>Lee</i>")));
    QCOMPARE(keys.model()->rowCount(), 1);
    keys.table()->setCurrentIndex(keys.model()->index(0, 0));
    auto* revoke = keys.findChild<QPushButton*>(QStringLiteral("revokeKeyButton"));
    auto* untrust = keys.findChild<QPushButton*>(QStringLiteral("untrustKeyButton"));
    QVERIFY(revoke->isEnabled() && untrust->isEnabled());
    // Revoked as of yesterday (when the key was last known safe).
    QVERIFY(keys.revokeKey(0, QDateTime::currentDateTimeUtc().addDays(-1)));
    QVERIFY(keys.messageLabel()->text().contains(QStringLiteral("Ana <i>Lee</i>"))); // shown as text
    QCOMPARE(keys.messageLabel()->textFormat(), Qt::PlainText);
    QVERIFY(keys.model()
                ->data(keys.model()->index(0, KeyTableModel::KindColumn))
                .toString()
                .contains(QStringLiteral("revoked")));
    QVERIFY(!db->scalar(QStringLiteral("SELECT revoked_at FROM trusted_keys"))->isNull());
    keys.table()->setCurrentIndex(keys.model()->index(0, 0));
    QVERIFY(!revoke->isEnabled());
    // The auditor's package was signed today, after the revocation: refused.
    const PackageVerification v = PackageVerifier::verify(&db.value(), m_package);
    QVERIFY(!v.isValid());
    QVERIFY2(v.reason.contains(QStringLiteral("revoked")), qPrintable(v.reason));
    QVERIFY(keys.untrustKey(0));
    QCOMPARE(keys.model()->rowCount(), 0);
}

FIELDBOOK_TEST_MAIN(TestSigningDialogs)
#include "TestSigningDialogs.moc"
