// The PDF inside a signed package speaks the audit's report language from the first word to the
// last, whatever language the interface speaks: exported with PackageExporter (as the desktop app
// does), read back from the package (PackageContainer) and through pdftotext (poppler-utils).
#include "support/FieldworkFixture.h"
#include "support/TestRegistry.h"
#include "support/TestSupport.h"

#include "app/i18n/AppTranslator.h"
#include "app/signing/KeyStore.h"
#include "app/sync/PackageContainer.h"
#include "app/sync/PackageExporter.h"
#include "database/Ids.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace fieldbook;

namespace {

const QString kPassphrase = QStringLiteral("a long enough passphrase");

QString pdfText(const QString& pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}

} // namespace

class TestPackageReportLanguage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void packagePdfIsInTheAuditLanguage_data();
    void packagePdfIsInTheAuditLanguage();

private:
    bool exec(const QString& sql, const QVariantList& binds = {});

    QTemporaryDir m_dir;
    test::FieldworkFixture m_f;
    QString m_keyId;
};

bool TestPackageReportLanguage::exec(const QString& sql, const QVariantList& binds)
{
    Result<Statement> stmt = m_f.db.prepare(sql);
    if (!stmt) {
        qWarning() << stmt.error();
        return false;
    }
    for (int i = 0; i < binds.size(); ++i) {
        stmt->bindVariant(i + 1, binds.at(i));
    }
    if (!stmt->exec()) {
        qWarning() << stmt->errorMessage() << sql;
        return false;
    }
    return true;
}

void TestPackageReportLanguage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        QFAIL("pdftotext (poppler-utils, packaging/debian-build-deps.txt) is needed by this test");
    }
    QString error;
    QVERIFY2(m_f.create(m_dir.filePath(QStringLiteral("store.sqlite")), &error), qPrintable(error));
    // A finding with its evidence: the appendix names it ("Finding F-01"), a label the report
    // loader writes, not the builder.
    const QString now = nowUtc();
    QVERIFY(exec(QStringLiteral("INSERT INTO findings (uuid, audit_id, item_id, title, severity, created_at, "
                                "updated_at) VALUES (?1, ?2, ?3, 'Blocked fire exit', 'major', ?4, ?4)"),
                 {newUuid(), m_f.auditId, m_f.itemIds.at(0), now}));
    const qint64 finding = m_f.db.lastInsertRowId();
    QVERIFY(exec(QStringLiteral("INSERT INTO evidence (uuid, audit_id, finding_id, file_name, mime_type, size_bytes, "
                                "sha256, content, created_at) VALUES (?1, ?2, ?3, 'exit.jpg', 'image/jpeg', 4, ?4, "
                                "x'00010203', ?5)"),
                 {newUuid(), m_f.auditId, finding, QStringLiteral("ab").repeated(32), now}));
    Result<AuditorKeyInfo> key = KeyStore::create(m_f.db, QStringLiteral("Ana Auditor"), kPassphrase);
    QVERIFY2(key, qPrintable(key.error()));
    m_keyId = key->publicKey.keyIdHex();
}

void TestPackageReportLanguage::packagePdfIsInTheAuditLanguage_data()
{
    QTest::addColumn<QString>("interface");
    QTest::addColumn<QString>("report");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("foreign");
    const QStringList spanish{QStringLiteral("Resumen ejecutivo"), QStringLiteral("Confidencial"),
                              QStringLiteral("Hallazgo F-01")};
    const QStringList english{QStringLiteral("Executive summary"), QStringLiteral("Confidential"),
                              QStringLiteral("Finding F-01")};
    const QStringList chinese{QStringLiteral("执行摘要"), QStringLiteral("机密"), QStringLiteral("审核发现 F-01")};
    QTest::newRow("English interface, Spanish audit") << "en"
                                                      << "es" << spanish << english;
    QTest::newRow("Chinese interface, Spanish audit") << "zh_CN"
                                                      << "es" << spanish << english + chinese;
    QTest::newRow("Spanish interface, Chinese audit") << "es"
                                                      << "zh_CN" << chinese << english + spanish;
}

void TestPackageReportLanguage::packagePdfIsInTheAuditLanguage()
{
    QFETCH(QString, interface);
    QFETCH(QString, report);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, foreign);
    AppTranslator ui;
    QVERIFY(ui.install(interface));
    QVERIFY(exec(QStringLiteral("UPDATE audits SET language = ?1 WHERE id = ?2"), {report, m_f.auditId}));

    PackageExportRequest request;
    request.auditUuid = m_f.auditUuid;
    request.signingKeyId = m_keyId;
    request.passphrase = kPassphrase;
    request.includeReport = true;
    request.path = m_dir.filePath(QStringLiteral("%1-%2.fieldbook").arg(interface, report));
    Result<PackageExportSummary> exported = PackageExporter::run(m_f.db, request);
    QVERIFY2(exported, qPrintable(exported.error()));
    QCOMPARE(exported->reportLanguage, report);
    QVERIFY(exported->reportPages > 0);

    QFile file(request.path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    Result<PackageContainer> package = PackageContainer::parse(file.readAll());
    QVERIFY2(package, qPrintable(package.error()));
    const PackageEntry* entry = package->entry(QStringLiteral("report.pdf"));
    QVERIFY(entry);
    const QString pdf = m_dir.filePath(QStringLiteral("%1-%2.pdf").arg(interface, report));
    QFile out(pdf);
    QVERIFY(out.open(QIODevice::WriteOnly));
    QCOMPARE(out.write(entry->data), entry->data.size());
    out.close();

    const QString text = pdfText(pdf);
    QVERIFY(!text.isEmpty());
    for (const QString& word : expected) {
        QVERIFY2(text.contains(word), qPrintable(QStringLiteral("missing: ") + word));
    }
    for (const QString& word : foreign) {
        QVERIFY2(!text.contains(word), qPrintable(QStringLiteral("not in the report's language: ") + word));
    }
    if (report != QLatin1String("zh_CN")) {
        // Every interface message has a Chinese translation (TestTranslations): one leaking from a
        // Chinese interface would bring Han characters with it.
        const QRegularExpressionMatch han = QRegularExpression(QStringLiteral("\\p{Han}+")).match(text);
        QVERIFY2(!han.hasMatch(), qPrintable(QStringLiteral("Chinese in a %1 report: ").arg(report) + han.captured()));
    }
}

FIELDBOOK_TEST_MAIN(TestPackageReportLanguage)
#include "TestPackageReportLanguage.moc"
