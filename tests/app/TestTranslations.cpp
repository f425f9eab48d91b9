#include "support/TestRegistry.h"
#include "support/TestSupport.h"

#include "app/codes/CatalogTranslations.h"
#include "app/codes/ChecklistDeriver.h"
#include "app/i18n/AppTranslator.h"
#include "app/i18n/Languages.h"
#include "app/report/ReportLanguage.h"
#include "app/report/ReportStrings.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace fieldbook;

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    QString type;             // "", "unfinished", "vanished", "obsolete"
    QStringList translations; // one, or one per plural form
    bool numerus = false;

    QString key() const
    {
        return context + QLatin1Char('\x1f') + source + QLatin1Char('\x1f') + comment;
    }
};

// Reads a Qt Linguist file; fails the test on malformed XML.
QList<TsMessage> readTs(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": cannot read");
        return {};
    }
    QList<TsMessage> messages;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
                messages << current;
            }
            continue;
        }
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = TsMessage{};
            current.context = context;
            current.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            current.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!current.numerus) {
                current.translations = {xml.readElementText()};
            }
        } else if (name == QLatin1String("numerusform")) {
            current.translations << xml.readElementText();
        }
    }
    if (xml.hasError()) {
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    }
    return messages;
}

QString tsPath(const QString& language)
{
    return test::sourceDir() + QStringLiteral("/resources/translations/fieldbook_%1.ts").arg(language);
}

QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d)"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        found << it.next().captured(1);
    }
    return found;
}

} // namespace

// The translations are complete, current with the sources, compiled into the binary, and used:
// the interface translator, the report's own language, and the catalog overlays.
class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void everyMessageIsTranslated_data();
    void everyMessageIsTranslated();
    void tsFilesAreCurrentWithTheSources_data();
    void tsFilesAreCurrentWithTheSources();
    void embeddedTranslationsMatchTheTsFiles_data();
    void embeddedTranslationsMatchTheTsFiles();
    void reportLanguageOverridesTheInterface();
    void systemLocalePicksASupportedLanguage();
    void sa8000IsTranslatedIntoChinese();
    void staleCatalogTranslationIsNotUsed();
};

void TestTranslations::everyMessageIsTranslated_data()
{
    QTest::addColumn<QString>("language");
    for (const LanguageInfo& l : Languages::supported()) {
        if (l.code != QLatin1String("en")) {
            QTest::newRow(qPrintable(l.code)) << l.code;
        }
    }
}

void TestTranslations::everyMessageIsTranslated()
{
    QFETCH(QString, language);
    QString error;
    const QList<TsMessage> messages = readTs(tsPath(language), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 500);
    QStringList problems;
    for (const TsMessage& m : messages) {
        const QString where = m.context + QStringLiteral(": ") + m.source.left(60);
        if (!m.type.isEmpty()) {
            problems << QStringLiteral("%1 (%2)").arg(where, m.type);
            continue;
        }
        if (m.translations.isEmpty() || std::any_of(m.translations.begin(), m.translations.end(),
                                                    [](const QString& t) { return t.trimmed().isEmpty(); })) {
            problems << where + QStringLiteral(" (empty)");
            continue;
        }
        for (const QString& t : m.translations) {
            if (placeholders(t) != placeholders(m.source)) {
                problems << where + QStringLiteral(" (placeholders differ: ") + t + QLatin1Char(')');
            }
            if (m.numerus && m.source.contains(QLatin1String("%n")) && !t.contains(QLatin1String("%n"))) {
                problems << where + QStringLiteral(" (%n missing)");
            }
        }
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 problem(s); run resources/translations/update.sh:\n").arg(problems.size()) +
                        problems.mid(0, 30).join(QLatin1Char('\n'))));
}

void TestTranslations::tsFilesAreCurrentWithTheSources_data()
{
    everyMessageIsTranslated_data();
}

