#include "app/demo/DemoLauncher.h"
#include "app/demo/DemoParams.h"
#include "app/demo/FactoryGenerator.h"
#include "app/demo/RecordWriter.h"
#include "app/fieldwork/AuditPhase.h"
#include "support/FieldworkFixture.h"
#include "support/TestRegistry.h"
#include "ui/MainWindow.h"
#include "ui/help/UserGuideDialog.h"
#include "ui/preferences/PreferencesDialog.h"
#include "ui/records/FlagDetailPanel.h"
#include "ui/records/FlagRecordDialog.h"
#include "ui/records/RecordAnalysisPage.h"
#include "ui/records/RecordImportController.h"
#include "ui/records/RecordImportWizard.h"
#include "ui/signing/CreateKeyDialog.h"
#include "ui/signing/ExportPackageDialog.h"
#include "ui/signing/KeysDialog.h"
#include "ui/signing/SecurityActions.h"
#include "ui/signing/UnlockPersonalDataDialog.h"
#include "ui/signing/VerifyPackageDialog.h"
#include "ui/sync/ImportPackageDialog.h"
#include "ui/sync/SyncConflictsDialog.h"
#include "ui/welcome/WelcomeDialog.h"
#include "ui/wizard/NewAuditWizard.h"
#include "ui/workspace/AuditWorkspace.h"
#include "ui/workspace/WorkspaceContext.h"
#include "ui/workspace/WorkspacePage.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QCalendarWidget>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <functional>
#include <memory>

using namespace fieldbook;

namespace {

// The three kinds of finding, as they are counted in the failure message.
constexpr auto kAmpersand = "literal-ampersand";
constexpr auto kClipped = "clipped-label";
constexpr auto kUnnamed = "no-accessible-name";

QString idOf(const QObject* object)
{
    QString id = QString::fromLatin1(object->metaObject()->className());
    if (!object->objectName().isEmpty()) {
        id += QLatin1Char('#') + object->objectName();
    }
    return id;
}

QString where(const QWidget* widget)
{
    QStringList chain;
    for (const QWidget* p = widget->parentWidget(); p; p = p->parentWidget()) {
        chain << idOf(p);
    }
    return idOf(widget) + QStringLiteral(" in ") + chain.join(QStringLiteral(" < "));
}

bool isRichText(const QLabel* label)
{
    return label->textFormat() == Qt::RichText || label->textFormat() == Qt::MarkdownText ||
           (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
}

// A `&` that QLabel turns into a mnemonic (underlined letter) when the label has a buddy, and
// paints as it is when it has none: "&Store:". `&&` (an ampersand on purpose), "Q & A" and, in
// rich text, HTML entities (&amp; &lt; &#8230;) are not mnemonics.
bool hasLoneMnemonic(const QLabel* label)
{
    QString text = label->text();
    if (isRichText(label)) {
        static const QRegularExpression entity(QStringLiteral("&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);"));
        text.remove(entity);
    }
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&')) {
            continue;
        }
        if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        if (i + 1 < text.size() && !text.at(i + 1).isSpace()) {
            return true;
        }
    }
    return false;
}

// Elided on purpose (QFontMetrics::elidedText) with the whole text in the tooltip.
bool isElidedOnPurpose(const QLabel* label)
{
    return label->text().contains(QChar(0x2026)) && !label->toolTip().isEmpty();
}

bool insideScrollArea(const QWidget* widget)
{
    for (const QWidget* p = widget->parentWidget(); p; p = p->parentWidget()) {
        if (qobject_cast<const QAbstractScrollArea*>(p)) {
            return true;
        }
    }
    return false;
}

bool isInteractive(const QWidget* w)
{
    if (qobject_cast<const QScrollBar*>(w)) {
        return false;
    }
    return qobject_cast<const QAbstractButton*>(w) || qobject_cast<const QLineEdit*>(w) ||
           qobject_cast<const QComboBox*>(w) || qobject_cast<const QAbstractSpinBox*>(w) ||
           qobject_cast<const QPlainTextEdit*>(w) || qobject_cast<const QTextEdit*>(w) ||
           qobject_cast<const QAbstractItemView*>(w) || qobject_cast<const QAbstractSlider*>(w) ||
           qobject_cast<const QKeySequenceEdit*>(w) || qobject_cast<const QCalendarWidget*>(w);
}

