#include "app/analysis/FigureLabels.h"
#include "app/i18n/AppTranslator.h"
#include "support/FlaggedFactory.h"
#include "support/TestRegistry.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace fieldbook;
using namespace fieldbook::test;

// The figures behind a flag are shown by name: every name any check writes (run on a factory with
// every check's pattern planted) has words of its own, and those words are translated.
class TestFigureLabels : public QObject
{
    Q_OBJECT

private:
    static void collectKeys(const QJsonValue& value, QSet<QString>& keys)
    {
        if (value.isObject()) {
            const QJsonObject o = value.toObject();
            for (auto it = o.begin(); it != o.end(); ++it) {
                keys.insert(it.key());
                collectKeys(it.value(), keys);
            }
        } else if (value.isArray()) {
            for (const QJsonValue& v : value.toArray()) {
                collectKeys(v, keys);
            }
        }
    }

private slots:
    void everyFigureOfEveryCheckHasWords()
    {
        QTemporaryDir dir;
        FlaggedFactory f;
        QString error;
        QVERIFY2(f.create(dir.filePath(QStringLiteral("store.sqlite")), 300, 63, 5, &error), qPrintable(error));
        QSet<QString> checks;
        QSet<QString> keys;
        for (const StoredFlag& stored : f.flags()) {
            checks.insert(stored.flag.check);
            collectKeys(stored.flag.evidence, keys);
        }
        QVERIFY2(checks.size() >= 15, qPrintable(QString::number(checks.size())));
        QVERIFY(keys.size() > 40);
        QStringList unlabelled;
        for (const QString& key : std::as_const(keys)) {
            if (!FigureLabels::hasLabel(key)) {
                unlabelled << key;
            }
        }
        unlabelled.sort();
        QVERIFY2(unlabelled.isEmpty(), qPrintable(unlabelled.join(QStringLiteral(", "))));
    }

    void labelsFollowTheInterfaceLanguage()
    {
        QCOMPARE(FigureLabels::label(QStringLiteral("minimum_age")), QStringLiteral("Minimum age"));
        QCOMPARE(FigureLabels::label(QStringLiteral("a_new_figure")), QStringLiteral("a new figure"));
        QVERIFY(AppTranslator::application().install(QStringLiteral("zh_CN")));
        QCOMPARE(FigureLabels::label(QStringLiteral("minimum_age")), QStringLiteral("最低年龄"));
        QVERIFY(AppTranslator::application().install(QStringLiteral("es")));
        QCOMPARE(FigureLabels::label(QStringLiteral("minimum_age")), QStringLiteral("Edad mínima"));
        AppTranslator::application().install(QStringLiteral("en"));
    }
};

FIELDBOOK_TEST_GUILESS_MAIN(TestFigureLabels)
#include "TestFigureLabels.moc"
