#include "app/analysis/CheckRegistry.h"
#include "app/codes/CatalogRegistry.h"
#include "app/codes/CountryRules.h"
#include "app/demo/DemoLauncher.h"
#include "app/i18n/AppTranslator.h"
#include "app/i18n/Languages.h"
#include "database/Database.h"
#include "support/TestRegistry.h"
#include "ui/MainWindow.h"
#include "ui/findings/ComplianceDashboard.h"
#include "ui/help/UserGuideDialog.h"
#include "ui/pages/FindingsPage.h"
#include "ui/preferences/PreferencesDialog.h"
#include "ui/welcome/WelcomeDialog.h"
#include "ui/wizard/NewAuditWizard.h"
#include "ui/workspace/AuditWorkspace.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QGroupBox>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocumentFragment>
#include <QTranslator>

using namespace fieldbook;

namespace {

const QString kOpen = QStringLiteral("\u27e6");
const QString kClose = QStringLiteral("\u27e7");

// Pseudo-translation: every string that goes through tr() / translate() comes back in ⟦ ⟧.
// A visible text with words outside the markers escaped tr(), unless the words are data.
class PseudoTranslator : public QTranslator
{
public:
    QString translate(const char*, const char* sourceText, const char*, int) const override
    {
        return kOpen + QString::fromUtf8(sourceText) + kClose;
    }
    bool isEmpty() const override
    {
        return false;
    }
};

struct Seen
{
    QString where;
    QString text;
};

QString plain(const QString& text)
{
    return Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
}

// Every text a person sees in `root`: labels, buttons, titles, items, headers, tooltips,
// placeholders, charts and menus. Editable contents are the auditor's own data and are skipped.
void collect(QWidget* root, QList<Seen>& out)
{
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    auto add = [&out](QObject* o, const QString& what, const QString& text) {
        if (!text.trimmed().isEmpty()) {
            out << Seen{
                QStringLiteral("%1 %2 (%3)").arg(QLatin1String(o->metaObject()->className()), o->objectName(), what),
                plain(text)};
        }
    };
    add(root, QStringLiteral("window title"), root->windowTitle());
    for (QWidget* w : std::as_const(widgets)) {
        if (w != root && !w->isVisibleTo(root)) {
            continue;
        }
        add(w, QStringLiteral("tooltip"), w->toolTip());
        add(w, QStringLiteral("accessible name"), w->accessibleName());
        if (auto* l = qobject_cast<QLabel*>(w)) {
            add(w, QStringLiteral("text"), l->text());
        } else if (auto* b = qobject_cast<QAbstractButton*>(w)) {
            add(w, QStringLiteral("text"), b->text());
        } else if (auto* g = qobject_cast<QGroupBox*>(w)) {
            add(w, QStringLiteral("title"), g->title());
        } else if (auto* e = qobject_cast<QLineEdit*>(w)) {
            add(w, QStringLiteral("placeholder"), e->placeholderText());
        } else if (auto* p = qobject_cast<QPlainTextEdit*>(w)) {
            add(w, QStringLiteral("placeholder"), p->placeholderText());
        } else if (auto* t = qobject_cast<QTextBrowser*>(w)) {
            if (t->objectName() != QLatin1String("userGuideBrowser")) { // the guide is a document
                for (QTextBlock block = t->document()->begin(); block.isValid(); block = block.next()) {
                    if (!block.blockFormat().nonBreakableLines()) { // <pre> holds data, not words
                        add(w, QStringLiteral("document"), block.text());
                    }
                }
            }
        } else if (auto* combo = qobject_cast<QComboBox*>(w)) {
            for (int i = 0; i < combo->count(); ++i) {
                add(w, QStringLiteral("item %1").arg(i), combo->itemText(i));
            }
        } else if (auto* d = qobject_cast<QDateEdit*>(w)) {
            // A date is written by the locale; only the "not set" text is ours.
            if (d->date() == d->minimumDate()) {
                add(w, QStringLiteral("text"), d->specialValueText());
            }
        } else if (auto* tabs = qobject_cast<QTabBar*>(w)) {
            for (int i = 0; i < tabs->count(); ++i) {
                add(w, QStringLiteral("tab %1").arg(i), tabs->tabText(i));
            }
        } else if (auto* chart = qobject_cast<QChartView*>(w); chart && chart->chart()) {
            add(w, QStringLiteral("chart title"), chart->chart()->title());
            for (QAbstractAxis* axis : chart->chart()->axes()) {
                if (auto* categories = qobject_cast<QBarCategoryAxis*>(axis)) {
                    for (const QString& c : categories->categories()) {
                        add(w, QStringLiteral("category"), c);
                    }
                }
            }
            for (QAbstractSeries* s : chart->chart()->series()) {
                if (auto* bars = qobject_cast<QAbstractBarSeries*>(s)) {
                    for (QBarSet* set : bars->barSets()) {
                        add(w, QStringLiteral("bar set"), set->label());
                    }
                }
            }
        } else if (auto* view = qobject_cast<QAbstractItemView*>(w); view && view->model()) {
            QAbstractItemModel* m = view->model();
            for (int c = 0; c < m->columnCount(); ++c) {
                add(w, QStringLiteral("header %1").arg(c), m->headerData(c, Qt::Horizontal).toString());
            }
            std::function<void(const QModelIndex&, int)> rows = [&](const QModelIndex& parent, int depth) {
                for (int r = 0; r < std::min(m->rowCount(parent), 60); ++r) {
                    for (int c = 0; c < m->columnCount(parent); ++c) {
                        const QModelIndex i = m->index(r, c, parent);
                        add(w, QStringLiteral("cell %1,%2").arg(r).arg(c), i.data(Qt::DisplayRole).toString());
                        add(w, QStringLiteral("cell tooltip %1,%2").arg(r).arg(c), i.data(Qt::ToolTipRole).toString());
                    }
                    if (depth < 2) {
                        rows(m->index(r, 0, parent), depth + 1);
                    }
                }
            };
            rows(QModelIndex(), 0);
        } else if (auto* bar = qobject_cast<QMenuBar*>(w)) {
            std::function<void(const QList<QAction*>&)> actions = [&](const QList<QAction*>& list) {
                for (QAction* a : list) {
                    if (a->isSeparator()) {
                        continue;
                    }
                    add(a, QStringLiteral("action"), a->text());
                    if (a->menu()) {
                        actions(a->menu()->actions());
                    }
                }
            };
            actions(bar->actions());
        }
    }
}

} // namespace