// The allow-list: parts of Qt's own composite widgets, which Qt names (or presents) through the
// widget they belong to; the application cannot reach most of them.
bool isQtInternal(const QWidget* w)
{
    const QWidget* parent = w->parentWidget();
    // qt_spinbox_lineedit, qt_toolbar_ext_button, qt_calendar_*, qt_dockwidget_*: Qt's own names.
    if (w->objectName().startsWith(QLatin1String("qt_"))) {
        return true;
    }
    const QByteArray cls = w->metaObject()->className();
    // The select-all corner of a QTableView and the clear button QLineEdit adds.
    if (cls == "QTableCornerButton" || cls == "QLineEditIconButton") {
        return true;
    }
    // A view's headers are presented as the view's column and row headers.
    if (qobject_cast<const QHeaderView*>(w) && parent && parent->parentWidget() &&
        (qobject_cast<const QAbstractItemView*>(parent) ||
         qobject_cast<const QAbstractItemView*>(parent->parentWidget()))) {
        return true;
    }
    // The scroll arrows QTabBar adds when its tabs do not fit.
    if (qobject_cast<const QTabBar*>(parent)) {
        return true;
    }
    // The editor of an editable combo box is the combo box to assistive technology.
    if (auto* combo = qobject_cast<const QComboBox*>(parent); combo && combo->lineEdit() == w) {
        return true;
    }
    return false;
}

QString buddyText(const QWidget* w)
{
    if (const QWidget* parent = w->parentWidget()) {
        for (const QObject* child : parent->children()) {
            if (auto* label = qobject_cast<const QLabel*>(child); label && label->buddy() == w) {
                return label->text();
            }
        }
        if (auto* box = qobject_cast<const QGroupBox*>(parent)) {
            return box->title();
        }
    }
    return {};
}

// What a screen reader announces as the widget's name. For a combo box Qt on Unix reports the
// current item as the Name (its labelled-by relation carries the label), so there the accessible
// name or the buddy label is what counts, as QAccessibleWidget would take it elsewhere.
QString accessibleNameOf(QWidget* w)
{
    if (qobject_cast<QComboBox*>(w)) {
        return w->accessibleName().isEmpty() ? buddyText(w) : w->accessibleName();
    }
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(QAccessible::Name) : QString();
}

bool says(const QString& name)
{
    for (QChar c : name) {
        if (c.isLetterOrNumber()) {
            return true;
        }
    }
    return false;
}

QString shownText(QWidget* w)
{
    if (auto* label = qobject_cast<QLabel*>(w)) {
        return label->text();
    }
    if (auto* button = qobject_cast<QAbstractButton*>(w)) {
        return button->text().isEmpty() ? button->toolTip() : button->text();
    }
    if (auto* edit = qobject_cast<QLineEdit*>(w)) {
        return edit->placeholderText().isEmpty() ? edit->toolTip() : edit->placeholderText();
    }
    if (auto* combo = qobject_cast<QComboBox*>(w)) {
        return combo->currentText();
    }
    if (auto* plain = qobject_cast<QPlainTextEdit*>(w)) {
        return plain->placeholderText();
    }
    return w->toolTip();
}

