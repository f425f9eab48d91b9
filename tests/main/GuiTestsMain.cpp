// fieldbook_gui_tests: the widget test classes, driven with QTest on the offscreen platform.
#include "support/TestRegistry.h"

#include <QApplication>

int main(int argc, char* argv[])
{
    // As QTEST_MAIN: fixed 96 dpi, so sizes do not depend on the machine running the tests.
    QApplication::setAttribute(Qt::AA_Use96Dpi, true);
    return fieldbook::test::runRegisteredTest(argc, argv, [](int& count, char** args, bool) {
        return std::unique_ptr<QCoreApplication>(std::make_unique<QApplication>(count, args));
    });
}