// The dynamic half of the "no string escapes tr()" check: the real pages on the demo audit under
// a pseudo-translation, then under the real Chinese translation.
class TestUntranslatedText : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyVisibleTextIsTranslatable();
    void chineseInterfaceHasNoEnglishLeft();
    void checkerCatchesAnEscape();

private:
    // The texts that are data (store, catalogs, country rules, language names, paths), longest first.
    void loadData();
    QString leftover(const QString& text, bool pseudo) const;
    QStringList problems(QWidget* root, bool pseudo) const;
    QStringList walkEverything(MainWindow& window, bool pseudo);

    QTemporaryDir m_dir;
    QString m_store;
    QStringList m_data;
};

void TestUntranslatedText::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("FieldbookTest"));
    QSettings().clear(); // no recent stores of earlier runs
    QVERIFY(m_dir.isValid());
    m_store = m_dir.filePath(QStringLiteral("demo.sqlite"));
    Result<Database> db = Database::open(m_store);
    QVERIFY2(db, qPrintable(db.error()));
    Result<qint64> demo = DemoLauncher::ensureDemoAudit(*db); // created in English, as data
    QVERIFY2(demo, qPrintable(demo.error()));
    loadData();
}

void TestUntranslatedText::cleanupTestCase()
{
    AppTranslator::application().install(QStringLiteral("en"));
}