// Findings in `root` as shown now, keyed "kind: where: text" with how often each was seen.
void inspect(QWidget* root, QMap<QString, int>& findings)
{
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* w : std::as_const(widgets)) {
        if (!w->isVisible() || w->window() != root->window()) {
            continue;
        }
        auto note = [&](const char* kind, const QString& detail) {
            ++findings[QStringLiteral("%1: %2: \"%3\"%4")
                           .arg(QLatin1String(kind), where(w), shownText(w).left(80), detail)];
        };
        if (auto* label = qobject_cast<QLabel*>(w)) {
            if (!label->buddy() && hasLoneMnemonic(label)) {
                note(kAmpersand, QStringLiteral(" (a & with no buddy is painted as it is)"));
            }
            if (!label->text().isEmpty() && !label->wordWrap() && !isElidedOnPurpose(label)) {
                const QSize hint = label->minimumSizeHint();
                QRect shown = label->visibleRegion().boundingRect();
                if (insideScrollArea(label)) {
                    shown = label->rect(); // the rest is scrolled to, not cut off
                }
                if (shown.width() < hint.width() || shown.height() < hint.height()) {
                    note(kClipped, QStringLiteral(" (shown %1x%2 of %3x%4)")
                                       .arg(shown.width())
                                       .arg(shown.height())
                                       .arg(hint.width())
                                       .arg(hint.height()));
                }
            }
            continue;
        }
        if (isInteractive(w) && !isQtInternal(w) && !says(accessibleNameOf(w))) {
            note(kUnnamed, QString());
        }
    }
}

void settle()
{
    for (int i = 0; i < 5; ++i) {
        QApplication::processEvents();
        QTest::qWait(10);
    }
}

} // namespace

// What a newcomer sees first, on every dialog, wizard page and phase page: no label that paints a
// literal "&" (a mnemonic without its buddy), no label cut short by its layout, and a name for
// every control a screen reader lands on. One row per dialog or page; a failure lists each
// widget with its class, objectName, parents and text.
class TestFirstSight : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void theInspectionSeesEachKind();
    void whatANewcomerSees_data();
    void whatANewcomerSees();

private:
    // Shows `widget` (a window), lets it lay out, and inspects it.
    void look(QWidget* widget, QMap<QString, int>& findings);
    void lookAtPhase(AuditPhase phase, QMap<QString, int>& findings);
    void lookAtNewAuditWizard(int page, QMap<QString, int>& findings);
    void lookAtRecordImportWizard(int page, QMap<QString, int>& findings);

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_demoAuditId = 0;
    QString m_factory;
};

void TestFirstSight::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("FieldbookTest"));
    QVERIFY(m_dir.isValid());
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1366, 768); // the laptop screen the layouts are made for
    const QString store = m_dir.filePath(QStringLiteral("demo.sqlite"));
    QVERIFY(m_window->openStore(store));
    Result<qint64> demo = DemoLauncher::ensureDemoAudit(m_window->database());
    QVERIFY2(demo, qPrintable(demo.error()));
    m_demoAuditId = *demo;
    QVERIFY(m_window->openStore(store));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

    // A small factory's files for the import wizard, in the formats it recognises by itself.
    FactoryProfile profile;
    profile.workers = 12;
    profile.days = 7;
    profile.seed = 5;
    const GeneratedFactory factory = FactoryGenerator::generate(profile, demoParams());
    m_factory = m_dir.filePath(QStringLiteral("factory"));
    QVERIFY(RecordWriter::write(factory.records, m_factory).ok());
}

void TestFirstSight::cleanupTestCase()
{
    m_window.reset();
}