void TestTranslations::tsFilesAreCurrentWithTheSources()
{
    // lupdate over the same sources as the update_translations target, into a scratch file: every
    // string in the sources must be in the committed .ts (a new tr() without a translation fails).
    QFETCH(QString, language);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fresh = dir.filePath(QStringLiteral("fresh.ts"));
    QProcess lupdate;
    lupdate.setWorkingDirectory(test::sourceDir());
    lupdate.start(QStringLiteral(FIELDBOOK_LUPDATE),
                  {QStringLiteral("-silent"), QStringLiteral("-I"), test::sourceDir(), QStringLiteral("-locations"),
                   QStringLiteral("none"), QStringLiteral("@") + QStringLiteral(FIELDBOOK_TR_SOURCES),
                   QStringLiteral("-ts"), fresh});
    QVERIFY(lupdate.waitForFinished(180000));
    QCOMPARE(lupdate.exitCode(), 0);
    QString error;
    const QList<TsMessage> inSources = readTs(fresh, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(inSources.size() > 500);
    QSet<QString> committed;
    for (const TsMessage& m : readTs(tsPath(language), &error)) {
        committed << m.key();
    }
    QStringList missing;
    for (const TsMessage& m : inSources) {
        if (!committed.contains(m.key())) {
            missing << m.context + QStringLiteral(": ") + m.source;
        }
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("not in %1 (run resources/translations/update.sh):\n").arg(tsPath(language)) +
                        missing.mid(0, 30).join(QLatin1Char('\n'))));
}

void TestTranslations::embeddedTranslationsMatchTheTsFiles_data()
{
    everyMessageIsTranslated_data();
}

void TestTranslations::embeddedTranslationsMatchTheTsFiles()
{
    QFETCH(QString, language);
    QTranslator translator;
    QVERIFY2(translator.load(QStringLiteral(":/i18n/fieldbook_") + language), "the .qm is not embedded");
    QString error;
    int checked = 0;
    for (const TsMessage& m : readTs(tsPath(language), &error)) {
        if (m.numerus) {
            continue;
        }
        const QByteArray context = m.context.toUtf8(), source = m.source.toUtf8(), comment = m.comment.toUtf8();
        QCOMPARE(translator.translate(context.constData(), source.constData(),
                                      comment.isEmpty() ? nullptr : comment.constData()),
                 m.translations.value(0));
        ++checked;
    }
    QVERIFY(checked > 500);
}

void TestTranslations::reportLanguageOverridesTheInterface()
{
    // A Chinese interface, an English report: the report's words must not come out Chinese.
    AppTranslator ui;
    QVERIFY(ui.install(QStringLiteral("zh_CN")));
    const QString chineseTitle = ReportStrings::tr("Confidential");
    QVERIFY(chineseTitle != QLatin1String("Confidential"));
    {
        const ReportLanguage english(QStringLiteral("en"));
        QCOMPARE(english.language(), QStringLiteral("en"));
        QCOMPARE(ReportStrings::tr("Confidential"), QStringLiteral("Confidential"));
        QCOMPARE(ReportStrings::findingSeverity(QStringLiteral("major")), QStringLiteral("Major"));
    }
    {
        const ReportLanguage spanish(QStringLiteral("es-ES"));
        QCOMPARE(spanish.language(), QStringLiteral("es"));
        QVERIFY(spanish.translated());
        QCOMPARE(ReportStrings::tr("Confidential"), QStringLiteral("Confidencial"));
        QCOMPARE(ReportStrings::findingSeverity(QStringLiteral("major")), QStringLiteral("Mayor"));
    }
    // Gone again: the interface speaks Chinese.
    QCOMPARE(ReportStrings::tr("Confidential"), chineseTitle);
    QVERIFY(ui.install(QStringLiteral("en")));
    QCOMPARE(ReportStrings::tr("Confidential"), QStringLiteral("Confidential"));
}

void TestTranslations::systemLocalePicksASupportedLanguage()
{
    QCOMPARE(Languages::bestMatch(QLocale(QStringLiteral("zh_CN"))), QStringLiteral("zh_CN"));
    QCOMPARE(Languages::bestMatch(QLocale(QStringLiteral("zh_SG"))), QStringLiteral("zh_CN"));
    QCOMPARE(Languages::bestMatch(QLocale(QStringLiteral("zh_TW"))), QStringLiteral("en"));
    QCOMPARE(Languages::bestMatch(QLocale(QStringLiteral("es_MX"))), QStringLiteral("es"));
    QCOMPARE(Languages::bestMatch(QLocale(QStringLiteral("de_DE"))), QStringLiteral("en"));
    QCOMPARE(ReportLanguage::normalise(QStringLiteral("zh-CN")), QStringLiteral("zh_CN"));
    QCOMPARE(ReportLanguage::normalise(QStringLiteral("xx")), QStringLiteral("en"));
}