void TestUntranslatedText::loadData()
{
    QSet<QString> data;
    Result<Database> db = Database::open(m_store);
    QVERIFY(db);
    Result<Statement> tables = db->prepare(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
    QVERIFY(tables);
    QStringList names;
    while (tables->step()) {
        names << tables->text(0);
    }
    static const QRegularExpression identifier(QStringLiteral("^[a-z][a-z0-9_]*$"));
    for (const QString& table : std::as_const(names)) {
        if (table == QLatin1String("time_records") || table == QLatin1String("gate_events") ||
            table == QLatin1String("audit_trail")) {
            continue; // dates, times and ids only; never shown as text
        }
        Result<Statement> columns = db->prepare(QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table));
        QVERIFY(columns);
        QStringList cols;
        while (columns->step()) {
            cols << columns->text(0);
        }
        for (const QString& col : std::as_const(cols)) {
            Result<Statement> values = db->prepare(
                QStringLiteral("SELECT DISTINCT \"%1\" FROM \"%2\" WHERE typeof(\"%1\") = 'text' LIMIT 5000")
                    .arg(col, table));
            QVERIFY(values);
            while (values->step()) {
                const QString v = values->text(0);
                // Stored codes ("open", "non_compliant") are not data to show: they must be translated.
                if (v.size() >= 2 && !identifier.match(v).hasMatch()) {
                    data << v;
                    for (const QString& line : v.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
                        data << line;
                    }
                }
            }
        }
    }
    for (const Catalog& c : CatalogRegistry::builtIn().catalogs()) {
        data << c.name << c.edition << c.publisher << c.id.toUpper();
    }
    data << QStringLiteral("SA8000");
    for (const QString& check : CheckRegistry::checkNames()) {
        data << check; // the checks' stable names (formats.md), shown as such in tooltips
    }
    for (const QString& code : CountryRules::builtInCountries()) {
        if (Result<CountryRules> rules = CountryRules::builtIn(code)) {
            // The country file's own words: law citations, their notes and region names are data,
            // in the language the law was read in (docs/country-rules.md).
            data << rules->name << rules->country + QStringLiteral(": ");
            for (const QString& region : rules->regionNames()) {
                data << region;
            }
            const auto addRule = [&data](const LegalRule& rule) {
                data << rule.source << rule.note;
                for (const SectorVariant& v : rule.sectorVariants) {
                    data << v.source << v.sector << v.note;
                }
            };
            const auto addWages = [&data](const QList<MinimumWage>& wages) {
                for (const MinimumWage& w : wages) {
                    data << w.source << w.note << w.sector;
                }
            };
            for (const QList<LegalRule>& entries : rules->rules) {
                for (const LegalRule& rule : entries) {
                    addRule(rule);
                }
            }
            addWages(rules->minimumWages);
            for (const CountryRegion& region : rules->regions) {
                addWages(region.minimumWages);
                for (const QList<LegalRule>& entries : region.rules) {
                    for (const LegalRule& rule : entries) {
                        addRule(rule);
                    }
                }
            }
            data << rules->holidaySource.source << rules->holidaySource.note;
        }
    }
    for (const LanguageInfo& l : Languages::supported()) {
        data << l.nativeName; // deliberately in their own language
    }
    data << QDir::toNativeSeparators(m_store) << m_store << QStringLiteral("Fieldbook")
         << QStringLiteral("Walker Textiles");
    data.remove(QString());
    m_data = data.values();
    std::sort(m_data.begin(), m_data.end(), [](const QString& a, const QString& b) { return a.size() > b.size(); });
}

QString TestUntranslatedText::leftover(const QString& input, bool pseudo) const
{
    QString text = input;
    if (pseudo) {
        static const QRegularExpression innermost(kOpen + QStringLiteral("[^") + kOpen + kClose + QStringLiteral("]*") +
                                                  kClose);
        for (QString before; before != text;) {
            before = text;
            text.replace(innermost, QStringLiteral(" "));
        }
    }
    // Clause references (sa8000:7.1, wrap:6) and command lines are notations, the same in every language.
    static const QRegularExpression notation(QStringLiteral("\\b[a-z][a-z0-9_-]*:[A-Za-z0-9.]+|fieldbook-cli\\b.*$"));
    text.replace(notation, QStringLiteral(" "));
    // Data shortened for display ("WRAP 1 Compliance with Laws and…") is still data.
    const QChar ellipsis(0x2026);
    if (text.endsWith(ellipsis) && text.size() > 12) {
        const QString start = text.chopped(1).trimmed();
        for (const QString& d : m_data) {
            if (d.startsWith(start)) {
                return {};
            }
        }
    }
    for (const QString& d : m_data) {
        if (text.contains(d)) {
            text.replace(d, QStringLiteral(" "));
        }
    }
    if (!pseudo) {
        // Names and notations that stay as they are in every language.
        static const QRegularExpression kept(QStringLiteral(
            "(fieldbook-cli|--[a-z-]+|FILE\\.fieldbook|KEY_ID|UUID|SHA-256|SA8000|sa8000|WRAP|wrap|RBA|rba|"
            "PDF|CSV|Ctrl|Shift|Fieldbook|HH:MM|SPT|CAP|Qt|F\\d+|\\(\\p{Lu}{2}\\))"));
        text.replace(kept, QStringLiteral(" "));
    }
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{2,}"));
    static const QRegularExpression anyWord(QStringLiteral("\\p{L}{2,}"));
    return (pseudo ? anyWord : word).match(text).hasMatch() ? text.simplified() : QString();
}