// The inspection itself, on a window made with one of each mistake and then with each put right:
// what the rows below pass on is checked, not assumed.
void TestFirstSight::theInspectionSeesEachKind()
{
    auto kinds = [](const QMap<QString, int>& findings) {
        QMap<QString, int> perKind;
        for (auto it = findings.cbegin(); it != findings.cend(); ++it) {
            ++perKind[it.key().section(QLatin1Char(':'), 0, 0)];
        }
        return perKind;
    };
    QWidget bad;
    auto* form = new QFormLayout(&bad);
    auto* storeRow = new QHBoxLayout;
    auto* store = new QLineEdit(&bad);
    storeRow->addWidget(store);
    form->addRow(QStringLiteral("&Store:"), storeRow); // a layout: no buddy, no name
    auto* clipped = new QLabel(QStringLiteral("A sentence far too long for the width it is given"), &bad);
    clipped->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    form->addRow(clipped);
    auto* icon = new QToolButton(&bad); // no text, no name
    form->addRow(icon);
    bad.resize(120, bad.sizeHint().height());
    QMap<QString, int> findings;
    look(&bad, findings);
    const QMap<QString, int> perKind = kinds(findings);
    QCOMPARE(perKind.value(QLatin1String(kAmpersand)), 1);
    QCOMPARE(perKind.value(QLatin1String(kClipped)), 1);
    QCOMPARE(perKind.value(QLatin1String(kUnnamed)), 2);

    QWidget good;
    auto* goodForm = new QFormLayout(&good);
    goodForm->addRow(QStringLiteral("&Store:"), new QLineEdit(&good)); // buddy: mnemonic and name
    auto* elided = new QLabel(&good);
    const QString whole = QStringLiteral("A sentence far too long for the width it is given");
    elided->setText(elided->fontMetrics().elidedText(whole, Qt::ElideRight, 60));
    elided->setToolTip(whole);
    elided->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    goodForm->addRow(elided);
    auto* named = new QToolButton(&good);
    named->setAccessibleName(QStringLiteral("Remove"));
    goodForm->addRow(named);
    goodForm->addRow(new QLabel(QStringLiteral("Q & A, R&&D, <b>&amp;</b>"), &good));
    good.resize(120, good.sizeHint().height());
    findings.clear();
    look(&good, findings);
    QVERIFY2(findings.isEmpty(), qPrintable(QStringList(findings.keys()).join(QLatin1Char('\n'))));
}

void TestFirstSight::whatANewcomerSees_data()
{
    QTest::addColumn<QString>("scene");
    const QStringList scenes{
        QStringLiteral("welcome"),
        QStringLiteral("preferences"),
        QStringLiteral("user guide"),
        QStringLiteral("create signing key"),
        QStringLiteral("create encryption key"),
        QStringLiteral("keys"),
        QStringLiteral("verify package"),
        QStringLiteral("export package"),
        QStringLiteral("unlock personal data"),
        QStringLiteral("import package"),
        QStringLiteral("sync conflicts"),
        QStringLiteral("flag record"),
        QStringLiteral("new audit 1 facility"),
        QStringLiteral("new audit 2 codes"),
        QStringLiteral("new audit 3 visit"),
        QStringLiteral("record import 1 files"),
        QStringLiteral("record import 2 columns"),
        QStringLiteral("record import 3 check"),
        QStringLiteral("record import 4 run"),
        QStringLiteral("audit list"),
    };
    for (const QString& scene : scenes) {
        QTest::newRow(qPrintable(scene)) << scene;
    }
    for (AuditPhase phase : allAuditPhases()) {
        const QString scene = QStringLiteral("phase ") + auditPhaseId(phase);
        QTest::newRow(qPrintable(scene)) << scene;
    }
}

void TestFirstSight::look(QWidget* widget, QMap<QString, int>& findings)
{
    if (!widget->isVisible()) {
        widget->show();
    }
    QVERIFY(QTest::qWaitForWindowExposed(widget));
    settle();
    inspect(widget, findings);
    // With FIELDBOOK_SCREENSHOT_DIR set, each scene is saved there as a PNG to look at.
    const QString dir = qEnvironmentVariable("FIELDBOOK_SCREENSHOT_DIR");
    if (!dir.isEmpty() && QTest::currentDataTag()) {
        QDir().mkpath(dir);
        widget->grab().save(QDir(dir).filePath(
            QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')) +
            QStringLiteral(".png")));
    }
}

