#include "support/TestRegistry.h"
#include "ui/widgets/SplitterMemory.h"

#include <QCoreApplication>
#include <QLabel>
#include <QSettings>
#include <QSplitter>
#include <QSplitterHandle>
#include <QStandardPaths>
#include <QTest>
#include <memory>

using namespace fieldbook;

// Window layout is remembered: a splitter the auditor dragged comes back with the same sizes the
// next time the page is built (as after a restart), and an untouched one keeps its defaults.
class TestSplitterMemory : public QObject
{
    Q_OBJECT

private:
    static std::unique_ptr<QSplitter> makeSplitter()
    {
        auto splitter = std::make_unique<QSplitter>(Qt::Horizontal);
        splitter->addWidget(new QLabel(QStringLiteral("left")));
        splitter->addWidget(new QLabel(QStringLiteral("right")));
        splitter->resize(800, 300);
        splitter->setSizes({400, 400});
        return splitter;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void untouchedKeepsDefaults()
    {
        auto splitter = makeSplitter();
        rememberSplitterSizes(splitter.get(), Setting::ChecklistSplitter);
        splitter->show();
        QVERIFY(QTest::qWaitForWindowExposed(splitter.get()));
        QCOMPARE(splitter->sizes().at(0), splitter->sizes().at(1));
    }

    void draggedSizesComeBack()
    {
        const Setting key = Setting::FlagsSplitter;
        int leftAfterDrag = 0;
        {
            auto splitter = makeSplitter();
            rememberSplitterSizes(splitter.get(), key);
            splitter->show();
            QVERIFY(QTest::qWaitForWindowExposed(splitter.get()));
            // Drag the handle 200 px to the left, as the auditor would with the mouse.
            QSplitterHandle* handle = splitter->handle(1);
            const QPoint grip = handle->rect().center();
            QTest::mousePress(handle, Qt::LeftButton, {}, grip);
            QMouseEvent move(QEvent::MouseMove, QPointF(grip - QPoint(200, 0)),
                             handle->mapToGlobal(QPointF(grip - QPoint(200, 0))), Qt::LeftButton, Qt::LeftButton,
                             Qt::NoModifier);
            QCoreApplication::sendEvent(handle, &move);
            QTest::mouseRelease(handle, Qt::LeftButton, {}, grip - QPoint(200, 0));
            leftAfterDrag = splitter->sizes().at(0);
            QVERIFY2(leftAfterDrag < 300, qPrintable(QString::number(leftAfterDrag)));
            QVERIFY(QSettings().contains(Settings::key(key)));
        }
        // The page built anew (a restart, another audit): the dragged sizes, not the defaults.
        auto again = makeSplitter();
        rememberSplitterSizes(again.get(), key);
        again->show();
        QVERIFY(QTest::qWaitForWindowExposed(again.get()));
        QCOMPARE(again->sizes().at(0), leftAfterDrag);
    }
};

FIELDBOOK_TEST_MAIN(TestSplitterMemory)
#include "TestSplitterMemory.moc"