void TestTranslations::sa8000IsTranslatedIntoChinese()
{
    const CatalogTranslations& zh = CatalogTranslations::builtIn(QStringLiteral("zh_CN"));
    QFile catalog(QStringLiteral(":/codes/sa8000.json"));
    QVERIFY(catalog.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(catalog.readAll()).object();
    int questions = 0;
    QStringList untranslated;
    for (const QJsonValue& s : root.value(QStringLiteral("sections")).toArray()) {
        const QJsonObject section = s.toObject();
        const QString label =
            ChecklistDeriver::sectionLabel(QStringLiteral("sa8000"), section.value(QStringLiteral("id")).toString(),
                                           section.value(QStringLiteral("title")).toString());
        QVERIFY2(zh.section(label) != label, qPrintable(label));
        for (const QJsonValue& c : section.value(QStringLiteral("clauses")).toArray()) {
            for (const QJsonValue& q : c.toObject().value(QStringLiteral("questions")).toArray()) {
                const QJsonObject question = q.toObject();
                ++questions;
                const TranslatedQuestion* t = zh.question(question.value(QStringLiteral("id")).toString(),
                                                          question.value(QStringLiteral("text")).toString());
                if (!t || t->text.isEmpty() || t->guidance.isEmpty() || t->evidence.isEmpty()) {
                    untranslated << question.value(QStringLiteral("id")).toString();
                }
            }
        }
    }
    QCOMPARE(questions, 83);
    QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QStringLiteral(", "))));
    QCOMPARE(zh.section(QStringLiteral("SA8000 7 Working Hours")), QStringLiteral("SA8000 7 工作时间"));
    // Shared questions of multi-code audits, with their topic.
    QVERIFY(zh.question(QStringLiteral("x.hours.rest_day"),
                        QStringLiteral("Do workers get at least one day off in seven?")));
    QVERIFY(zh.section(QStringLiteral("Shared: Working hours")).contains(QStringLiteral("工作时间")));
    // English has no overlay: everything stays as stored.
    QVERIFY(CatalogTranslations::builtIn(QStringLiteral("en")).isEmpty());
}

void TestTranslations::staleCatalogTranslationIsNotUsed()
{
    const QByteArray overlay = R"({"format_version": 1, "catalog": "sa8000", "language": "zh_CN",
        "sections": {"7": {"source": "Working Hours", "text": "工作时间"}},
        "questions": {"sa8000.7.1.q1": {"source": "Old wording?", "text": "旧的问题？"}}})";
    Result<CatalogTranslations> t = CatalogTranslations::parse(overlay, QStringLiteral("test.json"));
    QVERIFY2(t, qPrintable(t.error()));
    QVERIFY(t->question(QStringLiteral("sa8000.7.1.q1"), QStringLiteral("Old wording?")));
    QVERIFY(!t->question(QStringLiteral("sa8000.7.1.q1"), QStringLiteral("New wording?")));
    QCOMPARE(t->section(QStringLiteral("SA8000 7 Working Hours")), QStringLiteral("SA8000 7 工作时间"));
    QCOMPARE(t->section(QStringLiteral("SA8000 8 Remuneration")), QStringLiteral("SA8000 8 Remuneration"));
    Result<CatalogTranslations> broken = CatalogTranslations::parse(
        R"({"format_version": 1, "catalog": "x", "language": "es", "questions": {"q": {"text": "t"}}})",
        QStringLiteral("broken.json"));
    QVERIFY(!broken);
    QVERIFY2(broken.error().contains(QLatin1String("broken.json")) && broken.error().contains(QLatin1String("source")),
             qPrintable(broken.error()));
}

FIELDBOOK_TEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