void TestFirstSight::lookAtPhase(AuditPhase phase, QMap<QString, int>& findings)
{
    QVERIFY(m_window->openAudit(m_demoAuditId));
    AuditWorkspace* workspace = m_window->workspace();
    QVERIFY(workspace);
    workspace->showPhase(phase);
    WorkspacePage* page = workspace->page(phase);
    QVERIFY(page);
    // The first question of each tree (checklist, interview questions) open, as after a click.
    const QList<QTreeView*> trees = page->findChildren<QTreeView*>();
    for (QTreeView* tree : trees) {
        QModelIndex first = tree->model() ? tree->model()->index(0, 0) : QModelIndex();
        while (first.isValid() && tree->model()->rowCount(first) > 0) {
            first = tree->model()->index(0, 0, first);
        }
        if (first.isValid() && !tree->currentIndex().isValid()) {
            tree->setCurrentIndex(first);
        }
    }
    if (auto* records = qobject_cast<RecordAnalysisPage*>(page)) {
        // The detail of the first flag, as after a click in the list.
        records->selectFlag(0);
        QElapsedTimer waited;
        waited.start();
        while (records->detailPanel() && records->detailPanel()->isLoading() && waited.elapsed() < 20000) {
            settle();
        }
    }
    look(m_window.get(), findings);
    // Every tab of every tab widget on the page, one after the other.
    const QList<QTabWidget*> tabWidgets = page->findChildren<QTabWidget*>();
    for (QTabWidget* tabs : tabWidgets) {
        const int shown = tabs->currentIndex();
        for (int i = 0; i < tabs->count(); ++i) {
            if (i == shown || !tabs->isTabVisible(i)) {
                continue;
            }
            tabs->setCurrentIndex(i);
            settle();
            if (tabs->isVisible()) {
                inspect(m_window.get(), findings);
            }
        }
        tabs->setCurrentIndex(shown);
    }
}

void TestFirstSight::lookAtNewAuditWizard(int page, QMap<QString, int>& findings)
{
    NewAuditWizard wizard(m_window->database());
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    if (page > 0) {
        auto* name = wizard.findChild<QLineEdit*>(QStringLiteral("facilityName"));
        QVERIFY(name);
        name->setText(QStringLiteral("Riverside Apparel"));
        wizard.findChild<QSpinBox*>(QStringLiteral("headcount"))->setValue(420);
        for (int i = 0; i < page; ++i) {
            wizard.next();
        }
    }
    QCOMPARE(wizard.visitedIds().size(), page + 1);
    look(&wizard, findings);
}

void TestFirstSight::lookAtRecordImportWizard(int page, QMap<QString, int>& findings)
{
    test::FieldworkFixture fixture;
    QString error;
    QVERIFY2(fixture.create(m_dir.filePath(QStringLiteral("import-%1.sqlite").arg(page)), &error), qPrintable(error));
    QUndoStack undo;
    WorkspaceContext context(fixture.db, fixture.auditId, fixture.auditUuid, &undo);
    RecordImportWizard wizard(context);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    RecordImportController& controller = wizard.controller();
    if (page >= RecordImportWizard::ColumnsPageId) {
        QVERIFY(controller.addPaths({m_factory}) > 0);
    }
    for (int id = RecordImportWizard::FilesPageId; id < page; ++id) {
        QAbstractButton* next =
            wizard.button(id == RecordImportWizard::CheckPageId ? QWizard::CommitButton : QWizard::NextButton);
        if (id == RecordImportWizard::CheckPageId) {
            QTRY_VERIFY_WITH_TIMEOUT(controller.checkIsCurrent(), 60000);
        }
        QTRY_VERIFY(next->isEnabled());
        next->click();
    }
    QCOMPARE(wizard.currentId(), page);
    if (page == RecordImportWizard::CheckPageId) {
        QTRY_VERIFY_WITH_TIMEOUT(controller.checkIsCurrent(), 60000);
    }
    if (page == RecordImportWizard::RunPageId) {
        QTRY_VERIFY_WITH_TIMEOUT(!controller.isImporting(), 60000);
    }
    look(&wizard, findings);
}