QStringList TestUntranslatedText::problems(QWidget* root, bool pseudo) const
{
    QList<Seen> seen;
    collect(root, seen);
    QStringList found;
    for (const Seen& s : std::as_const(seen)) {
        const QString rest = leftover(s.text, pseudo);
        if (!rest.isEmpty()) {
            found << QStringLiteral("%1: \"%2\" (left: %3)").arg(s.where, s.text.left(120), rest.left(60));
        }
    }
    return found;
}

QStringList TestUntranslatedText::walkEverything(MainWindow& window, bool pseudo)
{
    QStringList found;
    window.showAuditList();
    QApplication::processEvents();
    found << problems(&window, pseudo);
    Result<Database> db = Database::open(m_store);
    const qint64 audit = DemoLauncher::ensureDemoAudit(*db).value();
    window.openAudit(audit);
    for (AuditPhase phase : allAuditPhases()) {
        window.workspace()->showPhase(phase);
        QApplication::processEvents();
        found << problems(&window, pseudo);
        if (auto* findings = qobject_cast<FindingsPage*>(window.workspace()->page(phase))) {
            findings->tabs()->setCurrentWidget(findings->dashboard());
            QApplication::processEvents();
            found << problems(&window, pseudo);
            findings->tabs()->setCurrentIndex(0);
        }
    }
    // The dialogs of this branch and the wizard, page by page.
    PreferencesDialog preferences(&window);
    preferences.show();
    found << problems(&preferences, pseudo);
    WelcomeDialog welcome(m_dir.filePath(QStringLiteral("unused.sqlite")), &window);
    welcome.show();
    found << problems(&welcome, pseudo);
    UserGuideDialog guide(&window);
    guide.show();
    found << problems(&guide, pseudo);
    NewAuditWizard wizard(window.database(), &window);
    wizard.show();
    wizard.findChild<QLineEdit*>(QStringLiteral("facilityName"))->setText(QStringLiteral("Walker Textiles"));
    for (int page = 0; page < 3; ++page) {
        QApplication::processEvents();
        found << problems(&wizard, pseudo);
        wizard.next();
    }
    found.removeDuplicates();
    return found;
}

void TestUntranslatedText::everyVisibleTextIsTranslatable()
{
    PseudoTranslator pseudo;
    QCoreApplication::installTranslator(&pseudo);
    MainWindow window;
    QVERIFY(window.openStore(m_store));
    window.resize(1280, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QStringList found = walkEverything(window, true);
    QCoreApplication::removeTranslator(&pseudo);
    QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("%1 text(s) escaped tr():\n").arg(found.size()) +
                                         found.mid(0, 40).join(QLatin1Char('\n'))));
}

void TestUntranslatedText::chineseInterfaceHasNoEnglishLeft()
{
    // The real translation: catches strings filed under a context the code never looks up, and
    // strings translated nowhere. Catalog texts without a translation are stored data (English).
    MainWindow window;
    QVERIFY(window.openStore(m_store));
    window.resize(1280, 720);
    window.show();
    window.setLanguage(QStringLiteral("zh_CN"));
    const QStringList found = walkEverything(window, false);
    window.setLanguage(QStringLiteral("en"));
    QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("%1 text(s) still English:\n").arg(found.size()) +
                                         found.mid(0, 40).join(QLatin1Char('\n'))));
}

void TestUntranslatedText::checkerCatchesAnEscape()
{
    QWidget root;
    auto* marked = new QLabel(kOpen + QStringLiteral("Findings") + kClose, &root);
    auto* data = new QLabel(m_data.first(), &root); // the longest stored text
    QList<Seen> seen;
    collect(&root, seen);
    QCOMPARE(problems(&root, true), QStringList());
    auto* escaped = new QLabel(QStringLiteral("Delete audit"), &root);
    QCOMPARE(problems(&root, true).size(), 1);
    QVERIFY(problems(&root, true).first().contains(QLatin1String("Delete audit")));
    Q_UNUSED(marked);
    Q_UNUSED(data);
    Q_UNUSED(escaped);
}

FIELDBOOK_TEST_MAIN(TestUntranslatedText)
#include "TestUntranslatedText.moc"