void TestFirstSight::whatANewcomerSees()
{
    QFETCH(QString, scene);
    QMap<QString, int> findings;
    Database& db = m_window->database();
    if (scene == QLatin1String("welcome")) {
        WelcomeDialog dialog(m_dir.filePath(QStringLiteral("welcome/fieldbook.sqlite")));
        look(&dialog, findings);
    } else if (scene == QLatin1String("preferences")) {
        PreferencesDialog dialog;
        look(&dialog, findings);
    } else if (scene == QLatin1String("user guide")) {
        UserGuideDialog dialog;
        look(&dialog, findings);
    } else if (scene == QLatin1String("create signing key")) {
        CreateKeyDialog dialog(db, CreateKeyDialog::Kind::Signing);
        look(&dialog, findings);
    } else if (scene == QLatin1String("create encryption key")) {
        CreateKeyDialog dialog(db, CreateKeyDialog::Kind::Encryption);
        look(&dialog, findings);
    } else if (scene == QLatin1String("keys")) {
        KeysDialog dialog(db);
        look(&dialog, findings);
    } else if (scene == QLatin1String("verify package")) {
        VerifyPackageDialog dialog(db);
        look(&dialog, findings);
    } else if (scene == QLatin1String("export package")) {
        QVERIFY(m_window->openAudit(m_demoAuditId));
        ExportPackageDialog dialog(m_window->workspace()->context());
        look(&dialog, findings);
    } else if (scene == QLatin1String("unlock personal data")) {
        UnlockPersonalDataDialog dialog(db, *m_window->security()->session());
        look(&dialog, findings);
    } else if (scene == QLatin1String("import package")) {
        ImportPackageDialog dialog(db, *m_window->security()->session());
        look(&dialog, findings);
    } else if (scene == QLatin1String("sync conflicts")) {
        QVERIFY(m_window->openAudit(m_demoAuditId));
        SyncConflictsDialog dialog(db, m_window->workspace()->context().auditUuid(),
                                   [] { return static_cast<const PersonalDataProtector*>(nullptr); });
        look(&dialog, findings);
    } else if (scene == QLatin1String("flag record")) {
        FlagRecordTable table;
        table.kind = QStringLiteral("time_records");
        table.columns = {{QStringLiteral("worker_id"), QStringLiteral("Worker"), RecordValueType::Text},
                         {QStringLiteral("work_date"), QStringLiteral("Day"), RecordValueType::Day},
                         {QStringLiteral("time_in"), QStringLiteral("In"), RecordValueType::Clock},
                         {QStringLiteral("time_out"), QStringLiteral("Out"), RecordValueType::Clock}};
        table.append({{QStringLiteral("W-0042"), QDate(2026, 1, 12), 7 * 3600, QVariant()},
                      QStringLiteral("time_records.csv"),
                      1234},
                     10);
        FlagRecordDialog dialog(table, 0);
        look(&dialog, findings);
    } else if (scene.startsWith(QLatin1String("new audit "))) {
        lookAtNewAuditWizard(scene.mid(10, 1).toInt() - 1, findings);
    } else if (scene.startsWith(QLatin1String("record import "))) {
        lookAtRecordImportWizard(scene.mid(14, 1).toInt() - 1, findings);
    } else if (scene == QLatin1String("audit list")) {
        m_window->showAuditList();
        look(m_window.get(), findings);
    } else if (scene.startsWith(QLatin1String("phase "))) {
        bool found = false;
        for (AuditPhase phase : allAuditPhases()) {
            if (QStringLiteral("phase ") + auditPhaseId(phase) == scene) {
                found = true;
                lookAtPhase(phase, findings);
            }
        }
        QVERIFY(found);
    } else {
        QFAIL(qPrintable(QStringLiteral("unknown scene ") + scene));
    }
    if (QTest::currentTestFailed()) {
        return;
    }
    if (!findings.isEmpty()) {
        QMap<QString, int> perKind;
        QStringList lines;
        for (auto it = findings.cbegin(); it != findings.cend(); ++it) {
            ++perKind[it.key().section(QLatin1Char(':'), 0, 0)];
            lines << (it.value() > 1 ? QStringLiteral("%1 (x%2)").arg(it.key()).arg(it.value()) : it.key());
        }
        QStringList counts;
        for (auto it = perKind.cbegin(); it != perKind.cend(); ++it) {
            counts << QStringLiteral("%1=%2").arg(it.key()).arg(it.value());
        }
        QFAIL(qPrintable(QStringLiteral("%1 finding(s) [%2]:\n  %3")
                             .arg(findings.size())
                             .arg(counts.join(QStringLiteral(", ")), lines.join(QStringLiteral("\n  ")))));
    }
}

FIELDBOOK_TEST_MAIN(TestFirstSight)
#include "TestFirstSight.moc"
